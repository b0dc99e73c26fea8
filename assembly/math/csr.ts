// Compressed sparse rows over arena buffers: the flat form of math.rs's
// `Vec<Vec<(u16, I32F32)>>`. Row i holds entries ptr[i]..ptr[i+1] in stored
// order (order matters: several upstream kernels are order-sensitive).
import { arenaAlloc, atLeast1 } from "../mem/arena";
import { ldU32, stU32 } from "../mem/view";

@unmanaged
export class Csr {
  rows: i32;
  cap: i32;
  /** u32[rows + 1] */
  ptr: usize;
  /** u32[cap] column uids */
  cols: usize;
  /** i64[cap] I32F32 bits */
  vals: usize;
}

export function csrNew(rows: i32, cap: i32): Csr {
  const m = changetype<Csr>(arenaAlloc(offsetof<Csr>()));
  m.rows = rows;
  m.cap = cap;
  m.ptr = arenaAlloc(<usize>(rows + 1) << 2);
  m.cols = arenaAlloc(atLeast1(cap) << 2);
  m.vals = arenaAlloc(atLeast1(cap) << 3);
  return m;
}

/** A matrix over existing buffers (u32 row starts, u32 columns, i64 values of capacity cap). */
export function csrOver(rows: i32, ptr: usize, cols: usize, vals: usize, cap: i32): Csr {
  const m = changetype<Csr>(arenaAlloc(offsetof<Csr>()));
  m.rows = rows;
  m.cap = cap;
  m.ptr = ptr;
  m.cols = cols;
  m.vals = vals;
  return m;
}

/** A matrix of `rows` empty rows. */
export function csrEmpty(rows: i32): Csr {
  const m = csrNew(rows, 0);
  memory.fill(m.ptr, 0, <usize>(rows + 1) << 2);
  return m;
}

/**
 * Entries a row-wise merge of a and b can produce in rows [0, rows): per row
 * the two row lengths (b's rows past its end count 0), at most maxPerRow
 * (the distinct columns a row can hold). Sizes merge outputs exactly enough
 * for full rows instead of nnz(a) + nnz(b).
 */
export function mergeCap(a: Csr, b: Csr, rows: i32, maxPerRow: i32): i32 {
  let total = 0;
  for (let i = 0; i < rows; i++) {
    let len = i < a.rows ? rowEnd(a, i) - rowStart(a, i) : 0;
    if (i < b.rows) len += rowEnd(b, i) - rowStart(b, i);
    total += len < maxPerRow ? len : maxPerRow;
  }
  return total;
}

@inline export function rowStart(m: Csr, i: i32): i32 { return <i32>ldU32(m.ptr, i); }
@inline export function rowEnd(m: Csr, i: i32): i32 { return <i32>ldU32(m.ptr, i + 1); }
@inline export function nnz(m: Csr): i32 { return <i32>ldU32(m.ptr, m.rows); }
@inline export function setRowStart(m: Csr, i: i32, k: i32): void { stU32(m.ptr, i, <u32>k); }
