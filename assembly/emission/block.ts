// coinbase/block_emission.rs get_block_emission_for_issuance, bit for bit:
// emission = 1e9 / 2^floor(log2(1 / (1 - issuance / 2.1e16))) in I96F32,
// with substrate-fixed's transcendental::log2 (the same function serves a
// subnet's alpha issuance).
import * as U from "../fixed/u96f32";
import * as W from "../fixed/wide";

const TOTAL_SUPPLY: u64 = 21_000_000_000_000_000;
const DEFAULT_BLOCK_EMISSION: u64 = 1_000_000_000;
const TWICE_HALF_SUPPLY: u64 = 21_000_000_000_000_000; // 2.0 * 10_500_000_000_000_000.0

let lh: u64 = 0;
let ll: u64 = 0;

/** rs(): right shift with rounding, as transcendental.rs: (x >> 1) + (x & lsb) */
@inline function rs(): void {
  const bit = ll & 1;
  ll = (ll >> 1) | (lh << 63);
  lh = lh >> 1;
  const n = ll + bit;
  lh += n < ll ? 1 : 0;
  ll = n;
}

/**
 * transcendental::log2_inner::<I96F32, I96F32> for x >= 1 given as bits
 * (hi, lo); returns the result's bits (small and non-negative here).
 */
export function log2Bits(hi: u64, lo: u64): u64 {
  lh = hi; ll = lo;
  let result: u64 = 0;
  const TWO_H: u64 = 0, TWO_L: u64 = 2 << 32;
  while (U.ge(lh, ll, TWO_H, TWO_L)) { result += 1; rs(); }
  if (lh == 0 && ll == (<u64>1 << 32)) return result << 32; // D::from_num(result)
  for (let i = 0; i < 32; i++) {
    // x *= x: x < 2 here, so x * x / 2^32 < 2^34 fits
    W.mulU64(ll, ll);
    ll = (W.hi << 32) | (W.lo >> 32);
    lh = 0;
    result <<= 1;
    if (U.ge(lh, ll, TWO_H, TWO_L)) { result |= 1; rs(); }
  }
  return result;
}

/** get_block_emission_for_issuance (Ok value; the Err paths cannot occur below the supply cap) */
export function blockEmissionForIssuance(issuance: u64): u64 {
  if (issuance >= TOTAL_SUPPLY) return 0;
  // r = issuance / 2.1e16 in I96F32: trunc(issuance * 2^32 / 2.1e16)
  const r = W.divU128by64(issuance >> 32, issuance << 32, TWICE_HALF_SUPPLY);
  // 1 - r, then x = 1 / (1 - r): trunc(2^64 / (2^32 - r)), up to 2^64
  const d: u64 = (<u64>1 << 32) - r;
  let xh: u64, xl: u64;
  if (d == 1) { xh = 1; xl = 0; } else { xh = 0; xl = W.divU128by64(1, 0, d); }
  const k = log2Bits(xh, xl) >> 32; // floor
  if (k >= 64) return 0;
  // 1.0.safe_div(2^k) = 2^(32-k) bits (0 past k = 32), times 1e9, floored to u64
  if (k > 32) return 0;
  const pct: u64 = <u64>1 << (32 - k);
  W.mulU64(pct, DEFAULT_BLOCK_EMISSION);
  return (W.hi << 32) | (W.lo >> 32);
}
