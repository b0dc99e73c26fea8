// Test entry points for liquid alpha v1 (epoch/liquid_v1.ts) and its
// helpers: ln, quantile, float conversion, and the EMA over raw CSR buffers.
import { ln, lnFailed } from "./fixed/ln";
import { fromF64, quantile } from "./math/quantile";
import { Csr } from "./math/csr";
import { arenaAlloc } from "./mem/arena";
import * as L from "./epoch/liquid_v1";

export function lqLn(x: i64): i64 { return ln(x); }
export function lqLnFailed(): bool { return lnFailed; }
export function lqFromF64(x: f64): i64 { return fromF64(x); }
export function lqQuantile(data: usize, len: i32, q: f64): i64 { return quantile(data, len, q); }
export function lqSafeExp(x: i64): i64 { return L.safeExp(x); }
/** returns a; b via lqLogisticB() */
export function lqLogisticParams(high: i64, low: i64, cHigh: i64, cLow: i64, safeDiv: bool): i64 {
  return L.calculateLogisticParams(high, low, cHigh, cLow, safeDiv);
}
export function lqLogisticB(): i64 { return L.logisticB; }
export function lqAlphaValues(consensus: usize, n: i32, a: i64, b: i64, safeDiv: bool, out: usize): void {
  L.computeAlphaValues(consensus, n, a, b, safeDiv, out);
}
export function lqClampAlphaValues(alpha: usize, n: i32, high: i64, low: i64): void {
  L.clampAlphaValues(alpha, n, high, low);
}
/** 0 = the normal EMA path */
export function lqAlphas(consensus: usize, n: i32, lowRaw: u64, highRaw: u64, safeDiv: bool): usize {
  return L.liquidAlphaV1(consensus, n, lowRaw, highRaw, safeDiv);
}

/** A Csr header over caller-written buffers (ptr u32[rows+1], cols u32[], vals i64[]). */
export function lqCsr(rows: i32, ptr: usize, cols: usize, vals: usize): usize {
  const m = changetype<Csr>(arenaAlloc(offsetof<Csr>()));
  m.rows = rows;
  m.cap = <i32>load<u32>(ptr + (<usize>rows << 2));
  m.ptr = ptr;
  m.cols = cols;
  m.vals = vals;
  return changetype<usize>(m);
}
export function lqCsrRows(m: usize): i32 { return changetype<Csr>(m).rows; }
export function lqCsrPtr(m: usize): usize { return changetype<Csr>(m).ptr; }
export function lqCsrCols(m: usize): usize { return changetype<Csr>(m).cols; }
export function lqCsrVals(m: usize): usize { return changetype<Csr>(m).vals; }

export function lqMatEmaAlphaVecSparse(nw: usize, old: usize, alpha: usize, alphaLen: i32): usize {
  return changetype<usize>(L.matEmaAlphaVecSparse(changetype<Csr>(nw), changetype<Csr>(old), alpha, alphaLen));
}
export function lqMatEmaAlphaVecDense(nw: usize, old: usize, n: i32, alpha: usize): usize {
  return L.matEmaAlphaVecDense(nw, old, n, alpha);
}
/** 0 when the chain takes the normal EMA */
export function lqEmaBondsSparse(delta: usize, bonds: usize, consensus: usize, n: i32, lowRaw: u64, highRaw: u64, safeDiv: bool): usize {
  const r = L.emaBondsLiquidV1Sparse(changetype<Csr>(delta), changetype<Csr>(bonds), consensus, n, lowRaw, highRaw, safeDiv);
  return r === null ? 0 : changetype<usize>(r);
}
export function lqEmaBondsDense(delta: usize, bonds: usize, consensus: usize, n: i32, lowRaw: u64, highRaw: u64, safeDiv: bool): usize {
  return L.emaBondsLiquidV1Dense(delta, bonds, consensus, n, lowRaw, highRaw, safeDiv);
}
