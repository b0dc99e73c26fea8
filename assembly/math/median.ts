// Stake-weighted median, mirroring math.rs weighted_median and
// weighted_median_col_sparse: the same mid-pivot partition search, visiting
// entries in the same order, so ties and the iteration limit behave alike.
import * as F from "../fixed/i32f32";
import { ldI64, stI64, ldU32, stU32 } from "../mem/view";
import { arenaAlloc, arenaAllocZeroed, arenaMark, arenaRelease, atLeast1 } from "../mem/arena";
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
 * column-major copy of the positive entries of positive-stake rows, as (score,
 * stake) pairs, so no dense K x n matrix is materialised; a column without
 * entries has median 0 exactly as upstream computes it for an all-zero score column.
 */
export function weightedMedianColSparse(
  stake: usize, stakeLen: i32, score: Csr, columns: i32, majority: i64, out: usize,
): void {
  const scratch = arenaMark(); // everything below is scratch: released at the end
  // positive-stake rows, normalised (row i's normalised stake at rowStake[i], 0 if none)
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

  // column-major positive entries of positive-stake rows (counting sort by column)
  const rows = stakeLen < score.rows ? stakeLen : score.rows;
  const colCount = arenaAllocZeroed(<usize>(columns + 1) << 2);
  for (let i = 0; i < rows; i++) {
    if (ldU32(rowPos, i) == 0xffffffff) continue;
    for (let e = rowStart(score, i), end = rowEnd(score, i); e < end; e++) {
      const c = <i32>ldU32(score.cols, e);
      if (c < columns && ldI64(score.vals, e) > 0) stU32(colCount, c + 1, ldU32(colCount, c + 1) + 1);
    }
  }
  for (let c = 0; c < columns; c++) stU32(colCount, c + 1, ldU32(colCount, c + 1) + ldU32(colCount, c));
  const total = columns > 0 ? <i32>ldU32(colCount, columns) : 0;
  const cscVal = arenaAlloc(atLeast1(total) << 3);
  const cscStake = arenaAlloc(atLeast1(total) << 3);
  const fill = arenaAlloc(<usize>(columns + 1) << 2);
  memory.copy(fill, colCount, <usize>(columns + 1) << 2);
  for (let i = 0; i < rows; i++) {
    const p = ldU32(rowPos, i);
    if (p == 0xffffffff) continue;
    const st = ldI64(useStake, <i32>p);
    for (let e = rowStart(score, i), end = rowEnd(score, i); e < end; e++) {
      const c = <i32>ldU32(score.cols, e);
      const v = ldI64(score.vals, e);
      if (c < columns && v > 0) {
        const slot = <i32>ldU32(fill, c);
        stI64(cscVal, slot, v);
        stI64(cscStake, slot, st);
        stU32(fill, c, <u32>(slot + 1));
      }
    }
  }
  for (let c = 0; c < columns; c++) {
    const s0 = <i32>ldU32(colCount, c), s1 = <i32>ldU32(colCount, c + 1);
    stI64(out, c, columnMedianPairs(k, stakeSum, minority, cscVal, cscStake, s0, s1));
  }
  arenaRelease(scratch);
}

/**
 * columnMedianPairs over (row, score) entries: the scores > 0 with their rows'
 * stakes are copied to scratch pairs first (the tests' and the dense epoch's form).
 */
export function columnMedian(
  useStake: usize, k: i32, stakeSum: i64, minority: i64,
  rows: usize, vals: usize, s0: i32, s1: i32, scratch: usize,
): i64 {
  const len = s1 > s0 ? s1 - s0 : 0;
  const pv = scratch, ps = scratch + (<usize>len << 3);
  let m = 0;
  for (let e = s0; e < s1; e++) {
    const v = ldI64(vals, e);
    if (v > 0) { stI64(pv, m, v); stI64(ps, m, ldI64(useStake, <i32>ldU32(rows, e))); m++; }
  }
  return columnMedianPairs(k, stakeSum, minority, pv, ps, 0, m);
}

/**
 * The value math.rs weighted_median returns for one column, from the column's
 * positive scores val[s0..s1) and their rows' stakes stk[s0..s1) (reordered in
 * place), in O(e) expected for e entries instead of O(k) per partition pass.
 *
 * Why this is the same value: the search keeps [lo, hi] equal to the stake
 * below and up to the current partition, so it stops at a pivot p exactly
 * when (F(p-) <= minority or nothing lies below p) and (F(p) > minority or
 * nothing lies above p), F being the cumulative stake by score. That pins p
 * to the smallest score with F(p) > minority, or the largest score when
 * there is none. All sums are of at most 65535 non-negative values <= 2^33,
 * so the fixed-point adds never saturate and any order gives the same sums.
 * Rows without an entry (or with 0) form the score 0 with the stake left over.
 * That score is found by a weighted quickselect: partition around a pivot into
 * < p, = p, > p; the answer lies below p when F(p-) > minority, is p when
 * F(p) > minority or nothing lies above, else lies above.
 * test/median.test.ts checks this against the partition search itself.
 */
export function columnMedianPairs(
  k: i32, stakeSum: i64, minority: i64, val: usize, stk: usize, s0: i32, s1: i32,
): i64 {
  if (k == 0) return 0;
  const m = s1 - s0;
  let posStake: i64 = 0;
  for (let e = s0; e < s1; e++) posStake += ldI64(stk, e);
  // f = F(score just below the active range): rows scoring 0 come first
  let f: i64 = stakeSum - posStake;
  if (m < k && (f > minority || m == 0)) return 0;
  let lo = s0, hi = s1;
  let seed: u32 = <u32>m * 2654435761 + 1;
  while (hi - lo > 12) {
    seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5;
    const p = ldI64(val, lo + <i32>(seed % <u32>(hi - lo)));
    // three-way partition: [lo, lt) < p, [lt, gt) == p, [gt, hi) > p
    let lt = lo, i = lo, gt = hi;
    let sLess: i64 = 0, sEq: i64 = 0;
    while (i < gt) {
      const v = ldI64(val, i);
      if (v < p) {
        sLess += ldI64(stk, i);
        swapPair(val, stk, lt, i);
        lt++; i++;
      } else if (v > p) {
        gt--;
        swapPair(val, stk, i, gt);
      } else {
        sEq += ldI64(stk, i);
        i++;
      }
    }
    if (lt > lo && f + sLess > minority) { hi = lt; continue; }
    f += sLess + sEq;
    if (f > minority || gt == hi) return p;
    lo = gt;
  }
  // short range: sort by score, then walk the groups of equal scores upward
  for (let a = lo + 1; a < hi; a++) {
    const v = ldI64(val, a), w = ldI64(stk, a);
    let b = a - 1;
    while (b >= lo && ldI64(val, b) > v) { stI64(val, b + 1, ldI64(val, b)); stI64(stk, b + 1, ldI64(stk, b)); b--; }
    stI64(val, b + 1, v); stI64(stk, b + 1, w);
  }
  let t = lo;
  while (t < hi) {
    const v = ldI64(val, t);
    while (t < hi && ldI64(val, t) == v) { f += ldI64(stk, t); t++; }
    if (f > minority) return v;
  }
  return ldI64(val, hi - 1);
}

@inline function swapPair(val: usize, stk: usize, a: i32, b: i32): void {
  const v = ldI64(val, a), w = ldI64(stk, a);
  stI64(val, a, ldI64(val, b)); stI64(stk, a, ldI64(stk, b));
  stI64(val, b, v); stI64(stk, b, w);
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
