import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { fx, q64, split128, join128, expModel, I64_MIN, I64_MAX, floorDiv } from "./oracle.js";
import { testExports, u64 } from "./wasm.js";

const x = testExports();
const ONE = 1n << 32n;
const RUNS = { numRuns: 3000, seed: 0x5eed };

/** i64 values biased toward fixed-point edges: near 0, around 1.0, near the limits. */
const i64 = fc.oneof(
  fc.bigInt({ min: I64_MIN, max: I64_MAX }),
  fc.bigInt({ min: -(ONE * 4n), max: ONE * 4n }),
  fc.bigInt({ min: 0n, max: ONE }),
  fc.constantFrom(0n, 1n, -1n, ONE, -ONE, ONE - 1n, I64_MAX, I64_MIN, I64_MIN + 1n, 1n << 31n, (1n << 31n) - 1n),
);
const i128 = fc.oneof(
  fc.bigInt({ min: -(1n << 127n), max: (1n << 127n) - 1n }),
  fc.bigInt({ min: 0n, max: 1n << 66n }),
  fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }),
  fc.constantFrom(0n, 1n, -1n, 1n << 64n, -(1n << 64n), (1n << 127n) - 1n, -(1n << 127n)),
);

describe("I32F32 primitives match the BigInt model of substrate-fixed", () => {
  it("saturating_mul floors the exact product and saturates by operand signs", () => {
    fc.assert(
      fc.property(i64, i64, (a, b) => x.fxMulSat(a, b) === fx.mulSat(a, b)),
      RUNS,
    );
  });
  it("safe_div truncates toward zero and yields 0 on a zero divisor or overflow", () => {
    fc.assert(
      fc.property(i64, i64, (a, b) => x.fxSafeDiv(a, b) === fx.safeDiv(a, b)),
      RUNS,
    );
  });
  it("safe_div on divisors with trailing zero bits (integer-valued and coarse fixed point, the single-division paths)", () => {
    const shifted = fc
      .tuple(fc.bigInt({ min: -(1n << 40n), max: 1n << 40n }), fc.integer({ min: 0, max: 40 }))
      .map(([m, k]) => BigInt.asIntN(64, m << BigInt(k)));
    fc.assert(
      fc.property(fc.oneof(i64, shifted), shifted, (a, b) => x.fxSafeDiv(a, b) === fx.safeDiv(a, b)),
      { numRuns: 20000, seed: 0x5eed },
    );
  });
  it("safe_div on its single-division paths: dividends in [0, 1), integer-valued divisors, quotients at the i64 limit", () => {
    const divisor = fc.oneof(
      i64,
      fc.bigInt({ min: 1n, max: 1n << 40n }),
      fc.bigInt({ min: 1n, max: (1n << 31n) - 1n }).map((k) => k << 32n),
      fc.integer({ min: 0, max: 62 }).map((k) => 1n << BigInt(k)),
    );
    const pair = fc.oneof(
      fc.tuple(fc.bigInt({ min: 0n, max: ONE - 1n }), divisor),
      fc.tuple(fc.bigInt({ min: 0n, max: I64_MAX }), divisor),
      // quotients just below and above 2^63 (overflow gives 0)
      fc.tuple(fc.bigInt({ min: 1n, max: ONE - 1n }), fc.bigInt({ min: -2n, max: 2n })).map(([a, d]) => {
        const b = (a << 32n) >> 63n;
        return [a, b + d > 0n ? b + d : 1n] as [bigint, bigint];
      }),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => x.fxSafeDiv(a, b) === fx.safeDiv(a, b)),
      { numRuns: 30000, seed: 0x5eed },
    );
    // hand-derived: 1/3 of 2^32 truncated; 2^31 / 2^-32 = 2^95 overflows to 0; 5 / 2 = 2.5
    expect(x.fxSafeDiv(12345n, 3n * 12345n)).toBe(1431655765n);
    expect(x.fxSafeDiv(1n << 31n, 1n)).toBe(0n);
    expect(x.fxSafeDiv(5n << 32n, 2n << 32n)).toBe(5n << 31n);
  });
  it("saturating_div saturates on overflow", () => {
    fc.assert(
      fc.property(
        i64,
        i64.filter((b) => b !== 0n),
        (a, b) => x.fxDivSat(a, b) === fx.divSat(a, b),
      ),
      RUNS,
    );
  });
  it("saturating add/sub", () => {
    fc.assert(
      fc.property(i64, i64, (a, b) => x.fxAddSat(a, b) === fx.addSat(a, b) && x.fxSubSat(a, b) === fx.subSat(a, b)),
      RUNS,
    );
  });
  it("fixed_proportion_to_u16", () => {
    fc.assert(
      fc.property(i64, (a) => x.fxProportionToU16(a) === fx.proportionToU16(a)),
      RUNS,
    );
  });
  it("hand-derived vectors", () => {
    // kappa 32767/65535: trunc(32767 * 2^32 / 65535)
    expect(x.fxSafeDiv(32767n << 32n, 65535n << 32n)).toBe(2147450879n);
    // -1.5 * 0.5 = -0.75 exactly; -2^-32 * 0.5 floors to -2^-32
    expect(x.fxMulSat(-(3n << 31n), 1n << 31n)).toBe(-(3n << 30n));
    expect(x.fxMulSat(-1n, 1n << 31n)).toBe(-1n);
    // -1 / 3 truncates toward zero
    expect(x.fxSafeDiv(-ONE, 3n * ONE)).toBe(-1431655765n);
    expect(x.fxSafeDiv(ONE, 0n)).toBe(0n);
    // 2^31 / 2^-32 overflows: safe_div gives 0, saturating_div MAX
    expect(x.fxSafeDiv(1n << (63n - 1n), 1n)).toBe(0n);
    expect(x.fxDivSat(ONE << 20n, 1n)).toBe(I64_MAX);
    expect(x.fxProportionToU16(ONE)).toBe(65535);
    expect(x.fxProportionToU16(ONE / 2n)).toBe(32767);
  });
});

describe("I64F64 primitives match the BigInt model", () => {
  it("saturating_mul", () => {
    fc.assert(
      fc.property(i128, i128, (a, b) => {
        const [ah, al] = split128(a),
          [bh, bl] = split128(b);
        x.q64MulSat(ah, al, bh, bl);
        return join128(x.q64Hi(), u64(x.q64Lo())) === q64.mulSat(a, b);
      }),
      RUNS,
    );
  });
  it("checked_div", () => {
    fc.assert(
      fc.property(i128, i128, (a, b) => {
        const [ah, al] = split128(a),
          [bh, bl] = split128(b);
        const ok = x.q64DivChecked(ah, al, bh, bl) !== 0;
        const want = q64.divChecked(a, b);
        if (want === undefined) return !ok;
        return ok && join128(x.q64Hi(), u64(x.q64Lo())) === want;
      }),
      RUNS,
    );
  });
  it("checked_div then saturating conversion to I32F32, for 0 <= a <= b < 2^125 (the stake normalisation's f64 path)", () => {
    const b = fc.oneof(
      fc.bigInt({ min: 1n, max: (1n << 125n) - 1n }),
      fc.bigInt({ min: 1n, max: 1n << 70n }),
      fc.bigInt({ min: (1n << 125n) - 8n, max: (1n << 125n) - 1n }),
      fc.integer({ min: 0, max: 124 }).map((k) => 1n << BigInt(k)),
    );
    // a near exact multiples of b / 2^32 (where the estimate is off by one), a == b, a == 0
    const pair = b.chain((bb) =>
      fc.oneof(
        fc.bigInt({ min: 0n, max: bb }).map((a) => [a, bb]),
        fc.tuple(fc.bigInt({ min: 0n, max: 1n << 32n }), fc.bigInt({ min: -2n, max: 2n })).map(([q, d]) => {
          const a = (q * bb) >> 32n;
          return [a + d < 0n ? 0n : a + d > bb ? bb : a + d, bb];
        }),
        fc.constantFrom([0n, bb], [bb, bb]),
      ),
    );
    fc.assert(
      fc.property(pair, ([a, bb]) => {
        const [ah, al] = split128(a!),
          [bh, bl] = split128(bb!);
        const want = q64.toI32F32Sat(q64.divChecked(a!, bb!)!);
        return x.q64Ratio(ah, al, bh, bl) === want && want === (a! << 32n) / bb!;
      }),
      { numRuns: 20000, seed: 0x5eed },
    );
  });
  it("saturating_add and saturating conversion to I32F32", () => {
    fc.assert(
      fc.property(i128, i128, (a, b) => {
        const [ah, al] = split128(a),
          [bh, bl] = split128(b);
        x.q64AddSat(ah, al, bh, bl);
        return join128(x.q64Hi(), u64(x.q64Lo())) === q64.addSat(a, b) && x.q64ToI32F32Sat(ah, al) === q64.toI32F32Sat(a);
      }),
      RUNS,
    );
  });
});

describe("wide integer helpers", () => {
  const u64a = fc.oneof(
    fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
    fc.constantFrom(0n, 1n, (1n << 64n) - 1n, 1n << 63n, (1n << 32n) - 1n, 1n << 32n),
  );
  it("128/64 division (quotient < 2^64)", () => {
    fc.assert(
      fc.property(u64a, u64a, u64a, (hi, lo, v) => {
        fc.pre(v > 0n && hi < v);
        return u64(x.wDivU128by64(hi, lo, v)) === ((hi << 64n) | lo) / v;
      }),
      RUNS,
    );
  });
  it("128x128 -> 256 product", () => {
    fc.assert(
      fc.property(u64a, u64a, u64a, u64a, (ah, al, bh, bl) => {
        x.wMulU128(ah, al, bh, bl);
        const got = (u64(x.wLimb(3)) << 192n) | (u64(x.wLimb(2)) << 128n) | (u64(x.wLimb(1)) << 64n) | u64(x.wLimb(0));
        return got === ((ah << 64n) | al) * ((bh << 64n) | bl);
      }),
      RUNS,
    );
  });
  it("256/128 division (full 256-bit quotient), against BigInt", () => {
    // limbs near the algorithm's edges: a top dividend limb equal to the divisor's, near-2^64 limbs, one-limb divisors
    const check = (n3: bigint, n2: bigint, n1: bigint, n0: bigint, dh: bigint, dl: bigint) => {
      x.wDivU256by128(n3, n2, n1, n0, dh, dl);
      const got = (u64(x.wLimb(3)) << 192n) | (u64(x.wLimb(2)) << 128n) | (u64(x.wLimb(1)) << 64n) | u64(x.wLimb(0));
      return got === ((n3 << 192n) | (n2 << 128n) | (n1 << 64n) | n0) / ((dh << 64n) | dl);
    };
    fc.assert(
      fc.property(u64a, u64a, u64a, u64a, u64a, u64a, (n3, n2, n1, n0, dh, dl) => {
        fc.pre(dh !== 0n || dl !== 0n);
        return check(n3, n2, n1, n0, dh, dl) && check(n3, n2, n1, n0, 0n, dl | 1n) && check(0n, dh, dl, n0, dh | 1n, n1);
      }),
      { numRuns: 20000, seed: 0x5eed },
    );
    // hand-picked: (2^128 - 1) * 2^64 / (2^64 + 1) and the q-hat = 2^64 - 1 estimate (top limbs equal)
    expect(check(0n, (1n << 64n) - 1n, (1n << 64n) - 1n, 0n, 1n, 1n)).toBe(true);
    expect(check(0n, 1n << 63n, 5n, 7n, 1n << 63n, (1n << 64n) - 1n)).toBe(true);
    expect(check((1n << 63n) - 1n, (1n << 64n) - 1n, 0n, 0n, (1n << 63n) - 1n, (1n << 64n) - 1n)).toBe(true);
  });
});

describe("exp / exp_safe (substrate-fixed transcendental)", () => {
  it("exp(0) = 1 and exp(1) is the library's 23-bit e constant", () => {
    expect(x.fxExp(0n)).toBe(ONE);
    expect(x.fxExp(ONE)).toBe(11674931200n);
  });
  it("matches the BigInt series model on [-21, 21] and reports Err alike", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -21n * ONE, max: 21n * ONE }), (a) => {
        const got = x.fxExp(a);
        const failed = x.fxExpFailed() !== 0;
        const want = expModel(a);
        return want === undefined ? failed : !failed && got === want;
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it("stays within 1e-6 relative of Math.exp on [-5, 5]", () => {
    for (let v = -5; v <= 5; v += 0.37) {
      const got = Number(x.fxExpSafe(BigInt(Math.round(v * 2 ** 32)))) / 2 ** 32;
      expect(Math.abs(got - Math.exp(v)) / Math.exp(v)).toBeLessThan(1e-6);
    }
  });
  it("exp_safe clamps to [-20, 20] (upstream test_math_exp_safe)", () => {
    const e20 = x.fxExp(20n * ONE);
    expect(x.fxExpSafe(21n * ONE)).toBe(e20);
    expect(x.fxExpSafe(I64_MAX)).toBe(e20);
    const em20 = x.fxExp(-20n * ONE);
    expect(x.fxExpSafe(-21n * ONE)).toBe(em20);
    expect(x.fxExpSafe(I64_MIN)).toBe(em20);
    // 31 Taylor terms underestimate e^20 by ~0.8%: the chain's value, not Math.exp's
    const v = Number(e20) / 2 ** 32;
    expect(v).toBeLessThan(Math.exp(20));
    expect(v).toBeGreaterThan(Math.exp(20) * 0.99);
  });
});

describe("rao conversion through I96F32", () => {
  it("floor(x * rao / 2^32), 0 for negative, saturating at u64::MAX", () => {
    const U64_MAX = (1n << 64n) - 1n;
    fc.assert(
      fc.property(i64, fc.bigInt({ min: 0n, max: U64_MAX }), (a, rao) => {
        const exact = a <= 0n ? 0n : floorDiv(a * rao, ONE);
        const want = exact > U64_MAX ? U64_MAX : exact;
        return u64(x.fxRao(a, rao)) === want;
      }),
      RUNS,
    );
    expect(u64(x.fxRao(ONE / 2n, 1_000_000_000n))).toBe(500_000_000n);
  });
});
