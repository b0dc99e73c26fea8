// Sequential replay of one history: bonds carried from epoch to epoch.
import { Engine, type RunOptions } from "../wasm/engine.js";
import type { EpochMode, EpochResult, Snapshot, SnapshotStep } from "../snapshot/types.js";
import { historySource, rawSteps, parseStep, type HistorySource } from "./history.js";
import { resolveStep, nextCarry, type CarryState } from "../snapshot/carry.js";
import { toEpochFile } from "../fixture.js";
import { readFileSync } from "node:fs";
import { parseJson } from "../snapshot/validate.js";
import { EngineError } from "../snapshot/errors.js";

export interface EpochRecord {
  /** 0-based index of the epoch in the history */
  epoch: number;
  block: string;
  snapshot: Snapshot;
  result: EpochResult;
}

/** An epoch the engine could not compute (a WebAssembly trap; see continueOnTrap). */
export interface FailedEpoch {
  epoch: number;
  block: string;
  snapshot: Snapshot;
  error: EngineError;
}

export interface ReplayOptions extends RunOptions {
  /** Engine to use (default: a new instance). */
  engine?: Engine;
  /** Skip this many epochs, starting from `carry` (resuming). */
  skip?: number;
  /** Carry state after epoch `skip - 1` (resuming). */
  carry?: CarryState;
  /**
   * On a WebAssembly trap, yield a FailedEpoch and go on (the engine replaces
   * its instance; bonds carry over as if the epoch had written nothing)
   * instead of throwing.
   */
  continueOnTrap?: boolean;
}

export type HistoryInput = string | Iterable<SnapshotStep> | AsyncIterable<SnapshotStep>;

/** The mode a history runs in: fixtures say which upstream function; otherwise sparse. */
export function historyMode(src: HistorySource): EpochMode {
  if (src.kind !== "fixture") return "sparse";
  return toEpochFile(parseJson(readFileSync(src.path, "utf8"), src.path)).mode;
}

/**
 * Replays a history (a path to a JSONL file, a directory or a fixture; or
 * snapshots in memory), yielding each epoch's result in order.
 */
export function replay(history: HistoryInput, opts: ReplayOptions & { continueOnTrap: true }): AsyncGenerator<EpochRecord | FailedEpoch>;
export function replay(history: HistoryInput, opts?: ReplayOptions): AsyncGenerator<EpochRecord>;
export async function* replay(history: HistoryInput, opts: ReplayOptions = {}): AsyncGenerator<EpochRecord | FailedEpoch> {
  const engine = opts.engine ?? new Engine();
  const skip = opts.skip ?? 0;
  let carry: CarryState | undefined = opts.carry;
  let mode = opts.mode;
  let steps: AsyncIterable<{ step?: SnapshotStep; index: number; where: string; raw?: Parameters<typeof parseStep>[0] }>;
  if (typeof history === "string") {
    const src = historySource(history);
    mode ??= historyMode(src);
    steps = (async function* () {
      for await (const raw of rawSteps(src)) yield { index: raw.index, where: raw.where, raw };
    })();
  } else {
    steps = (async function* () {
      let index = 0;
      for await (const step of history as AsyncIterable<SnapshotStep>) yield { step, index: index++, where: `step ${index}` };
    })();
  }
  for await (const item of steps) {
    if (item.index < skip) continue;
    const step = item.step ?? parseStep(item.raw!);
    const snapshot = resolveStep(step, carry, item.where);
    let result: EpochResult;
    try {
      result = engine.run(snapshot, { ...opts, mode: mode ?? "sparse" });
    } catch (e) {
      if (!(e instanceof EngineError) || !opts.continueOnTrap) throw e;
      carry = { bonds: snapshot.bonds, blockAtRegistration: snapshot.blockAtRegistration };
      yield { epoch: item.index, block: snapshot.currentBlock, snapshot, error: e };
      continue;
    }
    carry = nextCarry(snapshot, result);
    yield { epoch: item.index, block: snapshot.currentBlock, snapshot, result };
  }
}
