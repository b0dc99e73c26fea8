// substrate-fixed v0.6.0 arithmetic over BigInt raw bits: the reference
// model's number system. Products floor the exact product, quotients
// truncate toward zero, saturating ops clamp by operand signs, `+` wraps.
export const I64_MIN = -(1n << 63n);
export const I64_MAX = (1n << 63n) - 1n;
export const I128_MIN = -(1n << 127n);
export const I128_MAX = (1n << 127n) - 1n;
export const U64_MAX = (1n << 64n) - 1n;

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

const inRange = (x: bigint, lo: bigint, hi: bigint) => x >= lo && x <= hi;

/** A signed fixed-point format: `frac` fraction bits in a `bits`-wide integer. */
function format(bits: bigint, frac: bigint) {
  const MIN = -(1n << (bits - 1n)),
    MAX = (1n << (bits - 1n)) - 1n;
  const ONE = 1n << frac;
  const sat = (v: bigint) => (v > MAX ? MAX : v < MIN ? MIN : v);
  const f = {
    ONE,
    MIN,
    MAX,
    fromInt: (x: bigint) => sat(x << frac),
    /** `+` in a release build: wraps */
    add: (a: bigint, b: bigint) => BigInt.asIntN(Number(bits), a + b),
    addSat: (a: bigint, b: bigint) => sat(a + b),
    subSat: (a: bigint, b: bigint) => sat(a - b),
    mulChecked(a: bigint, b: bigint): bigint | undefined {
      const r = floorDiv(a * b, ONE);
      return inRange(r, MIN, MAX) ? r : undefined;
    },
    mulSat(a: bigint, b: bigint): bigint {
      return f.mulChecked(a, b) ?? (a < 0n !== b < 0n ? MIN : MAX);
    },
    divChecked(a: bigint, b: bigint): bigint | undefined {
      if (b === 0n) return undefined;
      const r = (a << frac) / b;
      return inRange(r, MIN, MAX) ? r : undefined;
    },
    /** safe-math safe_div: checked_div or 0 */
    safeDiv: (a: bigint, b: bigint) => f.divChecked(a, b) ?? 0n,
    divSat(a: bigint, b: bigint): bigint {
      return f.divChecked(a, b) ?? (a < 0n !== b < 0n ? MIN : MAX);
    },
    /** saturating_to_num::<u64>() */
    toU64: (a: bigint) => {
      const i = floorDiv(a, ONE);
      return i < 0n ? 0n : i > U64_MAX ? U64_MAX : i;
    },
    toU16: (a: bigint) => {
      const i = floorDiv(a, ONE);
      return Number(i < 0n ? 0n : i > 65535n ? 65535n : i);
    },
    sum: (xs: bigint[]) => xs.reduce((s, x) => f.add(s, x), 0n),
  };
  return f;
}

/** I32F32 */
export const fx = format(64n, 32n);
/** I64F64 */
export const fx64 = format(128n, 64n);

/** I32F32::saturating_from_num(I64F64): floor to 32 fraction bits, clamp */
export function fx64To32Sat(x: bigint): bigint {
  const r = floorDiv(x, 1n << 32n);
  return r > I64_MAX ? I64_MAX : r < I64_MIN ? I64_MIN : r;
}

/** I32F32::from_num(I64F64) in a release build: floor, then wrap */
export function fx64To32Wrap(x: bigint): bigint {
  return BigInt.asIntN(64, floorDiv(x, 1n << 32n));
}

/** math.rs fixed_proportion_to_u16 */
export const proportionToU16 = (x: bigint) => fx.toU16(fx.mulSat(x, 65535n << 32n));
/** math.rs u16_proportion_to_fixed */
export const u16Proportion = (x: bigint) => fx.safeDiv(x << 32n, 65535n << 32n);

/** substrate-fixed transcendental::exp::<I32F32, I32F32>; undefined = Err */
export function exp(x: bigint): bigint | undefined {
  const ONE = fx.ONE;
  if (x === 0n) return ONE;
  if (x === ONE) return 22802600n << 9n; // consts::E as I9F23
  const neg = x < 0n;
  if (neg) {
    if (x === I64_MIN) return undefined;
    x = -x;
  }
  let result: bigint | undefined = x + ONE;
  if (result > I64_MAX) return undefined;
  let term: bigint | undefined = x;
  for (let i = 2n; i < 32n; i++) {
    term = fx.mulChecked(term, x);
    if (term === undefined) return undefined;
    term = fx.divChecked(term, i << 32n);
    if (term === undefined) return undefined;
    result = result + term;
    if (result > I64_MAX || result < I64_MIN) return undefined;
  }
  return neg ? fx.divChecked(ONE, result) : result;
}

/** math.rs exp_safe */
export function expSafe(input: bigint): bigint {
  const lo = -20n << 32n,
    hi = 20n << 32n;
  const x = input < lo ? lo : input > hi ? hi : input;
  const r = exp(x);
  if (r !== undefined) return r;
  return x <= 0n ? 0n : I64_MAX;
}

/** substrate-fixed transcendental::log2::<I32F32, I32F32>; undefined = Err */
export function log2(x: bigint): bigint | undefined {
  const ONE = fx.ONE,
    TWO = 2n * fx.ONE;
  if (x <= 0n) return undefined;
  // log2_inner(v) for v >= 1: rs = right shift by one, rounding (adds the dropped bit)
  const inner = (v: bigint): bigint => {
    let result = 0n;
    while (v >= TWO) {
      result += 1n;
      v = (v >> 1n) + (v & 1n);
    }
    if (v === ONE) return result << 32n;
    for (let i = 0; i < 32; i++) {
      v = floorDiv(v * v, ONE);
      result <<= 1n;
      if (v >= TWO) {
        result |= 1n;
        v = (v >> 1n) + (v & 1n);
      }
    }
    return result;
  };
  if (x < ONE) {
    const inv = fx.divChecked(ONE, x);
    return inv === undefined ? undefined : -inner(inv);
  }
  return inner(x);
}

/** substrate-fixed transcendental::ln::<I32F32, I32F32>: log2 / LOG2_E (I9F23 0xB8AA3B) */
export function ln(x: bigint): bigint | undefined {
  const l = log2(x);
  return l === undefined ? undefined : fx.divChecked(l, 0xb8aa3bn << 9n);
}

/**
 * The arithmetic math.rs applies, by era: plain operators (wrapping in a
 * release build) before spec 153, saturating_* with saturating_div 153-232,
 * saturating_* with safe_div and saturating conversions from 233. Iterator
 * sums wrap in every era (fx.sum).
 */
export interface EraOps {
  add(a: bigint, b: bigint): bigint;
  sub(a: bigint, b: bigint): bigint;
  mul(a: bigint, b: bigint): bigint;
  div(a: bigint, b: bigint): bigint;
  /** I64F64 quotient (inplace_normalize_64) */
  div64(a: bigint, b: bigint): bigint;
  /** I32F32::from_num / saturating_from_num of an I64F64 (fixed64_to_fixed32) */
  to32(x: bigint): bigint;
  /** fixed_to_u16: to_num::<u16> (floor, wrap) / saturating_to_num::<u16> */
  toU16(x: bigint): number;
  /** I96F32(x) * I96F32(rao) -> u64: plain mul + to_num, saturating_mul + to_num, saturating both */
  rao(x: bigint, rao: bigint): bigint;
}

const w64 = (v: bigint) => BigInt.asIntN(64, v);
const w128 = (v: bigint) => BigInt.asIntN(128, v);
const I96_MAX = (1n << 127n) - 1n,
  I96_MIN = -(1n << 127n);
const wrapU16 = (x: bigint) => Number(BigInt.asUintN(16, floorDiv(x, fx.ONE)));

/** specs < 153: `+ - * /` on fixed types wrap */
export const WRAP_OPS: EraOps = {
  add: (a, b) => w64(a + b),
  sub: (a, b) => w64(a - b),
  // mul_overflow: the i128 product a * (b << 32) wraps, then >> 64 (as i64)
  mul: (a, b) => w64(floorDiv(w128(a * (b << 32n)), 1n << 64n)),
  div: (a, b) => w64((a << 32n) / b),
  div64: (a, b) => w128((a << 64n) / b),
  to32: fx64To32Wrap,
  toU16: wrapU16,
  rao: (x, rao) => BigInt.asUintN(64, floorDiv(w128(x * rao), fx.ONE)),
};

/** specs 153-232 */
export const SAT_OPS: EraOps = {
  add: fx.addSat,
  sub: fx.subSat,
  mul: fx.mulSat,
  div: fx.divSat,
  div64: fx64.divSat,
  to32: fx64To32Wrap,
  toU16: wrapU16,
  rao: (x, rao) => {
    const p = x * rao;
    return BigInt.asUintN(64, floorDiv(p > I96_MAX ? I96_MAX : p < I96_MIN ? I96_MIN : p, fx.ONE));
  },
};

/** specs >= 233 */
export const SAFE_OPS: EraOps = {
  add: fx.addSat,
  sub: fx.subSat,
  mul: fx.mulSat,
  div: fx.safeDiv,
  div64: fx64.safeDiv,
  to32: fx64To32Sat,
  toU16: fx.toU16,
  rao: (x, rao) => {
    const v = floorDiv(x * rao, fx.ONE);
    return v < 0n ? 0n : v > U64_MAX ? U64_MAX : v;
  },
};

export function opsFor(spec: number): EraOps {
  return spec < 153 ? WRAP_OPS : spec < 233 ? SAT_OPS : SAFE_OPS;
}
