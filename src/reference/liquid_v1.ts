// Liquid alpha v1 (specs 154-272, LiquidAlphaOn) over BigInt, literally:
// epoch.rs / run_epoch.rs compute_ema_bonds_sparse and compute_ema_bonds with
// calculate_logistic_params, compute_alpha_values, clamp_alpha_values, and
// math.rs quantile, safe_exp, safe_ln, mat_ema_alpha_vec(_sparse) (8cb6cb1c6;
// saturating_div until spec 232, safe_div from 233). Independent of assembly/.
import { fx, exp, ln } from "./fixed.js";
import type { Row, Sparse } from "./math.js";

const ZERO = 0n;
const ONE = fx.ONE;

/** I32F32::from_num(f64): nearest, ties to even (finite input) */
export function fixedFromF64(x: number): bigint {
  const s = x * 2 ** 32; // exact: a power-of-two scale
  const f = Math.floor(s);
  const rest = s - f; // exact below 2^53; 0 above
  let r = BigInt(f);
  if (rest > 0.5 || (rest === 0.5 && (r & 1n) === 1n)) r += 1n;
  return r;
}

/** math.rs quantile: sort a copy, f64 position, f64 fraction -> I32F32 */
export function quantile(data: bigint[], q: number): bigint {
  const sorted = data.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const len = sorted.length;
  if (len === 0) return ZERO;
  const pos = q * Math.max(len - 1, 0);
  const low = Math.max(Math.floor(pos), 0),
    high = Math.max(Math.ceil(pos), 0);
  const get = (k: number) => sorted[k] ?? ZERO;
  if (low === high) return get(low);
  const weight = fixedFromF64(pos - low);
  return fx.addSat(get(low), fx.mulSat(fx.subSat(get(high), get(low)), weight));
}

export const safeExp = (x: bigint) => exp(x) ?? ZERO;
export const safeLn = (x: bigint) => ln(x) ?? ZERO;

const div = (a: bigint, b: bigint, safeDiv: boolean) => (safeDiv ? fx.safeDiv(a, b) : fx.divSat(a, b));

export function calculateLogisticParams(high: bigint, low: bigint, cHigh: bigint, cLow: bigint, safeDiv: boolean): [bigint, bigint] {
  if (cHigh <= cLow || low === ZERO || high === ZERO) return [ZERO, ZERO];
  const a = div(
    fx.subSat(safeLn(fx.subSat(div(ONE, high, safeDiv), ONE)), safeLn(fx.subSat(div(ONE, low, safeDiv), ONE))),
    fx.subSat(cLow, cHigh),
    safeDiv,
  );
  const b = fx.addSat(safeLn(fx.subSat(div(ONE, low, safeDiv), ONE)), fx.mulSat(a, cLow));
  return [a, b];
}

export function computeAlphaValues(consensus: bigint[], a: bigint, b: bigint, safeDiv: boolean): bigint[] {
  return consensus.map((c) => div(ONE, fx.addSat(ONE, safeExp(fx.subSat(b, fx.mulSat(a, c)))), safeDiv));
}

export function clampAlphaValues(alpha: bigint[], high: bigint, low: bigint): bigint[] {
  return alpha.map((a) => {
    const m = a < high ? a : high;
    return m > low ? m : low;
  });
}

/** The per-column alphas, or undefined when compute_ema_bonds takes the normal EMA. */
export function liquidAlphaV1(consensus: bigint[], alphaLow: number, alphaHigh: number, safeDiv: boolean): bigint[] | undefined {
  if (consensus.length === 0 || !consensus.some((c) => c !== ZERO)) return undefined;
  const cHigh = quantile(consensus, 0.75);
  const cLow = quantile(consensus, 0.25);
  if (!(cHigh > cLow || cHigh !== ZERO || cLow < ZERO)) return undefined;
  const u16max = BigInt(65535) << 32n;
  const low = fx.safeDiv(BigInt(alphaLow) << 32n, u16max); // get_alpha_values_32
  const high = fx.safeDiv(BigInt(alphaHigh) << 32n, u16max);
  const [a, b] = calculateLogisticParams(high, low, cHigh, cLow, safeDiv);
  return clampAlphaValues(computeAlphaValues(consensus, a, b, safeDiv), high, low);
}

/** math.rs mat_ema_alpha_vec_sparse */
export function matEmaAlphaVecSparse(nw: Sparse, old: Sparse, alpha: bigint[]): Sparse {
  const n = nw.length;
  const result: Sparse = Array.from({ length: n }, () => []);
  for (let i = 0; i < n && i < old.length; i++) {
    const row = new Array<bigint>(n).fill(ZERO);
    for (const [j, v] of nw[i]!) if (j < n) row[j] = fx.mulSat(alpha[j] ?? ZERO, v);
    for (const [j, v] of old[i]!) if (j < n) row[j] = fx.addSat(row[j]!, fx.mulSat(fx.subSat(ONE, alpha[j] ?? ZERO), v));
    const out: Row = [];
    row.forEach((v, j) => {
      if (v > ZERO) out.push([j, v]);
    });
    result[i] = out;
  }
  return result;
}

/** math.rs mat_ema_alpha_vec (dense) */
export function matEmaAlphaVec(nw: bigint[][], old: bigint[][], alpha: bigint[]): bigint[][] {
  if (nw.length === 0 || nw[0]!.length === 0) return [[]];
  return nw.map((row, i) => row.map((v, j) => fx.addSat(fx.mulSat(alpha[j]!, v), fx.mulSat(fx.subSat(ONE, alpha[j]!), old[i]![j]!))));
}
