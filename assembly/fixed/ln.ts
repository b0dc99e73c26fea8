// substrate-fixed transcendental::ln::<I32F32, I32F32> (and log2), bit for bit.
// Used by liquid alpha v1 (math.rs safe_ln, specs 154-272).
//
// log2: Err for x <= 0; x < 1 is inverted with checked_div (an overflow is
// Err in v0.6.0 and a panic in v0.5.9, which the chain ran until spec 300;
// unreachable from safe_ln's callers, whose operands are >= 2^-16). The
// integer part counts rounding right shifts `rs(x) = (x >> 1) + (x & lsb)`
// while x >= 2; an exact 1.0 returns that count; else 32 rounds of
// `x = x * x` (floor), shifting the result left and setting the new bit when
// x >= 2 (then x = rs(x)). ln = log2 / LOG2_E (truncating fixed division),
// LOG2_E being consts::LOG2_E >> 104 as an I9F23 widened to I32F32.
import * as F from "./i32f32";

/** consts::LOG2_E (U1F127 0xB8AA3B29...) >> 104 = I9F23 bits 0xB8AA3B, widened. */
const LOG2_E_FX: i64 = 0xB8AA3B << 9;
const TWO: i64 = 2 << 32;

/** Set when the last `ln`/`log2` call returned Err. */
export let lnFailed = false;

@inline function rs(x: i64): i64 {
  return (x >> 1) + (x & 1);
}

/** log2_inner for x >= 1 */
function log2Inner(x: i64): i64 {
  let r: i64 = 0;
  while (x >= TWO) {
    r += 1;
    x = rs(x);
  }
  if (x == F.ONE) return r << 32; // D::from_num(count)
  for (let i = 0; i < 32; i++) {
    x = F.mulSat(x, x); // x in [1, 2]: the square never exceeds 4.0
    r <<= 1;
    if (x >= TWO) {
      r |= 1;
      x = rs(x);
    }
  }
  return r; // D::from_bits
}

export function log2(x: i64): i64 {
  lnFailed = false;
  if (x <= 0) { lnFailed = true; return 0; }
  if (x < F.ONE) {
    const inv = F.divChecked(F.ONE, x);
    if (F.failed) { lnFailed = true; return 0; }
    return -log2Inner(inv);
  }
  return log2Inner(x);
}

export function ln(x: i64): i64 {
  const l = log2(x);
  if (lnFailed) return 0;
  return F.divChecked(l, LOG2_E_FX); // |l| <= 32: never overflows
}

/** mirrors math.rs safe_ln: ln or 0 on Err */
export function safeLn(x: i64): i64 {
  const r = ln(x);
  return lnFailed ? 0 : r;
}
