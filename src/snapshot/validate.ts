// Structural and range validation of snapshots, before anything reaches WASM.
// Every refusal is a SnapshotError naming the field.
import { SnapshotError } from "./errors.js";
import type { Snapshot, SnapshotStep, SparseRow } from "./types.js";

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

type FieldKind = "u16" | "u32" | "i16" | "bool" | "u64" | "u16|null";

const SCALARS: Record<string, FieldKind> = {
  netuid: "u16",
  n: "u16",
  currentBlock: "u64",
  tempo: "u16",
  activityCutoffFactorMilli: "u32",
  lastMechanismStepBlock: "u64",
  raoEmission: "u64",
  kappa: "u16",
  bondsMovingAverage: "u64",
  bondsPenalty: "u16",
  liquidAlphaEnabled: "bool",
  alphaLow: "u16",
  alphaHigh: "u16",
  alphaSigmoidSteepness: "i16",
  yuma3Enabled: "bool",
  maxAllowedValidators: "u16",
  stakeThreshold: "u64",
  ownerUid: "u16|null",
  commitRevealEnabled: "bool",
  taoWeight: "u64",
};

const VECTORS: Record<string, "u64" | "u64|null" | "bool"> = {
  commitBlocks: "u64|null",
  alphaStake: "u64",
  taoStake: "u64",
  lastUpdate: "u64",
  blockAtRegistration: "u64",
  validatorPermit: "bool",
};

const OPTIONAL = new Set(["activityCutoff"]);
const KNOWN = new Set([...Object.keys(SCALARS), ...Object.keys(VECTORS), "weights", "bonds", ...OPTIONAL]);

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
    if (dist < bestD) { bestD = dist; best = k; }
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
  if (!U64_RE.test(v)) throw new SnapshotError(path, `not a u64 decimal string: ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`);
  const b = BigInt(v);
  if (b > U64_MAX) throw new SnapshotError(path, `exceeds u64 maximum 18446744073709551615: ${v}`);
  return b;
}

function checkScalar(kind: FieldKind, v: unknown, path: string): void {
  switch (kind) {
    case "u16": intField(v, path, 0, 65535, "u16"); return;
    case "u32": intField(v, path, 0, 4294967295, "u32"); return;
    case "i16": intField(v, path, -32768, 32767, "i16"); return;
    case "bool":
      if (typeof v !== "boolean") throw new SnapshotError(path, `expected a boolean, got ${typeName(v)}`);
      return;
    case "u64": parseU64(v, path); return;
    case "u16|null":
      if (v !== null) intField(v, path, 0, 65535, "u16 or null");
      return;
  }
}

function checkRows(v: unknown, field: string, n: number, opts: ValidateOptions): number {
  if (!Array.isArray(v)) throw new SnapshotError(field, `expected an array of ${n} sparse rows, got ${typeName(v)}`);
  if (v.length !== n) throw new SnapshotError(field, `expected ${n} rows (one per uid, n = ${n}), got ${v.length}`);
  let entries = 0;
  const seen = new Int32Array(65536).fill(-1);
  const uidLimit = opts.strictUids ? n : 65536;
  for (let i = 0; i < v.length; i++) {
    const row: unknown = v[i];
    if (!Array.isArray(row)) throw new SnapshotError(`${field}[${i}]`, `expected a row of [uid, value] pairs, got ${typeName(row)}`);
    for (let e = 0; e < row.length; e++) {
      const pair: unknown = row[e];
      // fast path for the common, valid entry; anything else gets the precise diagnosis
      if (Array.isArray(pair) && pair.length === 2) {
        const uid = pair[0], val = pair[1];
        if (typeof uid === "number" && typeof val === "number" && Number.isInteger(uid) && Number.isInteger(val) &&
            uid >= 0 && uid < uidLimit && val >= 0 && val <= 65535 && seen[uid] !== i) {
          seen[uid] = i;
          continue;
        }
      }
      diagnoseEntry(pair, `${field}[${i}][${e}]`, n, i, opts, seen);
    }
    entries += row.length;
  }
  return entries;
}

/** Throws the precise error for an entry the fast path refused. */
function diagnoseEntry(pair: unknown, pp: string, n: number, row: number, opts: ValidateOptions, seen: Int32Array): never {
  if (!Array.isArray(pair) || pair.length !== 2) {
    throw new SnapshotError(pp, `expected a [uid, value] pair, got ${Array.isArray(pair) ? `an array of length ${pair.length}` : typeName(pair)}`);
  }
  const uid = intField(pair[0], `${pp}[0]`, 0, 65535, "uid (u16)");
  intField(pair[1], `${pp}[1]`, 0, 65535, "u16 value");
  if (opts.strictUids && uid >= n) throw new SnapshotError(`${pp}[0]`, `uid ${uid} out of range (n = ${n})`);
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
  for (const k of Object.keys(o)) {
    if (!KNOWN.has(k)) {
      const s = suggestField(k);
      throw new SnapshotError(k, `unknown field${s ? ` (did you mean "${s}"?)` : ""}`);
    }
  }
  for (const k of KNOWN) {
    if (!OPTIONAL.has(k) && !(k in o)) throw new SnapshotError(k, "missing field");
  }
  for (const [k, kind] of Object.entries(SCALARS)) checkScalar(kind, o[k], k);
  const n = o.n as number;
  if (n > LIMITS.maxN) throw new SnapshotError("n", `n = ${n} exceeds the limit ${LIMITS.maxN}`);
  if (o.ownerUid !== null && (o.ownerUid as number) >= n) {
    throw new SnapshotError("ownerUid", `uid ${o.ownerUid as number} out of range (n = ${n})`);
  }
  for (const [k, kind] of Object.entries(VECTORS)) {
    const v = o[k];
    if (!Array.isArray(v)) throw new SnapshotError(k, `expected an array of length n = ${n}, got ${typeName(v)}`);
    if (v.length !== n) throw new SnapshotError(k, `expected length n = ${n}, got ${v.length}`);
    for (let i = 0; i < v.length; i++) {
      const p = `${k}[${i}]`;
      if (kind === "bool") checkScalar("bool", v[i], p);
      else if (kind === "u64|null") { if (v[i] !== null) parseU64(v[i], p); }
      else parseU64(v[i], p);
    }
  }
  if ("activityCutoff" in o) {
    const given = parseU64(o.activityCutoff, "activityCutoff");
    const derived = deriveActivityCutoff(o.activityCutoffFactorMilli as number, o.tempo as number);
    if (given !== derived) {
      throw new SnapshotError("activityCutoff", `${given} disagrees with max(1, activityCutoffFactorMilli * tempo / 1000) = ${derived}`);
    }
  }
  let entries = checkRows(o.weights, "weights", n, opts);
  if (o.bonds === "carry") {
    if (!opts.allowCarry) throw new SnapshotError("bonds", `"carry" needs a previous epoch (only valid in a history after the first step)`);
  } else {
    entries += checkRows(o.bonds, "bonds", n, opts);
  }
  const maxEntries = opts.maxEntries ?? LIMITS.maxEntries;
  if (entries > maxEntries) {
    throw new SnapshotError("weights", `${entries} stored weight + bond entries exceed the limit ${maxEntries}`);
  }
  return o as unknown as SnapshotStep;
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
