// Piscina worker: replays one history to files, in its own WASM instance.
import type { MessagePort } from "node:worker_threads";
import { replayToFiles } from "./files.js";
import { SnapshotError } from "../snapshot/errors.js";
import type { SpecSegment } from "./versions.js";

export interface ReplayTask {
  history: string;
  outDir: string;
  resume: boolean;
  checkpointMs?: number;
  port?: MessagePort;
}

export type ReplayTaskResult =
  | { ok: true; name: string; epochs: number; resumedFrom: number; epochsFile: string; summaryFile: string; summaryCsv: string; specs: SpecSegment[] }
  | { ok: false; error: { snapshot: boolean; path: string; reason: string; file?: string; message: string } };

export default async function run(task: ReplayTask): Promise<ReplayTaskResult> {
  let last = 0;
  try {
    const r = await replayToFiles(task.history, task.outDir, {
      resume: task.resume,
      checkpointMs: task.checkpointMs,
      onProgress: (done, total) => {
        const now = Date.now();
        if (task.port && (now - last > 100 || done === total)) {
          last = now;
          task.port.postMessage({ done, total });
        }
      },
      onError: (epoch, message, snapshotFile) => task.port?.postMessage({ epoch, message, snapshotFile }),
    });
    return { ok: true, name: r.name, epochs: r.epochs, resumedFrom: r.resumedFrom, epochsFile: r.epochsFile, summaryFile: r.summaryFile, summaryCsv: r.summary.csv(), specs: r.specs };
  } catch (e) {
    if (e instanceof SnapshotError) {
      return { ok: false, error: { snapshot: true, path: e.path, reason: e.reason, file: e.file, message: e.message } };
    }
    return { ok: false, error: { snapshot: false, path: "", reason: String(e), message: e instanceof Error ? e.stack ?? e.message : String(e) } };
  } finally {
    task.port?.close();
  }
}
