// Histories: ordered snapshots of one subnet, from a JSONL file (one
// snapshot per line, in line order), a directory of JSON snapshots (ordered
// by currentBlock; a repeated block is refused unless allowed), or a fixture
// file's steps (in order). Steps after the first may say `"bonds": "carry"`.
import { closeSync, createReadStream, openSync, readSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { basename, join } from "node:path";
import { SnapshotError } from "../snapshot/errors.js";
import { parseJson, parseU64, validateSnapshot, validateStep } from "../snapshot/validate.js";
import type { SnapshotStep } from "../snapshot/types.js";
import { toEpochFile } from "../fixture.js";
import { binaryRecords } from "../binary/reader.js";
import { decodeRecord } from "../binary/decode.js";
import { BINARY_EXTENSION, hasMagic } from "../binary/format.js";

export type HistoryKind = "jsonl" | "dir" | "fixture" | "binary";

export interface HistorySource {
  path: string;
  kind: HistoryKind;
  /** Name used for output files: the base name without extension. */
  name: string;
  /** Directory histories: the snapshot files in run order (by currentBlock). */
  files?: string[];
}

export interface HistoryOptions {
  /** Directory histories: run snapshots sharing a currentBlock (in name order) instead of refusing. */
  allowDuplicateBlocks?: boolean;
}

export interface RawStep {
  /** 0-based epoch index within the history */
  index: number;
  /** Where the step came from, for error messages (`file:line` or file name) */
  where: string;
  /** Unparsed JSON text, or an already-parsed value (fixtures) */
  text?: string;
  value?: unknown;
  /** Binary histories: the record's bytes (src/binary/format.ts) */
  bytes?: Uint8Array;
  /** Binary histories: a record that cannot be framed (parseStep throws it) */
  error?: SnapshotError;
}

/** The name a history's output files get: its base name without .jsonl / .ndjson / .json / .yhist. */
export function historyName(path: string): string {
  return basename(path).replace(/\.(jsonl|ndjson|json|yhist)$/i, "");
}

/** A binary history: named `*.yhist`, or any file that starts with the format's magic. */
function isBinaryHistory(path: string): boolean {
  if (path.toLowerCase().endsWith(BINARY_EXTENSION)) return true;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = Buffer.alloc(8);
    return hasMagic(head.subarray(0, readSync(fd, head, 0, 8, 0)));
  } catch {
    return false; // unreadable: the reader reports it
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function historySource(path: string, opts: HistoryOptions = {}): HistorySource {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new SnapshotError("", `cannot read history (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
  }
  const name = historyName(path);
  if (st.isDirectory()) return { path, kind: "dir", name, files: dirOrder(path, opts) };
  if (/\.(jsonl|ndjson)$/i.test(path)) return { path, kind: "jsonl", name };
  if (isBinaryHistory(path)) return { path, kind: "binary", name };
  return { path, kind: "fixture", name };
}

/**
 * A directory's snapshot files ordered by currentBlock (file names say nothing
 * about order: epoch-10.json sorts before epoch-2.json). Reads every file once.
 */
function dirOrder(dir: string, opts: HistoryOptions): string[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
  } catch (e) {
    throw new SnapshotError("", `cannot read directory (${(e as NodeJS.ErrnoException).code ?? String(e)})`, dir);
  }
  const entries = names.map((f) => {
    const p = join(dir, f);
    let text: string;
    try {
      text = readFileSync(p, "utf8");
    } catch (e) {
      throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, p);
    }
    const v = parseJson(text, p);
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new SnapshotError("", "expected a snapshot object", p);
    try {
      return { p, block: parseU64((v as Record<string, unknown>).currentBlock, "currentBlock") };
    } catch (e) {
      throw e instanceof SnapshotError ? e.inFile(p) : e;
    }
  });
  entries.sort((a, b) => (a.block < b.block ? -1 : a.block > b.block ? 1 : 0)); // stable: name order within a block
  for (let k = 1; k < entries.length; k++) {
    const a = entries[k - 1]!,
      b = entries[k]!;
    if (a.block === b.block && !opts.allowDuplicateBlocks) {
      throw new SnapshotError(
        "currentBlock",
        `block ${b.block} is also the currentBlock of ${a.p} (a directory history runs in block order; ` +
          `--allow-duplicate-blocks runs both, in name order)`,
        b.p,
      );
    }
  }
  return entries.map((e) => e.p);
}

/** The raw steps of a history, streamed (a JSONL file is read line by line). */
export async function* rawSteps(src: HistorySource): AsyncGenerator<RawStep> {
  if (src.kind === "jsonl") {
    const rl = createInterface({ input: createReadStream(src.path, { encoding: "utf8" }), crlfDelay: Infinity });
    let line = 0,
      index = 0;
    for await (const text of rl) {
      line++;
      if (text.trim() === "") continue;
      yield { index: index++, where: `${src.path}:${line}`, text };
    }
    return;
  }
  if (src.kind === "binary") {
    for (const rec of binaryRecords(src.path)) yield { index: rec.index, where: rec.where, bytes: rec.bytes, error: rec.error };
    return;
  }
  if (src.kind === "dir") {
    let index = 0;
    for (const p of src.files ?? dirOrder(src.path, {})) {
      yield { index: index++, where: p, text: readFileSync(p, "utf8") };
    }
    return;
  }
  const parsed = parseJson(readFileSync(src.path, "utf8"), src.path);
  const file = toEpochFile(parsed);
  let index = 0;
  for (const st of file.steps) yield { index: index++, where: `${src.path} steps[${index - 1}]`, value: st.input };
}

/** Number of epochs in a history, without validating them. */
export async function countSteps(src: HistorySource): Promise<number> {
  if (src.kind === "dir") return (src.files ?? dirOrder(src.path, {})).length;
  let k = 0;
  for await (const _ of rawSteps(src)) k++;
  return k;
}

/** Parses and validates a raw step; errors carry `where`. */
export function parseStep(raw: RawStep): SnapshotStep {
  if (raw.bytes !== undefined) {
    if (raw.error) throw raw.error;
    return decodeRecord(raw.bytes, raw.where, { first: raw.index === 0 });
  }
  try {
    const v = raw.text !== undefined ? parseJson(raw.text) : raw.value;
    return raw.index === 0 ? validateSnapshot(v) : validateStep(v);
  } catch (e) {
    if (e instanceof SnapshotError) throw new SnapshotError(e.path, e.reason, raw.where);
    throw e;
  }
}
