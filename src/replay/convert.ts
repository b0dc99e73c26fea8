// `yuma convert`: a history (JSONL, directory, fixture or binary) to JSONL or
// to the binary history format (src/binary/format.ts). Every step is read and
// validated on the way; the output is written to a temporary file and renamed
// into place, so a failed conversion leaves no partial output.
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { SnapshotError } from "../snapshot/errors.js";
import { FIELDS, BINARY_EXTENSION } from "../binary/format.js";
import { encodeHeader, encodeRecord } from "../binary/encode.js";
import type { SnapshotStep } from "../snapshot/types.js";
import { historySource, parseStep, rawSteps } from "./history.js";
import { historyMode } from "./replay.js";
import { ioAt } from "./io.js";

export type HistoryFormat = "jsonl" | "binary";

export interface ConvertResult {
  from: string;
  to: string;
  format: HistoryFormat;
  steps: number;
  bytes: number;
}

/** The format an output path asks for: `*.yhist` binary, `*.jsonl` / `*.ndjson` JSONL. */
export function formatFor(path: string): HistoryFormat {
  if (path.toLowerCase().endsWith(BINARY_EXTENSION)) return "binary";
  if (/\.(jsonl|ndjson)$/i.test(path)) return "jsonl";
  throw new SnapshotError(
    "",
    `cannot tell the output format from the name (use ${BINARY_EXTENSION} for binary, .jsonl for JSONL, or --to jsonl|binary)`,
    path,
  );
}

/** A step's JSON line with its keys in the binary format's field order (the normal form both ways). */
export function stepLine(step: SnapshotStep): string {
  const o = step as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) if (o[k] !== undefined) out[k] = o[k];
  return JSON.stringify(out);
}

const FLUSH_BYTES = 1 << 20;

export async function convertHistory(input: string, output: string, to: HistoryFormat = formatFor(output)): Promise<ConvertResult> {
  const src = historySource(input);
  const mode = historyMode(src);
  if (to === "jsonl" && mode === "dense") {
    throw new SnapshotError(
      "",
      "a dense (epoch_dense_mechanism) history cannot be written as JSONL (JSONL histories replay sparse); convert it to binary",
      input,
    );
  }
  const tmp = `${output}.tmp-${process.pid}`;
  const fd = ioAt(tmp, () => openSync(tmp, "w"));
  let pending: Buffer[] = [];
  let pendingBytes = 0,
    bytes = 0,
    steps = 0;
  const flush = () => {
    const buf = Buffer.concat(pending, pendingBytes);
    for (let off = 0; off < buf.length; ) off += ioAt(tmp, () => writeSync(fd, buf, off, buf.length - off, bytes + off));
    bytes += buf.length;
    pending = [];
    pendingBytes = 0;
  };
  const put = (b: Buffer) => {
    pending.push(b);
    pendingBytes += b.length;
    if (pendingBytes >= FLUSH_BYTES) flush();
  };
  let ok = false;
  try {
    if (to === "binary") put(encodeHeader(mode));
    for await (const raw of rawSteps(src)) {
      const step = parseStep(raw);
      put(to === "binary" ? encodeRecord(step) : Buffer.from(`${stepLine(step)}\n`));
      steps++;
    }
    if (steps === 0) throw new SnapshotError("", "empty history: no snapshots", input);
    flush();
    closeSync(fd);
    ioAt(output, () => renameSync(tmp, output));
    ok = true;
  } finally {
    if (!ok) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(tmp, { force: true });
    }
  }
  return { from: input, to: output, format: to, steps, bytes };
}
