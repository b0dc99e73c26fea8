// The sparse epoch of every supported runtime (121-425, switches from
// src/snapshot/versions.ts) and HEAD's epoch_dense_mechanism, written plainly
// over BigInt (the reference model): slow, literal, independent of assembly/.
import {
  fx,
  fx64,
  fx64To32Sat,
  fx64To32Wrap,
  floorDiv,
  proportionToU16,
  u16Proportion,
  expSafe,
  exp,
  U64_MAX,
  opsFor,
  SAFE_OPS,
  type EraOps,
} from "./fixed.js";
import { liquidAlphaV1, matEmaAlphaVecSparse } from "./liquid_v1.js";
import { switchesFor, type Switches } from "../snapshot/versions.js";
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

function lastTempo(s: Snapshot): bigint {
  const lms = BigInt(s.lastMechanismStepBlock),
    cur = BigInt(s.currentBlock),
    tempo = BigInt(s.tempo);
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

function readSparse(rows: SparseRow[], n: number, dropOutOfRange: boolean, conv: (v: number) => bigint): Sparse {
  return rows.slice(0, n).map((r) => r.filter(([j]) => !dropOutOfRange || j < n).map(([j, v]) => [j, conv(v)] as [number, bigint]));
}

function readDense(rows: SparseRow[], n: number, conv: (v: number) => bigint): bigint[][] {
  const m = Array.from({ length: n }, () => new Array<bigint>(n).fill(ZERO));
  rows.slice(0, n).forEach((r, i) => {
    for (const [j, v] of r) if (j < n) m[i]![j] = conv(v);
  });
  return m;
}

interface Common {
  n: number;
  active: boolean[];
  inactive: boolean[];
  /** total stake (I64F64), the EpochTerms.stake source */
  total: bigint[];
  stake: bigint[];
}

/** vec_max_upscale_to_u16 (PruningScores, before 365) in the era's arithmetic */
function vecMaxUpscaleToU16(v: bigint[], ops: EraOps): number[] {
  const u16max = 65535n << 32n,
    threshold = 32768n << 32n;
  if (v.length === 0) return [];
  const maxv = v.reduce((a, b) => (b > a ? b : a));
  // fixed round(): to nearest, ties away from zero (wrapping in a release build)
  const round = (x: bigint) => BigInt.asIntN(64, x >= ZERO ? floorDiv(x + ONE / 2n, ONE) * ONE : -floorDiv(-x + ONE / 2n, ONE) * ONE);
  if (maxv === ZERO) return v.map((e) => ops.toU16(ops.mul(e, u16max)));
  if (maxv > threshold) return v.map((e) => ops.toU16(round(ops.mul(e, ops.div(u16max, maxv)))));
  return v.map((e) => ops.toU16(round(ops.div(ops.mul(e, u16max), maxv))));
}

interface Extra {
  ranks?: bigint[];
  trust?: bigint[];
}

function emissionAndOutputs(
  s: Snapshot,
  sw: Switches,
  ops: EraOps,
  c: Common,
  activeStake: bigint[],
  consensus: bigint[],
  vtrust: bigint[],
  incentive: bigint[],
  dividends: bigint[],
  newPermit: boolean[],
  bonds: (SparseRow | null)[],
  weightsDbg: Sparse,
  emaDbg: Sparse,
  extra: Extra = {},
): EpochResult {
  const combined = incentive.map((x, i) => ops.add(x, dividends[i]!));
  const sum = fx.sum(combined);
  const server = incentive.map((x) => (sum === ZERO ? x : ops.div(x, sum)));
  let validator = dividends.map((x) => (sum === ZERO ? x : ops.div(x, sum)));
  let comb = combined.slice();
  M.inplaceNormalize(comb, ops);
  if (sum === ZERO) {
    const src = fx.sum(activeStake) === ZERO ? c.stake : activeStake;
    validator = src.slice();
    comb = src.slice();
  }
  const rao = BigInt(s.raoEmission);
  const toRao = (x: bigint) => ops.rao(x, rao).toString();
  const toU16 = (x: bigint) => ops.toU16(ops.mul(x, 65535n << 32n)); // fixed_proportion_to_u16
  const r: EpochResult = {
    active: c.active,
    emission: comb.map(toRao),
    consensus: consensus.map(toU16),
    incentive: incentive.map(toU16),
    dividends: dividends.map(toU16),
    validatorTrust: vtrust.map(toU16),
    newValidatorPermit: newPermit,
    serverEmission: server.map(toRao),
    validatorEmission: validator.map(toRao),
    bonds,
    debug: {
      stake: c.stake.map(String),
      activeStake: activeStake.map(String),
      consensus: consensus.map(String),
      validatorTrust: vtrust.map(String),
      incentive: incentive.map(String),
      dividends: dividends.map(String),
      weights: weightsDbg.map((r) => r.map(([j, v]) => [j, v.toString()] as [number, string])),
      emaBonds: emaDbg.map((r) => r.map(([j, v]) => [j, v.toString()] as [number, string])),
    },
  };
  if (sw.stakeWeightPersisted) r.stakeWeight = c.stake.map(toU16);
  if (sw.stakeOutput) r.stake = c.total.map((t) => fx64.toU64(t).toString());
  if (sw.rankTrustPruning) {
    r.rank = extra.ranks!.map(toU16);
    r.trust = extra.trust!.map(toU16);
    r.pruningScore = vecMaxUpscaleToU16(comb, ops);
  }
  return r;
}

/** Activity, total and normalised stake, in the era's arithmetic. */
function common(s: Snapshot, sw: Switches, ops: EraOps): Common {
  const n = s.n;
  const cutoff = sw.activityCutoff === "stored" ? BigInt(s.activityCutoff as number) : activityCutoff(s);
  const cur = BigInt(s.currentBlock);
  // `updated + cutoff < current`: plain (wrapping) `+` before 153, saturating_add after
  const inactive = s.lastUpdate.map((u) => {
    const x = BigInt(u) + cutoff;
    return (sw.wrappingOps ? BigInt.asUintN(64, x) : x > U64_MAX ? U64_MAX : x) < cur;
  });
  let total: bigint[];
  let filtered: bigint[];
  if (sw.stakeSource === "tao") {
    // I64F64::from_num(u64) wraps in a release build (before 233)
    total = s.stake!.map((v) => BigInt.asIntN(128, BigInt(v) << 64n));
    filtered = total.slice();
  } else {
    total = totalStake(s);
    const owner = sw.ownerExemptAndPermitted ? s.ownerUid : null;
    filtered = sw.stakeThreshold
      ? total.map((v, i) => (owner !== i && fx64.toU64(v) < BigInt(s.stakeThreshold) ? ZERO : v))
      : total.slice();
  }
  M.inplaceNormalize64(filtered, ops);
  return { n, inactive, active: inactive.map((b) => !b), total, stake: filtered.map(ops.to32) };
}

/** compute_ema_bonds_normal(_sparse): 1 - bma / 1e6 in the era's arithmetic */
function alphaNormalEra(bma: bigint, sw: Switches, ops: EraOps): bigint {
  const b = sw.safeDiv ? fx64.fromInt(bma) : BigInt.asIntN(128, bma << 64n); // saturating_from_num from 233, from_num before
  return ops.sub(ONE, ops.to32(ops.div64(b, fx64.fromInt(1_000_000n))));
}

/** liquid alpha v2 alpha_sigmoid in the form of the era (273, 283, 365) */
function alphaSigmoidEra(form: number, c: bigint, w: bigint, b: bigint, low: bigint, high: bigint, steep: bigint): bigint {
  if (form === 365) return alphaSigmoid(c, w, b, low, high, steep);
  const diffBuy = clamp(fx.subSat(w, c), ZERO, ONE);
  const diffSell = clamp(fx.subSat(b, w), ZERO, ONE);
  const combined = w >= b ? diffBuy : diffSell;
  const x =
    form === 273
      ? fx.mulSat(-ONE, fx.mulSat(steep, fx.subSat(combined, ONE / 2n)))
      : fx.mulSat(fx.divSat(steep, -100n << 32n), fx.subSat(combined, ONE / 2n));
  const sig = fx.divSat(ONE, fx.addSat(ONE, exp(x) ?? ZERO)); // safe_exp: Err -> 0
  return clamp(fx.addSat(low, fx.mulSat(sig, fx.subSat(high, low))), low, high);
}

/** compute_liquid_alpha_values_sparse: the peekable merge walk over columns 0..n-1 */
function liquidAlphasSparseEra(
  form: number,
  w: Sparse,
  b: Sparse,
  consensus: bigint[],
  low: bigint,
  high: bigint,
  steep: bigint,
): bigint[][] {
  return w.map((wRow, r) => {
    const bRow = b[r]!;
    let wi = 0,
      bi = 0;
    const out: bigint[] = [];
    consensus.forEach((c, j) => {
      let weight = ZERO,
        bond = ZERO;
      while (wi < wRow.length) {
        const [i, v] = wRow[wi]!;
        if (i < j) {
          wi++;
        } else {
          if (i === j) weight = v;
          break;
        }
      }
      while (bi < bRow.length) {
        const [i, v] = bRow[bi]!;
        if (i < j) {
          bi++;
        } else {
          if (i === j) bond = v;
          break;
        }
      }
      out.push(alphaSigmoidEra(form, c, weight, bond, low, high, steep));
    });
    return out;
  });
}

/**
 * The chain's sparse epoch of the snapshot's runtime: epoch.rs `epoch` (121-194),
 * run_epoch.rs `epoch` (195-319), `epoch_mechanism` (320+). Version differences come
 * from switchesFor (src/snapshot/versions.ts) and the era's arithmetic (opsFor).
 */
export function referenceEpochSparse(s: Snapshot): EpochResult {
  const sw = switchesFor(s.specVersion);
  const ops = opsFor(sw.spec);
  const c = common(s, sw, ops);
  const n = c.n;
  const cur = BigInt(s.currentBlock);
  const owner = sw.ownerSelfWeight ? s.ownerUid : null;
  const lastUpdate = s.lastUpdate.map(BigInt),
    reg = s.blockAtRegistration.map(BigInt);
  const permits = s.validatorPermit.slice();
  const forcedOwner = sw.ownerExemptAndPermitted && owner !== null && owner < n;
  if (forcedOwner) permits[owner] = true;
  const forbids = permits.map((p) => !p);
  const newPermit = sw.stakeThreshold ? M.isTopkNonzero(c.stake, s.maxAllowedValidators) : M.isTopk(c.stake, s.maxAllowedValidators);
  if (forcedOwner) newPermit[owner] = true;
  const activeStake = c.stake.map((v, i) => (c.inactive[i] || forbids[i] ? ZERO : v));
  M.inplaceNormalize(activeStake, ops);

  let weights = readSparse(s.weights, n, sw.filterWeightUidsGeN, (v) => fx.fromInt(BigInt(v)));
  weights = M.maskRowsSparse(forbids, weights);
  weights = owner !== null ? M.maskDiagSparseExceptIndex(weights, owner) : M.maskDiagSparse(weights);
  weights = M.vecMaskSparseMatrix(weights, lastUpdate, reg, (u, r) => u <= r);
  if (sw.commitReveal !== "none" && s.commitRevealEnabled) {
    const cb = s.commitBlocks.map((b) => (b === null ? U64_MAX : BigInt(b)));
    weights = M.vecMaskSparseMatrix(weights, cb, reg, (a, r) => a < r);
  }
  M.inplaceRowNormalizeSparse(weights, ops);

  const preranks = sw.rankTrustPruning ? M.matmulSparse(weights, activeStake, n, ops) : [];
  const consensus = M.weightedMedianColSparse(activeStake, weights, n, ratioU16(s.kappa), ops);
  const clipped = M.colClipSparse(weights, consensus);
  const vtrust = M.rowSumSparse(clipped);
  const ranks = M.matmulSparse(clipped, activeStake, n, ops);
  const trust = sw.rankTrustPruning ? M.vecdiv(ranks, preranks, ops) : [];
  M.inplaceNormalize(ranks, ops);
  const incentive = ranks;
  // before 233 W is clipped in place, which is interpolation with penalty 1
  const wfb = sw.bondsPenalty ? M.interpolateSparse(weights, clipped, n, ratioU16(s.bondsPenalty)) : clipped;
  const maskBonds = (b: Sparse): Sparse => {
    if (sw.bondRegistrationMask === "lastUpdate") return M.vecMaskSparseMatrix(b, lastUpdate, reg, (u, r) => u <= r);
    const lt = sw.bondRegistrationMask === "blockMinusTempo" ? (cur > BigInt(s.tempo) ? cur - BigInt(s.tempo) : ZERO) : lastTempo(s);
    return M.scalarVecMaskSparseMatrix(b, lt, reg, (l, r) => l <= r);
  };
  let ema: Sparse;
  let dividends: bigint[];
  if (sw.yuma3Available && s.yuma3Enabled) {
    const bonds = maskBonds(readSparse(s.bonds, n, false, (v) => u16Proportion(BigInt(v))));
    if (s.liquidAlphaEnabled && consensus.length > 0 && consensus.some((x) => x !== ZERO)) {
      const alphas = liquidAlphasSparseEra(
        sw.sigmoidForm,
        wfb,
        bonds,
        consensus,
        ratioU16(s.alphaLow),
        ratioU16(s.alphaHigh),
        fx.fromInt(BigInt(s.alphaSigmoidSteepness)),
      );
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
    const bonds = maskBonds(readSparse(s.bonds, n, false, (v) => fx.fromInt(BigInt(v))));
    M.inplaceColNormalizeSparse(bonds, n, ops);
    const delta = M.rowHadamardSparse(wfb, activeStake, ops);
    M.inplaceColNormalizeSparse(delta, n, ops);
    // liquid alpha v1 (154-272): compute_ema_bonds_sparse; undefined = the normal EMA
    const alphas =
      sw.liquidAlpha === "v1" && s.liquidAlphaEnabled ? liquidAlphaV1(consensus, s.alphaLow, s.alphaHigh, sw.safeDiv) : undefined;
    ema =
      alphas !== undefined
        ? matEmaAlphaVecSparse(delta, bonds, alphas)
        : M.matEmaSparse(delta, bonds, alphaNormalEra(BigInt(s.bondsMovingAverage), sw, ops), ops);
    M.inplaceColNormalizeSparse(ema, n, ops);
    dividends = M.matmulTransposeSparse(ema, incentive, ops);
    M.inplaceNormalize(dividends, ops);
    M.inplaceColMaxUpscaleSparse(ema, n, ops);
  }
  const toU16 = (x: bigint) => ops.toU16(ops.mul(x, 65535n << 32n));
  const bondRows: (SparseRow | null)[] = [];
  for (let i = 0; i < n; i++) {
    const row = (ema[i] ?? []).map(([j, v]) => [j, toU16(v)] as [number, number]);
    // before 320 a uid with neither permit keeps its stored row (null); the stored permit is read, not the forced one
    bondRows.push(newPermit[i] ? row : sw.writeAllBondRows || s.validatorPermit[i] ? [] : null);
  }
  return emissionAndOutputs(s, sw, ops, c, activeStake, consensus, vtrust, incentive, dividends, newPermit, bondRows, weights, ema, {
    ranks,
    trust,
  });
}

/** run_epoch.rs epoch_dense_mechanism */
export function referenceEpochDense(s: Snapshot): EpochResult {
  // epoch_dense_mechanism (HEAD only): no owner exemption from the stake threshold
  const sw: Switches = { ...switchesFor(), ownerExemptAndPermitted: false };
  const c = common(s, sw, SAFE_OPS);
  const n = c.n;
  const lastUpdate = s.lastUpdate.map(BigInt),
    reg = s.blockAtRegistration.map(BigInt);
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
  clipped.forEach((r, i) =>
    r.forEach((v, j) => {
      incentive[j] = fx.addSat(incentive[j]!, fx.mulSat(activeStake[i]!, v));
    }),
  );
  M.inplaceNormalize(incentive);
  const bp = ratioU16(s.bondsPenalty);
  const wfb =
    bp === ZERO ? W : bp === ONE ? clipped : W.map((r, i) => r.map((v, j) => fx.addSat(v, fx.mulSat(bp, fx.subSat(clipped[i]![j]!, v)))));
  const colNormalize = (m: bigint[][]) => {
    const sums = new Array<bigint>(n).fill(ZERO);
    m.forEach((r) =>
      r.forEach((v, j) => {
        sums[j] = fx.addSat(sums[j]!, v);
      }),
    );
    return m.map((r) => r.map((v, j) => (sums[j] !== ZERO ? fx.safeDiv(v, sums[j]!) : v)));
  };
  let ema: bigint[][];
  let dividends: bigint[];
  if (s.yuma3Enabled) {
    const B = readDense(s.bonds, n, (v) => u16Proportion(BigInt(v))).map((r) => r.map((v, j) => (recent[j] ? ZERO : v)));
    if (s.liquidAlphaEnabled && n > 0 && consensus.some((x) => x !== ZERO)) {
      const low = ratioU16(s.alphaLow),
        high = ratioU16(s.alphaHigh),
        steep = fx.fromInt(BigInt(s.alphaSigmoidSteepness));
      ema = wfb.map((r, i) =>
        r.map((w, j) => {
          const a = alphaSigmoid(consensus[j]!, w, B[i]![j]!, low, high, steep);
          return M.min(fx.addSat(fx.mulSat(fx.subSat(ONE, a), B[i]![j]!), M.max(fx.mulSat(a, w), ZERO)), ONE);
        }),
      );
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
    ema.forEach((r) =>
      r.forEach((v, j) => {
        if (maxes[j]! < v) maxes[j] = v;
      }),
    );
    ema = ema.map((r) => r.map((v, j) => (maxes[j] !== ZERO ? fx.safeDiv(v, maxes[j]!) : v)));
  }
  const bondRows: (SparseRow | null)[] = ema.map((r, i) =>
    newPermit[i] ? r.map((v, j) => [j, proportionToU16(v)] as [number, number]) : s.validatorPermit[i] ? [] : null,
  );
  const toSparse = (m: bigint[][]): Sparse => m.map((r) => r.map((v, j) => [j, v] as [number, bigint]).filter(([, v]) => v !== ZERO));
  const emaDbg = n === 0 ? [[]] : toSparse(ema);
  return emissionAndOutputs(
    s,
    sw,
    SAFE_OPS,
    c,
    activeStake,
    consensus,
    vtrust,
    incentive,
    dividends,
    newPermit,
    bondRows,
    toSparse(W),
    emaDbg,
  );
}

/** The reference model of the epoch: `sparse` = epoch_mechanism (the chain's). */
export function referenceEpoch(s: Snapshot, mode: EpochMode = "sparse"): EpochResult {
  return mode === "dense" ? referenceEpochDense(s) : referenceEpochSparse(s);
}
