// Writes validated history steps in the binary history format (format.ts).
import { crc32 } from "node:zlib";
import type { EpochMode, SnapshotStep, SparseRow } from "../snapshot/types.js";
import { DEFAULT_SPEC, fieldsFor, type FieldKind } from "../snapshot/versions.js";
import { CARRY, FIELDS, FORMAT_VERSION, HEADER_BYTES, MAGIC, MODE_CODES, NULL_U16 } from "./format.js";

const TWO32 = 4294967296;

/** The 16-byte file header. */
export function encodeHeader(mode: EpochMode): Buffer {
  const b = Buffer.alloc(HEADER_BYTES);
  b.write(MAGIC, 0, "latin1");
  b.writeUInt16LE(FORMAT_VERSION, 8);
  b.writeUInt8(MODE_CODES[mode], 10);
  return b;
}

/** A growable little-endian byte buffer. */
class Writer {
  buf = Buffer.allocUnsafe(1 << 16);
  pos = 0;
  need(k: number): void {
    if (this.pos + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + k) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  u8(v: number): void {
    this.need(1);
    this.buf[this.pos++] = v;
  }
  u16(v: number): void {
    this.need(2);
    this.pos = this.buf.writeUInt16LE(v, this.pos);
  }
  i16(v: number): void {
    this.need(2);
    this.pos = this.buf.writeInt16LE(v, this.pos);
  }
  u32(v: number): void {
    this.need(4);
    this.pos = this.buf.writeUInt32LE(v, this.pos);
  }
  /** a u64 given as a validated decimal string */
  u64(s: string): void {
    this.need(8);
    let lo: number, hi: number;
    if (s.length <= 15) {
      const x = +s;
      lo = x % TWO32;
      hi = (x - lo) / TWO32;
    } else {
      const b = BigInt(s);
      lo = Number(b & 0xffffffffn);
      hi = Number(b >> 32n);
    }
    this.buf.writeUInt32LE(lo, this.pos);
    this.buf.writeUInt32LE(hi, this.pos + 4);
    this.pos += 8;
  }
  bits(values: readonly unknown[], n: number, on: (v: unknown) => boolean): void {
    const bytes = (n + 7) >>> 3;
    this.need(bytes);
    this.buf.fill(0, this.pos, this.pos + bytes);
    for (let i = 0; i < n; i++) if (on(values[i])) this.buf[this.pos + (i >>> 3)]! |= 1 << (i & 7);
    this.pos += bytes;
  }
}

function writeRows(w: Writer, rows: SparseRow[] | "carry", n: number): void {
  if (rows === "carry") {
    w.u32(CARRY);
    return;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += rows[i]!.length;
  w.u32(total);
  w.need(4 * n + 4 * total);
  for (let i = 0; i < n; i++) w.pos = w.buf.writeUInt32LE(rows[i]!.length, w.pos);
  for (let i = 0; i < n; i++) for (const pair of rows[i]!) w.pos = w.buf.writeUInt16LE(pair[0], w.pos);
  for (let i = 0; i < n; i++) for (const pair of rows[i]!) w.pos = w.buf.writeUInt16LE(pair[1], w.pos);
}

function writeField(w: Writer, kind: FieldKind, v: unknown, n: number): void {
  switch (kind) {
    case "u16":
      w.u16(v as number);
      return;
    case "i16":
      w.i16(v as number);
      return;
    case "u32":
      w.u32(v as number);
      return;
    case "bool":
      w.u8(v ? 1 : 0);
      return;
    case "u64":
      w.u64(v as string);
      return;
    case "u16|null":
      w.u32(v === null ? NULL_U16 : (v as number));
      return;
    case "u64[]":
      for (const x of v as string[]) w.u64(x);
      return;
    case "u64|null[]": {
      const a = v as (string | null)[];
      w.bits(a, n, (x) => x !== null);
      for (const x of a) if (x !== null) w.u64(x);
      return;
    }
    case "bool[]":
      w.bits(v as boolean[], n, (x) => x === true);
      return;
    case "rows":
      writeRows(w, v as SparseRow[] | "carry", n);
  }
}

/**
 * One record (length, body, CRC-32) for a step that passed validateSnapshot /
 * validateStep. Fields are written in the format's order, whatever the object's key order.
 */
export function encodeRecord(step: SnapshotStep): Buffer {
  const o = step as unknown as Record<string, unknown>;
  const spec = step.specVersion ?? DEFAULT_SPEC;
  const fields = fieldsFor(spec);
  const w = new Writer();
  w.u32(0); // body length, set below
  let lo = 0,
    hi = 0;
  FIELDS.forEach((name, k) => {
    if (o[name] === undefined) return;
    if (k < 32) lo |= 1 << k;
    else hi |= 1 << (k - 32);
  });
  w.u32(lo >>> 0);
  w.u32(hi >>> 0);
  const n = step.n;
  for (const name of FIELDS) {
    const v = o[name];
    if (v === undefined) continue;
    const f = fields.get(name);
    if (!f) throw new Error(`encodeRecord: field ${name} is not read by spec ${spec} (validate the step first)`);
    writeField(w, f.kind, v, n);
  }
  const bodyLength = w.pos - 4;
  w.buf.writeUInt32LE(bodyLength, 0);
  const crc = crc32(w.buf.subarray(4, w.pos));
  w.u32(crc);
  return Buffer.from(w.buf.subarray(0, w.pos));
}
