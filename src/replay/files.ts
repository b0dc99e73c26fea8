// Replay of one history into DIR/<name>.epochs.jsonl and DIR/<name>.summary.csv,
// appending per epoch and checkpointing atomically, so a run killed at any
// point resumes (--resume) to byte-identical files.
import { closeSync, existsSync, ftruncateSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync, fstatSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Engine } from "../wasm/engine.js";
import { SnapshotError } from "../snapshot/errors.js";
import { historySource, countSteps } from "./history.js";
import { nextCarry, type CarryState } from "../snapshot/carry.js";
import { replay } from "./replay.js";
import { Summary } from "./summary.js";
import { SpecTracker, type SpecSegment } from "./versions.js";

export const CHECKPOINT_FORMAT = "yuma-replay-checkpoint/1";

interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  history: string;
  /** epochs fully written */
  completed: number;
  /** length of epochs.jsonl after `completed` epochs */
  epochsBytes: number;
  carry: CarryState | null;
  summary: unknown;
  done: boolean;
  /** runtime versions used so far (absent in checkpoints written before specVersion support) */
  specs?: SpecSegment[];
}

export interface ReplayFilesOptions {
  resume?: boolean;
  engine?: Engine;
  /** Called after each epoch with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Called when an epoch trapped (it is recorded as an error line and the replay goes on). */
  onError?: (epoch: number, message: string, snapshotFile: string) => void;
  /** Minimum milliseconds between checkpoints (default 200; 0 = every epoch). */
  checkpointMs?: number;
}

export interface ReplayFilesResult {
  name: string;
  epochs: number;
  epochsFile: string;
  summaryFile: string;
  summary: Summary;
  resumedFrom: number;
  /** runtime spec versions used, as runs of epochs */
  specs: SpecSegment[];
}

function atomicWrite(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export function outputPaths(outDir: string, name: string) {
  return {
    epochs: join(outDir, `${name}.epochs.jsonl`),
    summary: join(outDir, `${name}.summary.csv`),
    checkpoint: join(outDir, `${name}.checkpoint.json`),
  };
}

export async function replayToFiles(historyPath: string, outDir: string, opts: ReplayFilesOptions = {}): Promise<ReplayFilesResult> {
  const src = historySource(historyPath);
  const paths = outputPaths(outDir, src.name);
  mkdirSync(outDir, { recursive: true });
  const total = await countSteps(src);
  if (total === 0) throw new SnapshotError("", "empty history: no snapshots", historyPath);
  let cp: Checkpoint | undefined;
  if (opts.resume && existsSync(paths.checkpoint)) {
    cp = JSON.parse(readFileSync(paths.checkpoint, "utf8")) as Checkpoint;
    if (cp.format !== CHECKPOINT_FORMAT) throw new Error(`${paths.checkpoint}: unknown checkpoint format`);
  }
  const summary = cp ? Summary.fromJSON(cp.summary) : new Summary();
  const resumedFrom = cp?.completed ?? 0;
  const specs = new SpecTracker(cp?.specs);
  if (cp?.done && existsSync(paths.summary)) {
    return { name: src.name, epochs: cp.completed, epochsFile: paths.epochs, summaryFile: paths.summary, summary, resumedFrom, specs: specs.segments };
  }
  const fd = openSync(paths.epochs, cp ? "r+" : "w");
  let bytes = cp?.epochsBytes ?? 0;
  try {
    if (cp) ftruncateSync(fd, bytes); // drop a line written after the last checkpoint
    let completed = resumedFrom;
    let lastCheckpoint = Date.now();
    const every = opts.checkpointMs ?? 200;
    const checkpoint = (carry: CarryState | null, done: boolean) => {
      const c: Checkpoint = { format: CHECKPOINT_FORMAT, history: historyPath, completed, epochsBytes: bytes, carry, summary: summary.toJSON(), done, specs: specs.segments };
      atomicWrite(paths.checkpoint, JSON.stringify(c));
      lastCheckpoint = Date.now();
    };
    let carry: CarryState | null = cp?.carry ?? null;
    for await (const rec of replay(historyPath, { engine: opts.engine, skip: resumedFrom, carry: carry ?? undefined, continueOnTrap: true })) {
      specs.add(rec.epoch, rec.snapshot.specVersion);
      if ("error" in rec) {
        // keep the snapshot that trapped for a bug report; record the failure in place of the epoch
        const dump = join(outDir, `${src.name}.epoch-${rec.epoch}.failed.json`);
        writeFileSync(dump, JSON.stringify(rec.snapshot));
        bytes += writeSync(fd, JSON.stringify({ epoch: rec.epoch, block: rec.block, error: rec.error.message, snapshot: dump }) + "\n", bytes);
        completed = rec.epoch + 1;
        carry = { bonds: rec.snapshot.bonds, blockAtRegistration: rec.snapshot.blockAtRegistration };
        opts.onError?.(rec.epoch, rec.error.message, dump);
        opts.onProgress?.(completed, total);
        continue;
      }
      // the runtime version is recorded per line when the history gives one (lines without it are unchanged)
      const spec = rec.snapshot.specVersion !== undefined ? { specVersion: rec.snapshot.specVersion } : {};
      const line = JSON.stringify({ epoch: rec.epoch, block: rec.block, ...spec, ...rec.result }) + "\n";
      bytes += writeSync(fd, line, bytes);
      summary.add(rec.result, rec.snapshot.blockAtRegistration);
      completed = rec.epoch + 1;
      carry = nextCarry(rec.snapshot, rec.result);
      if (Date.now() - lastCheckpoint >= every) checkpoint(carry, false);
      opts.onProgress?.(completed, total);
    }
    if (fstatSync(fd).size !== bytes) ftruncateSync(fd, bytes);
    fsyncSync(fd);
    atomicWrite(paths.summary, summary.csv());
    checkpoint(carry, true);
    return { name: src.name, epochs: completed, epochsFile: paths.epochs, summaryFile: paths.summary, summary, resumedFrom, specs: specs.segments };
  } finally {
    closeSync(fd);
  }
}

/** Removes a finished run's checkpoint (outputs stay). */
export function removeCheckpoint(outDir: string, name: string): void {
  rmSync(outputPaths(outDir, name).checkpoint, { force: true });
}
