// Reading a yuma-epoch-fixture/1 file or bare snapshot from disk (Node only).
import { readFileSync } from "node:fs";
import { SnapshotError } from "./snapshot/errors.js";
import { parseJson, type ValidateOptions } from "./snapshot/validate.js";
import { toEpochFile, type EpochFile } from "./fixture.js";

/**
 * Reads a JSON file and hands its value to `parse`; a read failure or a
 * SnapshotError without a file names `path` (the one form every reader uses).
 */
export function readJsonFile<T>(path: string, parse: (value: unknown) => T): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
  }
  try {
    return parse(parseJson(text));
  } catch (e) {
    throw e instanceof SnapshotError && !e.file ? e.inFile(path) : e;
  }
}

/** Reads a fixture or snapshot file, validating every step. */
export function readEpochFile(path: string, opts: ValidateOptions = {}): EpochFile {
  return readJsonFile(path, (value) => toEpochFile(value, opts));
}
