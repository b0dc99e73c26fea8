// Streams the records of a binary history file (format.ts) without decoding
// them: each comes out as its bytes (length, body, CRC-32) with where it is.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { SnapshotError } from "../snapshot/errors.js";
import type { EpochMode } from "../snapshot/types.js";
import { decodeHeader } from "./decode.js";
import { HEADER_BYTES, MAX_BODY_BYTES, RECORD_OVERHEAD } from "./format.js";

export interface BinaryRecord {
  /** 0-based record (epoch) index */
  index: number;
  /** `FILE record K (byte B)` */
  where: string;
  /** the whole record; for a record the file cuts short, what there is */
  bytes: Buffer;
  /** a record that cannot be framed (truncated, impossible length): the last one read */
  error?: SnapshotError;
}

const CHUNK = 1 << 20;

function openRead(path: string): number {
  try {
    return openSync(path, "r");
  } catch (e) {
    throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
  }
}

/** The header of a binary history file (its mode). */
export function readBinaryHeader(path: string): { mode: EpochMode; version: number } {
  const fd = openRead(path);
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    const got = readSync(fd, head, 0, HEADER_BYTES, 0);
    return decodeHeader(head.subarray(0, got), path);
  } finally {
    closeSync(fd);
  }
}

/** The records of a binary history, in order; header errors throw, record errors are yielded. */
export function* binaryRecords(path: string): Generator<BinaryRecord> {
  const fd = openRead(path);
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(HEADER_BYTES);
    decodeHeader(head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0)), path);
    let buf = Buffer.allocUnsafe(CHUNK);
    let start = 0,
      end = 0,
      filePos = HEADER_BYTES,
      index = 0;
    /** makes `k` bytes available at buf[start..]; false at the end of the file */
    const fill = (k: number): boolean => {
      if (end - start >= k) return true;
      if (start > 0) {
        buf.copy(buf, 0, start, end);
        end -= start;
        start = 0;
      }
      if (k > buf.length) {
        const next = Buffer.allocUnsafe(Math.max(k, 2 * buf.length));
        buf.copy(next, 0, 0, end);
        buf = next;
      }
      while (end < k) {
        const got = readSync(fd, buf, end, buf.length - end, filePos);
        if (got === 0) return false;
        end += got;
        filePos += got;
      }
      return true;
    };
    for (;;) {
      const offset = filePos - (end - start);
      if (!fill(1)) return;
      const where = `${path} record ${index} (byte ${offset})`;
      if (!fill(4)) {
        yield { index, where, bytes: Buffer.from(buf.subarray(start, end)) };
        return;
      }
      const len = buf.readUInt32LE(start);
      const left = size - offset;
      if (len > MAX_BODY_BYTES || len + RECORD_OVERHEAD > left) {
        const reason =
          len > MAX_BODY_BYTES
            ? `corrupt record: body length ${len} exceeds ${MAX_BODY_BYTES}`
            : `truncated record: it needs ${len + RECORD_OVERHEAD} bytes, the file ends after ${left} (a partly written file?)`;
        yield {
          index,
          where,
          bytes: Buffer.from(buf.subarray(start, Math.min(end, start + 8))),
          error: new SnapshotError("", reason, where),
        };
        return;
      }
      if (!fill(len + RECORD_OVERHEAD)) {
        yield { index, where, bytes: Buffer.from(buf.subarray(start, end)) };
        return;
      }
      const bytes = Buffer.from(buf.subarray(start, start + len + RECORD_OVERHEAD));
      start += len + RECORD_OVERHEAD;
      yield { index: index++, where, bytes };
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The number of records `binaryRecords` yields (a cut or unframeable last record
 * included), from the length fields alone: 4 bytes read per record.
 */
export function countBinaryRecords(path: string): number {
  const fd = openRead(path);
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(HEADER_BYTES);
    decodeHeader(head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0)), path);
    const lenBuf = Buffer.alloc(4);
    let offset = HEADER_BYTES,
      count = 0;
    while (offset < size) {
      count++;
      if (size - offset < 4 || readSync(fd, lenBuf, 0, 4, offset) < 4) break;
      const len = lenBuf.readUInt32LE(0);
      if (len > MAX_BODY_BYTES || len + RECORD_OVERHEAD > size - offset) break;
      offset += len + RECORD_OVERHEAD;
    }
    return count;
  } finally {
    closeSync(fd);
  }
}
