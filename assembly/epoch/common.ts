// Steps shared by the sparse and dense epochs: stake, activity, parameters,
// and the emission/u16 outputs.
import * as F from "../fixed/i32f32";
import * as Q from "../fixed/i64f64";
import * as W from "../fixed/wide";
import { arenaAlloc, atLeast1 } from "../mem/arena";
import { ldU64, stU64, ldI64, stI64, ldU8, stU8, stU16, ldU32, stU32 } from "../mem/view";
import { Csr, rowStart, rowEnd, nnz } from "../math/csr";
import { sumWrap, normalizeUsingSum, normalizeInPlace, copyI64, maxUpscaleToU16 } from "../math/vector";
import * as L from "./layout";
import { satAdd, satMul } from "../fixed/u64sat";

@inline export function inU64(h: usize, slot: i32): u64 { return ldU64(h, slot); }
@inline export function inPtr(h: usize, slot: i32): usize { return <usize>ldU64(h, slot); }

/** mirrors utils/misc.rs get_activity_cutoff_blocks */
export function activityCutoff(factorMilli: u64, tempo: u64): u64 {
  const c = satMul(factorMilli, tempo) / 1000;
  return c > 1 ? c : 1;
}

/** `updated.saturating_add(cutoff) < current`, per uid (byte 1 = inactive) */
export function inactiveMask(lastUpdate: usize, n: i32, cutoff: u64, current: u64, out: usize): void {
  for (let i = 0; i < n; i++) {
    stU8(out, i, satAdd(ldU64(lastUpdate, i), cutoff) < current ? 1 : 0);
  }
}

/** `updated + cutoff < current` with the plain, wrapping `+` of specs < 153 (epoch.rs `epoch`) */
export function inactiveMaskWrap(lastUpdate: usize, n: i32, cutoff: u64, current: u64, out: usize): void {
  for (let i = 0; i < n; i++) {
    stU8(out, i, ldU64(lastUpdate, i) + cutoff < current ? 1 : 0);
  }
}

/**
 * Stake of specs < 233 (epoch.rs / run_epoch.rs `epoch`): per uid
 * I64F64::from_num(u64 TAO stake), which wraps in a release build for
 * stake >= 2^63; inplace_normalize_64 (wrapping sum, plain division);
 * vec_fixed64_to_fixed32 (I32F32::from_num, wrapping). `total` gets the
 * I64F64 values (hi at 2i, lo at 2i+1).
 */
export function taoStakeNormalized(taoStake: usize, n: i32, total: usize, out: usize): void {
  let sh: i64 = 0, sl: u64 = 0;
  for (let i = 0; i < n; i++) {
    Q.fromU64Wrap(ldU64(taoStake, i));
    stI64(total, 2 * i, Q.rh);
    stU64(total, 2 * i + 1, Q.rl);
    Q.addWrap(sh, sl, Q.rh, Q.rl);
    sh = Q.rh; sl = Q.rl;
  }
  const zero = sh == 0 && sl == 0;
  for (let i = 0; i < n; i++) {
    let h = ldI64(total, 2 * i), l = ldU64(total, 2 * i + 1);
    if (!zero) {
      Q.divChecked(h, l, sh, sl);
      if (Q.failed) { h = 0; l = 0; } else { h = Q.rh; l = Q.rl; }
    }
    stI64(out, i, Q.toI32F32Wrap(h, l));
  }
}

let twH: i64 = 0;
let twL: u64 = 0;

/** mirrors stake_utils.rs get_tao_weight then I64F64::saturating_from_num; sets (twH, twL) */
function taoWeightI64F64(taoWeight: u64): void {
  // U96F32 bits: (tw << 32) / ((2^64 - 1) << 32), computed as the library does:
  // dividend (tw << 32) << 32, divisor (u64::MAX << 32).
  W.divU256by128(0, 0, taoWeight, 0, 0xffffffff, 0xffffffff00000000);
  // quotient <= 2^32 fits in W.lo; U96F32 -> I64F64 shifts 32 more fraction bits in
  const q = W.lo;
  twH = <i64>(q >> 32);
  twL = q << 32;
}

/**
 * Total stake per uid as I64F64 (hi at 2i, lo at 2i+1), mirroring
 * get_stake_weights_for_network: alpha + tao * taoWeight, saturating.
 */
export function totalStake(alpha: usize, tao: usize, n: i32, taoWeight: u64, out: usize): void {
  taoWeightI64F64(taoWeight);
  const wh = twH, wl = twL;
  for (let i = 0; i < n; i++) {
    Q.fromU64Sat(ldU64(tao, i));
    Q.mulSat(Q.rh, Q.rl, wh, wl);
    const th = Q.rh, tl = Q.rl;
    Q.fromU64Sat(ldU64(alpha, i));
    Q.addSat(Q.rh, Q.rl, th, tl);
    stI64(out, 2 * i, Q.rh);
    stU64(out, 2 * i + 1, Q.rl);
  }
}

/** Q.ratioToI32F32 takes sums below 2^125 (high word below 2^61) */
const RATIO_FAST_LIMIT: i64 = 1 << 61;

/**
 * Stake threshold filter (owner exempt when ownerUid >= 0), wrapping I64F64
 * sum, safe_div normalisation, then I32F32::saturating_from_num.
 */
export function normalizedStake(
  total: usize, n: i32, minStake: u64, ownerUid: i32, out: usize,
): void {
  const filt = arenaAlloc(atLeast1(n) << 4);
  let sh: i64 = 0, sl: u64 = 0;
  // every partial sum of non-negative values non-negative: no wrap, so each value <= the sum
  let ordered = true;
  for (let i = 0; i < n; i++) {
    let h = ldI64(total, 2 * i), l = ldU64(total, 2 * i + 1);
    if (i != ownerUid && Q.toU64Sat(h, l) < minStake) { h = 0; l = 0; }
    stI64(filt, 2 * i, h);
    stU64(filt, 2 * i + 1, l);
    Q.addWrap(sh, sl, h, l);
    sh = Q.rh; sl = Q.rl;
    if ((h | sh) < 0) ordered = false;
  }
  const zero = sh == 0 && sl == 0;
  if (ordered && !zero && sh < RATIO_FAST_LIMIT) {
    // the same bits as the division below, without a 256/128-bit division per uid
    const inv = Q.recip128(sh, sl);
    for (let i = 0; i < n; i++) stI64(out, i, Q.ratioToI32F32(ldI64(filt, 2 * i), ldU64(filt, 2 * i + 1), sh, sl, inv));
    return;
  }
  for (let i = 0; i < n; i++) {
    let h = ldI64(filt, 2 * i), l = ldU64(filt, 2 * i + 1);
    if (!zero) {
      Q.divChecked(h, l, sh, sl);
      if (Q.failed) { h = 0; l = 0; } else { h = Q.rh; l = Q.rl; }
    }
    stI64(out, i, Q.toI32F32Sat(h, l));
  }
}

/** run_epoch.rs get_float_kappa / get_float_bonds_penalty: raw u16 / 65535 */
export function u16Ratio(x: u64): i64 {
  return F.safeDiv(F.fromU64Sat(x), F.U16_MAX_FX);
}

/**
 * run_epoch.rs compute_ema_bonds_normal(_sparse) (epoch.rs `epoch` before 195):
 * alpha = 1 - bma / 1e6 in the era's arithmetic. Before 233 (FL_TAO_STAKE)
 * I64F64::from_num(bma) and I32F32::from_num wrap in a release build (visible
 * for bma >= 2^63), and before 153 (FL_WRAP_ADD) `1 - x` is the plain, wrapping
 * `-`; from 233 the conversions saturate.
 */
export function emaAlphaNormal(bma: u64, flags: u64): i64 {
  if ((flags & L.FL_TAO_STAKE) == 0) {
    Q.fromU64Sat(bma);
    const bh = Q.rh, bl = Q.rl;
    Q.fromU64Sat(1000000);
    Q.divChecked(bh, bl, Q.rh, Q.rl);
    const ratio = Q.failed ? 0 : Q.toI32F32Sat(Q.rh, Q.rl);
    return F.subSat(F.ONE, ratio);
  }
  Q.fromU64Wrap(bma);
  const bh = Q.rh, bl = Q.rl;
  Q.fromU64Sat(1000000);
  Q.divChecked(bh, bl, Q.rh, Q.rl); // dividing by 1e6 cannot overflow (plain `/` or saturating_div)
  const ratio = Q.toI32F32Wrap(Q.rh, Q.rl);
  return (flags & L.FL_WRAP_ADD) != 0 ? F.ONE - ratio : F.subSat(F.ONE, ratio);
}

/**
 * run_epoch.rs compute_disabled_liquid_alpha: the same formula written with
 * from_num, which wraps in a release build (visible only for bma >= 2^63).
 */
export function emaAlphaDisabledLiquid(bma: u64): i64 {
  Q.fromU64Wrap(bma);
  const bh = Q.rh, bl = Q.rl;
  Q.fromU64Sat(1000000);
  Q.divChecked(bh, bl, Q.rh, Q.rl); // saturating_div: cannot overflow dividing by 1e6
  return F.subSat(F.ONE, Q.toI32F32Wrap(Q.rh, Q.rl));
}

/** last_tempo: lms == 0 ? current - tempo (saturating) : lms + 1 (saturating) */
export function lastTempo(lms: u64, current: u64, tempo: u64): u64 {
  if (lms == 0) return current > tempo ? current - tempo : 0;
  return lms == u64.MAX_VALUE ? lms : lms + 1;
}

/** floor(x * rao / 2^32) through I96F32, then saturating_to_num::<u64>() */
@inline export function raoOf(x: i64, rao: u64): u64 {
  if (x <= 0) return 0;
  W.mulU64(<u64>x, rao);
  if ((W.hi >> 32) != 0) return u64.MAX_VALUE;
  return (W.hi << 32) | (W.lo >> 32);
}

/**
 * `I96F32::from_num(x) * I96F32(rao)` then `to_num::<u64>()` of specs < 233:
 * floor(x * rao / 2^32), keeping the low 64 bits (a negative x wraps).
 */
export function raoOfWrap(x: i64, rao: u64): u64 {
  if (x >= 0) {
    W.mulU64(<u64>x, rao);
    return (W.hi << 32) | (W.lo >> 32);
  }
  W.mulU64(<u64>(-x), rao);
  const q = ((W.hi << 32) | (W.lo >> 32)) + ((W.lo & 0xffffffff) != 0 ? 1 : 0);
  return 0 - q;
}

/**
 * Trust (specs < 365): vecdiv(ranks, preranks) (0 where preranks is 0), then
 * fixed_proportion_to_u16, in the era's arithmetic (FL_WRAP_ADD: plain `/` and
 * `*` before 153; FL_SATURATING_DIV; FL_TAO_STAKE: to_num::<u16> wraps before 233).
 */
export function writeTrust(ranks: usize, preranks: usize, n: i32, out: usize, flags: u64): void {
  const wrapOps = (flags & L.FL_WRAP_ADD) != 0, satDiv = (flags & L.FL_SATURATING_DIV) != 0;
  const wrapU16 = (flags & L.FL_TAO_STAKE) != 0;
  for (let i = 0; i < n; i++) {
    const p = ldI64(preranks, i);
    const t = p != 0 ? F.divEra(ldI64(ranks, i), p, wrapOps, satDiv) : 0;
    stU16(out, i, F.proportionToU16Era(t, wrapOps, wrapU16));
  }
}

/**
 * Emission block of epoch_mechanism / epoch_dense_mechanism, from
 * "Compute normalized emission scores" to the rao vectors and u16 outputs.
 */
export function writeEmissionAndOutputs(
  n: i32, rao: u64, stake: usize, activeStake: usize, incentive: usize,
  dividends: usize, consensus: usize, vtrust: usize, total: usize,
  inactive: usize, out: usize, flags: u64 = 0,
): void {
  const server = arenaAlloc(atLeast1(n) << 3);
  const validator = arenaAlloc(atLeast1(n) << 3);
  const combined = arenaAlloc(atLeast1(n) << 3);
  for (let i = 0; i < n; i++) stI64(combined, i, F.addSat(ldI64(incentive, i), ldI64(dividends, i)));
  const emissionSum = sumWrap(combined, n);
  copyI64(incentive, server, n);
  copyI64(dividends, validator, n);
  normalizeUsingSum(server, n, emissionSum);
  normalizeUsingSum(validator, n, emissionSum);
  normalizeInPlace(combined, n);
  if (emissionSum == 0) {
    const src = sumWrap(activeStake, n) == 0 ? stake : activeStake;
    copyI64(src, validator, n);
    copyI64(src, combined, n);
  }
  const oEmission = inPtr(out, L.OUT_EMISSION);
  const oServer = inPtr(out, L.OUT_SERVER_EMISSION);
  const oValidator = inPtr(out, L.OUT_VALIDATOR_EMISSION);
  const oStakeW = inPtr(out, L.OUT_STAKE_WEIGHT);
  const oCons = inPtr(out, L.OUT_CONSENSUS);
  const oInc = inPtr(out, L.OUT_INCENTIVE);
  const oDiv = inPtr(out, L.OUT_DIVIDENDS);
  const oVt = inPtr(out, L.OUT_VTRUST);
  const oStake = inPtr(out, L.OUT_STAKE);
  const oActive = inPtr(out, L.OUT_ACTIVE);
  if ((flags & L.FL_TAO_STAKE) != 0) {
    for (let i = 0; i < n; i++) {
      stU64(oServer, i, raoOfWrap(ldI64(server, i), rao));
      stU64(oValidator, i, raoOfWrap(ldI64(validator, i), rao));
      stU64(oEmission, i, raoOfWrap(ldI64(combined, i), rao));
    }
  } else {
    for (let i = 0; i < n; i++) {
      stU64(oServer, i, raoOf(ldI64(server, i), rao));
      stU64(oValidator, i, raoOf(ldI64(validator, i), rao));
      stU64(oEmission, i, raoOf(ldI64(combined, i), rao));
    }
  }
  // fixed_to_u16 is to_num::<u16> (wrapping) before 233, saturating_to_num after
  const wrapU16 = (flags & L.FL_TAO_STAKE) != 0;
  // fixed_proportion_to_u16's `x * 65535` is the plain, wrapping `*` before 153
  const wrapOps = (flags & L.FL_WRAP_ADD) != 0;
  // PruningScores = vec_max_upscale_to_u16(normalized combined emission) (specs < 365)
  if ((flags & L.FL_RANK_TRUST) != 0) {
    maxUpscaleToU16(combined, n, inPtr(out, L.OUT_PRUNING_SCORE),
      wrapOps, (flags & L.FL_SATURATING_DIV) != 0, wrapU16);
  }
  for (let i = 0; i < n; i++) {
    stU16(oStakeW, i, F.proportionToU16Era(ldI64(stake, i), wrapOps, wrapU16));
    stU16(oCons, i, F.proportionToU16Era(ldI64(consensus, i), wrapOps, wrapU16));
    stU16(oInc, i, F.proportionToU16Era(ldI64(incentive, i), wrapOps, wrapU16));
    stU16(oDiv, i, F.proportionToU16Era(ldI64(dividends, i), wrapOps, wrapU16));
    stU16(oVt, i, F.proportionToU16Era(ldI64(vtrust, i), wrapOps, wrapU16));
    stU64(oStake, i, Q.toU64Sat(ldI64(total, 2 * i), ldU64(total, 2 * i + 1)));
    stU8(oActive, i, ldU8(inactive, i) != 0 ? 0 : 1);
  }
  copyI64(stake, inPtr(out, L.OUT_DBG_STAKE), n);
  copyI64(activeStake, inPtr(out, L.OUT_DBG_ACTIVE_STAKE), n);
  copyI64(consensus, inPtr(out, L.OUT_DBG_CONSENSUS), n);
  copyI64(vtrust, inPtr(out, L.OUT_DBG_VTRUST), n);
  copyI64(incentive, inPtr(out, L.OUT_DBG_INCENTIVE), n);
  copyI64(dividends, inPtr(out, L.OUT_DBG_DIVIDENDS), n);
}

@inline function setBuf(out: usize, slot: i32, bytes: usize): void {
  stU64(out, slot, <u64>arenaAlloc(bytes));
}

/** Allocates the output header and its per-uid buffers. */
export function allocOutput(n: i32): usize {
  const nn = atLeast1(n);
  const out = arenaAlloc(<usize>L.OUT_SLOTS << 3);
  setBuf(out, L.OUT_STAKE_WEIGHT, nn << 1);
  setBuf(out, L.OUT_ACTIVE, nn);
  setBuf(out, L.OUT_EMISSION, nn << 3);
  setBuf(out, L.OUT_CONSENSUS, nn << 1);
  setBuf(out, L.OUT_INCENTIVE, nn << 1);
  setBuf(out, L.OUT_DIVIDENDS, nn << 1);
  setBuf(out, L.OUT_VTRUST, nn << 1);
  setBuf(out, L.OUT_NEW_PERMIT, nn);
  setBuf(out, L.OUT_SERVER_EMISSION, nn << 3);
  setBuf(out, L.OUT_VALIDATOR_EMISSION, nn << 3);
  setBuf(out, L.OUT_STAKE, nn << 3);
  setBuf(out, L.OUT_BOND_KIND, nn);
  setBuf(out, L.OUT_DBG_STAKE, nn << 3);
  setBuf(out, L.OUT_DBG_ACTIVE_STAKE, nn << 3);
  setBuf(out, L.OUT_DBG_CONSENSUS, nn << 3);
  setBuf(out, L.OUT_DBG_VTRUST, nn << 3);
  setBuf(out, L.OUT_DBG_INCENTIVE, nn << 3);
  setBuf(out, L.OUT_DBG_DIVIDENDS, nn << 3);
  setBuf(out, L.OUT_RANK, nn << 1);
  setBuf(out, L.OUT_TRUST, nn << 1);
  setBuf(out, L.OUT_PRUNING_SCORE, nn << 1);
  return out;
}

/** Records a Csr's buffers in three header slots (no copy: nothing writes the matrix afterwards). */
export function writeCsr(m: Csr, out: usize, ptrSlot: i32, colSlot: i32, valSlot: i32, rowsSlot: i32): void {
  stU64(out, ptrSlot, <u64>m.ptr);
  stU64(out, colSlot, <u64>m.cols);
  stU64(out, valSlot, <u64>m.vals);
  stU64(out, rowsSlot, <u64>m.rows);
}

/**
 * The bond-row rule: a new permit writes the EMA row (u16 proportions);
 * otherwise, with oldPermit null (sparse), every row is cleared; with an
 * old-permit mask (dense), old permit -> cleared, neither -> unchanged.
 * `spare` (0 = none): a matrix no longer needed, whose column and value
 * buffers take the written rows when they fit (no new memory at full rows).
 */
export function writeBondRows(ema: Csr, newPermit: usize, oldPermit: usize, n: i32, out: usize, spare: usize = 0): void {
  const kind = inPtr(out, L.OUT_BOND_KIND);
  const bp = arenaAlloc((<usize>n + 1) << 2);
  let total = 0;
  for (let i = 0; i < n && i < ema.rows; i++) if (ldU8(newPermit, i) != 0) total += rowEnd(ema, i) - rowStart(ema, i);
  let bc: usize, bv: usize;
  if (spare != 0 && spare != changetype<usize>(ema) && changetype<Csr>(spare).cap >= total) {
    bc = changetype<Csr>(spare).cols; // u32 columns, capacity cap
    bv = changetype<Csr>(spare).vals; // i64 values: room for 2 * cap u32
  } else {
    bc = arenaAlloc(atLeast1(total) << 2);
    bv = arenaAlloc(atLeast1(total) << 2);
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    stU32(bp, i, <u32>k);
    if (ldU8(newPermit, i) != 0 && i < ema.rows) {
      for (let e = rowStart(ema, i), end = rowEnd(ema, i); e < end; e++) {
        stU32(bc, k, ldU32(ema.cols, e));
        stU32(bv, k, F.proportionToU16(ldI64(ema.vals, e)));
        k++;
      }
      stU8(kind, i, L.BOND_ROW);
    } else if (oldPermit == 0 || ldU8(oldPermit, i) != 0) {
      stU8(kind, i, L.BOND_CLEARED);
    } else {
      stU8(kind, i, L.BOND_UNCHANGED);
    }
  }
  stU32(bp, n, <u32>k);
  stU64(out, L.OUT_BOND_PTR, <u64>bp);
  stU64(out, L.OUT_BOND_COLS, <u64>bc);
  stU64(out, L.OUT_BOND_VALS, <u64>bv);
}
