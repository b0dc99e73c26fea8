// Dense n x n kernels over row-major i64 (I32F32 bits) buffers, each
// mirroring the math.rs function of the same name (used by the dense epoch).
import * as F from "../fixed/i32f32";
import { ldI64, stI64, ldU8, ldU32, stU32 } from "../mem/view";
import { arenaAlloc, arenaAllocZeroed, atLeast1 } from "../mem/arena";
import { Csr, csrNew } from "./csr";
import { columnMedianPairs } from "./median";
import { normalizeInPlace, sumWrap } from "./vector";

@inline function at(i: i32, j: i32, n: i32): i32 { return i * n + j; }

export function denseNew(n: i32): usize {
  return arenaAllocZeroed(atLeast1(n * n) << 3);
}

export function denseClone(m: usize, n: i32): usize {
  const c = denseNew(n);
  memory.copy(c, m, <usize>(n * n) << 3);
  return c;
}

/** mirrors inplace_mask_rows (mask byte 1 = zero the row) */
export function maskRows(mask: usize, m: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    if (ldU8(mask, i) != 0) memory.fill(m + (<usize>at(i, 0, n) << 3), 0, <usize>n << 3);
  }
}

/** mirrors inplace_mask_cols (mask byte 1 = zero the column) */
export function maskCols(mask: usize, m: usize, n: i32): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (ldU8(mask, j) != 0) stI64(m, at(i, j, n), 0);
}

/** mirrors inplace_mask_diag */
export function maskDiag(m: usize, n: i32): void {
  for (let i = 0; i < n; i++) stI64(m, at(i, i, n), 0);
}

/** mirrors inplace_mask_matrix for outdated = lastUpdate[i] <= blockAtReg[j] */
export function maskOutdated(m: usize, n: i32, lastUpdate: usize, blockAtReg: usize): void {
  for (let i = 0; i < n; i++) {
    const u = load<u64>(lastUpdate + (<usize>i << 3));
    for (let j = 0; j < n; j++) {
      if (u <= load<u64>(blockAtReg + (<usize>j << 3))) stI64(m, at(i, j, n), 0);
    }
  }
}

/** mirrors inplace_row_normalize */
export function rowNormalize(m: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    let s: i64 = 0;
    for (let j = 0; j < n; j++) s += ldI64(m, at(i, j, n));
    if (s > 0) {
      for (let j = 0; j < n; j++) stI64(m, at(i, j, n), F.safeDiv(ldI64(m, at(i, j, n)), s));
    }
  }
}

/** mirrors inplace_col_normalize (saturating column sums) */
export function colNormalize(m: usize, n: i32): void {
  const sums = arenaAllocZeroed(atLeast1(n) << 3);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) stI64(sums, j, F.addSat(ldI64(sums, j), ldI64(m, at(i, j, n))));
  divideColumns(m, n, sums);
}

/** m[i][j] = safe_div(m[i][j], d[j]) where d[j] != 0 */
function divideColumns(m: usize, n: i32, d: usize): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const dj = ldI64(d, j);
    if (dj != 0) stI64(m, at(i, j, n), F.safeDiv(ldI64(m, at(i, j, n)), dj));
  }
}

/** mirrors inplace_col_max_upscale */
export function colMaxUpscale(m: usize, n: i32): void {
  const maxes = arenaAllocZeroed(atLeast1(n) << 3);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const v = ldI64(m, at(i, j, n));
    if (ldI64(maxes, j) < v) stI64(maxes, j, v);
  }
  divideColumns(m, n, maxes);
}

/** mirrors inplace_col_clip: value = min(threshold_j, value) */
export function colClip(m: usize, n: i32, th: usize): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    stI64(m, at(i, j, n), F.fxMin(ldI64(th, j), ldI64(m, at(i, j, n))));
  }
}

/** mirrors row_sum (wrapping) */
export function rowSum(m: usize, n: i32, out: usize): void {
  for (let i = 0; i < n; i++) {
    let s: i64 = 0;
    for (let j = 0; j < n; j++) s += ldI64(m, at(i, j, n));
    stI64(out, i, s);
  }
}

/** mirrors matmul: out[j] = sum_i vec[i] * m[i][j] (saturating) */
export function matmul(m: usize, n: i32, vec: usize, out: usize): void {
  memory.fill(out, 0, <usize>n << 3);
  for (let i = 0; i < n; i++) {
    const scale = ldI64(vec, i);
    for (let j = 0; j < n; j++) stI64(out, j, F.addSat(ldI64(out, j), F.mulSat(scale, ldI64(m, at(i, j, n)))));
  }
}

/** mirrors matmul_transpose: out[i] = sum_j m[i][j] * vec[j] (saturating) */
export function matmulTranspose(m: usize, n: i32, vec: usize, out: usize): void {
  for (let i = 0; i < n; i++) {
    let s: i64 = 0;
    for (let j = 0; j < n; j++) s = F.addSat(s, F.mulSat(ldI64(m, at(i, j, n)), ldI64(vec, j)));
    stI64(out, i, s);
  }
}

/** mirrors row_hadamard: m[i][j] * vec[i] */
export function rowHadamard(m: usize, n: i32, vec: usize): usize {
  const out = denseNew(n);
  for (let i = 0; i < n; i++) {
    const s = ldI64(vec, i);
    for (let j = 0; j < n; j++) stI64(out, at(i, j, n), F.mulSat(s, ldI64(m, at(i, j, n))));
  }
  return out;
}

/** mirrors interpolate: A + ratio * (B - A); ratio 0 / 1 return A / B */
export function interpolate(a: usize, b: usize, n: i32, ratio: i64): usize {
  if (ratio == 0) return a;
  if (ratio == F.ONE) return b;
  const out = denseNew(n);
  for (let e = 0; e < n * n; e++) {
    const v1 = ldI64(a, e), v2 = ldI64(b, e);
    stI64(out, e, F.addSat(v1, F.mulSat(ratio, F.subSat(v2, v1))));
  }
  return out;
}

/** mirrors mat_ema: alpha * new + (1 - alpha) * old */
export function matEma(nw: usize, old: usize, n: i32, alpha: i64): usize {
  const out = denseNew(n);
  const oneMinus = F.subSat(F.ONE, alpha);
  for (let e = 0; e < n * n; e++) {
    stI64(out, e, F.addSat(F.mulSat(alpha, ldI64(nw, e)), F.mulSat(oneMinus, ldI64(old, e))));
  }
  return out;
}

/** mirrors row_sum(mat_vec_mul(m, vec)): checked products (0 on overflow), wrapping sums */
export function rowSumOfMatVecMul(m: usize, n: i32, vec: usize, out: usize): void {
  for (let i = 0; i < n; i++) {
    let s: i64 = 0;
    for (let j = 0; j < n; j++) {
      const p = F.mulChecked(ldI64(m, at(i, j, n)), ldI64(vec, j));
      s += F.failed ? 0 : p;
    }
    stI64(out, i, s);
  }
}

/** mirrors weighted_median_col (dense): the same search as the sparse version */
export function weightedMedianCol(stake: usize, score: usize, n: i32, majority: i64, out: usize): void {
  const useStake = arenaAlloc(atLeast1(n) << 3);
  const rowOf = arenaAlloc(atLeast1(n) << 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const s = ldI64(stake, i);
    if (s > 0) { stI64(useStake, k, s); stU32(rowOf, k, <u32>i); k++; }
  }
  normalizeInPlace(useStake, k);
  const stakeSum = sumWrap(useStake, k);
  const minority = F.subSat(stakeSum, majority);
  const vals = arenaAlloc(atLeast1(k) << 3);
  const stakes = arenaAlloc(atLeast1(k) << 3);
  for (let j = 0; j < n; j++) {
    let m = 0;
    for (let t = 0; t < k; t++) {
      const v = ldI64(score, at(<i32>ldU32(rowOf, t), j, n));
      if (v > 0) { stI64(vals, m, v); stI64(stakes, m, ldI64(useStake, t)); m++; }
    }
    stI64(out, j, columnMedianPairs(k, stakeSum, minority, vals, stakes, 0, m));
  }
}

/** Full rows as a Csr (zeros kept), for bond rows and debug output. */
export function denseToCsr(m: usize, n: i32): Csr {
  const out = csrNew(n, n * n);
  for (let i = 0; i <= n; i++) stU32(out.ptr, i, <u32>(i * n));
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    stU32(out.cols, at(i, j, n), <u32>j);
    stI64(out.vals, at(i, j, n), ldI64(m, at(i, j, n)));
  }
  return out;
}

