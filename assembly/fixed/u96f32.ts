// Non-negative 96.32 fixed point (U96F32, and I96F32 for non-negative
// values) on raw 128-bit bits held as (hi, lo). Results come back in the
// globals `rh`/`rl`; `failed` reports a checked operation without result.
// Same contract as the other types: products floor, quotients truncate.
import * as W from "./wide";

export let rh: u64 = 0;
export let rl: u64 = 0;
export let failed = false;

/** from_num(u64): bits = x << 32 */
export function fromU64(x: u64): void {
  rh = x >> 32;
  rl = x << 32;
}

/** floor(a * b / 2^32), saturating at `maxHi:u64::MAX` (U96F32: u64::MAX, I96F32: i64::MAX). */
export function mulSat(ah: u64, al: u64, bh: u64, bl: u64, maxHi: u64): void {
  W.mulU128(ah, al, bh, bl);
  // bits 32..159 of the 256-bit product
  const q2 = W.w2, q1 = W.hi, q0 = W.lo;
  if (W.w3 != 0 || (q2 >> 32) != 0) { rh = maxHi; rl = u64.MAX_VALUE; return; }
  const h = (q2 << 32) | (q1 >> 32);
  const l = (q1 << 32) | (q0 >> 32);
  if (h > maxHi) { rh = maxHi; rl = u64.MAX_VALUE; return; }
  rh = h; rl = l;
}

/** checked_div: trunc(a * 2^32 / b); `failed` on b == 0 or a quotient above `maxHi:u64::MAX` */
export function divChecked(ah: u64, al: u64, bh: u64, bl: u64, maxHi: u64): void {
  failed = false;
  if (bh == 0 && bl == 0) { failed = true; return; }
  // dividend a << 32 as 256 bits
  W.divU256by128(0, ah >> 32, (ah << 32) | (al >> 32), al << 32, bh, bl);
  if (W.w3 != 0 || W.w2 != 0 || W.hi > maxHi) { failed = true; return; }
  rh = W.hi; rl = W.lo;
}

/** saturating_sub for unsigned values: max(a - b, 0) */
export function subSat(ah: u64, al: u64, bh: u64, bl: u64): void {
  if (ah < bh || (ah == bh && al < bl)) { rh = 0; rl = 0; return; }
  rl = al - bl;
  rh = ah - bh - (al < bl ? 1 : 0);
}

export function add(ah: u64, al: u64, bh: u64, bl: u64): void {
  rl = al + bl;
  rh = ah + bh + (rl < al ? 1 : 0);
}

/** saturating_to_num::<u64>(): floor, clamp */
export function toU64Sat(h: u64, l: u64): u64 {
  if ((h >> 32) != 0) return u64.MAX_VALUE;
  return (h << 32) | (l >> 32);
}

@inline export function ge(ah: u64, al: u64, bh: u64, bl: u64): bool {
  return ah > bh || (ah == bh && al >= bl);
}
