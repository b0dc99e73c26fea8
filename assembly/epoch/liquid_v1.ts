// Liquid alpha v1: the bond EMA with a per-column alpha from a logistic fit
// of the consensus (specs 154-272, only when LiquidAlphaOn(netuid); deleted
// at 273). Mirrors epoch.rs (run_epoch.rs from 195) compute_ema_bonds_sparse
// / compute_ema_bonds with calculate_logistic_params, compute_alpha_values,
// clamp_alpha_values, and math.rs quantile, safe_exp, safe_ln,
// mat_ema_alpha_vec_sparse / mat_ema_alpha_vec (8cb6cb1c6; unchanged in
// arithmetic at e79b0999d, e2b8367b8, 8de0d23ca except the divisions:
// saturating_div until 232, safe_div from 233 -> `safeDiv`).
//
// What the caller must have done (as the epoch of 154-272 does):
//   bonds = B read from storage, masked (outdated rule of the era), then
//           inplace_col_normalize_sparse(bonds, n);
//   delta = row_hadamard_sparse(W_for_bonds, active_stake) (W clipped in
//           place until 232; interpolate_sparse(W, clipped, bonds_penalty)
//           from 233), then inplace_col_normalize_sparse(delta, n);
//   consensus = the n-vector of weighted-median consensus (I32F32 bits);
//   the subnet has LiquidAlphaOn (otherwise do not call: normal EMA).
// What the caller must do with the result:
//   null / 0 => run the normal path: mat_ema_sparse(delta, bonds,
//           1 - BondsMovingAverage/1e6) (compute_ema_bonds_normal_sparse).
//   then in both cases inplace_col_normalize_sparse(ema, n), dividends =
//   normalize(matmul_transpose_sparse(ema, incentive)), and for storage
//   inplace_col_max_upscale_sparse(ema, n).
import * as F from "../fixed/i32f32";
import { exp, expFailed } from "../fixed/exp";
import { safeLn } from "../fixed/ln";
import { arenaAlloc, arenaAllocZeroed, atLeast1 } from "../mem/arena";
import { ldI64, stI64, ldU32, stU32 } from "../mem/view";
import { Csr, csrNew, rowStart, rowEnd, nnz, setRowStart, mergeCap } from "../math/csr";
import { sortU32 } from "../math/sort";
import { quantile } from "../math/quantile";

/** saturating_div (specs 154-232) or safe_div (233-272) */
@inline function divide(a: i64, b: i64, safeDiv: bool): i64 {
  return safeDiv ? F.safeDiv(a, b) : F.divSat(a, b);
}

/** utils get_alpha_values_32: stored AlphaValues u16 / u16::MAX */
export function alphaFromStored(raw: u64): i64 {
  return F.safeDiv(F.fromU64Sat(raw), F.U16_MAX_FX);
}

/** math.rs safe_exp: exp, 0 on Err (no clamping) */
export function safeExp(x: i64): i64 {
  const r = exp(x);
  return expFailed ? 0 : r;
}

/** The intercept `b` of the last calculateLogisticParams call. */
export let logisticB: i64 = 0;

/**
 * mirrors calculate_logistic_params(alpha_high, alpha_low, c_high, c_low);
 * returns the slope `a` and leaves `b` in logisticB.
 */
export function calculateLogisticParams(high: i64, low: i64, cHigh: i64, cLow: i64, safeDiv: bool): i64 {
  if (cHigh <= cLow || low == 0 || high == 0) {
    logisticB = 0;
    return 0;
  }
  const lnHigh = safeLn(F.subSat(divide(F.ONE, high, safeDiv), F.ONE));
  const lnLow = safeLn(F.subSat(divide(F.ONE, low, safeDiv), F.ONE));
  const a = divide(F.subSat(lnHigh, lnLow), F.subSat(cLow, cHigh), safeDiv);
  logisticB = F.addSat(lnLow, F.mulSat(a, cLow));
  return a;
}

/** mirrors compute_alpha_values: 1 / (1 + safe_exp(b - a*c_j)) */
export function computeAlphaValues(consensus: usize, n: i32, a: i64, b: i64, safeDiv: bool, out: usize): void {
  for (let j = 0; j < n; j++) {
    const e = safeExp(F.subSat(b, F.mulSat(a, ldI64(consensus, j))));
    stI64(out, j, divide(F.ONE, F.addSat(F.ONE, e), safeDiv));
  }
}

/** mirrors clamp_alpha_values: min(alpha_high) first, then max(alpha_low) */
export function clampAlphaValues(alpha: usize, n: i32, high: i64, low: i64): void {
  for (let j = 0; j < n; j++) stI64(alpha, j, F.fxMax(F.fxMin(ldI64(alpha, j), high), low));
}

/**
 * The per-column alphas compute_ema_bonds(_sparse) would use, or 0 when it
 * takes the normal EMA instead: consensus empty or all zero, or the
 * quantile test `c_high > c_low || c_high != 0 || c_low < 0` fails.
 */
export function liquidAlphaV1(consensus: usize, n: i32, alphaLowRaw: u64, alphaHighRaw: u64, safeDiv: bool): usize {
  if (n <= 0) return 0;
  let any = false;
  for (let j = 0; j < n; j++) if (ldI64(consensus, j) != 0) { any = true; break; }
  if (!any) return 0;
  const cHigh = quantile(consensus, n, 0.75);
  const cLow = quantile(consensus, n, 0.25);
  if (!(cHigh > cLow || cHigh != 0 || cLow < 0)) return 0;
  const low = alphaFromStored(alphaLowRaw);
  const high = alphaFromStored(alphaHighRaw);
  const a = calculateLogisticParams(high, low, cHigh, cLow, safeDiv);
  const alpha = arenaAlloc(<usize>n << 3);
  computeAlphaValues(consensus, n, a, logisticB, safeDiv, alpha);
  clampAlphaValues(alpha, n, high, low);
  return alpha;
}

/**
 * mirrors math.rs mat_ema_alpha_vec_sparse(new, old, alpha): per row a
 * dense accumulator of row length new.len(); new entries *assign*
 * alpha_j * v (a repeated column keeps the last), old entries add
 * (1 - alpha_j) * v; alpha_j is 0 past alpha's end; columns past the row
 * length are skipped; positive cells come out in column order. Rows are
 * zipped: rows past the shorter matrix stay empty (upstream asserts equal).
 */
export function matEmaAlphaVecSparse(nw: Csr, old: Csr, alpha: usize, alphaLen: i32): Csr {
  const cols = nw.rows;
  const out = csrNew(cols, mergeCap(nw, old, cols, cols));
  const acc = arenaAlloc(atLeast1(cols) << 3);
  const stamp = arenaAllocZeroed(atLeast1(cols) << 2);
  const touched = arenaAlloc(atLeast1(cols) << 2);
  const rows = old.rows < nw.rows ? old.rows : nw.rows;
  let k = 0;
  for (let i = 0; i < cols; i++) {
    setRowStart(out, i, k);
    if (i >= rows) continue;
    const mark = <u32>(i + 1);
    let t = 0;
    for (let e = rowStart(nw, i), end = rowEnd(nw, i); e < end; e++) {
      const j = <i32>ldU32(nw.cols, e);
      if (j >= cols) continue;
      if (ldU32(stamp, j) != mark) { stU32(stamp, j, mark); stU32(touched, t++, <u32>j); }
      const a = j < alphaLen ? ldI64(alpha, j) : 0;
      stI64(acc, j, F.mulSat(a, ldI64(nw.vals, e)));
    }
    for (let e = rowStart(old, i), end = rowEnd(old, i); e < end; e++) {
      const j = <i32>ldU32(old.cols, e);
      if (j >= cols) continue;
      if (ldU32(stamp, j) != mark) { stU32(stamp, j, mark); stI64(acc, j, 0); stU32(touched, t++, <u32>j); }
      const a = j < alphaLen ? ldI64(alpha, j) : 0;
      stI64(acc, j, F.addSat(ldI64(acc, j), F.mulSat(F.subSat(F.ONE, a), ldI64(old.vals, e))));
    }
    sortU32(touched, t);
    for (let q = 0; q < t; q++) {
      const j = <i32>ldU32(touched, q);
      const v = ldI64(acc, j);
      if (v > 0) { stU32(out.cols, k, <u32>j); stI64(out.vals, k, v); k++; }
    }
  }
  setRowStart(out, cols, k);
  return out;
}

/**
 * mirrors math.rs mat_ema_alpha_vec over n x n row-major buffers:
 * alpha_j * new_ij + (1 - alpha_j) * old_ij, every cell kept.
 */
export function matEmaAlphaVecDense(nw: usize, old: usize, n: i32, alpha: usize): usize {
  const out = arenaAllocZeroed(atLeast1(n * n) << 3);
  for (let j = 0; j < n; j++) {
    const a = ldI64(alpha, j);
    const oneMinus = F.subSat(F.ONE, a);
    for (let i = 0; i < n; i++) {
      const e = i * n + j;
      stI64(out, e, F.addSat(F.mulSat(a, ldI64(nw, e)), F.mulSat(oneMinus, ldI64(old, e))));
    }
  }
  return out;
}

/**
 * compute_ema_bonds_sparse with LiquidAlphaOn (specs 154-272): the EMA with
 * per-column liquid alpha, or null when the chain takes the normal EMA
 * (alpha = 1 - bma/1e6; the caller runs it). alphaLowRaw/alphaHighRaw are
 * the stored AlphaValues (u16, default 45875 / 58982); safeDiv from 233.
 */
export function emaBondsLiquidV1Sparse(
  delta: Csr, bonds: Csr, consensus: usize, n: i32, alphaLowRaw: u64, alphaHighRaw: u64, safeDiv: bool,
): Csr | null {
  const alpha = liquidAlphaV1(consensus, n, alphaLowRaw, alphaHighRaw, safeDiv);
  if (alpha == 0) return null;
  return matEmaAlphaVecSparse(delta, bonds, alpha, n);
}

/** compute_ema_bonds (epoch_dense) with LiquidAlphaOn: n x n buffer, or 0 for the normal EMA. */
export function emaBondsLiquidV1Dense(
  delta: usize, bonds: usize, consensus: usize, n: i32, alphaLowRaw: u64, alphaHighRaw: u64, safeDiv: bool,
): usize {
  const alpha = liquidAlphaV1(consensus, n, alphaLowRaw, alphaHighRaw, safeDiv);
  if (alpha == 0) return 0;
  return matEmaAlphaVecDense(delta, bonds, n, alpha);
}
