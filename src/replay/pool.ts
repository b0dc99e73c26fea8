// Several histories in parallel on worker threads (piscina), one WASM
// instance per worker; each history stays strictly sequential.
import { Piscina } from "piscina";
import { MessageChannel } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { ReplayTask, ReplayTaskResult } from "./worker.js";

export interface PoolOptions {
  jobs?: number;
  resume?: boolean;
  checkpointMs?: number;
  onProgress?: (history: string, done: number, total: number) => void;
  onError?: (history: string, epoch: number, message: string, snapshotFile: string) => void;
}

export async function replayAll(histories: string[], outDir: string, opts: PoolOptions = {}): Promise<ReplayTaskResult[]> {
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), histories.length || 1));
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  try {
    return await Promise.all(histories.map((history) => {
      const { port1, port2 } = new MessageChannel();
      port1.on("message", (m: { done: number; total: number } | { epoch: number; message: string; snapshotFile: string }) => {
        if ("message" in m) opts.onError?.(history, m.epoch, m.message, m.snapshotFile);
        else opts.onProgress?.(history, m.done, m.total);
      });
      const task: ReplayTask = { history, outDir, resume: opts.resume ?? false, checkpointMs: opts.checkpointMs, port: port2 };
      return (pool.run(task, { transferList: [port2] }) as Promise<ReplayTaskResult>).finally(() => port1.close());
    }));
  } finally {
    await pool.destroy();
  }
}
