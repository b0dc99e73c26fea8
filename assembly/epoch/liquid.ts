// Yuma3 bond EMA with liquid alpha, mirroring run_epoch.rs
// compute_liquid_alpha_values_sparse + alpha_sigmoid and math.rs
// mat_ema_alpha_sparse. Upstream builds a dense n x n alpha matrix (one exp
// per cell); only the cells the EMA reads are computed here, with the same
// (weight, bond) pairs upstream's merge walk would have seen.
import * as F from "../fixed/i32f32";
import { expSafe, exp, expFailed } from "../fixed/exp";
import { ldI64, stI64, ldU32, stU32 } from "../mem/view";
import { arenaAlloc, arenaAllocZeroed } from "../mem/arena";
import { Csr, csrNew, rowStart, rowEnd, nnz, setRowStart } from "../math/csr";
import { isIncreasing } from "../math/sparse";

const MINUS_100: i64 = -100 << 32;

/** Sigmoid argument and exp of alpha_sigmoid by spec (src/snapshot/versions.ts sigmoidForm). */
export const SIGMOID_273: i32 = 273; // -1 * (s * (d - 0.5)), safe_exp (overflow -> 0)  (1b0c63a71, 273-282)
export const SIGMOID_283: i32 = 283; // (s / -100) * (d - 0.5), safe_exp                (e9bbb6134, 283-364)
export const SIGMOID_365: i32 = 365; // (s / -100) * (d - 0.5), exp_safe (clamped)       (6e3d24cea, 365+)
let sigmoidForm: i32 = SIGMOID_365;

export function setSigmoidForm(form: i32): void {
  sigmoidForm = form;
}

/** math.rs safe_exp (specs 154-364): exp, or 0 when it fails */
@inline function safeExp(x: i64): i64 {
  const r = exp(x);
  return expFailed ? 0 : r;
}

@inline function clampValue(v: i64, low: i64, high: i64): i64 {
  return F.fxMax(F.fxMin(v, high), low);
}

/** mirrors run_epoch.rs alpha_sigmoid */
export function alphaSigmoid(
  consensus: i64, weight: i64, bond: i64, low: i64, high: i64, steepness: i64,
): i64 {
  return alphaOfCombined(combinedDiff(consensus, weight, bond), low, high, steepness);
}

/** The part of alpha_sigmoid that depends on (consensus, weight, bond). */
@inline export function combinedDiff(consensus: i64, weight: i64, bond: i64): i64 {
  const diffBuy = clampValue(F.subSat(weight, consensus), 0, F.ONE);
  const diffSell = clampValue(F.subSat(bond, weight), 0, F.ONE);
  return weight >= bond ? diffBuy : diffSell;
}

/** The rest: alpha is a function of the clamped difference alone. */
export function alphaOfCombined(combined: i64, low: i64, high: i64, steepness: i64): i64 {
  let e: i64;
  if (sigmoidForm == SIGMOID_365) {
    e = expSafe(F.mulSat(F.divSat(steepness, MINUS_100), F.subSat(combined, F.HALF)));
  } else if (sigmoidForm == SIGMOID_283) {
    e = safeExp(F.mulSat(F.divSat(steepness, MINUS_100), F.subSat(combined, F.HALF)));
  } else {
    e = safeExp(F.mulSat(-F.ONE, F.mulSat(steepness, F.subSat(combined, F.HALF))));
  }
  const sigmoid = F.divSat(F.ONE, F.addSat(F.ONE, e));
  const alpha = F.addSat(low, F.mulSat(sigmoid, F.subSat(high, low)));
  return clampValue(alpha, low, high);
}

/**
 * Replays upstream's peekable merge of a (possibly unsorted) row against
 * columns j = 0..n-1 and records, under `mark`, the value it pairs with
 * each column. The walk waits at an entry until j reaches its column, pairs
 * them, then moves on; an entry whose column j has already passed is
 * skipped, and one at column >= n stops the walk. So only the entries that
 * raise the running column are paired: O(row), not O(n).
 */
function mergeView(m: Csr, i: i32, n: i32, seen: usize, seenStamp: usize, mark: u32): void {
  let next = 0; // the column the walk waits for
  for (let e = rowStart(m, i), end = rowEnd(m, i); e < end; e++) {
    const c = <i32>ldU32(m.cols, e);
    if (c >= n) break;
    if (c < next) continue;
    stU32(seenStamp, c, mark);
    stI64(seen, c, ldI64(m.vals, e));
    next = c + 1;
  }
}

@inline function seenAt(seen: usize, seenStamp: usize, mark: u32, j: i32): i64 {
  return ldU32(seenStamp, j) == mark ? ldI64(seen, j) : 0;
}

/**
 * EMA of bonds with per-cell liquid alpha: mat_ema_alpha_sparse(weights,
 * bonds, alphas). Entries come out in the new (weights) row's order.
 */
export function matEmaLiquidSparse(
  w: Csr, b: Csr, consensus: usize, n: i32, low: i64, high: i64, steepness: i64,
): Csr {
  const out = csrNew(w.rows, nnz(w));
  const nn = n > 0 ? n : 1;
  // The clamped difference is often exactly 0 (weight at or below consensus, bond at or
  // below weight) or 1: alpha for those is computed once, not once per cell.
  const alpha0 = alphaOfCombined(0, low, high, steepness);
  const alpha1 = alphaOfCombined(F.ONE, low, high, steepness);
  const bondAt = arenaAlloc(<usize>nn << 3);
  const bondStamp = arenaAllocZeroed(<usize>nn << 2);
  const seenW = arenaAlloc(<usize>nn << 3);
  const seenB = arenaAlloc(<usize>nn << 3);
  const stampW = arenaAllocZeroed(<usize>nn << 2);
  const stampB = arenaAllocZeroed(<usize>nn << 2);
  let k = 0;
  for (let i = 0; i < w.rows; i++) {
    setRowStart(out, i, k);
    const mark = <u32>(i + 1);
    const sorted = isIncreasing(w, i) && isIncreasing(b, i);
    if (!sorted) {
      mergeView(w, i, n, seenW, stampW, mark);
      mergeView(b, i, n, seenB, stampB, mark);
    }
    // old row's values by column (the last write wins, as upstream assigns)
    for (let e = rowStart(b, i), end = rowEnd(b, i); e < end; e++) {
      const j = <i32>ldU32(b.cols, e);
      if (j >= n) continue;
      stU32(bondStamp, j, mark);
      stI64(bondAt, j, ldI64(b.vals, e));
    }
    for (let e = rowStart(w, i), end = rowEnd(w, i); e < end; e++) {
      const j = <i32>ldU32(w.cols, e);
      if (j >= n) continue;
      const nv = ldI64(w.vals, e);
      let a: i64;
      const hasOld = ldU32(bondStamp, j) == mark;
      const d = sorted
        ? combinedDiff(ldI64(consensus, j), nv, hasOld ? ldI64(bondAt, j) : 0)
        : combinedDiff(ldI64(consensus, j), seenAt(seenW, stampW, mark, j), seenAt(seenB, stampB, mark, j));
      if (d == 0) a = alpha0;
      else if (d == F.ONE) a = alpha1;
      else a = alphaOfCombined(d, low, high, steepness);
      // upstream decays every old cell with alpha_ij but reads only the new row's columns
      const dec: i64 = hasOld ? F.mulSat(F.subSat(F.ONE, a), ldI64(bondAt, j)) : 0;
      const inc = F.fxMax(F.mulSat(a, nv), 0);
      const v = F.fxMin(F.addSat(dec, inc), F.ONE);
      if (v > 0) { stU32(out.cols, k, <u32>j); stI64(out.vals, k, v); k++; }
    }
  }
  setRowStart(out, w.rows, k);
  return out;
}
