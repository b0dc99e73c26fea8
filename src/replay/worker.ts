// Piscina worker: replays one history to files, in its own WASM instance.
import type { MessagePort } from "node:worker_threads";
import { replayToFiles, ReplayStopped } from "./files.js";
import { SnapshotError } from "../snapshot/errors.js";
import type { SpecSegment } from "./versions.js";
import { isSystemError, ioMessage } from "./io.js";

export interface ReplayTask {
  history: string;
  outDir: string;
  resume: boolean;
  checkpointMs?: number;
  skipBadLines?: boolean;
  allowDuplicateBlocks?: boolean;
  port?: MessagePort;
}

export interface ReplayTaskError {
  /** bad input (exit 2) rather than a file-system failure (exit 1) */
  snapshot: boolean;
  path: string;
  reason: string;
  file?: string;
  /** one line */
  message: string;
}

export type ReplayTaskResult =
  | {
      ok: true;
      name: string;
      epochs: number;
      skipped: number;
      resumedFrom: number;
      epochsFile: string;
      summaryFile: string;
      summaryCsv: string;
      specs: SpecSegment[];
    }
  /** `stopped`: bad input after `epochs` steps (checkpointed there); otherwise nothing ran */
  | { ok: false; error: ReplayTaskError; stopped: boolean; epochs: number; resumedFrom: number; epochsFile?: string };

export type WorkerMessage =
  | { done: number; total: number }
  | { epoch: number; message: string; snapshotFile: string }
  | { epoch: number; skipped: string };

const snapshotError = (e: SnapshotError): ReplayTaskError => ({
  snapshot: true,
  path: e.path,
  reason: e.reason,
  file: e.file,
  message: e.message,
});

export default async function run(task: ReplayTask): Promise<ReplayTaskResult> {
  let last = 0;
  const post = (m: WorkerMessage) => task.port?.postMessage(m);
  try {
    const r = await replayToFiles(task.history, task.outDir, {
      resume: task.resume,
      checkpointMs: task.checkpointMs,
      skipBadLines: task.skipBadLines,
      allowDuplicateBlocks: task.allowDuplicateBlocks,
      onProgress: (done, total) => {
        const now = Date.now();
        if (now - last > 100 || done === total) {
          last = now;
          post({ done, total });
        }
      },
      onError: (epoch, message, snapshotFile) => post({ epoch, message, snapshotFile }),
      onSkip: (epoch, message) => post({ epoch, skipped: message }),
    });
    return {
      ok: true,
      name: r.name,
      epochs: r.epochs,
      skipped: r.skipped,
      resumedFrom: r.resumedFrom,
      epochsFile: r.epochsFile,
      summaryFile: r.summaryFile,
      summaryCsv: r.summary.csv(),
      specs: r.specs,
    };
  } catch (e) {
    if (e instanceof ReplayStopped)
      return {
        ok: false,
        error: snapshotError(e.error),
        stopped: true,
        epochs: e.epochs,
        resumedFrom: e.resumedFrom,
        epochsFile: e.epochsFile,
      };
    if (e instanceof SnapshotError) return { ok: false, error: snapshotError(e), stopped: false, epochs: 0, resumedFrom: 0 };
    const message = isSystemError(e) ? ioMessage(e) : `error: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { snapshot: false, path: "", reason: message, message }, stopped: false, epochs: 0, resumedFrom: 0 };
  } finally {
    task.port?.close();
  }
}
