// Structural and range validation of snapshots, before anything reaches WASM.
// Every refusal is a SnapshotError naming the field.
import { SnapshotError } from "./errors.js";
import type { Snapshot, SnapshotStep, SparseRow } from "./types.js";
import { ALL_FIELDS, DEFAULT_SPEC, SUPPORTED_SPECS, fieldRange, fieldsFor, switchesFor, type FieldKind } from "./versions.js";

const U64_MAX = (1n << 64n) - 1n;
const U64_RE = /^(0|[1-9][0-9]*)$/;

export interface ValidateOptions {
  /**
   * Refuse sparse entries whose uid is >= n. The chain accepts such stored
   * entries (weights drop them on read, sparse bonds keep them), so the
   * default is to accept them too and compute what the chain computes.
   */
  strictUids?: boolean;
  /** internal: allow `bonds: "carry"` (see validateStep) */
  allowCarry?: boolean;
  /** Upper bound on stored entries (weights + bonds) accepted; see README "Limits". */
  maxEntries?: number;
}

/** Hard limits (README "Limits"). */
export const LIMITS = {
  /** uids are u16 on chain */
  maxN: 65535,
  /** stored weight + bond entries per snapshot: n = 4096 with full weight and bond rows (2 * 4096^2) */
  maxEntries: 33_554_432,
} as const;

const KNOWN = new Set(ALL_FIELDS);

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return typeof v;
}

function editDistance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length]!;
}

/** The closest known field name, when it is close enough to be a typo. */
export function suggestField(name: string, known: Iterable<string> = KNOWN): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const dist = editDistance(name, k);
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function intField(v: unknown, path: string, lo: number, hi: number, what: string): number {
  if (typeof v !== "number") throw new SnapshotError(path, `expected ${what} (a JSON number), got ${typeName(v)}`);
  if (!Number.isFinite(v)) throw new SnapshotError(path, `expected ${what}, got ${v}`);
  if (!Number.isInteger(v)) throw new SnapshotError(path, `expected ${what}, got non-integer ${v}`);
  if (v < lo || v > hi) throw new SnapshotError(path, `${what} out of range [${lo}, ${hi}]: ${v}`);
  return v;
}

/** Parses a u64 decimal string (no sign, exponent, spaces or leading zeros). */
export function parseU64(v: unknown, path: string): bigint {
  if (typeof v !== "string") {
    throw new SnapshotError(path, `expected a u64 as a decimal string, got ${typeName(v)}${typeof v === "number" ? ` ${v}` : ""}`);
  }
  if (!U64_RE.test(v))
    throw new SnapshotError(path, `not a u64 decimal string: ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`);
  const b = BigInt(v);
  if (b > U64_MAX) throw new SnapshotError(path, `exceeds u64 maximum 18446744073709551615: ${v}`);
  return b;
}

function checkScalar(kind: FieldKind, v: unknown, path: string): void {
  checkValue(kind, v, path, -1);
}

/** Checks one field's value; n is the per-uid length for vectors. */
function checkValue(kind: FieldKind, v: unknown, path: string, n: number): void {
  switch (kind) {
    case "u16":
      intField(v, path, 0, 65535, "u16");
      return;
    case "u32":
      intField(v, path, 0, 4294967295, "u32");
      return;
    case "i16":
      intField(v, path, -32768, 32767, "i16");
      return;
    case "bool":
      if (typeof v !== "boolean") throw new SnapshotError(path, `expected a boolean, got ${typeName(v)}`);
      return;
    case "u64":
      parseU64(v, path);
      return;
    case "u16|null":
      if (v !== null) intField(v, path, 0, 65535, "u16 or null");
      return;
    case "rows":
      return; // checked by checkRows
    case "u64[]":
    case "u64|null[]":
    case "bool[]": {
      if (!Array.isArray(v)) throw new SnapshotError(path, `expected an array of length n = ${n}, got ${typeName(v)}`);
      if (v.length !== n) throw new SnapshotError(path, `expected length n = ${n}, got ${v.length}`);
      for (let i = 0; i < v.length; i++) {
        const p = `${path}[${i}]`;
        if (kind === "bool[]") checkScalar("bool", v[i], p);
        else if (kind === "u64|null[]") {
          if (v[i] !== null) parseU64(v[i], p);
        } else parseU64(v[i], p);
      }
      return;
    }
  }
}

/** checkRows' duplicate check: the row that last used each uid. */
const seenRow = new Int32Array(65536);

function checkRows(v: unknown, field: string, n: number, opts: ValidateOptions, spec: number = DEFAULT_SPEC): number {
  if (!Array.isArray(v)) throw new SnapshotError(field, `expected an array of ${n} sparse rows, got ${typeName(v)}`);
  if (v.length !== n) throw new SnapshotError(field, `expected ${n} rows (one per uid, n = ${n}), got ${v.length}`);
  let entries = 0;
  const seen = seenRow.fill(-1); // reused: a fresh 256 KB array per call cost ~0.2 ms (replay profile)
  const uidLimit = opts.strictUids ? n : 65536;
  for (let i = 0; i < v.length; i++) {
    const row: unknown = v[i];
    if (!Array.isArray(row)) throw new SnapshotError(`${field}[${i}]`, `expected a row of [uid, value] pairs, got ${typeName(row)}`);
    for (let e = 0; e < row.length; e++) {
      const pair: unknown = row[e];
      // fast path for the common, valid entry; anything else gets the precise diagnosis
      if (Array.isArray(pair) && pair.length === 2) {
        const uid = pair[0],
          val = pair[1];
        if (
          typeof uid === "number" &&
          typeof val === "number" &&
          Number.isInteger(uid) &&
          Number.isInteger(val) &&
          uid >= 0 &&
          uid < uidLimit &&
          val >= 0 &&
          val <= 65535 &&
          seen[uid] !== i
        ) {
          seen[uid] = i;
          continue;
        }
      }
      diagnoseEntry(pair, `${field}[${i}][${e}]`, n, i, opts, seen, spec);
    }
    entries += row.length;
  }
  return entries;
}

/** Throws the precise error for an entry the fast path refused. */
function diagnoseEntry(pair: unknown, pp: string, n: number, row: number, opts: ValidateOptions, seen: Int32Array, spec: number): never {
  if (!Array.isArray(pair) || pair.length !== 2) {
    throw new SnapshotError(
      pp,
      `expected a [uid, value] pair, got ${Array.isArray(pair) ? `an array of length ${pair.length}` : typeName(pair)}`,
    );
  }
  const uid = intField(pair[0], `${pp}[0]`, 0, 65535, "uid (u16)");
  intField(pair[1], `${pp}[1]`, 0, 65535, "u16 value");
  if (opts.strictUids && uid >= n) {
    throw new SnapshotError(
      `${pp}[0]`,
      `uid ${uid} out of range (n = ${n})${spec !== DEFAULT_SPEC ? ` (the epoch of spec ${spec} panics on it)` : ""}`,
    );
  }
  if (seen[uid] === row) throw new SnapshotError(`${pp}[0]`, `duplicate uid ${uid} in row ${row}`);
  throw new SnapshotError(pp, "invalid entry");
}

/**
 * Checks that `x` is a well-formed snapshot (fixture "input" schema) and
 * returns it typed. Throws SnapshotError naming the first bad field.
 */
export function validateSnapshot(x: unknown, opts: ValidateOptions = {}): Snapshot {
  return check(x, { ...opts, allowCarry: false }) as Snapshot;
}

/** Like validateSnapshot, but `bonds` may be "carry" (a history step after the first). */
export function validateStep(x: unknown, opts: ValidateOptions = {}): SnapshotStep {
  return check(x, { ...opts, allowCarry: true });
}

function check(x: unknown, opts: ValidateOptions): SnapshotStep {
  if (typeof x !== "object" || x === null || Array.isArray(x)) {
    throw new SnapshotError("", `expected a snapshot object, got ${typeName(x)}`);
  }
  const o = x as Record<string, unknown>;
  // the spec version decides which fields are read (src/snapshot/versions.ts)
  let spec: number = DEFAULT_SPEC;
  if ("specVersion" in o) {
    spec = intField(o.specVersion, "specVersion", 0, 4294967295, "u32");
    if (spec < SUPPORTED_SPECS.oldest) {
      throw new SnapshotError("specVersion", `spec ${spec} is older than the oldest supported runtime (${SUPPORTED_SPECS.oldest})`);
    }
    if (spec > SUPPORTED_SPECS.newest) {
      throw new SnapshotError("specVersion", `spec ${spec} is newer than the newest supported runtime (${SUPPORTED_SPECS.newest})`);
    }
  }
  const fields = fieldsFor(spec);
  for (const k of Object.keys(o)) {
    if (fields.has(k)) continue;
    if (KNOWN.has(k)) throw new SnapshotError(k, `not read by the runtime of spec ${spec} (read at spec ${fieldRange(k)})`);
    const s = suggestField(k, fields.keys());
    throw new SnapshotError(k, `unknown field${s ? ` (did you mean "${s}"?)` : ""}`);
  }
  for (const [k, f] of fields) {
    if (f.required && !(k in o)) {
      throw new SnapshotError(
        k,
        spec === DEFAULT_SPEC && !("specVersion" in o) ? "missing field" : `missing field (read by the runtime of spec ${spec})`,
      );
    }
  }
  const n = intField(o.n, "n", 0, 65535, "u16");
  for (const [k, f] of fields) {
    if (k in o && k !== "specVersion") checkValue(f.kind, o[k], k, n);
  }
  if (n > LIMITS.maxN) throw new SnapshotError("n", `n = ${n} exceeds the limit ${LIMITS.maxN}`);
  if ("ownerUid" in o && o.ownerUid !== null && (o.ownerUid as number) >= n) {
    throw new SnapshotError("ownerUid", `uid ${o.ownerUid as number} out of range (n = ${n})`);
  }
  if (fields.get("activityCutoff")?.kind === "u64" && "activityCutoff" in o) {
    checkActivityCutoff(parseU64(o.activityCutoff, "activityCutoff"), o.activityCutoffFactorMilli as number, o.tempo as number);
  }
  const sw = switchesFor(spec);
  // before 320 a stored bond to a uid >= n panics in the bond mask (eras README)
  const bondOpts = sw.writeAllBondRows ? opts : { ...opts, strictUids: true };
  let entries = checkRows(o.weights, "weights", n, opts, spec);
  if (!sw.filterWeightUidsGeN) checkPermittedWeightUids(o.weights as SparseRow[], o.validatorPermit as boolean[], n, spec);
  if (o.bonds === "carry") {
    if (!opts.allowCarry) throw new SnapshotError("bonds", `"carry" needs a previous epoch (only valid in a history after the first step)`);
  } else {
    entries += checkRows(o.bonds, "bonds", n, bondOpts, spec);
  }
  const maxEntries = opts.maxEntries ?? LIMITS.maxEntries;
  if (entries > maxEntries) {
    throw new SnapshotError("weights", `${entries} stored weight + bond entries exceed the limit ${maxEntries}`);
  }
  return o as unknown as SnapshotStep;
}

/** A given `activityCutoff` (spec 423+, derived by the chain) must equal the derivation. */
export function checkActivityCutoff(given: bigint, factorMilli: number, tempo: number): void {
  const derived = deriveActivityCutoff(factorMilli, tempo);
  if (given !== derived) {
    throw new SnapshotError("activityCutoff", `${given} disagrees with max(1, activityCutoffFactorMilli * tempo / 1000) = ${derived}`);
  }
}

/**
 * Before spec 144 (switch `filterWeightUidsGeN` off) the weight reader keeps uid >= n; rows of permitted
 * validators survive the permit mask and then index past the per-uid vectors in vec_mask_sparse_matrix:
 * the chain's epoch panics, so such a weight is refused.
 */
export function checkPermittedWeightUids(rows: SparseRow[], permits: boolean[], n: number, spec: number): void {
  rows.forEach((row, i) =>
    row.forEach(([j], e) => {
      if (permits[i] && j >= n)
        throw new SnapshotError(
          `weights[${i}][${e}][0]`,
          `uid ${j} out of range (n = ${n}) in a permitted validator's row: the epoch of spec ${spec} panics on it`,
        );
    }),
  );
}

/** mirrors utils/misc.rs get_activity_cutoff_blocks */
export function deriveActivityCutoff(factorMilli: number, tempo: number): bigint {
  const c = (BigInt(factorMilli) * BigInt(tempo)) / 1000n;
  return c > 1n ? c : 1n;
}

/** Parses JSON text, turning syntax errors (including truncation) into SnapshotError. */
export function parseJson(text: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new SnapshotError("", `not valid JSON (${msg})`, file);
  }
}

export type { SparseRow };
