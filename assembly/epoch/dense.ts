// run_epoch.rs epoch_dense_mechanism (the dense variant upstream tests use).
// Differs from the sparse epoch on purpose: no owner exemption or forced
// owner permit, no commit-reveal mask, full-length bond rows, liquid-alpha
// bonds decay instead of being dropped, and unchanged (null) bond rows.
import * as F from "../fixed/i32f32";
import { arenaAlloc, atLeast1 } from "../mem/arena";
import { ldU8, stU8, ldU32, stI64, ldI64, stU16 } from "../mem/view";
import * as D from "../math/dense";
import { csrEmpty } from "../math/csr";
import { normalizeInPlace, maskVector, isTopkNonzero, isTopk, vecMul, copyI64 } from "../math/vector";
import { combinedDiff, alphaOfCombined, setSigmoidForm, SIGMOID_273, SIGMOID_283, SIGMOID_365 } from "./liquid";
import * as C from "./common";
import { emaBondsLiquidV1Dense } from "./liquid_v1";
import * as L from "./layout";

/** get_weights / get_bonds: dense n x n from stored rows, dropping uid >= n. */
function readDense(h: usize, ptrSlot: i32, colSlot: i32, valSlot: i32, n: i32, proportion: bool): usize {
  const ptr = C.inPtr(h, ptrSlot), cols = C.inPtr(h, colSlot), vals = C.inPtr(h, valSlot);
  const m = D.denseNew(n);
  for (let i = 0; i < n; i++) {
    for (let e = <i32>ldU32(ptr, i), end = <i32>ldU32(ptr, i + 1); e < end; e++) {
      const j = <i32>ldU32(cols, e);
      if (j >= n) continue;
      const v = <u16>ldU32(vals, e);
      stI64(m, i * n + j, proportion ? F.u16ProportionToFixed(v) : (<i64>v << 32));
    }
  }
  return m;
}

/** mirrors run_epoch.rs epoch_dense_mechanism; returns the output header. */
export function epochDense(h: usize): usize {
  const n = <i32>C.inU64(h, L.IN_N);
  const nn = atLeast1(n);
  const out = C.allocOutput(n);
  const current = C.inU64(h, L.IN_CURRENT_BLOCK);
  const tempo = C.inU64(h, L.IN_TEMPO);
  // version switches (src/snapshot/versions.ts); 0 for specs 423+. epoch_dense of each era
  // has the sparse epoch's structure with dense helpers (65d8367a6 ... 14bc6f9f epoch_dense)
  const flags = C.inU64(h, L.IN_FLAGS);
  const cutoff = (flags & L.FL_STORED_CUTOFF) != 0
    ? C.inU64(h, L.IN_ACTIVITY_CUTOFF)
    : C.activityCutoff(C.inU64(h, L.IN_CUTOFF_FACTOR_MILLI), tempo);
  const lastUpdate = C.inPtr(h, L.IN_LAST_UPDATE);
  const blockAtReg = C.inPtr(h, L.IN_BLOCK_AT_REG);

  const inactive = arenaAlloc(nn);
  if ((flags & L.FL_WRAP_ADD) != 0) C.inactiveMaskWrap(lastUpdate, n, cutoff, current, inactive);
  else C.inactiveMask(lastUpdate, n, cutoff, current, inactive);
  const lt = C.lastTempo(C.inU64(h, L.IN_LAST_MECHANISM_STEP_BLOCK), current, tempo);
  const recentlyRegistered = arenaAlloc(nn);
  for (let j = 0; j < n; j++) stU8(recentlyRegistered, j, lt <= load<u64>(blockAtReg + (<usize>j << 3)) ? 1 : 0);

  // == Stake == (no owner exemption in the dense variant)
  const total = arenaAlloc(nn << 4);
  const stake = arenaAlloc(nn << 3);
  if ((flags & L.FL_TAO_STAKE) != 0) {
    C.taoStakeNormalized(C.inPtr(h, L.IN_STAKE), n, total, stake);
  } else {
    C.totalStake(C.inPtr(h, L.IN_ALPHA_STAKE), C.inPtr(h, L.IN_TAO_STAKE), n, C.inU64(h, L.IN_TAO_WEIGHT), total);
    C.normalizedStake(total, n, C.inU64(h, L.IN_STAKE_THRESHOLD), -1, stake);
  }

  // == Validator permits == (stored permits as is)
  const permitIn = C.inPtr(h, L.IN_PERMIT);
  const forbids = arenaAlloc(nn);
  for (let i = 0; i < n; i++) stU8(forbids, i, ldU8(permitIn, i) != 0 ? 0 : 1);
  const newPermit = C.inPtr(out, L.OUT_NEW_PERMIT);
  if ((flags & L.FL_PLAIN_TOPK) != 0) isTopk(stake, n, <i32>C.inU64(h, L.IN_MAX_VALIDATORS), newPermit);
  else isTopkNonzero(stake, n, <i32>C.inU64(h, L.IN_MAX_VALIDATORS), newPermit);

  const activeStake = arenaAlloc(nn << 3);
  copyI64(stake, activeStake, n);
  maskVector(inactive, activeStake, n);
  maskVector(forbids, activeStake, n);
  normalizeInPlace(activeStake, n);

  // == Weights == (upstream masks the diagonal again after the owner exception)
  const weights = readDense(h, L.IN_W_PTR, L.IN_W_COLS, L.IN_W_VALS, n, false);
  D.maskRows(forbids, weights, n);
  D.maskDiag(weights, n);
  D.maskOutdated(weights, n, lastUpdate, blockAtReg);
  D.rowNormalize(weights, n);

  // == Consensus, trust, incentive ==
  const kappa = C.u16Ratio(C.inU64(h, L.IN_KAPPA));
  const consensus = arenaAlloc(nn << 3);
  D.weightedMedianCol(activeStake, weights, n, kappa, consensus);
  const clipped = D.denseClone(weights, n);
  D.colClip(clipped, n, consensus);
  const vtrust = arenaAlloc(nn << 3);
  D.rowSum(clipped, n, vtrust);
  const incentive = arenaAlloc(nn << 3);
  D.matmul(clipped, n, activeStake, incentive);
  if ((flags & L.FL_RANK_TRUST) != 0) {
    // specs < 365: Trust = ranks / preranks (before normalisation)
    const preranks = arenaAlloc(nn << 3);
    D.matmul(weights, n, activeStake, preranks);
    C.writeTrust(incentive, preranks, n, C.inPtr(out, L.OUT_TRUST), flags);
  }
  normalizeInPlace(incentive, n);

  // == Bonds and dividends ==
  const bondsPenalty = C.u16Ratio(C.inU64(h, L.IN_BONDS_PENALTY));
  const wfb = D.interpolate(weights, clipped, n, bondsPenalty);
  const bma = C.inU64(h, L.IN_BONDS_MOVING_AVERAGE);
  const dividends = arenaAlloc(nn << 3);
  let ema: usize;
  if (C.inU64(h, L.IN_YUMA3) != 0) {
    const bonds = readDense(h, L.IN_B_PTR, L.IN_B_COLS, L.IN_B_VALS, n, true);
    D.maskCols(recentlyRegistered, bonds, n);
    let anyConsensus = false;
    for (let j = 0; j < n; j++) if (ldI64(consensus, j) != 0) { anyConsensus = true; break; }
    if (C.inU64(h, L.IN_LIQUID_ALPHA) != 0 && n > 0 && anyConsensus) {
      // mirrors compute_liquid_alpha_values + mat_ema_alpha, cell by cell
      const low = C.u16Ratio(C.inU64(h, L.IN_ALPHA_LOW));
      const high = C.u16Ratio(C.inU64(h, L.IN_ALPHA_HIGH));
      const steep = F.fromI64Sat(<i64>C.inU64(h, L.IN_ALPHA_STEEPNESS));
      setSigmoidForm((flags & L.FL_SIGMOID_273) != 0 ? SIGMOID_273 : (flags & L.FL_SIGMOID_SAFE_EXP) != 0 ? SIGMOID_283 : SIGMOID_365);
      ema = D.denseNew(n);
      const alpha0 = alphaOfCombined(0, low, high, steep), alpha1 = alphaOfCombined(F.ONE, low, high, steep);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        const e = i * n + j;
        const w = ldI64(wfb, e), b = ldI64(bonds, e);
        // alpha depends on the clamped difference only; 0 and 1 are the common cases
        const d = combinedDiff(ldI64(consensus, j), w, b);
        const a = d == 0 ? alpha0 : d == F.ONE ? alpha1 : alphaOfCombined(d, low, high, steep);
        const decayed = F.mulSat(F.subSat(F.ONE, a), b);
        const inc = F.fxMax(F.mulSat(a, w), 0);
        stI64(ema, e, F.fxMin(F.addSat(decayed, inc), F.ONE));
      }
    } else {
      ema = D.matEma(wfb, bonds, n, C.emaAlphaDisabledLiquid(bma));
    }
    const emaNorm = D.denseClone(ema, n);
    D.colNormalize(emaNorm, n);
    const perValidator = arenaAlloc(nn << 3);
    D.rowSumOfMatVecMul(emaNorm, n, incentive, perValidator);
    vecMul(perValidator, activeStake, n, dividends);
    normalizeInPlace(dividends, n);
  } else {
    const bonds = readDense(h, L.IN_B_PTR, L.IN_B_COLS, L.IN_B_VALS, n, false);
    if ((flags & L.FL_BOND_MASK_LAST_UPDATE) != 0) D.maskOutdated(bonds, n, lastUpdate, blockAtReg);
    else D.maskCols(recentlyRegistered, bonds, n);
    D.colNormalize(bonds, n);
    const delta = D.rowHadamard(wfb, n, activeStake);
    D.colNormalize(delta, n);
    // liquid alpha v1 (154-272, LiquidAlphaOn): compute_ema_bonds; 0 = the chain's normal EMA
    let la: usize = 0;
    if ((flags & L.FL_LIQUID_V1) != 0 && C.inU64(h, L.IN_LIQUID_ALPHA) != 0) {
      la = emaBondsLiquidV1Dense(delta, bonds, consensus, n, C.inU64(h, L.IN_ALPHA_LOW), C.inU64(h, L.IN_ALPHA_HIGH),
        (flags & L.FL_SATURATING_DIV) == 0);
    }
    ema = la != 0 ? la : D.matEma(delta, bonds, n, C.emaAlphaNormal(bma, flags));
    D.colNormalize(ema, n);
    D.matmulTranspose(ema, n, incentive, dividends);
    normalizeInPlace(dividends, n);
    D.colMaxUpscale(ema, n);
  }

  C.writeEmissionAndOutputs(n, C.inU64(h, L.IN_RAO_EMISSION), stake, activeStake, incentive,
    dividends, consensus, vtrust, total, inactive, out, flags);
  if ((flags & L.FL_RANK_TRUST) != 0) memory.copy(C.inPtr(out, L.OUT_RANK), C.inPtr(out, L.OUT_INCENTIVE), <usize>n << 1);
  const emaCsr = D.denseToCsr(ema, n);
  C.writeBondRows(emaCsr, newPermit, permitIn, n, out);
  C.writeCsr(D.denseToCsr(weights, n), out, L.OUT_DBG_W_PTR, L.OUT_DBG_W_COLS, L.OUT_DBG_W_VALS, L.OUT_DBG_W_ROWS);
  // upstream mat_ema returns `vec![vec![]]` (one empty row) for n = 0
  C.writeCsr(n == 0 ? csrEmpty(1) : emaCsr, out, L.OUT_DBG_B_PTR, L.OUT_DBG_B_COLS, L.OUT_DBG_B_VALS, L.OUT_DBG_B_ROWS);
  return out;
}
