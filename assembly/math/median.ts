// Stake-weighted median, mirroring math.rs weighted_median and
// weighted_median_col_sparse: the same mid-pivot partition search, visiting
// entries in the same order, so ties and the iteration limit behave alike.
import * as F from "../fixed/i32f32";
import { ldI64, stI64, ldU32, stU32 } from "../mem/view";
import { arenaAlloc, arenaAllocZeroed, atLeast1 } from "../mem/arena";
import { Csr, rowStart, rowEnd } from "./csr";
import { normalizeInPlace, sumWrap } from "./vector";

/**
 * mirrors math.rs weighted_median. `cur` holds the partition (length n);
 * lower/upper are scratch u32 buffers of the same capacity.
 */
export function weightedMedianFrom(
  stake: usize, score: usize, n: i32, minority: i64, partLo: i64, partHi: i64,
  cur: usize, lower: usize, upper: usize, iterationLimit: i32,
): i64 {
  let iter = 0;
  while (true) {
    if (n == 0) return 0;
    if (n == 1) return ldI64(score, <i32>ldU32(cur, 0));
    const pivot = ldI64(score, <i32>ldU32(cur, n >> 1));
    let loStake: i64 = 0, hiStake: i64 = 0;
    let nl = 0, nu = 0;
    for (let t = 0; t < n; t++) {
      const idx = <i32>ldU32(cur, t);
      const s = ldI64(score, idx);
      if (s == pivot) continue;
      if (s < pivot) {
        loStake = F.addSat(loStake, ldI64(stake, idx));
        stU32(lower, nl++, <u32>idx);
      } else {
        hiStake = F.addSat(hiStake, ldI64(stake, idx));
        stU32(upper, nu++, <u32>idx);
      }
    }
    const loEdge = F.addSat(partLo, loStake);
    const hiEdge = F.subSat(partHi, hiStake);
    if (minority < loEdge && nl != 0) {
      const t = cur; cur = lower; lower = t;
      n = nl;
      partHi = loEdge;
    } else if (hiEdge <= minority && nu != 0) {
      const t = cur; cur = upper; upper = t;
      n = nu;
      partLo = hiEdge;
    } else {
      return pivot;
    }
    iter++;
    if (iter > iterationLimit) break;
  }
  return 0;
}

/**
 * mirrors math.rs weighted_median_col_sparse. Columns are visited through a
 * column-major copy of the positive-stake rows, so no dense K x n matrix is
 * materialised; a column without entries has median 0 exactly as upstream
 * computes it for an all-zero score column.
 */
export function weightedMedianColSparse(
  stake: usize, stakeLen: i32, score: Csr, columns: i32, majority: i64, out: usize,
): void {
  // positive-stake rows, normalised
  const useStake = arenaAlloc(atLeast1(stakeLen) << 3);
  const rowPos = arenaAlloc(atLeast1(stakeLen) << 2);
  let k = 0;
  for (let i = 0; i < stakeLen; i++) {
    const s = ldI64(stake, i);
    if (s > 0) { stI64(useStake, k, s); stU32(rowPos, i, <u32>k); k++; }
    else stU32(rowPos, i, 0xffffffff);
  }
  normalizeInPlace(useStake, k);
  const stakeSum = sumWrap(useStake, k);
  const minority = F.subSat(stakeSum, majority);

  // column-major entries of positive-stake rows (counting sort by column)
  const rows = stakeLen < score.rows ? stakeLen : score.rows;
  const colCount = arenaAllocZeroed(<usize>(columns + 1) << 2);
  for (let i = 0; i < rows; i++) {
    if (ldU32(rowPos, i) == 0xffffffff) continue;
    for (let e = rowStart(score, i), end = rowEnd(score, i); e < end; e++) {
      const c = <i32>ldU32(score.cols, e);
      if (c < columns) stU32(colCount, c + 1, ldU32(colCount, c + 1) + 1);
    }
  }
  for (let c = 0; c < columns; c++) stU32(colCount, c + 1, ldU32(colCount, c + 1) + ldU32(colCount, c));
  const total = columns > 0 ? <i32>ldU32(colCount, columns) : 0;
  const cscRow = arenaAlloc(atLeast1(total) << 2);
  const cscVal = arenaAlloc(atLeast1(total) << 3);
  const fill = arenaAlloc(<usize>(columns + 1) << 2);
  memory.copy(fill, colCount, <usize>(columns + 1) << 2);
  for (let i = 0; i < rows; i++) {
    const p = ldU32(rowPos, i);
    if (p == 0xffffffff) continue;
    for (let e = rowStart(score, i), end = rowEnd(score, i); e < end; e++) {
      const c = <i32>ldU32(score.cols, e);
      if (c < columns) {
        const slot = <i32>ldU32(fill, c);
        stU32(cscRow, slot, p);
        stI64(cscVal, slot, ldI64(score.vals, e));
        stU32(fill, c, <u32>(slot + 1));
      }
    }
  }

  const kk = k > 0 ? k : 1;
  const col = arenaAlloc(<usize>kk << 3);
  const bufA = arenaAlloc(<usize>kk << 2);
  const bufB = arenaAlloc(<usize>kk << 2);
  const bufC = arenaAlloc(<usize>kk << 2);
  for (let c = 0; c < columns; c++) {
    const s0 = <i32>ldU32(colCount, c), s1 = <i32>ldU32(colCount, c + 1);
    if (s0 == s1 || k == 0) { stI64(out, c, 0); continue; }
    memory.fill(col, 0, <usize>k << 3);
    for (let e = s0; e < s1; e++) stI64(col, <i32>ldU32(cscRow, e), ldI64(cscVal, e));
    for (let i = 0; i < k; i++) stU32(bufA, i, <u32>i);
    stI64(out, c, weightedMedianFrom(useStake, col, k, minority, 0, stakeSum, bufA, bufB, bufC, k));
  }
}
