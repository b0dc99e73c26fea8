// I32F32 (substrate-fixed FixedI64<U32>) on its raw i64 bits.
//
// Semantics copied from substrate-fixed v0.6.0 (arith.rs, macros_frac.rs):
//  * products are floor(a*b / 2^32) (arithmetic shift of the exact product);
//  * quotients are trunc(a*2^32 / b) (Rust integer division, toward zero);
//  * saturating ops clamp to MIN when the operand signs differ, else MAX;
//  * `+` and `Sum` wrap (the runtime is built without overflow checks);
//  * safe-math's `safe_div` is `checked_div().unwrap_or_default()`: 0 on a
//    zero divisor *and* on overflow.
import { hi, lo, mulI64, divU128by64 } from "./wide";

export const ONE: i64 = 1 << 32;
export const HALF: i64 = 1 << 31;
export const MAX: i64 = i64.MAX_VALUE;
export const MIN: i64 = i64.MIN_VALUE;
/** I32F32::saturating_from_num(u16::MAX) */
export const U16_MAX_FX: i64 = 65535 << 32;

/** Set by the checked operations: true when the last one had no result. */
export let failed = false;

/** Exact product; sets `failed` when floor(a*b/2^32) does not fit in i64. */
@inline function mulRaw(a: i64, b: i64): i64 {
  failed = false;
  // Fast path: both operands in [0, 2^32) -> the product fits in u64.
  if (<u64>a < 0x100000000 && <u64>b < 0x100000000) {
    return <i64>((<u64>a * <u64>b) >> 32);
  }
  mulI64(a, b);
  const h = <i64>hi;
  const top = h >> 31;
  if (top != 0 && top != -1) {
    failed = true;
    return 0;
  }
  return <i64>((hi << 32) | (lo >> 32));
}

/**
 * floor(ua * 2^32 / ub) for (ua >> 32) < ub (the quotient fits in 64 bits).
 * Same quotient as the 128/64 division, with one native u64 division when the
 * divisor's trailing zero bits absorb the shift (integer-valued fixed point) or
 * when the remainder of ua / ub fits in 32 bits.
 */
@inline function divWide(ua: u64, ub: u64): u64 {
  const tz = ctz(ub);
  const shift: u64 = tz >= 32 ? 0 : 32 - tz;
  if (clz(ua) >= shift) return (ua << shift) / (ub >> (32 - shift));
  const qa = ua / ub;
  const ra = ua - qa * ub;
  if ((ra >> 32) == 0) return (qa << 32) + (ra << 32) / ub;
  return divU128by64(ua >> 32, ua << 32, ub);
}

/**
 * mirrors substrate-fixed saturating_mul. Inlined fast path for both operands
 * in [0, 1) (proportions: the bulk of the epoch's products), whose product fits in u64.
 */
@inline export function mulSat(a: i64, b: i64): i64 {
  if (<u64>(a | b) < 0x100000000) return <i64>((<u64>a * <u64>b) >> 32);
  return mulSatWide(a, b);
}

/** saturating_mul for operands outside [0, 1) */
function mulSatWide(a: i64, b: i64): i64 {
  const r = mulRaw(a, b);
  if (!failed) return r;
  return (a < 0) != (b < 0) ? MIN : MAX;
}

/** `a * b` of a release build (specs < 153): floor(a*b / 2^32) wrapped to 64 bits */
export function mulWrap(a: i64, b: i64): i64 {
  mulI64(a, b);
  return <i64>((hi << 32) | (lo >> 32));
}

/** mirrors substrate-fixed checked_mul; check `failed` after the call */
export function mulChecked(a: i64, b: i64): i64 {
  return mulRaw(a, b);
}

/** trunc(a*2^32 / b); sets `failed` on b == 0 or overflow. */
function divRaw(a: i64, b: i64): i64 {
  failed = false;
  if (b == 0) {
    failed = true;
    return 0;
  }
  const neg = (a < 0) != (b < 0);
  const ua: u64 = a < 0 ? <u64>(-a) : <u64>a; // -MIN wraps to 2^63 as u64: fine
  const ub: u64 = b < 0 ? <u64>(-b) : <u64>b;
  const dh = ua >> 32;
  const dl = ua << 32;
  let q: u64;
  if (dh == 0) {
    q = dl / ub;
  } else {
    if (dh >= ub) {
      failed = true; // quotient >= 2^64
      return 0;
    }
    q = divWide(ua, ub);
  }
  if (neg) {
    if (q > 0x8000000000000000) {
      failed = true;
      return 0;
    }
    return -<i64>q;
  }
  if (q > 0x7fffffffffffffff) {
    failed = true;
    return 0;
  }
  return <i64>q;
}

/**
 * mirrors safe-math FixedExt::safe_div (checked_div, default 0). Inlined fast
 * paths for a >= 0, b > 0 with one native division: a < 1 (a * 2^32 fits in
 * u64; a quotient >= 2^63 is an overflow, 0) and an integer-valued b
 * (trunc(a * 2^32 / b) = trunc(a / (b >> 32)), which cannot overflow).
 */
@inline export function safeDiv(a: i64, b: i64): i64 {
  if (b > 0 && a >= 0) {
    if (a < 0x100000000) {
      const q = <i64>((<u64>a << 32) / <u64>b);
      return q < 0 ? 0 : q;
    }
    if ((b & 0xffffffff) == 0) return a / (b >> 32);
  }
  return safeDivWide(a, b);
}

/** safe_div outside the fast paths */
function safeDivWide(a: i64, b: i64): i64 {
  const r = divRaw(a, b);
  return failed ? 0 : r;
}

/**
 * 1 / b for divRecip: divisions by one divisor repeated over a row, a column or a
 * vector. 0 when divRecip must take the general path for every dividend (b <= 0 or
 * b >= 2^62).
 */
@inline export function recip(b: i64): f64 {
  return b > 0 && b < 0x4000000000000000 ? 1.0 / <f64>b : 0.0;
}

/**
 * safeDiv(a, b) with inv = recip(b): the same bits. For a >= 0 the quotient
 * trunc(a * 2^32 / b) is estimated in f64 (a, 1/b and the product each carry a
 * relative error <= 2^-53, so below 2^50 the estimate is within 1 of the true
 * quotient) and fixed with the exact remainder a * 2^32 - q * b, computed modulo
 * 2^64: it lies in [-b, 2b) and b < 2^62, so its i64 reading is exact.
 * Anything else (a < 0, a large quotient, inv == 0) takes safeDiv.
 */
@inline export function divRecip(a: i64, b: i64, inv: f64): i64 {
  const qf = <f64>a * inv * 4294967296.0;
  if (a >= 0 && inv > 0.0 && qf < 1125899906842624.0) {
    let q = <i64>qf;
    const r = (a << 32) - q * b;
    if (r < 0) q--;
    else if (r >= b) q++;
    return q;
  }
  return safeDiv(a, b);
}

/** mirrors substrate-fixed checked_div; check `failed` after the call */
export function divChecked(a: i64, b: i64): i64 {
  return divRaw(a, b);
}

/** `a / b` of a release build (specs < 153, b != 0): trunc(a*2^32 / b) wrapped to 64 bits */
export function divWrap(a: i64, b: i64): i64 {
  const neg = (a < 0) != (b < 0);
  const ua: u64 = a < 0 ? <u64>(-a) : <u64>a; // -MIN wraps to 2^63 as u64: fine
  const ub: u64 = b < 0 ? <u64>(-b) : <u64>b;
  const dh = ua >> 32;
  const dl = ua << 32;
  // low 64 bits of the quotient (dh:dl) / ub: the high digit dh / ub drops out
  const q: u64 = dh == 0 ? dl / ub : divU128by64(dh % ub, dl, ub);
  return neg ? -<i64>q : <i64>q;
}

/** mirrors substrate-fixed saturating_div (b must be non-zero) */
export function divSat(a: i64, b: i64): i64 {
  const r = divRaw(a, b);
  if (!failed) return r;
  return (a < 0) != (b < 0) ? MIN : MAX;
}

@inline export function addSat(a: i64, b: i64): i64 {
  const r = a + b;
  // overflow iff a and b share a sign that r does not
  if (((a ^ r) & (b ^ r)) < 0) return a < 0 ? MIN : MAX;
  return r;
}

@inline export function subSat(a: i64, b: i64): i64 {
  const r = a - b;
  if (((a ^ b) & (a ^ r)) < 0) return a < 0 ? MIN : MAX;
  return r;
}

/** I32F32::saturating_from_num(u64) */
@inline export function fromU64Sat(x: u64): i64 {
  return x > 0x7fffffff ? MAX : <i64>(x << 32);
}

/** I32F32::saturating_from_num(i64) */
@inline export function fromI64Sat(x: i64): i64 {
  if (x > 0x7fffffff) return MAX;
  if (x < -0x80000000) return MIN;
  return x << 32;
}

/** saturating_to_num::<u16>() (floor, then clamp) */
@inline export function toU16Sat(x: i64): u16 {
  if (x < 0) return 0;
  const i = x >> 32;
  return i > 65535 ? 65535 : <u16>i;
}

/** to_num::<u16>() of a release build (specs < 233): floor, then wrap to 16 bits */
@inline export function toU16Wrap(x: i64): u16 {
  return <u16>(x >> 32);
}

/** `a * b` of the era: plain (wrapping) before 153 (`wrapOps`), saturating_mul after */
@inline export function mulEra(a: i64, b: i64, wrapOps: bool): i64 {
  return wrapOps ? mulWrap(a, b) : mulSat(a, b);
}

/** `a / b` of the era (b != 0): plain (wrapping) before 153, saturating_div before 233, safe_div after */
@inline export function divEra(a: i64, b: i64, wrapOps: bool, saturatingDiv: bool): i64 {
  return wrapOps ? divWrap(a, b) : saturatingDiv ? divSat(a, b) : safeDiv(a, b);
}

/** fixed_proportion_to_u16 of the era: x * 65535 (mulEra), then to_num::<u16> (wrapping, < 233) or saturating_to_num */
@inline export function proportionToU16Era(x: i64, wrapOps: bool, wrapToU16: bool): u16 {
  // for 0 <= x < 2^47 both products are exactly x * 65535 (no rounding, no overflow)
  const r = <u64>x < SMALL_FOR_U16 ? x * 65535 : mulEra(x, U16_MAX_FX, wrapOps);
  return wrapToU16 ? toU16Wrap(r) : toU16Sat(r);
}

/** x * U16_MAX_FX is the exact integer product x * 65535 below this (it stays under 2^63) */
const SMALL_FOR_U16: u64 = 1 << 47;

/** saturating_to_num::<u64>() */
@inline export function toU64Sat(x: i64): u64 {
  return x < 0 ? 0 : <u64>(x >> 32);
}

/** mirrors math.rs fixed_proportion_to_u16 */
@inline export function proportionToU16(x: i64): u16 {
  return toU16Sat(<u64>x < SMALL_FOR_U16 ? x * 65535 : mulSat(x, U16_MAX_FX));
}

/** mirrors math.rs u16_proportion_to_fixed / fixed_to_fixed_u16_proportion */
@inline export function u16ProportionToFixed(x: u16): i64 {
  return safeDiv(<i64>x << 32, U16_MAX_FX);
}

@inline export function fxMin(a: i64, b: i64): i64 {
  return a < b ? a : b;
}

@inline export function fxMax(a: i64, b: i64): i64 {
  return a > b ? a : b;
}
