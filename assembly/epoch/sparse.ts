// The epoch the chain runs: run_epoch.rs epoch_mechanism, step by step.
import * as F from "../fixed/i32f32";
import { arenaAlloc, arenaAllocZeroed, atLeast1 } from "../mem/arena";
import { ldU8, stU8, ldU32, stU32, ldI64, stI64, ldU64, stU64, stU16 } from "../mem/view";
import { Csr, csrOver, rowStart, rowEnd, setRowStart } from "../math/csr";
import * as S from "../math/sparse";
import { normalizeInPlace, maskVector, isTopkNonzero, isTopk, vecMul, copyI64 } from "../math/vector";
import { emaBondsLiquidV1 } from "./liquid_v1_ema";
import { weightedMedianColSparse } from "../math/median";
import { matEmaLiquidSparse, setSigmoidForm, SIGMOID_273, SIGMOID_283, SIGMOID_365 } from "./liquid";
import * as C from "./common";
import * as L from "./layout";

/**
 * Reads stored u16 rows: weights drop uid >= n (get_weights_sparse), bonds keep all.
 * The matrix takes over the input's row starts and column uids (compacted in place:
 * nothing reads the input rows afterwards) and gets its own I32F32 values.
 */
function readRows(h: usize, ptrSlot: i32, colSlot: i32, valSlot: i32, n: i32, dropOutOfRange: bool, proportion: bool): Csr {
  const ptr = C.inPtr(h, ptrSlot), cols = C.inPtr(h, colSlot), vals = C.inPtr(h, valSlot);
  const total = n > 0 ? <i32>ldU32(ptr, n) : 0;
  const m = csrOver(n, ptr, cols, arenaAlloc(atLeast1(total) << 3), total);
  let k = 0;
  let from = n > 0 ? <i32>ldU32(ptr, 0) : 0;
  for (let i = 0; i < n; i++) {
    const end = <i32>ldU32(ptr, i + 1);
    setRowStart(m, i, k);
    for (let e = from; e < end; e++) {
      const j = ldU32(cols, e);
      if (dropOutOfRange && <i32>j >= n) continue;
      const v = <u16>ldU32(vals, e);
      stU32(m.cols, k, j);
      stI64(m.vals, k, proportion ? F.u16ProportionToFixed(v) : (<i64>v << 32));
      k++;
    }
    from = end;
  }
  setRowStart(m, n, k);
  return m;
}

/** The larger of two matrices the EMA consumed (b only when it is not `keep`, the debug weights). */
function roomier(a: Csr, b: Csr, keep: Csr): usize {
  const bOk = changetype<usize>(b) != changetype<usize>(keep) && changetype<usize>(b) != changetype<usize>(a);
  return bOk && b.cap > a.cap ? changetype<usize>(b) : changetype<usize>(a);
}

/** mirrors run_epoch.rs epoch_mechanism; returns the output header. */
export function epochSparse(h: usize): usize {
  const n = <i32>C.inU64(h, L.IN_N);
  const nn = atLeast1(n);
  const out = C.allocOutput(n);
  const current = C.inU64(h, L.IN_CURRENT_BLOCK);
  const tempo = C.inU64(h, L.IN_TEMPO);
  // version switches (src/snapshot/versions.ts); 0 for specs 423+
  const flags = C.inU64(h, L.IN_FLAGS);
  const cutoff = (flags & L.FL_STORED_CUTOFF) != 0
    ? C.inU64(h, L.IN_ACTIVITY_CUTOFF)
    : C.activityCutoff(C.inU64(h, L.IN_CUTOFF_FACTOR_MILLI), tempo);
  const lastUpdate = C.inPtr(h, L.IN_LAST_UPDATE);
  const blockAtReg = C.inPtr(h, L.IN_BLOCK_AT_REG);
  const ownerRaw = C.inU64(h, L.IN_OWNER_UID);
  const owner: i32 = ownerRaw == u64.MAX_VALUE ? -1 : <i32>ownerRaw;
  // from 397 the owner is threshold-exempt and always permitted; before, only its self weight is kept (252+)
  const privileged: i32 = (flags & L.FL_OWNER_NOT_EXEMPT) != 0 ? -1 : owner;

  // == Active & updated ==
  const inactive = arenaAlloc(nn);
  if ((flags & L.FL_WRAP_ADD) != 0) C.inactiveMaskWrap(lastUpdate, n, cutoff, current, inactive);
  else C.inactiveMask(lastUpdate, n, cutoff, current, inactive);

  // == Stake ==
  const total = arenaAlloc(nn << 4);
  const stake = arenaAlloc(nn << 3);
  if ((flags & L.FL_TAO_STAKE) != 0) {
    C.taoStakeNormalized(C.inPtr(h, L.IN_STAKE), n, total, stake);
  } else {
    C.totalStake(C.inPtr(h, L.IN_ALPHA_STAKE), C.inPtr(h, L.IN_TAO_STAKE), n, C.inU64(h, L.IN_TAO_WEIGHT), total);
    C.normalizedStake(total, n, C.inU64(h, L.IN_STAKE_THRESHOLD), privileged, stake);
  }

  // == Validator permits == (the owner's stored and new permits are forced on)
  const permitIn = C.inPtr(h, L.IN_PERMIT);
  const forbids = arenaAlloc(nn);
  for (let i = 0; i < n; i++) stU8(forbids, i, (ldU8(permitIn, i) != 0 || i == privileged) ? 0 : 1);
  const newPermit = C.inPtr(out, L.OUT_NEW_PERMIT);
  if ((flags & L.FL_PLAIN_TOPK) != 0) isTopk(stake, n, <i32>C.inU64(h, L.IN_MAX_VALIDATORS), newPermit);
  else isTopkNonzero(stake, n, <i32>C.inU64(h, L.IN_MAX_VALIDATORS), newPermit);
  if (privileged >= 0 && privileged < n) stU8(newPermit, privileged, 1);

  // == Active stake ==
  const activeStake = arenaAlloc(nn << 3);
  copyI64(stake, activeStake, n);
  maskVector(inactive, activeStake, n);
  maskVector(forbids, activeStake, n);
  normalizeInPlace(activeStake, n);

  // == Weights ==
  let weights = readRows(h, L.IN_W_PTR, L.IN_W_COLS, L.IN_W_VALS, n, true, false);
  weights = S.maskRowsSparse(forbids, weights);
  weights = S.maskDiagSparse(weights, owner);
  weights = S.vecMaskSparse(weights, lastUpdate, n, blockAtReg, n, S.MASK_LE);
  if (C.inU64(h, L.IN_COMMIT_REVEAL) != 0) {
    weights = S.vecMaskSparse(weights, C.inPtr(h, L.IN_COMMIT_BLOCKS), n, blockAtReg, n, S.MASK_LT);
  }
  S.rowNormalizeSparse(weights);

  // == Consensus, validator trust ==
  const kappa = C.u16Ratio(C.inU64(h, L.IN_KAPPA));
  const consensus = arenaAlloc(nn << 3);
  weightedMedianColSparse(activeStake, n, weights, n, kappa, consensus);
  const clipped = S.colClipSparse(weights, consensus, n);
  const vtrust = arenaAlloc(nn << 3);
  S.rowSumSparse(clipped, vtrust);

  // == Ranks, incentive ==
  const incentive = arenaAlloc(nn << 3);
  S.matmulSparse(clipped, activeStake, n, n, incentive);
  if ((flags & L.FL_RANK_TRUST) != 0) {
    // specs < 365: preranks = W * S (unclipped), Trust = ranks / preranks before normalisation
    const preranks = arenaAlloc(nn << 3);
    S.matmulSparse(weights, activeStake, n, n, preranks);
    C.writeTrust(incentive, preranks, n, C.inPtr(out, L.OUT_TRUST), flags);
  }
  normalizeInPlace(incentive, n);

  // == Bonds and dividends ==
  const bondsPenalty = C.u16Ratio(C.inU64(h, L.IN_BONDS_PENALTY));
  const weightsForBonds = S.interpolateSparse(weights, clipped, n, bondsPenalty);
  const lt = C.lastTempo(C.inU64(h, L.IN_LAST_MECHANISM_STEP_BLOCK), current, tempo);
  const bma = C.inU64(h, L.IN_BONDS_MOVING_AVERAGE);
  const dividends = arenaAlloc(nn << 3);
  let ema: Csr;
  // a matrix the EMA consumed (bonds or the bond weights, not read again): room for the bond rows
  let spare: usize = 0;
  if (C.inU64(h, L.IN_YUMA3) != 0) {
    let bonds = readRows(h, L.IN_B_PTR, L.IN_B_COLS, L.IN_B_VALS, n, false, true);
    bonds = S.scalarVecMaskLeSparse(bonds, lt, blockAtReg, n);
    let anyConsensus = false;
    for (let j = 0; j < n; j++) if (ldI64(consensus, j) != 0) { anyConsensus = true; break; }
    if (C.inU64(h, L.IN_LIQUID_ALPHA) != 0 && n > 0 && anyConsensus) {
      const low = C.u16Ratio(C.inU64(h, L.IN_ALPHA_LOW));
      const high = C.u16Ratio(C.inU64(h, L.IN_ALPHA_HIGH));
      const steep = F.fromI64Sat(<i64>C.inU64(h, L.IN_ALPHA_STEEPNESS));
      setSigmoidForm((flags & L.FL_SIGMOID_273) != 0 ? SIGMOID_273 : (flags & L.FL_SIGMOID_SAFE_EXP) != 0 ? SIGMOID_283 : SIGMOID_365);
      ema = matEmaLiquidSparse(weightsForBonds, bonds, consensus, n, low, high, steep);
    } else {
      ema = S.matEmaSparse(weightsForBonds, bonds, C.emaAlphaDisabledLiquid(bma));
    }
    spare = roomier(bonds, weightsForBonds, weights);
    // row_sum_sparse(mat_vec_mul_sparse(col-normalised copy of ema, incentive)): dropped zeros
    // do not change a sum; the copy's entries are formed on the fly (inplace_col_normalize_sparse:
    // saturating column sums, safe_div where the sum is non-zero) instead of cloning ema
    const colSum = arenaAllocZeroed(nn << 3);
    for (let e = 0, total = <i32>ldU32(ema.ptr, ema.rows); e < total; e++) {
      const j = <i32>ldU32(ema.cols, e);
      if (j < n) stI64(colSum, j, F.addSat(ldI64(colSum, j), ldI64(ema.vals, e)));
    }
    const perValidator = arenaAlloc(nn << 3);
    for (let i = 0; i < ema.rows; i++) {
      let s: i64 = 0;
      for (let e = rowStart(ema, i), end = rowEnd(ema, i); e < end; e++) {
        const j = <i32>ldU32(ema.cols, e);
        if (j >= n) continue;
        const d = ldI64(colSum, j), v = ldI64(ema.vals, e);
        s += F.mulSat(d != 0 ? F.safeDiv(v, d) : v, ldI64(incentive, j));
      }
      stI64(perValidator, i, s);
    }
    vecMul(perValidator, activeStake, n, dividends);
    normalizeInPlace(dividends, n);
  } else {
    let bonds = readRows(h, L.IN_B_PTR, L.IN_B_COLS, L.IN_B_VALS, n, false, false);
    if ((flags & L.FL_BOND_MASK_LAST_UPDATE) != 0) bonds = S.vecMaskSparse(bonds, lastUpdate, n, blockAtReg, n, S.MASK_LE);
    else bonds = S.scalarVecMaskLeSparse(bonds, lt, blockAtReg, n);
    S.colNormalizeSparse(bonds, n);
    // weightsForBonds is the clipped or interpolated matrix, needed no more: scaled in place
    const delta = changetype<usize>(weightsForBonds) != changetype<usize>(weights)
      ? S.rowHadamardInPlace(weightsForBonds, activeStake)
      : S.rowHadamardSparse(weightsForBonds, activeStake, n);
    S.colNormalizeSparse(delta, n);
    if ((flags & L.FL_LIQUID_V1) != 0 && C.inU64(h, L.IN_LIQUID_ALPHA) != 0) {
      ema = emaBondsLiquidV1(delta, bonds, consensus, n, C.emaAlphaNormal(bma, flags),
        C.inU64(h, L.IN_ALPHA_LOW), C.inU64(h, L.IN_ALPHA_HIGH), (flags & L.FL_SATURATING_DIV) != 0);
    } else {
      ema = S.matEmaSparse(delta, bonds, C.emaAlphaNormal(bma, flags));
    }
    spare = roomier(bonds, delta, weights);
    S.colNormalizeSparse(ema, n);
    S.matmulTransposeSparse(ema, incentive, n, dividends);
    normalizeInPlace(dividends, n);
    S.colMaxUpscaleSparse(ema, n);
  }

  C.writeEmissionAndOutputs(n, C.inU64(h, L.IN_RAO_EMISSION), stake, activeStake, incentive,
    dividends, consensus, vtrust, total, inactive, out, flags);
  if ((flags & L.FL_RANK_TRUST) != 0) memory.copy(C.inPtr(out, L.OUT_RANK), C.inPtr(out, L.OUT_INCENTIVE), <usize>n << 1);

  // == Bond rows: a new permit writes the EMA row, every other uid an empty row ==
  // (before 320: a uid with neither an old nor a new permit keeps its row)
  C.writeBondRows(ema, newPermit, (flags & L.FL_UNCHANGED_BOND_ROWS) != 0 ? permitIn : 0, n, out, spare);
  C.writeCsr(weights, out, L.OUT_DBG_W_PTR, L.OUT_DBG_W_COLS, L.OUT_DBG_W_VALS, L.OUT_DBG_W_ROWS);
  C.writeCsr(ema, out, L.OUT_DBG_B_PTR, L.OUT_DBG_B_COLS, L.OUT_DBG_B_VALS, L.OUT_DBG_B_ROWS);
  return out;
}
