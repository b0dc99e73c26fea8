// Several histories in parallel on worker threads (piscina), one WASM
// instance per worker; each history stays strictly sequential.
import { Piscina } from "piscina";
import { MessageChannel } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { ReplayTask, ReplayTaskResult, WorkerMessage } from "./worker.js";
import { historyName } from "./history.js";
import { outputPaths } from "./files.js";
import { SnapshotError } from "../snapshot/errors.js";

export interface PoolOptions {
  jobs?: number;
  resume?: boolean;
  checkpointMs?: number;
  /** see ReplayFilesOptions */
  skipBadLines?: boolean;
  allowDuplicateBlocks?: boolean;
  onProgress?: (history: string, done: number, total: number) => void;
  onError?: (history: string, epoch: number, message: string, snapshotFile: string) => void;
  onSkip?: (history: string, epoch: number, message: string) => void;
}

/**
 * Refuses two histories that would write the same output files (same name up
 * to case, for case-insensitive file systems), before anything runs.
 */
export function checkOutputNames(histories: string[], outDir: string): void {
  const seen = new Map<string, string>();
  for (const h of histories) {
    const name = historyName(h);
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      throw new SnapshotError(
        "",
        `writes the same output files as ${other} (${outputPaths(outDir, name).epochs} and the rest); ` +
          `rename one of them or replay them into separate --out directories`,
        h,
      );
    }
    seen.set(name.toLowerCase(), h);
  }
}

export async function replayAll(histories: string[], outDir: string, opts: PoolOptions = {}): Promise<ReplayTaskResult[]> {
  checkOutputNames(histories, outDir);
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), histories.length || 1));
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  try {
    return await Promise.all(
      histories.map((history) => {
        const { port1, port2 } = new MessageChannel();
        port1.on("message", (m: WorkerMessage) => {
          if ("skipped" in m) opts.onSkip?.(history, m.epoch, m.skipped);
          else if ("message" in m) opts.onError?.(history, m.epoch, m.message, m.snapshotFile);
          else opts.onProgress?.(history, m.done, m.total);
        });
        const task: ReplayTask = {
          history,
          outDir,
          resume: opts.resume ?? false,
          checkpointMs: opts.checkpointMs,
          skipBadLines: opts.skipBadLines,
          allowDuplicateBlocks: opts.allowDuplicateBlocks,
          port: port2,
        };
        return (pool.run(task, { transferList: [port2] }) as Promise<ReplayTaskResult>).finally(() => port1.close());
      }),
    );
  } finally {
    await pool.destroy();
  }
}
