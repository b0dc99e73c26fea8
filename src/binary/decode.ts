// Reads binary history records (format.ts) back into history steps. The
// format fixes every value's type and range, so what validateSnapshot checks
// per JSON value holds by construction; the checks that remain are the ones a
// well-formed record can still fail: the runtime's field set, booleans and
// padding bits, null markers, duplicate uids, uids the runtime panics on,
// ownerUid < n, the derived activity cutoff and the entry limit. Each failure
// is a SnapshotError naming the field, as validateStep gives for JSON.
import { crc32 } from "node:zlib";
import { SnapshotError } from "../snapshot/errors.js";
import type { EpochMode, SnapshotStep, SparseRow } from "../snapshot/types.js";
import { DEFAULT_SPEC, SUPPORTED_SPECS, fieldRange, fieldsFor, switchesFor, type FieldKind } from "../snapshot/versions.js";
import { LIMITS, checkActivityCutoff, checkPermittedWeightUids } from "../snapshot/validate.js";
import { CARRY, FIELDS, FORMAT_VERSION, HEADER_BYTES, MAGIC, MAX_BODY_BYTES, NULL_U16, RECORD_OVERHEAD, hasMagic } from "./format.js";

const TWO32 = 4294967296;

/** The file header: the mode the history runs in. Throws SnapshotError naming the file. */
export function decodeHeader(bytes: Uint8Array, file: string): { mode: EpochMode; version: number } {
  if (bytes.length < HEADER_BYTES) {
    throw new SnapshotError("", `not a binary history: ${bytes.length} bytes, shorter than the ${HEADER_BYTES}-byte header`, file);
  }
  if (!hasMagic(bytes)) throw new SnapshotError("", `not a binary history (the file does not start with "${MAGIC}")`, file);
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = b.readUInt16LE(8);
  if (version !== FORMAT_VERSION) {
    throw new SnapshotError(
      "version",
      `binary history format version ${version} is not supported (this version of yuma-engine reads version ${FORMAT_VERSION})`,
      file,
    );
  }
  const code = b.readUInt8(10);
  if (code > 1) throw new SnapshotError("mode", `unknown mode ${code} (0 sparse, 1 dense)`, file);
  for (let i = 11; i < HEADER_BYTES; i++) {
    if (b[i] !== 0) throw new SnapshotError("", `reserved header byte ${i} is ${b[i]}, expected 0`, file);
  }
  return { mode: code === 1 ? "dense" : "sparse", version };
}

/**
 * Checks a whole record's framing and CRC-32 (`record` = length, body, CRC) and
 * returns its body. Errors name `where` (file and record).
 */
export function recordBody(record: Uint8Array, where: string): Buffer {
  const b = Buffer.from(record.buffer, record.byteOffset, record.byteLength);
  if (b.length < 4) throw new SnapshotError("", `truncated record: the file ends ${b.length} bytes into its length field`, where);
  const len = b.readUInt32LE(0);
  if (len > MAX_BODY_BYTES) throw new SnapshotError("", `corrupt record: body length ${len} exceeds ${MAX_BODY_BYTES}`, where);
  if (b.length < len + RECORD_OVERHEAD) {
    throw new SnapshotError(
      "",
      `truncated record: it needs ${len + RECORD_OVERHEAD} bytes, the file ends after ${b.length} (a partly written file?)`,
      where,
    );
  }
  const body = b.subarray(4, 4 + len);
  const want = b.readUInt32LE(4 + len);
  const got = crc32(body);
  if (got !== want) {
    throw new SnapshotError(
      "",
      `corrupt record: CRC-32 of its ${len}-byte body is ${hex(got)}, the record says ${hex(want)} (the file was changed or damaged)`,
      where,
    );
  }
  return body;
}

const hex = (x: number) => `0x${x.toString(16).padStart(8, "0")}`;

/** A bounds-checked little-endian cursor; overruns are errors naming the field. */
class Reader {
  pos = 0;
  field = "";
  constructor(readonly b: Buffer) {}
  take(k: number): number {
    const at = this.pos;
    if (at + k > this.b.length) {
      throw new SnapshotError(this.field, `the record's body ends inside this field (${this.b.length} bytes; needs ${at + k})`);
    }
    this.pos = at + k;
    return at;
  }
  u8(): number {
    return this.b[this.take(1)]!;
  }
  u16(): number {
    return this.b.readUInt16LE(this.take(2));
  }
  i16(): number {
    return this.b.readInt16LE(this.take(2));
  }
  u32(): number {
    return this.b.readUInt32LE(this.take(4));
  }
  /** a u64 as its canonical decimal string */
  u64(): string {
    const at = this.take(8);
    return u64At(this.b, at);
  }
}

function u64At(b: Buffer, at: number): string {
  const lo = b.readUInt32LE(at),
    hi = b.readUInt32LE(at + 4);
  if (hi === 0) return String(lo);
  if (hi < 0x200000) return String(hi * TWO32 + lo);
  return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
}

function readBits(r: Reader, n: number, path: string): Uint8Array {
  const bytes = (n + 7) >>> 3;
  const at = r.take(bytes);
  const bits = r.b.subarray(at, at + bytes);
  if (n & 7 && bits[bytes - 1]! >>> (n & 7)) {
    throw new SnapshotError(path, `unused bits after uid ${n - 1} are set (byte ${bytes - 1} of the bit field is ${bits[bytes - 1]})`);
  }
  return bits;
}

const bit = (bits: Uint8Array, i: number) => (bits[i >>> 3]! >>> (i & 7)) & 1;

/** Rows of `[uid, value]` pairs; returns the rows (or "carry") and their entry count. */
function readRows(
  r: Reader,
  field: string,
  n: number,
  strictUids: boolean,
  panicNote: string,
  stamp: Int32Array,
): { rows: SparseRow[] | "carry"; entries: number } {
  const total = r.u32();
  if (total === CARRY) return { rows: "carry", entries: 0 };
  if (4 * n + 4 * total > r.b.length - r.pos) {
    throw new SnapshotError(
      field,
      `${total} entries in ${n} rows need ${4 * n + 4 * total} bytes; the record's body has ${r.b.length - r.pos} left`,
    );
  }
  const lenAt = r.take(4 * n);
  const uidAt = r.take(2 * total);
  const valAt = r.take(2 * total);
  const b = r.b;
  const rows: SparseRow[] = new Array(n);
  let e = 0;
  stamp.fill(-1);
  for (let i = 0; i < n; i++) {
    const len = b.readUInt32LE(lenAt + 4 * i);
    if (len > total - e) throw new SnapshotError(`${field}[${i}]`, `row lengths add up to more than the ${total} entries given`);
    const row: SparseRow = new Array(len);
    for (let k = 0; k < len; k++, e++) {
      const uid = b.readUInt16LE(uidAt + 2 * e);
      if (strictUids && uid >= n) throw new SnapshotError(`${field}[${i}][${k}][0]`, `uid ${uid} out of range (n = ${n})${panicNote}`);
      if (stamp[uid] === i) throw new SnapshotError(`${field}[${i}][${k}][0]`, `duplicate uid ${uid} in row ${i}`);
      stamp[uid] = i;
      row[k] = [uid, b.readUInt16LE(valAt + 2 * e)];
    }
    rows[i] = row;
  }
  if (e !== total) throw new SnapshotError(field, `row lengths add up to ${e}, the record says ${total} entries`);
  return { rows, entries: total };
}

function readField(r: Reader, kind: FieldKind, name: string, n: number): unknown {
  switch (kind) {
    case "u16":
      return r.u16();
    case "i16":
      return r.i16();
    case "u32":
      return r.u32();
    case "bool": {
      const v = r.u8();
      if (v > 1) throw new SnapshotError(name, `expected a boolean (byte 0 or 1), got ${v}`);
      return v === 1;
    }
    case "u64":
      return r.u64();
    case "u16|null": {
      const v = r.u32();
      if (v === NULL_U16) return null;
      if (v > 65535) throw new SnapshotError(name, `u16 or null out of range [0, 65535]: ${v}`);
      return v;
    }
    case "u64[]": {
      const at = r.take(8 * n);
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) out[i] = u64At(r.b, at + 8 * i);
      return out;
    }
    case "u64|null[]": {
      const bits = readBits(r, n, name);
      const out = new Array<string | null>(n);
      for (let i = 0; i < n; i++) out[i] = bit(bits, i) ? r.u64() : null;
      return out;
    }
    case "bool[]": {
      const bits = readBits(r, n, name);
      const out = new Array<boolean>(n);
      for (let i = 0; i < n; i++) out[i] = bit(bits, i) === 1;
      return out;
    }
    case "rows":
      throw new Error("rows are read by readRows");
  }
}

/** Reused per decode: the row index that last used each uid (duplicate check). */
const stampBuffer = new Int32Array(65536);

export interface DecodeOptions {
  /** the first record of a history: `"bonds": "carry"` is refused */
  first?: boolean;
  /** refuse weight and bond entries with uid >= n (as ValidateOptions.strictUids) */
  strictUids?: boolean;
  /** as ValidateOptions.maxEntries */
  maxEntries?: number;
}

/**
 * A record's body as a history step, keys in the format's field order.
 * Throws SnapshotError naming the field (the caller adds file and record).
 */
export function decodeBody(body: Buffer, opts: DecodeOptions = {}): SnapshotStep {
  const r = new Reader(body);
  r.field = "(field mask)";
  const lo = r.u32(),
    hi = r.u32();
  const has = (k: number) => (k < 32 ? (lo >>> k) & 1 : (hi >>> (k - 32)) & 1) === 1;
  for (let k = FIELDS.length; k < 64; k++) {
    if (has(k))
      throw new SnapshotError(
        "",
        `unknown field (bit ${k} of the field mask; format version ${FORMAT_VERSION} has ${FIELDS.length} fields)`,
      );
  }
  const o: Record<string, unknown> = {};
  let spec: number = DEFAULT_SPEC;
  if (has(0)) {
    r.field = "specVersion";
    spec = r.u32();
    if (spec < SUPPORTED_SPECS.oldest) {
      throw new SnapshotError("specVersion", `spec ${spec} is older than the oldest supported runtime (${SUPPORTED_SPECS.oldest})`);
    }
    if (spec > SUPPORTED_SPECS.newest) {
      throw new SnapshotError("specVersion", `spec ${spec} is newer than the newest supported runtime (${SUPPORTED_SPECS.newest})`);
    }
    o.specVersion = spec;
  }
  const fields = fieldsFor(spec);
  FIELDS.forEach((name, k) => {
    const f = fields.get(name);
    if (has(k) && !f) throw new SnapshotError(name, `not read by the runtime of spec ${spec} (read at spec ${fieldRange(name)})`);
    if (!has(k) && f?.required) {
      throw new SnapshotError(name, has(0) ? `missing field (read by the runtime of spec ${spec})` : "missing field");
    }
  });
  const sw = switchesFor(spec);
  let n = 0,
    entries = 0;
  for (let k = 1; k < FIELDS.length; k++) {
    if (!has(k)) continue;
    const name = FIELDS[k]!;
    r.field = name;
    if (name === "weights" || name === "bonds") {
      // before 320 a stored bond to a uid >= n panics in the bond mask (as validateStep)
      const strict = opts.strictUids === true || (name === "bonds" && !sw.writeAllBondRows);
      const note = spec !== DEFAULT_SPEC ? ` (the epoch of spec ${spec} panics on it)` : "";
      const { rows, entries: e } = readRows(r, name, n, strict, note, stampBuffer);
      if (rows === "carry") {
        if (name === "weights") throw new SnapshotError(name, `"carry" is only valid for bonds`);
        if (opts.first) throw new SnapshotError("bonds", `"carry" needs a previous epoch (only valid in a history after the first step)`);
      }
      o[name] = rows;
      entries += e;
      continue;
    }
    o[name] = readField(r, fields.get(name)!.kind, name, n);
    if (name === "n") n = o.n as number;
  }
  if (r.pos !== body.length) {
    throw new SnapshotError("", `${body.length - r.pos} bytes after the last field (the record's body is ${body.length} bytes)`);
  }
  if (o.ownerUid !== undefined && o.ownerUid !== null && (o.ownerUid as number) >= n) {
    throw new SnapshotError("ownerUid", `uid ${o.ownerUid as number} out of range (n = ${n})`);
  }
  if (fields.get("activityCutoff")?.kind === "u64" && o.activityCutoff !== undefined) {
    checkActivityCutoff(BigInt(o.activityCutoff as string), o.activityCutoffFactorMilli as number, o.tempo as number);
  }
  // before 144 a permitted validator's weight to a uid >= n makes the chain's epoch panic (as validateStep)
  if (!sw.filterWeightUidsGeN) checkPermittedWeightUids(o.weights as SparseRow[], o.validatorPermit as boolean[], n, spec);
  const maxEntries = opts.maxEntries ?? LIMITS.maxEntries;
  if (entries > maxEntries) {
    throw new SnapshotError("weights", `${entries} stored weight + bond entries exceed the limit ${maxEntries}`);
  }
  return o as unknown as SnapshotStep;
}

/** A whole record (framing + CRC checked) as a step; errors name `where`. */
export function decodeRecord(record: Uint8Array, where: string, opts: DecodeOptions = {}): SnapshotStep {
  const body = recordBody(record, where);
  try {
    return decodeBody(body, opts);
  } catch (e) {
    throw e instanceof SnapshotError && !e.file ? e.inFile(where) : e;
  }
}
