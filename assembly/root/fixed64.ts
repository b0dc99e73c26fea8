// I64F64 operators of the pre-dTAO root epoch, by era: plain operators
// (wrapping, release build) before spec 153 and `saturating_*` from 153
// (de1026780). Bits are (hi: i64, lo: u64); results come back in `rh`/`rl`.
// Built on fixed/i64f64.ts (add, saturating mul, checked div) and
// fixed/wide.ts (128/256-bit products and quotients).
import * as Q from "../fixed/i64f64";
import * as W from "../fixed/wide";

export let rh: i64 = 0;
export let rl: u64 = 0;
/** Set by the checked operators when there is no result. */
export let failed = false;

/** true: saturating_* (spec >= 153); false: plain operators (wrapping). */
export let saturating = false;
export function setSaturating(on: bool): void { saturating = on; }

const MAX_H: i64 = i64.MAX_VALUE;
const MIN_H: i64 = i64.MIN_VALUE;

@inline function set(h: i64, l: u64): void { rh = h; rl = l; }
/** Places bits in (rh, rl) (for callers that compute a result themselves). */
export function put(h: i64, l: u64): void { rh = h; rl = l; }
@inline function setMax(): void { rh = MAX_H; rl = u64.MAX_VALUE; }
@inline function setMin(): void { rh = MIN_H; rl = 0; }

@inline export function isZero(h: i64, l: u64): bool { return h == 0 && l == 0; }
@inline export function isPos(h: i64, l: u64): bool { return h > 0 || (h == 0 && l != 0); }

let mH: u64 = 0;
let mL: u64 = 0;
/** |x| as an unsigned 128-bit magnitude into (mH, mL); true when x < 0. */
@inline function mag(h: i64, l: u64): bool {
  if (h >= 0) { mH = <u64>h; mL = l; return false; }
  mL = -l;
  mH = ~(<u64>h) + (l == 0 ? 1 : 0);
  return true;
}

/** a + b */
export function add(ah: i64, al: u64, bh: i64, bl: u64): void {
  if (saturating) Q.addSat(ah, al, bh, bl); else Q.addWrap(ah, al, bh, bl);
  rh = Q.rh; rl = Q.rl;
}

/** checked_add */
export function addChecked(ah: i64, al: u64, bh: i64, bl: u64): void {
  Q.addWrap(ah, al, bh, bl);
  rh = Q.rh; rl = Q.rl;
  failed = ((ah ^ rh) & (bh ^ rh)) < 0;
}

/** a - b */
export function sub(ah: i64, al: u64, bh: i64, bl: u64): void {
  const l = al - bl;
  const h = ah - bh - (al < bl ? 1 : 0);
  if (saturating && ((ah ^ bh) & (ah ^ h)) < 0) {
    if (ah < 0) setMin(); else setMax();
    return;
  }
  set(h, l);
}

/** -x (wrapping: -MIN == MIN; saturating_neg: MAX) */
export function neg(h: i64, l: u64): void {
  if (h == MIN_H && l == 0) { if (saturating) setMax(); else setMin(); return; }
  set(<i64>(~(<u64>h) + (l == 0 ? 1 : 0)), -l);
}

/** a * b: floor of the 256-bit product / 2^64; wrapped to 128 bits, or saturated */
export function mul(ah: i64, al: u64, bh: i64, bl: u64): void {
  if (saturating) { Q.mulSat(ah, al, bh, bl); rh = Q.rh; rl = Q.rl; return; }
  const na = mag(ah, al);
  const xh = mH, xl = mL;
  const nb = mag(bh, bl);
  W.mulU128(xh, xl, mH, mL);
  let p0 = W.lo, p1 = W.hi, p2 = W.w2;
  if (na != nb) {
    // two's complement of the 256-bit product (only limbs 0..2 matter below)
    p0 = ~p0; p1 = ~p1; p2 = ~p2;
    p0 += 1;
    if (p0 == 0) { p1 += 1; if (p1 == 0) p2 += 1; }
  }
  set(<i64>p2, p1);
}

/** checked_mul for non-negative operands (all that exp needs) */
export function mulCheckedNonNeg(ah: i64, al: u64, bh: i64, bl: u64): void {
  W.mulU128(<u64>ah, al, <u64>bh, bl);
  failed = W.w3 != 0 || (W.w2 >> 63) != 0;
  set(<i64>W.w2, W.hi);
}

/** a / b for b != 0: quotient truncated toward zero; wrapped to 128 bits, or saturated */
export function div(ah: i64, al: u64, bh: i64, bl: u64): void {
  if (saturating) {
    Q.divChecked(ah, al, bh, bl);
    if (!Q.failed) { rh = Q.rh; rl = Q.rl; return; }
    if ((ah < 0) != (bh < 0)) setMin(); else setMax();
    return;
  }
  const na = mag(ah, al);
  const xh = mH, xl = mL;
  const nb = mag(bh, bl);
  W.divU256by128(0, xh, xl, 0, mH, mL);
  let qh = W.hi, ql = W.lo;
  if (na != nb) {
    ql = -ql;
    qh = ~qh + (W.lo == 0 ? 1 : 0);
  }
  set(<i64>qh, ql);
}

/** checked_div (None on a zero divisor or overflow) */
export function divChecked(ah: i64, al: u64, bh: i64, bl: u64): void {
  Q.divChecked(ah, al, bh, bl);
  failed = Q.failed;
  rh = Q.rh; rl = Q.rl;
}

/** to_num::<u64>() in a release build: the integer part (floor), wrapped to u64 */
@inline export function toU64Wrap(h: i64, l: u64): u64 { return <u64>h; }
