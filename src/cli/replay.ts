// `yuma replay HISTORY... --out DIR`
import { replayAll } from "../replay/pool.js";
import { createProgress } from "./progress.js";
import { renderTable, raoToUnits } from "./table.js";
import { formatSpecSegments } from "../replay/versions.js";
import type { Output } from "./epoch.js";

export interface ReplayCommandOptions {
  out: string;
  jobs?: number;
  resume?: boolean;
  quiet?: boolean;
  top?: number;
  checkpointMs?: number;
  skipBadLines?: boolean;
  allowDuplicateBlocks?: boolean;
}

export async function replayCommand(histories: string[], opts: ReplayCommandOptions, io: Output): Promise<number> {
  const progress = createProgress(process.stderr, opts.quiet ?? false);
  const t0 = Date.now();
  let trapped = 0;
  const results = await replayAll(histories, opts.out, {
    jobs: opts.jobs,
    resume: opts.resume,
    checkpointMs: opts.checkpointMs,
    skipBadLines: opts.skipBadLines,
    allowDuplicateBlocks: opts.allowDuplicateBlocks,
    onProgress: (h, done, total) => progress.update(h, done, total),
    onError: (h, epoch, message, file) => {
      trapped++;
      io.err(`${h}: epoch ${epoch}: ${message}; snapshot saved to ${file}; replay continues`);
    },
    onSkip: (_h, _epoch, message) => io.err(`${message}; skipped (--skip-bad-lines)`),
  });
  progress.stop();
  let status = 0;
  let epochs = 0;
  results.forEach((r, k) => {
    epochs += r.epochs - r.resumedFrom;
    if (!r.ok) {
      io.err(r.error.message);
      status = Math.max(status, r.error.snapshot ? 2 : 1);
      if (r.stopped && !opts.quiet) {
        io.out(
          `${histories[k]}: stopped after ${r.epochs} epochs -> ${r.epochsFile} (checkpointed; fix the input and run again with --resume, or pass --skip-bad-lines)`,
        );
      }
      return;
    }
    if (opts.quiet) return;
    const notes = [r.resumedFrom ? `resumed after ${r.resumedFrom}` : "", r.skipped ? `${r.skipped} skipped` : ""]
      .filter(Boolean)
      .join(", ");
    io.out(`${histories[k]}: ${r.epochs} epochs${notes ? ` (${notes})` : ""} -> ${r.epochsFile}, ${r.summaryFile}`);
    io.out(`runtime versions: ${formatSpecSegments(r.specs)}`);
    io.out(summaryTable(r.summaryCsv, opts.top ?? 16));
    io.out("");
  });
  const secs = (Date.now() - t0) / 1000;
  if (!opts.quiet) io.out(`${epochs} epochs in ${secs.toFixed(2)} s (${(epochs / Math.max(secs, 1e-9)).toFixed(1)} epochs/s)`);
  return trapped > 0 ? Math.max(status, 1) : status;
}

/** The top uids of a summary CSV by total emission, as a table. */
export function summaryTable(csv: string, top: number): string {
  const lines = csv
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
  const total = lines.length;
  const rows = lines
    .sort((a, b) => {
      const d = BigInt(b[4]!) - BigInt(a[4]!);
      return d > 0n ? 1 : d < 0n ? -1 : Number(a[0]) - Number(b[0]);
    })
    .slice(0, top)
    .map((c) => [
      c[0]!,
      c[1]!,
      raoToUnits(c[2]!),
      raoToUnits(c[3]!),
      Number(c[5]).toFixed(4),
      Number(c[6]).toFixed(4),
      Number(c[7]).toFixed(4),
      c[8]!,
      c[9]!,
    ]);
  return (
    renderTable(
      [
        "uid",
        "epochs",
        "server emission",
        "validator emission",
        "mean incentive",
        "mean dividends",
        "mean vtrust",
        "permit epochs",
        "registrations",
      ],
      rows,
    ) + (total > top ? `\n(top ${top} of ${total} uids by total emission)` : "")
  );
}
