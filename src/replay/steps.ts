// Sequential replay of a history held in memory: bonds carried from epoch to
// epoch. No file access, so this part of replay also runs in browsers.
import { Engine, type RunOptions } from "../wasm/engine.js";
import type { EpochMode, EpochResult, Snapshot, SnapshotStep } from "../snapshot/types.js";
import { resolveStep, nextCarry, type CarryState } from "../snapshot/carry.js";
import { EngineError, SnapshotError } from "../snapshot/errors.js";
import type { PackedEpochResult } from "../wasm/packed.js";
import { switchesFor } from "../snapshot/versions.js";
import { packedBondsAfter, packedCovers, resultFromPacked } from "./packed-result.js";

export interface EpochRecord {
  /** 0-based index of the epoch in the history */
  epoch: number;
  block: string;
  snapshot: Snapshot;
  result: EpochResult;
  /** The step's text as read (histories read from a path; a binary record's bytes), for checksums of the input. */
  source?: string | Uint8Array;
  /** With `packed`: the result as typed arrays (`result` is then made from it when first read). */
  packed?: PackedEpochResult;
}

/** An epoch the engine could not compute (a WebAssembly trap; see continueOnTrap). */
export interface FailedEpoch {
  epoch: number;
  block: string;
  snapshot: Snapshot;
  error: EngineError;
  source?: string | Uint8Array;
}

/** A step that could not be read or validated, passed over (see skipBadSteps). */
export interface SkippedStep {
  epoch: number;
  /** `file:line` or the file the step came from */
  where: string;
  error: SnapshotError;
  skipped: true;
  source?: string | Uint8Array;
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
  /**
   * A step that fails to parse or validate (or cannot take carried bonds) is
   * yielded as a SkippedStep and the bonds carry over it, instead of throwing.
   */
  skipBadSteps?: boolean;
  /**
   * Run with Engine.runPacked where it gives every output of the runtime (spec 365+) and
   * yield `packed` too; `result` is decoded from it only when read (fast file replay).
   */
  packed?: boolean;
}

/** One step of a history: its index, where it came from (for errors), and the step (parsed on demand). */
export interface HistoryItem {
  index: number;
  where: string;
  step: () => SnapshotStep;
  /** the step's text as read, when it came from a file */
  source?: () => string | Uint8Array;
}

/** Runs history items in order on one engine (steps before `opts.skip` are not parsed). */
export async function* replayItems(
  items: AsyncIterable<HistoryItem> | Iterable<HistoryItem>,
  mode: EpochMode,
  opts: ReplayOptions,
): AsyncGenerator<EpochRecord | FailedEpoch | SkippedStep> {
  const engine = opts.engine ?? new Engine();
  const skip = opts.skip ?? 0;
  let carry: CarryState | undefined = opts.carry;
  for await (const item of items) {
    if (item.index < skip) continue;
    const source = item.source?.();
    let snapshot: Snapshot;
    try {
      snapshot = resolveStep(item.step(), carry, item.where);
    } catch (e) {
      if (!(e instanceof SnapshotError) || !opts.skipBadSteps) throw e;
      const error = e.file ? e : e.inFile(item.where);
      yield { epoch: item.index, where: item.where, error, skipped: true, source };
      continue;
    }
    const sw = switchesFor(snapshot.specVersion);
    const usePacked = opts.packed === true && packedCovers(sw);
    let result: EpochResult | undefined, packed: PackedEpochResult | undefined;
    try {
      if (usePacked) packed = engine.runPacked(snapshot, { mode });
      else result = engine.run(snapshot, { ...opts, mode });
    } catch (e) {
      if (!(e instanceof EngineError) || !opts.continueOnTrap) throw e;
      carry = { bonds: snapshot.bonds, blockAtRegistration: snapshot.blockAtRegistration };
      yield { epoch: item.index, block: snapshot.currentBlock, snapshot, error: e, source };
      continue;
    }
    if (packed) {
      const p = packed;
      carry = { bonds: packedBondsAfter(snapshot.bonds, p), blockAtRegistration: snapshot.blockAtRegistration };
      let decoded: EpochResult | undefined;
      yield {
        epoch: item.index,
        block: snapshot.currentBlock,
        snapshot,
        get result(): EpochResult {
          decoded ??= resultFromPacked(p, sw);
          return decoded;
        },
        packed: p,
        source,
      };
      continue;
    }
    carry = nextCarry(snapshot, result!);
    yield { epoch: item.index, block: snapshot.currentBlock, snapshot, result: result!, source };
  }
}

type StepsInput = Iterable<SnapshotStep> | AsyncIterable<SnapshotStep>;

/**
 * Replays validated snapshots held in memory (an array, a generator or an
 * async iterable; steps after the first may say `"bonds": "carry"`),
 * yielding each epoch's result in order.
 */
export function replaySteps(
  history: StepsInput,
  opts: ReplayOptions & ({ continueOnTrap: true } | { skipBadSteps: true }),
): AsyncGenerator<EpochRecord | FailedEpoch | SkippedStep>;
export function replaySteps(history: StepsInput, opts?: ReplayOptions): AsyncGenerator<EpochRecord>;
export function replaySteps(history: StepsInput, opts: ReplayOptions = {}): AsyncGenerator<EpochRecord | FailedEpoch | SkippedStep> {
  const items = (async function* () {
    let index = 0;
    for await (const step of history) {
      index++;
      yield { index: index - 1, where: `step ${index}`, step: () => step };
    }
  })();
  return replayItems(items, opts.mode ?? "sparse", opts);
}
