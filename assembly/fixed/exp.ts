// substrate-fixed v0.6.0 transcendental::exp::<I32F32, I32F32>, bit for bit:
// Taylor series to 31 terms with checked I32F32 ops; any failed op is an Err.
// math.rs exp_safe clamps the input to [-20, 20] and maps Err to 0 / MAX.
import * as F from "./i32f32";

/** E as an I9F23 constant (consts::E >> 103), widened to I32F32. */
const E_FX: i64 = 22802600 << 9;

/** Set when the last `exp` call returned Err. */
export let expFailed = false;

export function exp(x: i64): i64 {
  expFailed = false;
  if (x == 0) return F.ONE;
  if (x == F.ONE) return E_FX;
  const neg = x < 0;
  if (neg) {
    if (x == F.MIN) { expFailed = true; return 0; }
    x = -x;
  }
  let result = x + F.ONE;
  if (result < x) { expFailed = true; return 0; } // checked_add
  let term = x;
  for (let i: i64 = 2; i < 32; i++) {
    term = F.mulChecked(term, x);
    if (F.failed) { expFailed = true; return 0; }
    // checked_div(term, I32F32(i)) = trunc(term*2^32 / (i*2^32)) = trunc(term / i): never overflows
    term = term / i;
    const r = result + term;
    if (((result ^ r) & (term ^ r)) < 0) { expFailed = true; return 0; }
    result = r;
  }
  if (neg) {
    result = F.divChecked(F.ONE, result);
    if (F.failed) { expFailed = true; return 0; }
  }
  return result;
}

const TWENTY: i64 = 20 << 32;

/** mirrors math.rs exp_safe */
export function expSafe(input: i64): i64 {
  let x = input;
  if (x < -TWENTY) x = -TWENTY;
  else if (TWENTY < x) x = TWENTY;
  const out = exp(x);
  if (!expFailed) return out;
  return x <= 0 ? 0 : F.MAX;
}
