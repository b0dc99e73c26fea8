// 128- and 256-bit integer helpers over u64 limbs.
// AssemblyScript has no i128, so wide results come back through the module
// globals `hi`/`lo` (and `w2`/`w3` for 256-bit products) instead of
// allocating a tuple; callers read them immediately after the call.

export let hi: u64 = 0;
export let lo: u64 = 0;
export let w2: u64 = 0;
export let w3: u64 = 0;

const M32: u64 = 0xffffffff;

/** Unsigned 64x64 -> 128 product into (hi, lo). */
@inline export function mulU64(a: u64, b: u64): void {
  const a0 = a & M32, a1 = a >> 32, b0 = b & M32, b1 = b >> 32;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >> 32) + (p01 & M32) + (p10 & M32);
  lo = (mid << 32) | (p00 & M32);
  hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/** Signed 64x64 -> 128 two's-complement product into (hi, lo). */
@inline export function mulI64(a: i64, b: i64): void {
  mulU64(<u64>a, <u64>b);
  // Correct the unsigned product's high half for negative operands.
  if (a < 0) hi -= <u64>b;
  if (b < 0) hi -= <u64>a;
}

/**
 * Unsigned (u1:u0) / v for u1 < v, quotient fits in 64 bits.
 * Knuth algorithm D specialised to two 32-bit digits (Hacker's Delight divlu).
 */
export function divU128by64(u1: u64, u0: u64, v: u64): u64 {
  const b: u64 = 1 << 32;
  const s = <u64>clz(v);
  v = v << s;
  const vn1 = v >> 32, vn0 = v & M32;
  const un32 = s == 0 ? u1 : (u1 << s) | (u0 >> (64 - s));
  const un10 = u0 << s;
  const un1 = un10 >> 32, un0 = un10 & M32;
  let q1 = un32 / vn1;
  let rhat = un32 - q1 * vn1;
  while (q1 >= b || q1 * vn0 > b * rhat + un1) {
    q1 -= 1;
    rhat += vn1;
    if (rhat >= b) break;
  }
  const un21 = un32 * b + un1 - q1 * v;
  let q0 = un21 / vn1;
  rhat = un21 - q0 * vn1;
  while (q0 >= b || q0 * vn0 > b * rhat + un0) {
    q0 -= 1;
    rhat += vn1;
    if (rhat >= b) break;
  }
  return q1 * b + q0;
}

/** Unsigned 128x128 -> 256 product into (w3, w2, hi, lo). */
export function mulU128(ah: u64, al: u64, bh: u64, bl: u64): void {
  mulU64(al, bl);
  const r0 = lo;
  let c1 = hi;
  mulU64(ah, bl);
  let x1 = hi, x0 = lo;
  mulU64(al, bh);
  let y1 = hi, y0 = lo;
  mulU64(ah, bh);
  let z1 = hi, z0 = lo;
  // column 1
  let r1 = c1 + x0;
  let carry: u64 = r1 < x0 ? 1 : 0;
  const r1b = r1 + y0;
  carry += r1b < y0 ? 1 : 0;
  r1 = r1b;
  // column 2
  let r2 = x1 + carry;
  let carry2: u64 = r2 < carry ? 1 : 0;
  let t = r2 + y1;
  carry2 += t < y1 ? 1 : 0;
  r2 = t;
  t = r2 + z0;
  carry2 += t < z0 ? 1 : 0;
  r2 = t;
  const r3 = z1 + carry2;
  lo = r0; hi = r1; w2 = r2; w3 = r3;
}

/**
 * Unsigned 256-bit (n3:n2:n1:n0) divided by 128-bit (dh:dl), dl|dh != 0.
 * Quotient's low 128 bits in (hi, lo); its upper 128 bits in (w3, w2).
 * Bit-serial restoring division: only used off the hot path (I64F64 and
 * U96F32 divisions happen O(n) times per epoch).
 */
export function divU256by128(n3: u64, n2: u64, n1: u64, n0: u64, dh: u64, dl: u64): void {
  let rh: u64 = 0, rl: u64 = 0;
  let q3: u64 = 0, q2: u64 = 0, q1: u64 = 0, q0: u64 = 0;
  // skip leading zero limbs quickly
  let bits = 256;
  while (bits > 0 && n3 == 0) {
    n3 = n2; n2 = n1; n1 = n0; n0 = 0; bits -= 64;
  }
  if (bits > 0) {
    const z = <i32>clz(n3);
    if (z > 0 && z < 64) {
      n3 = (n3 << <u64>z) | (n2 >> <u64>(64 - z));
      n2 = (n2 << <u64>z) | (n1 >> <u64>(64 - z));
      n1 = (n1 << <u64>z) | (n0 >> <u64>(64 - z));
      n0 = n0 << <u64>z;
      bits -= z;
    }
  }
  for (let i = 0; i < bits; i++) {
    // shift remainder left by 1, bring in top bit of n
    const top = rh >> 63;
    rh = (rh << 1) | (rl >> 63);
    rl = (rl << 1) | (n3 >> 63);
    n3 = (n3 << 1) | (n2 >> 63);
    n2 = (n2 << 1) | (n1 >> 63);
    n1 = (n1 << 1) | (n0 >> 63);
    n0 = n0 << 1;
    q3 = (q3 << 1) | (q2 >> 63);
    q2 = (q2 << 1) | (q1 >> 63);
    q1 = (q1 << 1) | (q0 >> 63);
    q0 = q0 << 1;
    if (top != 0 || rh > dh || (rh == dh && rl >= dl)) {
      const nl = rl - dl;
      rh = rh - dh - (rl < dl ? 1 : 0);
      rl = nl;
      q0 |= 1;
    }
  }
  lo = q0; hi = q1; w2 = q2; w3 = q3;
}
