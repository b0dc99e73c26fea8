// I64F64 (substrate-fixed FixedI128<U64>) on raw 128-bit two's complement
// bits held as (hi: i64, lo: u64). Results come back in the globals
// `rh`/`rl`; `failed` reports a checked operation without result.
// Same rounding contract as i32f32.ts: products floor, quotients truncate.
import * as W from "./wide";

export let rh: i64 = 0;
export let rl: u64 = 0;
export let failed = false;

const I64_MAX: i64 = i64.MAX_VALUE;

@inline function setMax(): void { rh = I64_MAX; rl = u64.MAX_VALUE; }
@inline function setMin(): void { rh = i64.MIN_VALUE; rl = 0; }

/** I64F64::saturating_from_num(u64): integers >= 2^63 clamp to MAX. */
export function fromU64Sat(x: u64): void {
  if (x > <u64>I64_MAX) setMax();
  else { rh = <i64>x; rl = 0; }
}

/** I64F64::from_num(u64) in a release build: the integer wraps into the sign bit. */
export function fromU64Wrap(x: u64): void {
  rh = <i64>x; rl = 0;
}

/** `+` (wrapping in a release build), as used by `Sum`. */
export function addWrap(ah: i64, al: u64, bh: i64, bl: u64): void {
  const l = al + bl;
  rh = ah + bh + (l < al ? 1 : 0);
  rl = l;
}

export function addSat(ah: i64, al: u64, bh: i64, bl: u64): void {
  addWrap(ah, al, bh, bl);
  if (((ah ^ rh) & (bh ^ rh)) < 0) {
    if (ah < 0) setMin(); else setMax();
  }
}

let absH: u64 = 0;
let absL: u64 = 0;

/** |x| as unsigned 128 into (absH, absL); returns true when x < 0. */
@inline function absInto(h: i64, l: u64): bool {
  if (h < 0) {
    absL = -l;
    absH = ~(<u64>h) + (l == 0 ? 1 : 0);
    return true;
  }
  absH = <u64>h; absL = l;
  return false;
}

/** Set (rh, rl) from a magnitude (mh, ml) and a sign; `failed` if out of range. */
@inline function fromMagnitude(neg: bool, mh: u64, ml: u64): void {
  failed = false;
  if (neg) {
    if (mh > 0x8000000000000000 || (mh == 0x8000000000000000 && ml != 0)) { failed = true; return; }
    rl = -ml;
    rh = <i64>(~mh + (ml == 0 ? 1 : 0));
  } else {
    if (mh > 0x7fffffffffffffff) { failed = true; return; }
    rh = <i64>mh; rl = ml;
  }
}

/** mirrors substrate-fixed saturating_mul for I64F64: floor(a*b / 2^64). */
export function mulSat(ah: i64, al: u64, bh: i64, bl: u64): void {
  const na = absInto(ah, al);
  const mah = absH, mal = absL;
  const nb = absInto(bh, bl);
  const mbh = absH, mbl = absL;
  const neg = na != nb;
  W.mulU128(mah, mal, mbh, mbl);
  // product bits 64..191 are the magnitude of the truncated quotient
  let qh = W.w2, ql = W.hi;
  const rem = W.lo;
  let over = W.w3 != 0;
  if (neg && rem != 0 && !over) {
    // floor of a negative value: round the magnitude up
    ql += 1;
    if (ql == 0) { qh += 1; if (qh == 0) over = true; }
  }
  if (!over) {
    fromMagnitude(neg, qh, ql);
    if (!failed) return;
  }
  if (neg) setMin(); else setMax();
}

/** mirrors substrate-fixed checked_div for I64F64: trunc(a*2^64 / b). */
export function divChecked(ah: i64, al: u64, bh: i64, bl: u64): void {
  if (bh == 0 && bl == 0) { failed = true; return; }
  const na = absInto(ah, al);
  const mah = absH, mal = absL;
  const nb = absInto(bh, bl);
  const mbh = absH, mbl = absL;
  W.divU256by128(0, mah, mal, 0, mbh, mbl);
  if (W.w3 != 0 || W.w2 != 0) { failed = true; return; }
  fromMagnitude(na != nb, W.hi, W.lo);
}

/** I32F32::saturating_from_num(I64F64): floor to 32 fraction bits, clamp. */
export function toI32F32Sat(h: i64, l: u64): i64 {
  const top = h >> 31;
  if (top != 0 && top != -1) return h < 0 ? i64.MIN_VALUE : I64_MAX;
  return (h << 32) | <i64>(l >> 32);
}

/** I32F32::from_num(I64F64) in a release build: floor, then wrap. */
export function toI32F32Wrap(h: i64, l: u64): i64 {
  return (h << 32) | <i64>(l >> 32);
}

/** saturating_to_num::<u64>() (floor toward -inf, clamp at 0). */
export function toU64Sat(h: i64, l: u64): u64 {
  return h < 0 ? 0 : <u64>h;
}

/** 1 / b as f64 for ratioToI32F32 (b = (bh, bl) > 0) */
@inline export function recip128(bh: i64, bl: u64): f64 {
  return 1.0 / (<f64>bh * 18446744073709551616.0 + <f64>bl);
}

/**
 * floor(a * 2^32 / b) for 0 <= a <= b and 0 < b < 2^125 (I64F64 bits, bInv =
 * recip128(b)): the bits of I32F32 from_num / saturating_from_num of I64F64
 * checked_div(a, b), since flooring the 64-bit-fraction quotient and then its
 * low 32 fraction bits is one floor. The quotient (<= 2^32) is estimated in
 * f64 (relative error below 2^-48, so within 1) and fixed with the exact
 * remainder a * 2^32 - q * b, computed modulo 2^128: it lies in [-b, 2b),
 * inside the signed 128-bit range because b < 2^125.
 */
export function ratioToI32F32(ah: i64, al: u64, bh: i64, bl: u64, bInv: f64): i64 {
  const af = <f64>ah * 18446744073709551616.0 + <f64>al;
  let q = <i64>(af * bInv * 4294967296.0);
  W.mulU64(<u64>q, bl);
  const ph = W.hi + <u64>q * <u64>bh, pl = W.lo;
  const xh = (<u64>ah << 32) | (al >> 32), xl = al << 32;
  const rl = xl - pl;
  const rh = xh - ph - (xl < pl ? 1 : 0);
  if (<i64>rh < 0) q--;
  else if (rh > <u64>bh || (rh == <u64>bh && rl >= bl)) q++;
  return q;
}
