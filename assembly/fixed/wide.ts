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
 * Long division in base 2^64 (Knuth algorithm D): a 64-bit divisor takes one
 * 128/64 step per limb; a 128-bit one is normalised and each quotient limb is
 * estimated from the top limbs and corrected (at most two steps, then one add-back).
 */
export function divU256by128(n3: u64, n2: u64, n1: u64, n0: u64, dh: u64, dl: u64): void {
  if (dh == 0) {
    // remainder r < dl, so (r:limb) / dl fits in 64 bits; r' = limb - q*dl (mod 2^64)
    let r: u64 = 0;
    const q3 = n3 / dl; r = n3 - q3 * dl;
    const q2 = divU128by64(r, n2, dl); r = n2 - q2 * dl;
    const q1 = divU128by64(r, n1, dl); r = n1 - q1 * dl;
    const q0 = divU128by64(r, n0, dl);
    lo = q0; hi = q1; w2 = q2; w3 = q3;
    return;
  }
  // normalise: the divisor's top bit set; the numerator gains a fifth limb u4
  const s = <u64>clz(dh);
  let d1 = dh, d0 = dl, u4: u64 = 0, u3 = n3, u2 = n2, u1 = n1, u0 = n0;
  if (s != 0) {
    const t = 64 - s;
    d1 = (dh << s) | (dl >> t);
    d0 = dl << s;
    u4 = n3 >> t;
    u3 = (n3 << s) | (n2 >> t);
    u2 = (n2 << s) | (n1 >> t);
    u1 = (n1 << s) | (n0 >> t);
    u0 = n0 << s;
  }
  // three quotient limbs (the divisor is >= 2^64): window (u4 u3 u2), (u3 u2 u1), (u2 u1 u0)
  const q2 = quotientLimb(u4, u3, u2, d1, d0);
  u3 = qr1; u2 = qr0;
  const q1 = quotientLimb(u3, u2, u1, d1, d0);
  u2 = qr1; u1 = qr0;
  const q0 = quotientLimb(u2, u1, u0, d1, d0);
  lo = q0; hi = q1; w2 = q2; w3 = 0;
}

/** remainder of the last quotientLimb (two limbs; it is below the divisor) */
let qr1: u64 = 0;
let qr0: u64 = 0;

/**
 * One step of algorithm D: floor((a2:a1:a0) / (d1:d0)) for a normalised divisor
 * (top bit of d1 set) and (a2:a1) < (d1:d0), so the quotient fits in 64 bits.
 * Remainder into (qr1, qr0).
 */
function quotientLimb(a2: u64, a1: u64, a0: u64, d1: u64, d0: u64): u64 {
  let q: u64;
  let rhat: u64;
  let rhatOver = false;
  if (a2 >= d1) {
    // a2 == d1 (a2 > d1 is excluded by the precondition): estimate 2^64 - 1
    q = u64.MAX_VALUE;
    rhat = a1 + a2; // (a2:a1) - q*d1 = a1 + d1, may exceed 2^64
    rhatOver = rhat < a1;
  } else {
    q = divU128by64(a2, a1, d1);
    rhat = a1 - q * d1;
  }
  // at most two corrections: while q*d0 > (rhat:a0)
  for (let k = 0; k < 2 && !rhatOver; k++) {
    mulU64(q, d0);
    if (hi > rhat || (hi == rhat && lo > a0)) {
      q -= 1;
      const r2 = rhat + d1;
      rhatOver = r2 < rhat;
      rhat = r2;
    } else break;
  }
  // multiply and subtract: (a2:a1:a0) - q*(d1:d0)
  mulU64(q, d0);
  const p0 = lo, c0 = hi;
  mulU64(q, d1);
  const p1 = lo + c0;
  const p2 = hi + (p1 < c0 ? 1 : 0);
  const r0 = a0 - p0;
  let borrow: u64 = a0 < p0 ? 1 : 0;
  let r1 = a1 - p1;
  let b1: u64 = a1 < p1 ? 1 : 0;
  if (r1 < borrow) b1 = 1;
  r1 -= borrow;
  const negative = a2 < p2 || (a2 == p2 && b1 != 0);
  let s0 = r0, s1 = r1;
  if (negative) {
    // add back once
    q -= 1;
    s0 = r0 + d0;
    const c: u64 = s0 < r0 ? 1 : 0;
    s1 = r1 + d1 + c;
  }
  qr1 = s1; qr0 = s0;
  return q;
}
