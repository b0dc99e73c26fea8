// fetch history into a JSONL file (one snapshot per line, ready for
// `yuma replay`), resumable: every epoch is appended and flushed, then a
// checkpoint (epochs, bytes, last block, verify tallies) replaces the previous
// one atomically (temp file + rename). --resume truncates the file to the
// checkpoint and continues after its last block, so the result is byte-identical.
import fs from "node:fs";
import type { ApiPromise } from "@polkadot/api";
import { fetchHistory, type FetchHistoryOptions } from "./history.js";
import type { Difference } from "./verify.js";
import { ChainError } from "./errors.js";

export interface HistoryFileOptions extends Omit<FetchHistoryOptions, "after" | "onPlan"> {
  out: string;
  resume?: boolean;
  onProgress?(done: number, total: number): void;
}

export interface HistoryFileResult {
  epochs: number;
  verified: number;
  differ: number;
  /** first differing epoch: block, field, uid */
  first?: { block: number } & Difference;
}

interface Checkpoint {
  schema: "yuma-fetch-checkpoint/1";
  netuid: number;
  from: number;
  to: number;
  epochs: number;
  bytes: number;
  lastBlock: number;
  verified: number;
  differ: number;
  first?: { block: number } & Difference;
  /** the mechanism read, when not 0 */
  mechanism?: number;
}

export function checkpointPath(out: string): string {
  return `${out}.checkpoint.json`;
}

export async function fetchHistoryToFile(api: ApiPromise, opts: HistoryFileOptions): Promise<HistoryFileResult> {
  const cpPath = checkpointPath(opts.out);
  let cp: Checkpoint = {
    schema: "yuma-fetch-checkpoint/1",
    netuid: opts.netuid,
    from: opts.from,
    to: opts.to,
    epochs: 0,
    bytes: 0,
    lastBlock: opts.from - 1,
    verified: 0,
    differ: 0,
    ...(opts.mechanism ? { mechanism: opts.mechanism } : {}),
  };
  if (opts.resume && fs.existsSync(cpPath)) {
    const old = JSON.parse(fs.readFileSync(cpPath, "utf8")) as Checkpoint;
    if (old.schema !== cp.schema || old.netuid !== opts.netuid || old.from !== opts.from || old.to !== opts.to)
      throw new ChainError(
        opts.out,
        `checkpoint ${cpPath} is for netuid ${old.netuid}, blocks ${old.from}-${old.to}: run with the same --netuid, --from and --to, or without --resume`,
      );
    if ((old.mechanism ?? 0) !== (opts.mechanism ?? 0))
      throw new ChainError(
        opts.out,
        `checkpoint ${cpPath} is for mechanism ${old.mechanism ?? 0}: run with the same --mechanism, or without --resume`,
      );
    const size = fs.existsSync(opts.out) ? fs.statSync(opts.out).size : 0;
    if (size < old.bytes)
      throw new ChainError(opts.out, `file is shorter (${size} bytes) than its checkpoint (${old.bytes} bytes): cannot resume`);
    cp = old;
  }
  const fd = fs.openSync(opts.out, cp.bytes > 0 ? "r+" : "w");
  try {
    fs.ftruncateSync(fd, cp.bytes);
    let pos = cp.bytes;
    let total = 0;
    const writeCheckpoint = () => {
      const tmp = `${cpPath}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(cp) + "\n");
      fs.renameSync(tmp, cpPath);
    };
    writeCheckpoint();
    for await (const ep of fetchHistory(api, {
      ...opts,
      after: cp.lastBlock,
      onPlan: (b) => {
        total = cp.epochs + b.length;
        opts.onProgress?.(cp.epochs, total);
      },
    })) {
      const line = Buffer.from(JSON.stringify(ep.snapshot) + "\n");
      fs.writeSync(fd, line, 0, line.length, pos);
      fs.fsyncSync(fd);
      pos += line.length;
      cp = { ...cp, epochs: cp.epochs + 1, bytes: pos, lastBlock: ep.block };
      if (ep.differences) {
        if (ep.differences.length === 0) cp.verified++;
        else {
          cp.differ++;
          cp.first ??= { block: ep.block, ...ep.differences[0]! };
        }
      }
      writeCheckpoint();
      opts.onProgress?.(cp.epochs, total);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { epochs: cp.epochs, verified: cp.verified, differ: cp.differ, first: cp.first };
}
