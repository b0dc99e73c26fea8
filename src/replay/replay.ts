// Sequential replay of one history: bonds carried from epoch to epoch.
import { Engine, type RunOptions } from "../wasm/engine.js";
import type { EpochMode, EpochResult, Snapshot, SnapshotStep } from "../snapshot/types.js";
import { historySource, rawSteps, parseStep, type HistorySource, type HistoryOptions, type RawStep } from "./history.js";
import { resolveStep, nextCarry, type CarryState } from "../snapshot/carry.js";
import { toEpochFile } from "../fixture.js";
import { readFileSync } from "node:fs";
import { parseJson } from "../snapshot/validate.js";
import { EngineError, SnapshotError } from "../snapshot/errors.js";

export interface EpochRecord {
  /** 0-based index of the epoch in the history */
  epoch: number;
  block: string;
  snapshot: Snapshot;
  result: EpochResult;
  /** The step's text as read (histories read from a path), for checksums of the input. */
  source?: string;
}

/** An epoch the engine could not compute (a WebAssembly trap; see continueOnTrap). */
export interface FailedEpoch {
  epoch: number;
  block: string;
  snapshot: Snapshot;
  error: EngineError;
  source?: string;
}

/** A step that could not be read or validated, passed over (see skipBadSteps). */
export interface SkippedStep {
  epoch: number;
  /** `file:line` or the file the step came from */
  where: string;
  error: SnapshotError;
  skipped: true;
  source?: string;
}

export interface ReplayOptions extends RunOptions, HistoryOptions {
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
  /**
   * A step that fails to parse or validate (or cannot take carried bonds) is
   * yielded as a SkippedStep and the bonds carry over it, instead of throwing.
   */
  skipBadSteps?: boolean;
}

export type HistoryInput = string | HistorySource | Iterable<SnapshotStep> | AsyncIterable<SnapshotStep>;

function isSource(h: HistoryInput): h is HistorySource {
  return typeof h === "object" && h !== null && typeof (h as HistorySource).path === "string" && typeof (h as HistorySource).kind === "string";
}

/** The text a raw step was read from (fixture steps: their JSON). */
export function stepSource(raw: RawStep): string {
  return raw.text ?? JSON.stringify(raw.value);
}

/** The mode a history runs in: fixtures say which upstream function; otherwise sparse. */
export function historyMode(src: HistorySource): EpochMode {
  if (src.kind !== "fixture") return "sparse";
  return toEpochFile(parseJson(readFileSync(src.path, "utf8"), src.path)).mode;
}

/**
 * Replays a history (a path to a JSONL file, a directory or a fixture; or
 * snapshots in memory), yielding each epoch's result in order.
 */
export function replay(history: HistoryInput, opts: ReplayOptions & ({ continueOnTrap: true } | { skipBadSteps: true })): AsyncGenerator<EpochRecord | FailedEpoch | SkippedStep>;
export function replay(history: HistoryInput, opts?: ReplayOptions): AsyncGenerator<EpochRecord>;
export async function* replay(history: HistoryInput, opts: ReplayOptions = {}): AsyncGenerator<EpochRecord | FailedEpoch | SkippedStep> {
  const engine = opts.engine ?? new Engine();
  const skip = opts.skip ?? 0;
  let carry: CarryState | undefined = opts.carry;
  let mode = opts.mode;
  let steps: AsyncIterable<{ step?: SnapshotStep; index: number; where: string; raw?: RawStep }>;
  if (typeof history === "string" || isSource(history)) {
    const src = typeof history === "string" ? historySource(history, opts) : history;
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
    const source = item.raw ? stepSource(item.raw) : undefined;
    let snapshot: Snapshot;
    try {
      snapshot = resolveStep(item.step ?? parseStep(item.raw!), carry, item.where);
    } catch (e) {
      if (!(e instanceof SnapshotError) || !opts.skipBadSteps) throw e;
      const error = e.file ? e : e.inFile(item.where);
      yield { epoch: item.index, where: item.where, error, skipped: true, source };
      continue;
    }
    let result: EpochResult;
    try {
      result = engine.run(snapshot, { ...opts, mode: mode ?? "sparse" });
    } catch (e) {
      if (!(e instanceof EngineError) || !opts.continueOnTrap) throw e;
      carry = { bonds: snapshot.bonds, blockAtRegistration: snapshot.blockAtRegistration };
      yield { epoch: item.index, block: snapshot.currentBlock, snapshot, error: e, source };
      continue;
    }
    carry = nextCarry(snapshot, result);
    yield { epoch: item.index, block: snapshot.currentBlock, snapshot, result, source };
  }
}
