// U64F64 (substrate-fixed FixedU128<U64>) on raw 128-bit bits (hi, lo):
// products floor, quotients truncate, saturation at u128::MAX. Results come
// back in `rh`/`rl`; `failed` reports a checked operation without result.
import * as W from "./wide";

export let rh: u64 = 0;
export let rl: u64 = 0;
export let failed = false;

export const ONE_H: u64 = 1;
export const ONE_L: u64 = 0;

export function mulSat(ah: u64, al: u64, bh: u64, bl: u64): void {
  W.mulU128(ah, al, bh, bl);
  if (W.w3 != 0) { rh = u64.MAX_VALUE; rl = u64.MAX_VALUE; return; }
  rh = W.w2; rl = W.hi; // bits 64..191
}

/** trunc(a * 2^64 / b); `failed` on b == 0 or a quotient above u128::MAX */
export function divChecked(ah: u64, al: u64, bh: u64, bl: u64): void {
  failed = false;
  if (bh == 0 && bl == 0) { failed = true; return; }
  W.divU256by128(0, ah, al, 0, bh, bl);
  if (W.w3 != 0 || W.w2 != 0) { failed = true; return; }
  rh = W.hi; rl = W.lo;
}

export function addSat(ah: u64, al: u64, bh: u64, bl: u64): void {
  const l = al + bl;
  const c: u64 = l < al ? 1 : 0;
  const h = ah + bh + c;
  if (h < ah || (h == ah && c != 0 && bh == u64.MAX_VALUE)) { rh = u64.MAX_VALUE; rl = u64.MAX_VALUE; return; }
  rh = h; rl = l;
}

export function subSat(ah: u64, al: u64, bh: u64, bl: u64): void {
  if (ah < bh || (ah == bh && al < bl)) { rh = 0; rl = 0; return; }
  rl = al - bl;
  rh = ah - bh - (al < bl ? 1 : 0);
}

@inline export function gt(ah: u64, al: u64, bh: u64, bl: u64): bool {
  return ah > bh || (ah == bh && al > bl);
}
