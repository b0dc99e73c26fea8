// run_epoch.rs epoch_mechanism and epoch_dense_mechanism, written plainly
// over BigInt (the reference model): slow, literal, independent of assembly/.
import { fx, fx64, fx64To32Sat, fx64To32Wrap, floorDiv, proportionToU16, u16Proportion, expSafe, U64_MAX } from "./fixed.js";
import * as M from "./math.js";
import type { EpochMode, EpochResult, Snapshot, SparseRow } from "../snapshot/types.js";

type Sparse = M.Sparse;
const ZERO = 0n;
const ONE = fx.ONE;

function ratioU16(x: number): bigint {
  return fx.safeDiv(fx.fromInt(BigInt(x)), fx.fromInt(65535n));
}

function activityCutoff(s: Snapshot): bigint {
  const p = BigInt(s.activityCutoffFactorMilli) * BigInt(s.tempo);
  const c = (p > U64_MAX ? U64_MAX : p) / 1000n;
  return c > 1n ? c : 1n;
}

function totalStake(s: Snapshot): bigint[] {
  // get_tao_weight: U96F32(tw) / U96F32(u64::MAX), then I64F64::saturating_from_num
  const tw = BigInt(s.taoWeight);
  const q = ((tw << 32n) << 32n) / (U64_MAX << 32n);
  const w = q << 32n;
  return s.alphaStake.map((a, i) => fx64.addSat(fx64.fromInt(BigInt(a)), fx64.mulSat(fx64.fromInt(BigInt(s.taoStake[i]!)), w)));
}

function normalizedStake(total: bigint[], minStake: bigint, owner: number | null): bigint[] {
  const filtered = total.map((v, i) => (owner !== i && fx64.toU64(v) < minStake ? ZERO : v));
  const sum = fx64.sum(filtered);
  const norm = sum === ZERO ? filtered : filtered.map((v) => fx64.safeDiv(v, sum));
  return norm.map(fx64To32Sat);
}

function lastTempo(s: Snapshot): bigint {
  const lms = BigInt(s.lastMechanismStepBlock), cur = BigInt(s.currentBlock), tempo = BigInt(s.tempo);
  if (lms === 0n) return cur > tempo ? cur - tempo : 0n;
  return lms === U64_MAX ? lms : lms + 1n;
}

function alphaNormal(bma: bigint): bigint {
  const r = fx64.safeDiv(fx64.fromInt(bma), fx64.fromInt(1_000_000n));
  return fx.subSat(ONE, fx64To32Sat(r));
}

function alphaDisabledLiquid(bma: bigint): bigint {
  const wrapped = BigInt.asIntN(128, bma << 64n); // I64F64::from_num wraps in a release build
  return fx.subSat(ONE, fx64To32Wrap(fx64.divSat(wrapped, fx64.fromInt(1_000_000n))));
}

const clamp = (v: bigint, lo: bigint, hi: bigint) => M.max(M.min(v, hi), lo);

function alphaSigmoid(c: bigint, w: bigint, b: bigint, low: bigint, high: bigint, steep: bigint): bigint {
  const diffBuy = clamp(fx.subSat(w, c), ZERO, ONE);
  const diffSell = clamp(fx.subSat(b, w), ZERO, ONE);
  const combined = w >= b ? diffBuy : diffSell;
  const x = fx.mulSat(fx.divSat(steep, -100n << 32n), fx.subSat(combined, ONE / 2n));
  const sig = fx.divSat(ONE, fx.addSat(ONE, expSafe(x)));
  return clamp(fx.addSat(low, fx.mulSat(sig, fx.subSat(high, low))), low, high);
}

/** compute_liquid_alpha_values_sparse: the peekable merge walk over columns 0..n-1 */
function liquidAlphasSparse(w: Sparse, b: Sparse, consensus: bigint[], low: bigint, high: bigint, steep: bigint): bigint[][] {
  return w.map((wRow, r) => {
    const bRow = b[r]!;
    let wi = 0, bi = 0;
    const out: bigint[] = [];
    consensus.forEach((c, j) => {
      let weight = ZERO, bond = ZERO;
      while (wi < wRow.length) {
        const [i, v] = wRow[wi]!;
        if (i < j) { wi++; } else { if (i === j) weight = v; break; }
      }
      while (bi < bRow.length) {
        const [i, v] = bRow[bi]!;
        if (i < j) { bi++; } else { if (i === j) bond = v; break; }
      }
      out.push(alphaSigmoid(c, weight, bond, low, high, steep));
    });
    return out;
  });
}

function readSparse(rows: SparseRow[], n: number, dropOutOfRange: boolean, conv: (v: number) => bigint): Sparse {
  return rows.slice(0, n).map((r) => r.filter(([j]) => !dropOutOfRange || j < n).map(([j, v]) => [j, conv(v)] as [number, bigint]));
}

function readDense(rows: SparseRow[], n: number, conv: (v: number) => bigint): bigint[][] {
  const m = Array.from({ length: n }, () => new Array<bigint>(n).fill(ZERO));
  rows.slice(0, n).forEach((r, i) => { for (const [j, v] of r) if (j < n) m[i]![j] = conv(v); });
  return m;
}

interface Common {
  n: number;
  active: boolean[];
  inactive: boolean[];
  total: bigint[];
  stake: bigint[];
}

function emissionAndOutputs(s: Snapshot, c: Common, activeStake: bigint[], consensus: bigint[], vtrust: bigint[], incentive: bigint[],
  dividends: bigint[], newPermit: boolean[], bonds: (SparseRow | null)[], weightsDbg: Sparse, emaDbg: Sparse): EpochResult {
  const combined = incentive.map((x, i) => fx.addSat(x, dividends[i]!));
  const sum = fx.sum(combined);
  const server = incentive.map((x) => (sum === ZERO ? x : fx.safeDiv(x, sum)));
  let validator = dividends.map((x) => (sum === ZERO ? x : fx.safeDiv(x, sum)));
  let comb = combined.slice();
  M.inplaceNormalize(comb);
  if (sum === ZERO) {
    const src = fx.sum(activeStake) === ZERO ? c.stake : activeStake;
    validator = src.slice();
    comb = src.slice();
  }
  const rao = BigInt(s.raoEmission);
  // I96F32::saturating_from_num(x).saturating_mul(I96F32(rao)).saturating_to_num::<u64>()
  const toRao = (x: bigint) => { const v = floorDiv(x * rao, ONE); return (v < 0n ? 0n : v > U64_MAX ? U64_MAX : v).toString(); };
  return {
    stakeWeight: c.stake.map(proportionToU16),
    active: c.active,
    emission: comb.map(toRao),
    consensus: consensus.map(proportionToU16),
    incentive: incentive.map(proportionToU16),
    dividends: dividends.map(proportionToU16),
    validatorTrust: vtrust.map(proportionToU16),
    newValidatorPermit: newPermit,
    serverEmission: server.map(toRao),
    validatorEmission: validator.map(toRao),
    stake: c.total.map((t) => fx64.toU64(t).toString()),
    bonds,
    debug: {
      stake: c.stake.map(String), activeStake: activeStake.map(String), consensus: consensus.map(String),
      validatorTrust: vtrust.map(String), incentive: incentive.map(String), dividends: dividends.map(String),
      weights: weightsDbg.map((r) => r.map(([j, v]) => [j, v.toString()] as [number, string])),
      emaBonds: emaDbg.map((r) => r.map(([j, v]) => [j, v.toString()] as [number, string])),
    },
  };
}

function common(s: Snapshot, ownerExempt: boolean): Common {
  const n = s.n;
  const cutoff = activityCutoff(s);
  const cur = BigInt(s.currentBlock);
  const inactive = s.lastUpdate.map((u) => { const x = BigInt(u) + cutoff; return (x > U64_MAX ? U64_MAX : x) < cur; });
  const total = totalStake(s);
  const stake = normalizedStake(total, BigInt(s.stakeThreshold), ownerExempt ? s.ownerUid : null);
  return { n, inactive, active: inactive.map((b) => !b), total, stake };
}

/** run_epoch.rs epoch_mechanism */
export function referenceEpochSparse(s: Snapshot): EpochResult {
  const c = common(s, true);
  const n = c.n;
  const owner = s.ownerUid;
  const lastUpdate = s.lastUpdate.map(BigInt), reg = s.blockAtRegistration.map(BigInt);
  const permits = s.validatorPermit.slice();
  if (owner !== null && owner < n) permits[owner] = true;
  const forbids = permits.map((p) => !p);
  const newPermit = M.isTopkNonzero(c.stake, s.maxAllowedValidators);
  if (owner !== null && owner < n) newPermit[owner] = true;
  const activeStake = c.stake.map((v, i) => (c.inactive[i] || forbids[i] ? ZERO : v));
  M.inplaceNormalize(activeStake);

  let weights = readSparse(s.weights, n, true, (v) => fx.fromInt(BigInt(v)));
  weights = M.maskRowsSparse(forbids, weights);
  weights = owner !== null ? M.maskDiagSparseExceptIndex(weights, owner) : M.maskDiagSparse(weights);
  weights = M.vecMaskSparseMatrix(weights, lastUpdate, reg, (u, r) => u <= r);
  if (s.commitRevealEnabled) {
    const cb = s.commitBlocks.map((b) => (b === null ? U64_MAX : BigInt(b)));
    weights = M.vecMaskSparseMatrix(weights, cb, reg, (a, r) => a < r);
  }
  M.inplaceRowNormalizeSparse(weights);

  const consensus = M.weightedMedianColSparse(activeStake, weights, n, ratioU16(s.kappa));
  const clipped = M.colClipSparse(weights, consensus);
  const vtrust = M.rowSumSparse(clipped);
  const incentive = M.matmulSparse(clipped, activeStake, n);
  M.inplaceNormalize(incentive);
  const wfb = M.interpolateSparse(weights, clipped, n, ratioU16(s.bondsPenalty));
  const lt = lastTempo(s);
  let ema: Sparse;
  let dividends: bigint[];
  if (s.yuma3Enabled) {
    let bonds = readSparse(s.bonds, n, false, (v) => u16Proportion(BigInt(v)));
    bonds = M.scalarVecMaskSparseMatrix(bonds, lt, reg, (l, r) => l <= r);
    if (s.liquidAlphaEnabled && consensus.length > 0 && consensus.some((x) => x !== ZERO)) {
      const alphas = liquidAlphasSparse(wfb, bonds, consensus, ratioU16(s.alphaLow), ratioU16(s.alphaHigh), fx.fromInt(BigInt(s.alphaSigmoidSteepness)));
      ema = M.matEmaAlphaSparse(wfb, bonds, alphas);
    } else {
      ema = M.matEmaSparse(wfb, bonds, alphaDisabledLiquid(BigInt(s.bondsMovingAverage)));
    }
    const norm = ema.map((r) => r.map(([j, v]) => [j, v] as [number, bigint]));
    M.inplaceColNormalizeSparse(norm, n);
    const perValidator = M.rowSumSparse(M.matVecMulSparse(norm, incentive));
    dividends = M.vecMul(perValidator, activeStake);
    M.inplaceNormalize(dividends);
  } else {
    let bonds = readSparse(s.bonds, n, false, (v) => fx.fromInt(BigInt(v)));
    bonds = M.scalarVecMaskSparseMatrix(bonds, lt, reg, (l, r) => l <= r);
    M.inplaceColNormalizeSparse(bonds, n);
    const delta = M.rowHadamardSparse(wfb, activeStake);
    M.inplaceColNormalizeSparse(delta, n);
    ema = M.matEmaSparse(delta, bonds, alphaNormal(BigInt(s.bondsMovingAverage)));
    M.inplaceColNormalizeSparse(ema, n);
    dividends = M.matmulTransposeSparse(ema, incentive);
    M.inplaceNormalize(dividends);
    M.inplaceColMaxUpscaleSparse(ema, n);
  }
  const bondRows: SparseRow[] = [];
  for (let i = 0; i < n; i++) {
    bondRows.push(newPermit[i] ? (ema[i] ?? []).map(([j, v]) => [j, proportionToU16(v)] as [number, number]) : []);
  }
  return emissionAndOutputs(s, c, activeStake, consensus, vtrust, incentive, dividends, newPermit, bondRows, weights, ema);
}

/** run_epoch.rs epoch_dense_mechanism */
export function referenceEpochDense(s: Snapshot): EpochResult {
  const c = common(s, false);
  const n = c.n;
  const lastUpdate = s.lastUpdate.map(BigInt), reg = s.blockAtRegistration.map(BigInt);
  const lt = lastTempo(s);
  const recent = reg.map((r) => lt <= r);
  const forbids = s.validatorPermit.map((p) => !p);
  const newPermit = M.isTopkNonzero(c.stake, s.maxAllowedValidators);
  const activeStake = c.stake.map((v, i) => (c.inactive[i] || forbids[i] ? ZERO : v));
  M.inplaceNormalize(activeStake);
  const W = readDense(s.weights, n, (v) => fx.fromInt(BigInt(v)));
  for (let i = 0; i < n; i++) {
    if (forbids[i]) W[i]!.fill(ZERO);
    W[i]![i] = ZERO; // the owner exception is undone by the second inplace_mask_diag upstream
    for (let j = 0; j < n; j++) if (lastUpdate[i]! <= reg[j]!) W[i]![j] = ZERO;
    const sum = fx.sum(W[i]!);
    if (sum > ZERO) W[i] = W[i]!.map((v) => fx.safeDiv(v, sum));
  }
  const consensus = M.weightedMedianCol(activeStake, W, ratioU16(s.kappa));
  const clipped = W.map((r) => r.map((v, j) => M.min(consensus[j]!, v)));
  const vtrust = clipped.map((r) => fx.sum(r));
  const incentive = new Array<bigint>(n).fill(ZERO);
  clipped.forEach((r, i) => r.forEach((v, j) => { incentive[j] = fx.addSat(incentive[j]!, fx.mulSat(activeStake[i]!, v)); }));
  M.inplaceNormalize(incentive);
  const bp = ratioU16(s.bondsPenalty);
  const wfb = bp === ZERO ? W : bp === ONE ? clipped : W.map((r, i) => r.map((v, j) => fx.addSat(v, fx.mulSat(bp, fx.subSat(clipped[i]![j]!, v)))));
  const colNormalize = (m: bigint[][]) => {
    const sums = new Array<bigint>(n).fill(ZERO);
    m.forEach((r) => r.forEach((v, j) => { sums[j] = fx.addSat(sums[j]!, v); }));
    return m.map((r) => r.map((v, j) => (sums[j] !== ZERO ? fx.safeDiv(v, sums[j]!) : v)));
  };
  let ema: bigint[][];
  let dividends: bigint[];
  if (s.yuma3Enabled) {
    const B = readDense(s.bonds, n, (v) => u16Proportion(BigInt(v))).map((r) => r.map((v, j) => (recent[j] ? ZERO : v)));
    if (s.liquidAlphaEnabled && n > 0 && consensus.some((x) => x !== ZERO)) {
      const low = ratioU16(s.alphaLow), high = ratioU16(s.alphaHigh), steep = fx.fromInt(BigInt(s.alphaSigmoidSteepness));
      ema = wfb.map((r, i) => r.map((w, j) => {
        const a = alphaSigmoid(consensus[j]!, w, B[i]![j]!, low, high, steep);
        return M.min(fx.addSat(fx.mulSat(fx.subSat(ONE, a), B[i]![j]!), M.max(fx.mulSat(a, w), ZERO)), ONE);
      }));
    } else {
      const alpha = alphaDisabledLiquid(BigInt(s.bondsMovingAverage));
      ema = wfb.map((r, i) => r.map((w, j) => fx.addSat(fx.mulSat(alpha, w), fx.mulSat(fx.subSat(ONE, alpha), B[i]![j]!))));
    }
    const norm = colNormalize(ema);
    const perValidator = norm.map((r) => fx.sum(r.map((v, j) => fx.mulChecked(v, incentive[j]!) ?? ZERO)));
    dividends = M.vecMul(perValidator, activeStake);
    M.inplaceNormalize(dividends);
  } else {
    const B = colNormalize(readDense(s.bonds, n, (v) => fx.fromInt(BigInt(v))).map((r) => r.map((v, j) => (recent[j] ? ZERO : v))));
    const delta = colNormalize(wfb.map((r, i) => r.map((v) => fx.mulSat(activeStake[i]!, v))));
    const alpha = alphaNormal(BigInt(s.bondsMovingAverage));
    ema = colNormalize(delta.map((r, i) => r.map((v, j) => fx.addSat(fx.mulSat(alpha, v), fx.mulSat(fx.subSat(ONE, alpha), B[i]![j]!)))));
    dividends = ema.map((r) => r.reduce((acc, v, j) => fx.addSat(acc, fx.mulSat(v, incentive[j]!)), ZERO));
    M.inplaceNormalize(dividends);
    const maxes = new Array<bigint>(n).fill(ZERO);
    ema.forEach((r) => r.forEach((v, j) => { if (maxes[j]! < v) maxes[j] = v; }));
    ema = ema.map((r) => r.map((v, j) => (maxes[j] !== ZERO ? fx.safeDiv(v, maxes[j]!) : v)));
  }
  const bondRows: (SparseRow | null)[] = ema.map((r, i) =>
    newPermit[i] ? r.map((v, j) => [j, proportionToU16(v)] as [number, number]) : s.validatorPermit[i] ? [] : null);
  const toSparse = (m: bigint[][]): Sparse => m.map((r) => r.map((v, j) => [j, v] as [number, bigint]).filter(([, v]) => v !== ZERO));
  const emaDbg = n === 0 ? [[]] : toSparse(ema);
  return emissionAndOutputs(s, c, activeStake, consensus, vtrust, incentive, dividends, newPermit, bondRows, toSparse(W), emaDbg);
}

/** The reference model of the epoch: `sparse` = epoch_mechanism (the chain's). */
export function referenceEpoch(s: Snapshot, mode: EpochMode = "sparse"): EpochResult {
  return mode === "dense" ? referenceEpochDense(s) : referenceEpochSparse(s);
}
