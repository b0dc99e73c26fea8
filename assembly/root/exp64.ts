// substrate-fixed v0.6.0 transcendental::exp::<I64F64, I64F64>, bit for bit:
// 1 + x, then terms i = 2..63 (frac_nbits) with checked mul, div and add; a
// negative argument is 1 / exp(|x|). Any failed operation is Err, which the
// root epoch's `.expect()` turns into a panic. Result in fixed64.rh / rl.
import * as F from "./fixed64";
import * as W from "../fixed/wide";

/** consts::E as I9F23 (22802600 = E >> 103), widened to I64F64 bits. */
const E_H: i64 = 2;
const E_L: u64 = 13249959539630931968;

/** Set when the last call returned Err. */
export let expFailed = false;

export function exp64(h: i64, l: u64): void {
  expFailed = false;
  if (h == 0 && l == 0) { F.put(1, 0); return; }
  if (h == 1 && l == 0) { F.put(E_H, E_L); return; }
  const neg = h < 0;
  let xh = h, xl = l;
  if (neg) {
    if (h == i64.MIN_VALUE && l == 0) { expFailed = true; return; } // checked_neg
    xl = -l;
    xh = <i64>(~(<u64>h) + (l == 0 ? 1 : 0));
  }
  F.addChecked(xh, xl, 1, 0);
  if (F.failed) { expFailed = true; return; }
  let resH = F.rh, resL = F.rl;
  let th = xh, tl = xl;
  for (let i: u64 = 2; i < 64; i++) {
    F.mulCheckedNonNeg(th, tl, xh, xl);
    if (F.failed) { expFailed = true; return; }
    // checked_div by I64F64(i): trunc(term / i) on the raw bits, never fails here
    const uh = <u64>F.rh;
    const qh = uh / i;
    th = <i64>qh;
    tl = W.divU128by64(uh - qh * i, F.rl, i);
    F.addChecked(resH, resL, th, tl);
    if (F.failed) { expFailed = true; return; }
    resH = F.rh; resL = F.rl;
  }
  if (neg) {
    F.divChecked(1, 0, resH, resL);
    if (F.failed) { expFailed = true; return; }
    return;
  }
  F.put(resH, resL);
}
