// Independent BigInt model of substrate-fixed's arithmetic contract, used as
// a second witness for the WASM primitives: products floor, quotients
// truncate toward zero, saturating ops clamp by operand signs.
export const I64_MIN = -(1n << 63n);
export const I64_MAX = (1n << 63n) - 1n;
export const I128_MIN = -(1n << 127n);
export const I128_MAX = (1n << 127n) - 1n;

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function fits(x: bigint, lo: bigint, hi: bigint): boolean {
  return x >= lo && x <= hi;
}

export const fx = {
  ONE: 1n << 32n,
  mulExact: (a: bigint, b: bigint) => floorDiv(a * b, 1n << 32n),
  mulSat(a: bigint, b: bigint): bigint {
    const r = floorDiv(a * b, 1n << 32n);
    if (fits(r, I64_MIN, I64_MAX)) return r;
    return (a < 0n) !== (b < 0n) ? I64_MIN : I64_MAX;
  },
  /** checked_div result or undefined */
  divChecked(a: bigint, b: bigint): bigint | undefined {
    if (b === 0n) return undefined;
    const r = (a << 32n) / b;
    return fits(r, I64_MIN, I64_MAX) ? r : undefined;
  },
  safeDiv(a: bigint, b: bigint): bigint {
    return fx.divChecked(a, b) ?? 0n;
  },
  divSat(a: bigint, b: bigint): bigint {
    const r = fx.divChecked(a, b);
    if (r !== undefined) return r;
    return (a < 0n) !== (b < 0n) ? I64_MIN : I64_MAX;
  },
  addSat: (a: bigint, b: bigint) => (a + b > I64_MAX ? I64_MAX : a + b < I64_MIN ? I64_MIN : a + b),
  subSat: (a: bigint, b: bigint) => (a - b > I64_MAX ? I64_MAX : a - b < I64_MIN ? I64_MIN : a - b),
  /** fixed_proportion_to_u16 */
  proportionToU16(a: bigint): number {
    const m = fx.mulSat(a, 65535n << 32n);
    const i = floorDiv(m, 1n << 32n);
    return Number(i < 0n ? 0n : i > 65535n ? 65535n : i);
  },
};

export const q64 = {
  mulSat(a: bigint, b: bigint): bigint {
    const r = floorDiv(a * b, 1n << 64n);
    if (fits(r, I128_MIN, I128_MAX)) return r;
    return (a < 0n) !== (b < 0n) ? I128_MIN : I128_MAX;
  },
  divChecked(a: bigint, b: bigint): bigint | undefined {
    if (b === 0n) return undefined;
    const r = (a << 64n) / b;
    return fits(r, I128_MIN, I128_MAX) ? r : undefined;
  },
  addSat: (a: bigint, b: bigint) => (a + b > I128_MAX ? I128_MAX : a + b < I128_MIN ? I128_MIN : a + b),
  toI32F32Sat(a: bigint): bigint {
    const r = floorDiv(a, 1n << 32n);
    return r > I64_MAX ? I64_MAX : r < I64_MIN ? I64_MIN : r;
  },
};

/** Split a signed 128-bit value into (hi: i64, lo: u64) as the WASM ABI takes it. */
export function split128(x: bigint): [bigint, bigint] {
  const u = BigInt.asUintN(128, x);
  return [BigInt.asIntN(64, u >> 64n), BigInt.asUintN(64, u)];
}

export function join128(hi: bigint, lo: bigint): bigint {
  return BigInt.asIntN(128, (BigInt.asUintN(64, hi) << 64n) | BigInt.asUintN(64, lo));
}

/**
 * substrate-fixed transcendental::exp for I32F32, written over BigInt from
 * the library's definition (Taylor series, 30 terms after x + 1, checked ops).
 */
export function expModel(x: bigint): bigint | undefined {
  const ONE = 1n << 32n;
  if (x === 0n) return ONE;
  if (x === ONE) return 22802600n << 9n;
  const neg = x < 0n;
  if (neg) {
    if (x === I64_MIN) return undefined;
    x = -x;
  }
  let result = x + ONE;
  if (result > I64_MAX) return undefined;
  let term = x;
  for (let i = 2n; i < 32n; i++) {
    const t = floorDiv(term * x, ONE);
    if (!fits(t, I64_MIN, I64_MAX)) return undefined;
    const d = fx.divChecked(t, i << 32n);
    if (d === undefined) return undefined;
    term = d;
    result += term;
    if (!fits(result, I64_MIN, I64_MAX)) return undefined;
  }
  if (neg) return fx.divChecked(ONE, result);
  return result;
}
