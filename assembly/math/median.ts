// Stake-weighted median, mirroring math.rs weighted_median and
// weighted_median_col_sparse: the same mid-pivot partition search, visiting
// entries in the same order, so ties and the iteration limit behave alike.
import * as F from "../fixed/i32f32";
import { ldI64, stI64, ldU32, stU32 } from "../mem/view";
import { arenaAlloc, arenaAllocZeroed, arenaMark, arenaRelease, atLeast1 } from "../mem/arena";
import { Csr, rowStart, rowEnd } from "./csr";
import { normalizeInPlace, sumWrap } from "./vector";
import { sortIndicesByKey } from "./sort";

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
  const scratch = arenaMark(); // everything below is scratch: released at the end
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

  // Per column: the median the partition search returns, computed from the
  // column's positive entries alone (see columnMedian).
  const total2 = total > 0 ? total : 1;
  const idx = arenaAlloc(<usize>total2 << 2);
  for (let c = 0; c < columns; c++) {
    const s0 = <i32>ldU32(colCount, c), s1 = <i32>ldU32(colCount, c + 1);
    stI64(out, c, columnMedian(useStake, k, stakeSum, minority, cscRow, cscVal, s0, s1, idx));
  }
  arenaRelease(scratch);
}

/**
 * The value math.rs weighted_median returns for one column, in
 * O(e log e) for e entries instead of O(k) per partition pass.
 *
 * Why this is the same value: the search keeps [lo, hi] equal to the stake
 * below and up to the current partition, so it stops at a pivot p exactly
 * when (F(p-) <= minority or nothing lies below p) and (F(p) > minority or
 * nothing lies above p), F being the cumulative stake by score. That pins p
 * to the smallest score with F(p) > minority, or the largest score when
 * there is none. All sums are of at most 65535 non-negative values <= 2^33,
 * so the fixed-point adds never saturate and any order gives the same sums.
 * Rows without an entry (or with 0) form the score 0 with the stake left over.
 * test/median.test.ts checks this against the partition search itself.
 */
export function columnMedian(
  useStake: usize, k: i32, stakeSum: i64, minority: i64,
  cscRow: usize, cscVal: usize, s0: i32, s1: i32, idx: usize,
): i64 {
  if (k == 0) return 0;
  // positive entries of the column, by value
  let m = 0;
  let posStake: i64 = 0;
  for (let e = s0; e < s1; e++) {
    if (ldI64(cscVal, e) > 0) {
      stU32(idx, m++, <u32>e);
      posStake += ldI64(useStake, <i32>ldU32(cscRow, e));
    }
  }
  if (m < k) {
    // some rows score 0: they come first
    const f0 = stakeSum - posStake;
    if (f0 > minority || m == 0) return 0;
  }
  sortIndicesByKey(idx, m, cscVal);
  let f: i64 = stakeSum - posStake;
  let t = 0;
  while (t < m) {
    const v = ldI64(cscVal, <i32>ldU32(idx, t));
    while (t < m && ldI64(cscVal, <i32>ldU32(idx, t)) == v) {
      f += ldI64(useStake, <i32>ldU32(cscRow, <i32>ldU32(idx, t)));
      t++;
    }
    if (f > minority) return v;
  }
  return ldI64(cscVal, <i32>ldU32(idx, m - 1));
}

/**
 * The partition search of math.rs weighted_median over a dense column,
 * kept as the reference the fast path is tested against.
 */
export function weightedMedianDense(stake: usize, score: usize, k: i32, minority: i64, stakeSum: i64): i64 {
  const kk = k > 0 ? k : 1;
  const a = arenaAlloc(<usize>kk << 2), b = arenaAlloc(<usize>kk << 2), c = arenaAlloc(<usize>kk << 2);
  for (let i = 0; i < k; i++) stU32(a, i, <u32>i);
  return weightedMedianFrom(stake, score, k, minority, 0, stakeSum, a, b, c, k);
}
