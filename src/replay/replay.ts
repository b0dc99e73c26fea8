// Sequential replay of one history (a file, a directory, a fixture, or steps
// in memory): bonds carried from epoch to epoch.
import type { EpochMode, SnapshotStep } from "../snapshot/types.js";
import { historySource, rawSteps, parseStep, type HistorySource, type HistoryOptions, type RawStep } from "./history.js";
import { toEpochFile } from "../fixture.js";
import { readFileSync } from "node:fs";
import { readBinaryHeader } from "../binary/reader.js";
import { parseJson } from "../snapshot/validate.js";
import {
  replayItems,
  replaySteps,
  type EpochRecord,
  type FailedEpoch,
  type SkippedStep,
  type ReplayOptions as StepOptions,
} from "./steps.js";

export type { EpochRecord, FailedEpoch, SkippedStep } from "./steps.js";

export interface ReplayOptions extends StepOptions, HistoryOptions {}

export type HistoryInput = string | HistorySource | Iterable<SnapshotStep> | AsyncIterable<SnapshotStep>;

function isSource(h: HistoryInput): h is HistorySource {
  return (
    typeof h === "object" && h !== null && typeof (h as HistorySource).path === "string" && typeof (h as HistorySource).kind === "string"
  );
}

/** The text a raw step was read from (fixture steps: their JSON; binary histories: the record's bytes). */
export function stepSource(raw: RawStep): string | Uint8Array {
  return raw.bytes ?? raw.text ?? JSON.stringify(raw.value);
}

/** The mode a history runs in: fixtures say which upstream function; otherwise sparse. */
export function historyMode(src: HistorySource): EpochMode {
  if (src.kind === "binary") return readBinaryHeader(src.path).mode;
  if (src.kind !== "fixture") return "sparse";
  return toEpochFile(parseJson(readFileSync(src.path, "utf8"), src.path)).mode;
}

/**
 * Replays a history (a path to a JSONL file, a directory or a fixture; or
 * snapshots in memory), yielding each epoch's result in order.
 */
export function replay(
  history: HistoryInput,
  opts: ReplayOptions & ({ continueOnTrap: true } | { skipBadSteps: true }),
): AsyncGenerator<EpochRecord | FailedEpoch | SkippedStep>;
export function replay(history: HistoryInput, opts?: ReplayOptions): AsyncGenerator<EpochRecord>;
export async function* replay(history: HistoryInput, opts: ReplayOptions = {}): AsyncGenerator<EpochRecord | FailedEpoch | SkippedStep> {
  if (typeof history !== "string" && !isSource(history)) {
    yield* replaySteps(history as Iterable<SnapshotStep> | AsyncIterable<SnapshotStep>, opts);
    return;
  }
  const src = typeof history === "string" ? historySource(history, opts) : history;
  const items = (async function* () {
    for await (const raw of rawSteps(src))
      yield { index: raw.index, where: raw.where, step: () => parseStep(raw), source: () => stepSource(raw) };
  })();
  yield* replayItems(items, opts.mode ?? historyMode(src), opts);
}
