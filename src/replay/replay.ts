// Sequential replay of one history (a file, a directory, a fixture, or steps
// in memory): bonds carried from epoch to epoch.
import type { EpochMode, SnapshotStep } from "../snapshot/types.js";
import { historySource, rawSteps, parseStep, type HistorySource } from "./history.js";
import { toEpochFile } from "../fixture.js";
import { readFileSync } from "node:fs";
import { parseJson } from "../snapshot/validate.js";
import { replayItems, replaySteps, type EpochRecord, type FailedEpoch, type ReplayOptions } from "./steps.js";

export type { EpochRecord, FailedEpoch, ReplayOptions } from "./steps.js";

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
  if (typeof history !== "string") {
    yield* replaySteps(history, opts);
    return;
  }
  const src = historySource(history);
  const items = (async function* () {
    for await (const raw of rawSteps(src)) yield { index: raw.index, where: raw.where, step: () => parseStep(raw) };
  })();
  yield* replayItems(items, opts.mode ?? historyMode(src), opts);
}
