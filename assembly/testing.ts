// Scalar entry points for the unit tests: each runs one fixed-point
// primitive so tests can compare it with an independent BigInt model.
import * as F from "./fixed/i32f32";
import * as Q from "./fixed/i64f64";
import * as W from "./fixed/wide";
import { exp, expSafe, expFailed } from "./fixed/exp";
import { alphaSigmoid } from "./epoch/liquid";
import { raoOf } from "./epoch/common";
import { columnMedian, weightedMedianDense } from "./math/median";
import { isTopk, isTopkNonzero } from "./math/vector";
import { sortIndicesByKey } from "./math/sort";
import { arenaAlloc, arenaReset, atLeast1 } from "./mem/arena";

export function fxMulSat(a: i64, b: i64): i64 { return F.mulSat(a, b); }
/** checked_mul; returns 0 and sets fxFailed() on overflow */
export function fxMulChecked(a: i64, b: i64): i64 { return F.mulChecked(a, b); }
export function fxSafeDiv(a: i64, b: i64): i64 { return F.safeDiv(a, b); }
export function fxDivSat(a: i64, b: i64): i64 { return F.divSat(a, b); }
export function fxAddSat(a: i64, b: i64): i64 { return F.addSat(a, b); }
export function fxSubSat(a: i64, b: i64): i64 { return F.subSat(a, b); }
export function fxFailed(): bool { return F.failed; }
export function fxProportionToU16(a: i64): u16 { return F.proportionToU16(a); }
export function fxExp(a: i64): i64 { return exp(a); }
export function fxExpFailed(): bool { return expFailed; }
export function fxExpSafe(a: i64): i64 { return expSafe(a); }
export function fxAlphaSigmoid(c: i64, w: i64, b: i64, lo: i64, hi: i64, steep: i64): i64 {
  return alphaSigmoid(c, w, b, lo, hi, steep);
}
export function fxRao(x: i64, rao: u64): u64 { return raoOf(x, rao); }

export function q64MulSat(ah: i64, al: u64, bh: i64, bl: u64): void { Q.mulSat(ah, al, bh, bl); }
export function q64DivChecked(ah: i64, al: u64, bh: i64, bl: u64): bool { Q.divChecked(ah, al, bh, bl); return !Q.failed; }
export function q64AddSat(ah: i64, al: u64, bh: i64, bl: u64): void { Q.addSat(ah, al, bh, bl); }
export function q64ToI32F32Sat(h: i64, l: u64): i64 { return Q.toI32F32Sat(h, l); }
/** floor(a * 2^32 / b) for 0 <= a <= b < 2^125 (the stake normalisation's fast path) */
export function q64Ratio(ah: i64, al: u64, bh: i64, bl: u64): i64 { return Q.ratioToI32F32(ah, al, bh, bl, Q.recip128(bh, bl)); }
export function q64Hi(): i64 { return Q.rh; }
export function q64Lo(): u64 { return Q.rl; }

export function wDivU128by64(u1: u64, u0: u64, v: u64): u64 { return W.divU128by64(u1, u0, v); }
export function wMulU128(ah: u64, al: u64, bh: u64, bl: u64): void { W.mulU128(ah, al, bh, bl); }
export function wDivU256by128(n3: u64, n2: u64, n1: u64, n0: u64, dh: u64, dl: u64): void { W.divU256by128(n3, n2, n1, n0, dh, dl); }
export function wLimb(i: i32): u64 { return i == 0 ? W.lo : i == 1 ? W.hi : i == 2 ? W.w2 : W.w3; }

/** Fast column median from (row, value) entries; see math/median.ts columnMedian. */
export function medianFast(useStake: usize, k: i32, stakeSum: i64, minority: i64, rows: usize, vals: usize, m: i32): i64 {
  return columnMedian(useStake, k, stakeSum, minority, rows, vals, 0, m, arenaAlloc(atLeast1(m) << 4));
}
/** The upstream partition search over a dense score column. */
export function medianReference(stake: usize, score: usize, k: i32, minority: i64, stakeSum: i64): i64 {
  return weightedMedianDense(stake, score, k, minority, stakeSum);
}

/** math.rs is_topk_nonzero (nonzero) or is_topk over i64 keys; bytes 0/1 into out. */
export function topkMask(keys: usize, n: i32, k: i32, out: usize, nonzero: bool): void {
  if (nonzero) isTopkNonzero(keys, n, k, out);
  else isTopk(keys, n, k, out);
}
/** Sorts idx[0..len) by (keys[idx], idx). */
export function sortByKey(idx: usize, len: i32, keys: usize): void { sortIndicesByKey(idx, len, keys); }

/** Traps on purpose: tests that the TS layer replaces the instance. */
export function testTrap(): void {
  unreachable();
}
