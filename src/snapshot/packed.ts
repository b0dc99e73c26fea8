// The typed-array form of a snapshot's weight and bond rows (PackedSnapshot): CSR arrays
// instead of one [uid, value] array per stored entry, so that n = 4096 with every uid setting
// every weight (16.8M entries) fits in a few hundred MB of JS memory. Every other field is the
// Snapshot's own (same names, encodings and validation).
import { SnapshotError } from "./errors.js";
import type { Snapshot, SparseRow } from "./types.js";
import { LIMITS, validateSnapshot, type ValidateOptions } from "./validate.js";
import { DEFAULT_SPEC, switchesFor } from "./versions.js";

/**
 * Sparse rows in CSR form: row i is entries `ptr[i] .. ptr[i+1]` of `cols` (uid) and `vals`
 * (u16 value), in stored order. `ptr` has n + 1 entries, `ptr[0] = 0`, non-decreasing, and
 * `ptr[n] = cols.length = vals.length`.
 */
export interface PackedRows {
  ptr: Uint32Array;
  cols: Uint16Array;
  vals: Uint16Array;
}

/** A Snapshot whose `weights` and `bonds` are PackedRows. */
export type PackedSnapshot = Omit<Snapshot, "weights" | "bonds"> & { weights: PackedRows; bonds: PackedRows };

/** True when the snapshot's rows are packed (PackedRows rather than arrays of pairs). */
export function isPackedSnapshot(s: Snapshot | PackedSnapshot): s is PackedSnapshot {
  return !Array.isArray(s.weights);
}

/** Sparse rows as PackedRows (no validation: the rows come from a validated Snapshot). */
export function packRows(rows: readonly SparseRow[]): PackedRows {
  let total = 0;
  for (const r of rows) total += r.length;
  const ptr = new Uint32Array(rows.length + 1);
  const cols = new Uint16Array(total);
  const vals = new Uint16Array(total);
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    ptr[i] = k;
    const row = rows[i]!;
    for (let e = 0; e < row.length; e++) {
      const pair = row[e]!;
      cols[k] = pair[0];
      vals[k] = pair[1];
      k++;
    }
  }
  ptr[rows.length] = k;
  return { ptr, cols, vals };
}

/** PackedRows back as arrays of [uid, value] pairs. */
export function unpackRows(p: PackedRows): SparseRow[] {
  const n = p.ptr.length - 1;
  const rows: SparseRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const start = p.ptr[i]!,
      len = p.ptr[i + 1]! - start;
    const row: SparseRow = new Array(len);
    for (let e = 0; e < len; e++) row[e] = [p.cols[start + e]!, p.vals[start + e]!];
    rows[i] = row;
  }
  return rows;
}

/** A validated Snapshot with its rows packed (the other fields are shared, not copied). */
export function toPackedSnapshot(s: Snapshot): PackedSnapshot {
  return { ...s, weights: packRows(s.weights), bonds: packRows(s.bonds) };
}

/** A PackedSnapshot with its rows as arrays of pairs (the other fields are shared, not copied). */
export function fromPackedSnapshot(p: PackedSnapshot): Snapshot {
  return { ...p, weights: unpackRows(p.weights), bonds: unpackRows(p.bonds) };
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (ArrayBuffer.isView(v)) return v.constructor.name;
  return typeof v;
}

/**
 * Checks the PackedRows at `field` (a Uint32Array `ptr` of n + 1 offsets, Uint16Array `cols` and
 * `vals`) with the rules validateSnapshot applies to pair rows: no uid twice in a row, and
 * uids < n where `strictUids` (uids are u16 by type). Returns the number of entries.
 */
function checkPackedRows(v: unknown, field: string, n: number, strictUids: boolean): number {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new SnapshotError(field, `expected packed rows { ptr: Uint32Array, cols: Uint16Array, vals: Uint16Array }, got ${kindOf(v)}`);
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (k !== "ptr" && k !== "cols" && k !== "vals")
      throw new SnapshotError(`${field}.${k}`, "unknown field (packed rows have ptr, cols, vals)");
  }
  const want = { ptr: Uint32Array, cols: Uint16Array, vals: Uint16Array } as const;
  for (const k of ["ptr", "cols", "vals"] as const) {
    if (!(o[k] instanceof want[k])) throw new SnapshotError(`${field}.${k}`, `expected a ${want[k].name}, got ${kindOf(o[k])}`);
  }
  const ptr = o.ptr as Uint32Array,
    cols = o.cols as Uint16Array,
    vals = o.vals as Uint16Array;
  if (ptr.length !== n + 1) throw new SnapshotError(`${field}.ptr`, `expected n + 1 = ${n + 1} row offsets, got ${ptr.length}`);
  if (ptr[0] !== 0) throw new SnapshotError(`${field}.ptr[0]`, `the first row offset must be 0, got ${ptr[0]}`);
  const total = ptr[n]!;
  if (cols.length !== total) throw new SnapshotError(`${field}.cols`, `expected ptr[n] = ${total} entries, got ${cols.length}`);
  if (vals.length !== total) throw new SnapshotError(`${field}.vals`, `expected ptr[n] = ${total} entries, got ${vals.length}`);
  const seen = new Int32Array(65536).fill(-1);
  for (let i = 0; i < n; i++) {
    const start = ptr[i]!,
      end = ptr[i + 1]!;
    if (end < start) throw new SnapshotError(`${field}.ptr[${i + 1}]`, `row offsets must not decrease: ${end} < ptr[${i}] = ${start}`);
    for (let k = start; k < end; k++) {
      const uid = cols[k]!;
      if (seen[uid] === i) throw new SnapshotError(`${field}.cols[${k}]`, `duplicate uid ${uid} in row ${i}`);
      if (strictUids && uid >= n) throw new SnapshotError(`${field}.cols[${k}]`, `uid ${uid} out of range (n = ${n}) in row ${i}`);
      seen[uid] = i;
    }
  }
  return total;
}

/**
 * Checks that `x` is a well-formed PackedSnapshot: every field but `weights` and `bonds` as
 * validateSnapshot checks it (same paths and reasons), the rows as PackedRows (`weights.ptr`,
 * `bonds.cols[k]`, ...). Throws SnapshotError naming the first bad field.
 */
export function validatePackedSnapshot(x: unknown, opts: Omit<ValidateOptions, "allowCarry"> = {}): PackedSnapshot {
  if (typeof x !== "object" || x === null || Array.isArray(x)) {
    throw new SnapshotError("", `expected a snapshot object, got ${kindOf(x)}`);
  }
  const o = x as Record<string, unknown>;
  // the other fields through the one validator, with empty pair rows standing in for the packed ones
  const n = typeof o.n === "number" && Number.isInteger(o.n) && o.n >= 0 && o.n <= 65535 ? o.n : 0;
  const empty = Array.from({ length: n }, () => []);
  const stand: Record<string, unknown> = { ...o };
  if ("weights" in o) stand.weights = empty;
  if ("bonds" in o) stand.bonds = empty;
  const base = validateSnapshot(stand, opts);
  const sw = switchesFor(base.specVersion ?? DEFAULT_SPEC);
  const strict = opts.strictUids ?? false;
  let entries = checkPackedRows(o.weights, "weights", n, strict);
  if (!sw.filterWeightUidsGeN) {
    // before 144 a permitted validator's row with a uid >= n panics on chain (see validateSnapshot)
    const w = o.weights as PackedRows;
    for (let i = 0; i < n; i++) {
      if (!base.validatorPermit[i]) continue;
      for (let k = w.ptr[i]!; k < w.ptr[i + 1]!; k++) {
        if (w.cols[k]! >= n)
          throw new SnapshotError(
            `weights.cols[${k}]`,
            `uid ${w.cols[k]} out of range (n = ${n}) in a permitted validator's row ${i}: the epoch of spec ${base.specVersion} panics on it`,
          );
      }
    }
  }
  // before 320 a stored bond to a uid >= n panics in the bond mask
  entries += checkPackedRows(o.bonds, "bonds", n, strict || !sw.writeAllBondRows);
  const maxEntries = opts.maxEntries ?? LIMITS.maxEntries;
  if (entries > maxEntries) {
    throw new SnapshotError("weights", `${entries} stored weight + bond entries exceed the limit ${maxEntries}`);
  }
  return o as unknown as PackedSnapshot;
}
