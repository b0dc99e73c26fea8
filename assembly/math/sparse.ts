// Sparse-matrix kernels, each mirroring the math.rs function of the same
// name. Functions that upstream writes as "return a new matrix" allocate a
// new Csr from the arena, except the masks (filters, compacted in place).
import * as F from "../fixed/i32f32";
import { ldI64, stI64, ldU8, ldU32, stU32, ldU64 } from "../mem/view";
import { arenaAlloc, arenaAllocZeroed, arenaMark, arenaRelease, atLeast1 } from "../mem/arena";
import { Csr, csrNew, rowStart, rowEnd, nnz, setRowStart, mergeCap } from "./csr";
import { sortU32 } from "./sort";

// The four masks below are filters: kept entries keep their order, so they
// compact the matrix in place (entry k <= e) and return it. Callers replace
// their reference (`m = maskRowsSparse(mask, m)`); the input is consumed.
// Row starts are read ahead of being overwritten (`from` carries the old one).

/** mirrors mask_rows_sparse (mask byte 1 = row becomes empty); in place */
export function maskRowsSparse(mask: usize, m: Csr): Csr {
  let k = 0;
  let from = rowStart(m, 0);
  for (let i = 0; i < m.rows; i++) {
    const end = rowEnd(m, i);
    setRowStart(m, i, k);
    if (ldU8(mask, i) == 0) {
      for (let e = from; e < end; e++) {
        stU32(m.cols, k, ldU32(m.cols, e));
        stI64(m.vals, k, ldI64(m.vals, e));
        k++;
      }
    }
    from = end;
  }
  setRowStart(m, m.rows, k);
  return m;
}

/** mirrors mask_diag_sparse (except < 0) and mask_diag_sparse_except_index; in place */
export function maskDiagSparse(m: Csr, except: i32): Csr {
  let k = 0;
  let from = rowStart(m, 0);
  for (let i = 0; i < m.rows; i++) {
    const end = rowEnd(m, i);
    setRowStart(m, i, k);
    for (let e = from; e < end; e++) {
      const j = <i32>ldU32(m.cols, e);
      if (i == j && i != except) continue;
      stU32(m.cols, k, <u32>j);
      stI64(m.vals, k, ldI64(m.vals, e));
      k++;
    }
    from = end;
  }
  setRowStart(m, m.rows, k);
  return m;
}

/** Which comparison a column mask applies. */
export const MASK_LE: i32 = 0; // drop when first <= second
export const MASK_LT: i32 = 1; // drop when first <  second

/**
 * mirrors vec_mask_sparse_matrix: drop (i, j) when cmp(first[i], second[j]);
 * indices past a vector's end read as 0. In place.
 */
export function vecMaskSparse(
  m: Csr, first: usize, firstLen: i32, second: usize, secondLen: i32, cmp: i32,
): Csr {
  let k = 0;
  let from = rowStart(m, 0);
  for (let i = 0; i < m.rows; i++) {
    const end = rowEnd(m, i);
    setRowStart(m, i, k);
    const fv: u64 = i < firstLen ? ldU64(first, i) : 0;
    for (let e = from; e < end; e++) {
      const j = <i32>ldU32(m.cols, e);
      const sv: u64 = j < secondLen ? ldU64(second, j) : 0;
      const drop = cmp == MASK_LE ? fv <= sv : fv < sv;
      if (drop) continue;
      stU32(m.cols, k, <u32>j);
      stI64(m.vals, k, ldI64(m.vals, e));
      k++;
    }
    from = end;
  }
  setRowStart(m, m.rows, k);
  return m;
}

/** mirrors scalar_vec_mask_sparse_matrix with `scalar <= vector[j]`; in place */
export function scalarVecMaskLeSparse(m: Csr, scalar: u64, vec: usize, vecLen: i32): Csr {
  let k = 0;
  let from = rowStart(m, 0);
  for (let i = 0; i < m.rows; i++) {
    const end = rowEnd(m, i);
    setRowStart(m, i, k);
    for (let e = from; e < end; e++) {
      const j = <i32>ldU32(m.cols, e);
      const vj: u64 = j < vecLen ? ldU64(vec, j) : 0;
      if (scalar <= vj) continue;
      stU32(m.cols, k, <u32>j);
      stI64(m.vals, k, ldI64(m.vals, e));
      k++;
    }
    from = end;
  }
  setRowStart(m, m.rows, k);
  return m;
}

/** mirrors inplace_row_normalize_sparse */
export function rowNormalizeSparse(m: Csr): void {
  for (let i = 0; i < m.rows; i++) {
    const s0 = rowStart(m, i), s1 = rowEnd(m, i);
    let sum: i64 = 0;
    for (let e = s0; e < s1; e++) sum += ldI64(m.vals, e);
    if (sum > 0) {
      for (let e = s0; e < s1; e++) stI64(m.vals, e, F.safeDiv(ldI64(m.vals, e), sum));
    }
  }
}

/** Divides each entry with column < columns by its column's factor, where that is non-zero. */
function divideByColumn(m: Csr, columns: i32, factor: usize): void {
  const total = nnz(m);
  for (let e = 0; e < total; e++) {
    const j = <i32>ldU32(m.cols, e);
    if (j >= columns) continue;
    const d = ldI64(factor, j);
    if (d != 0) stI64(m.vals, e, F.safeDiv(ldI64(m.vals, e), d));
  }
}

/** mirrors inplace_col_normalize_sparse (saturating column sums) */
export function colNormalizeSparse(m: Csr, columns: i32): void {
  const colSum = arenaAllocZeroed(atLeast1(columns) << 3);
  const total = nnz(m);
  for (let e = 0; e < total; e++) {
    const j = <i32>ldU32(m.cols, e);
    if (j < columns) stI64(colSum, j, F.addSat(ldI64(colSum, j), ldI64(m.vals, e)));
  }
  divideByColumn(m, columns, colSum);
}

/** mirrors inplace_col_max_upscale_sparse */
export function colMaxUpscaleSparse(m: Csr, columns: i32): void {
  const colMax = arenaAllocZeroed(atLeast1(columns) << 3);
  const total = nnz(m);
  for (let e = 0; e < total; e++) {
    const j = <i32>ldU32(m.cols, e);
    if (j < columns) {
      const v = ldI64(m.vals, e);
      if (ldI64(colMax, j) < v) stI64(colMax, j, v);
    }
  }
  divideByColumn(m, columns, colMax);
}

/** mirrors row_sum_sparse (wrapping `Sum`) */
export function rowSumSparse(m: Csr, out: usize): void {
  for (let i = 0; i < m.rows; i++) {
    let s: i64 = 0;
    for (let e = rowStart(m, i), end = rowEnd(m, i); e < end; e++) s += ldI64(m.vals, e);
    stI64(out, i, s);
  }
}

/** mirrors col_clip_sparse */
export function colClipSparse(m: Csr, th: usize, thLen: i32): Csr {
  const out = csrNew(m.rows, nnz(m));
  let k = 0;
  for (let i = 0; i < m.rows; i++) {
    setRowStart(out, i, k);
    for (let e = rowStart(m, i), end = rowEnd(m, i); e < end; e++) {
      const j = <i32>ldU32(m.cols, e);
      const v = ldI64(m.vals, e);
      const t: i64 = j < thLen ? ldI64(th, j) : 0;
      if (t < v) {
        if (t > 0) { stU32(out.cols, k, <u32>j); stI64(out.vals, k, t); k++; }
      } else {
        stU32(out.cols, k, <u32>j); stI64(out.vals, k, v); k++;
      }
    }
  }
  setRowStart(out, m.rows, k);
  return out;
}

/** mirrors matmul_sparse: out[j] = sum_i vec[i] * m[i][j] (saturating) */
export function matmulSparse(m: Csr, vec: usize, vecLen: i32, columns: i32, out: usize): void {
  memory.fill(out, 0, <usize>columns << 3);
  for (let i = 0; i < m.rows; i++) {
    const scale: i64 = i < vecLen ? ldI64(vec, i) : 0;
    for (let e = rowStart(m, i), end = rowEnd(m, i); e < end; e++) {
      const j = <i32>ldU32(m.cols, e);
      if (j < columns) stI64(out, j, F.addSat(ldI64(out, j), F.mulSat(scale, ldI64(m.vals, e))));
    }
  }
}

/** mirrors matmul_transpose_sparse: out[i] = sum_j vec[j] * m[i][j] */
export function matmulTransposeSparse(m: Csr, vec: usize, vecLen: i32, out: usize): void {
  for (let i = 0; i < m.rows; i++) {
    let acc: i64 = 0;
    for (let e = rowStart(m, i), end = rowEnd(m, i); e < end; e++) {
      const j = <i32>ldU32(m.cols, e);
      const v: i64 = j < vecLen ? ldI64(vec, j) : 0;
      acc = F.addSat(acc, F.mulSat(v, ldI64(m.vals, e)));
    }
    stI64(out, i, acc);
  }
}

/** mirrors row_hadamard_sparse (rows past the vector's end are dropped) */
export function rowHadamardSparse(m: Csr, vec: usize, vecLen: i32): Csr {
  const rows = m.rows < vecLen ? m.rows : vecLen;
  const out = csrNew(rows, nnz(m));
  let k = 0;
  for (let i = 0; i < rows; i++) {
    setRowStart(out, i, k);
    const scale = ldI64(vec, i);
    for (let e = rowStart(m, i), end = rowEnd(m, i); e < end; e++) {
      stU32(out.cols, k, ldU32(m.cols, e));
      stI64(out.vals, k, F.mulSat(ldI64(m.vals, e), scale));
      k++;
    }
  }
  setRowStart(out, rows, k);
  return out;
}

/** rowHadamardSparse written over m's values (m.rows <= vecLen; the caller no longer needs m) */
export function rowHadamardInPlace(m: Csr, vec: usize): Csr {
  for (let i = 0; i < m.rows; i++) {
    const scale = ldI64(vec, i);
    for (let e = rowStart(m, i), end = rowEnd(m, i); e < end; e++) stI64(m.vals, e, F.mulSat(ldI64(m.vals, e), scale));
  }
  return m;
}

/**
 * mirrors interpolate_sparse: A + ratio * (B - A), positive cells only,
 * in column order. ratio 0 / 1 return A / B themselves, as upstream does.
 * Upstream densifies every row; only the columns a row touches can give a
 * positive cell, so those are visited (in order).
 */
export function interpolateSparse(a: Csr, b: Csr, columns: i32, ratio: i64): Csr {
  if (ratio == 0) return a;
  if (ratio == F.ONE) return b;
  if (a.rows != b.rows) return b;
  const rows = a.rows;
  const cc = atLeast1(columns);
  const out = csrNew(rows, mergeCap(a, b, rows, columns));
  const scratch = arenaMark(); // per-row scratch below, released at the end
  const v1 = arenaAlloc(cc << 3), v2 = arenaAlloc(cc << 3);
  const stamp = arenaAllocZeroed(cc << 2);
  const touched = arenaAlloc(cc << 2); // distinct columns of one row
  let k = 0;
  for (let i = 0; i < rows; i++) {
    setRowStart(out, i, k);
    const mark = <u32>(i + 1);
    let t = 0;
    // later entries overwrite earlier ones, as upstream's densified rows do
    for (let e = rowStart(a, i), end = rowEnd(a, i); e < end; e++) {
      const j = <i32>ldU32(a.cols, e);
      if (j >= columns) continue;
      if (ldU32(stamp, j) != mark) { stU32(stamp, j, mark); stI64(v2, j, 0); stU32(touched, t++, <u32>j); }
      stI64(v1, j, ldI64(a.vals, e));
    }
    for (let e = rowStart(b, i), end = rowEnd(b, i); e < end; e++) {
      const j = <i32>ldU32(b.cols, e);
      if (j >= columns) continue;
      if (ldU32(stamp, j) != mark) { stU32(stamp, j, mark); stI64(v1, j, 0); stU32(touched, t++, <u32>j); }
      stI64(v2, j, ldI64(b.vals, e));
    }
    sortU32(touched, t);
    for (let q = 0; q < t; q++) {
      const j = <i32>ldU32(touched, q);
      const x1 = ldI64(v1, j), x2 = ldI64(v2, j);
      const v = F.addSat(x1, F.mulSat(ratio, F.subSat(x2, x1)));
      if (v > 0) { stU32(out.cols, k, <u32>j); stI64(out.vals, k, v); k++; }
    }
  }
  setRowStart(out, rows, k);
  arenaRelease(scratch);
  return out;
}

/**
 * mirrors mat_ema_sparse: per row, a dense accumulator of alpha*new then
 * (1-alpha)*old, emitted in column order keeping positive cells. Only the
 * columns the row touches are visited (sorted), which yields the same rows.
 */
export function matEmaSparse(nw: Csr, old: Csr, alpha: i64): Csr {
  const n = nw.rows;
  const out = csrNew(n, mergeCap(nw, old, n, n));
  if (n == 0) { setRowStart(out, 0, 0); return out; }
  const oneMinus = F.subSat(F.ONE, alpha);
  const acc = arenaAlloc(<usize>n << 3);
  const stamp = arenaAllocZeroed(<usize>n << 2);
  const touched = arenaAlloc(<usize>n << 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    setRowStart(out, i, k);
    const hasOld = i < old.rows;
    if (isIncreasing(nw, i) && (!hasOld || isIncreasing(old, i))) {
      // Both rows sorted: a merge walk visits the union of columns in order.
      let p = rowStart(nw, i), q = hasOld ? rowStart(old, i) : 0;
      const pe = rowEnd(nw, i), qe = hasOld ? rowEnd(old, i) : 0;
      while (true) {
        const cp = p < pe ? <i32>ldU32(nw.cols, p) : i32.MAX_VALUE;
        const cq = q < qe ? <i32>ldU32(old.cols, q) : i32.MAX_VALUE;
        const j = cp < cq ? cp : cq;
        if (j >= n) break;
        let v: i64 = 0;
        if (cp == j) { v = F.mulSat(alpha, ldI64(nw.vals, p)); p++; }
        if (cq == j) { v = F.addSat(v, F.mulSat(oneMinus, ldI64(old.vals, q))); q++; }
        if (v > 0) { stU32(out.cols, k, <u32>j); stI64(out.vals, k, v); k++; }
      }
      continue;
    }
    const mark = <u32>(i + 1);
    let t = 0;
    for (let e = rowStart(nw, i), end = rowEnd(nw, i); e < end; e++) {
      const j = <i32>ldU32(nw.cols, e);
      if (j >= n) continue;
      if (ldU32(stamp, j) != mark) { stU32(stamp, j, mark); stI64(acc, j, 0); stU32(touched, t++, <u32>j); }
      stI64(acc, j, F.addSat(ldI64(acc, j), F.mulSat(alpha, ldI64(nw.vals, e))));
    }
    if (i < old.rows) {
      for (let e = rowStart(old, i), end = rowEnd(old, i); e < end; e++) {
        const j = <i32>ldU32(old.cols, e);
        if (j >= n) continue;
        if (ldU32(stamp, j) != mark) { stU32(stamp, j, mark); stI64(acc, j, 0); stU32(touched, t++, <u32>j); }
        stI64(acc, j, F.addSat(ldI64(acc, j), F.mulSat(oneMinus, ldI64(old.vals, e))));
      }
    }
    sortU32(touched, t);
    for (let q = 0; q < t; q++) {
      const j = <i32>ldU32(touched, q);
      const v = ldI64(acc, j);
      if (v > 0) { stU32(out.cols, k, <u32>j); stI64(out.vals, k, v); k++; }
    }
  }
  setRowStart(out, n, k);
  return out;
}

/** True when row i's columns strictly increase (no duplicates). */
export function isIncreasing(m: Csr, i: i32): bool {
  const s1 = rowEnd(m, i);
  for (let e = rowStart(m, i) + 1; e < s1; e++) if (ldU32(m.cols, e - 1) >= ldU32(m.cols, e)) return false;
  return true;
}

/** A deep copy (upstream clones before normalising a copy). */
export function csrClone(m: Csr): Csr {
  const total = nnz(m);
  const out = csrNew(m.rows, total);
  memory.copy(out.ptr, m.ptr, <usize>(m.rows + 1) << 2);
  memory.copy(out.cols, m.cols, <usize>total << 2);
  memory.copy(out.vals, m.vals, <usize>total << 3);
  return out;
}
