// Histories: ordered snapshots of one subnet, from a JSONL file (one
// snapshot per line), a directory of JSON snapshots (name order), or a
// fixture file's steps. Steps after the first may say `"bonds": "carry"`.
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { basename, join } from "node:path";
import { SnapshotError } from "../snapshot/errors.js";
import { parseJson, validateSnapshot, validateStep } from "../snapshot/validate.js";
import type { SnapshotStep } from "../snapshot/types.js";
import { toEpochFile } from "../fixture.js";

export type HistoryKind = "jsonl" | "dir" | "fixture";

export interface HistorySource {
  path: string;
  kind: HistoryKind;
  /** Name used for output files: the base name without extension. */
  name: string;
}

export interface RawStep {
  /** 0-based epoch index within the history */
  index: number;
  /** Where the step came from, for error messages (`file:line` or file name) */
  where: string;
  /** Unparsed JSON text, or an already-parsed value (fixtures) */
  text?: string;
  value?: unknown;
}

export function historySource(path: string): HistorySource {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new SnapshotError("", `cannot read history (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
  }
  const name = basename(path).replace(/\.(jsonl|ndjson|json)$/i, "");
  if (st.isDirectory()) return { path, kind: "dir", name };
  if (/\.(jsonl|ndjson)$/i.test(path)) return { path, kind: "jsonl", name };
  return { path, kind: "fixture", name };
}

/** The raw steps of a history, streamed (a JSONL file is read line by line). */
export async function* rawSteps(src: HistorySource): AsyncGenerator<RawStep> {
  if (src.kind === "jsonl") {
    const rl = createInterface({ input: createReadStream(src.path, { encoding: "utf8" }), crlfDelay: Infinity });
    let line = 0, index = 0;
    for await (const text of rl) {
      line++;
      if (text.trim() === "") continue;
      yield { index: index++, where: `${src.path}:${line}`, text };
    }
    return;
  }
  if (src.kind === "dir") {
    const files = readdirSync(src.path).filter((f) => f.endsWith(".json")).sort();
    let index = 0;
    for (const f of files) {
      const p = join(src.path, f);
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
  if (src.kind === "dir") return readdirSync(src.path).filter((f) => f.endsWith(".json")).length;
  let k = 0;
  for await (const _ of rawSteps(src)) k++;
  return k;
}

/** Parses and validates a raw step; errors carry `where`. */
export function parseStep(raw: RawStep): SnapshotStep {
  try {
    const v = raw.text !== undefined ? parseJson(raw.text) : raw.value;
    return raw.index === 0 ? validateSnapshot(v) : validateStep(v);
  } catch (e) {
    if (e instanceof SnapshotError) throw new SnapshotError(e.path, e.reason, raw.where);
    throw e;
  }
}
