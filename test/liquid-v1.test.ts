// Liquid alpha v1 (specs 154-272): the WASM kernel (assembly/epoch/liquid_v1.ts)
// against the upstream unit tests of 8cb6cb1c6 (tests/epoch.rs, tests/math.rs)
// with their asserted values, hand derivations, and the BigInt reference model.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { wasmModule } from "../src/wasm/engine.js";
import * as R from "../src/reference/liquid_v1.js";
import { ln as refLn } from "../src/reference/fixed.js";

interface LiquidExports {
  memory: WebAssembly.Memory;
  arenaAlloc(size: number): number;
  arenaReset(): void;
  lqLn(x: bigint): bigint;
  lqLnFailed(): number;
  lqFromF64(x: number): bigint;
  lqQuantile(data: number, len: number, q: number): bigint;
  lqSafeExp(x: bigint): bigint;
  lqLogisticParams(high: bigint, low: bigint, cHigh: bigint, cLow: bigint, safeDiv: number): bigint;
  lqLogisticB(): bigint;
  lqAlphaValues(consensus: number, n: number, a: bigint, b: bigint, safeDiv: number, out: number): void;
  lqClampAlphaValues(alpha: number, n: number, high: bigint, low: bigint): void;
  lqAlphas(consensus: number, n: number, lowRaw: bigint, highRaw: bigint, safeDiv: number): number;
  lqCsr(rows: number, ptr: number, cols: number, vals: number): number;
  lqCsrRows(m: number): number;
  lqCsrPtr(m: number): number;
  lqCsrCols(m: number): number;
  lqCsrVals(m: number): number;
  lqMatEmaAlphaVecSparse(nw: number, old: number, alpha: number, alphaLen: number): number;
  lqMatEmaAlphaVecDense(nw: number, old: number, n: number, alpha: number): number;
  lqEmaBondsSparse(delta: number, bonds: number, consensus: number, n: number, lowRaw: bigint, highRaw: bigint, safeDiv: number): number;
  lqEmaBondsDense(delta: number, bonds: number, consensus: number, n: number, lowRaw: bigint, highRaw: bigint, safeDiv: number): number;
}

const x = new WebAssembly.Instance(wasmModule(), {
  env: {
    abort() {
      throw new Error("abort");
    },
  },
}).exports as unknown as LiquidExports;

type Row = [number, bigint][];
const ONE = 1n << 32n;

/** I32F32::from_num(f64 literal) as the upstream tests write it: nearest (no ties occur in these literals). */
const fx = (v: number) => BigInt(Math.round(v * 2 ** 32));
const toFloat = (b: bigint) => Number(b) / 2 ** 32;

function writeI64(vals: bigint[]): number {
  const p = x.arenaAlloc(Math.max(vals.length, 1) * 8);
  new BigInt64Array(x.memory.buffer, p, vals.length).set(vals);
  return p;
}
function readI64(p: number, n: number): bigint[] {
  return Array.from(new BigInt64Array(x.memory.buffer, p, n));
}
function writeCsr(rows: Row[]): number {
  const ptr = x.arenaAlloc((rows.length + 1) * 4);
  const total = rows.reduce((s, r) => s + r.length, 0);
  const cols = x.arenaAlloc(Math.max(total, 1) * 4),
    vals = x.arenaAlloc(Math.max(total, 1) * 8);
  const P = new Uint32Array(x.memory.buffer, ptr, rows.length + 1);
  const C = new Uint32Array(x.memory.buffer, cols, Math.max(total, 1));
  const V = new BigInt64Array(x.memory.buffer, vals, Math.max(total, 1));
  let k = 0;
  rows.forEach((r, i) => {
    P[i] = k;
    for (const [j, v] of r) {
      C[k] = j;
      V[k] = v;
      k++;
    }
  });
  P[rows.length] = k;
  return x.lqCsr(rows.length, ptr, cols, vals);
}
function readCsr(m: number): Row[] {
  const rows = x.lqCsrRows(m);
  const P = new Uint32Array(x.memory.buffer, x.lqCsrPtr(m), rows + 1);
  const out: Row[] = [];
  for (let i = 0; i < rows; i++) {
    const r: Row = [];
    for (let e = P[i]!; e < P[i + 1]!; e++) {
      r.push([new Uint32Array(x.memory.buffer, x.lqCsrCols(m), e + 1)[e]!, new BigInt64Array(x.memory.buffer, x.lqCsrVals(m), e + 1)[e]!]);
    }
    out.push(r);
  }
  return out;
}
const quantile = (data: bigint[], q: number) => {
  x.arenaReset();
  return x.lqQuantile(writeI64(data), data.length, q);
};
function alphaValues(consensus: bigint[], a: bigint, b: bigint, safeDiv = false): bigint[] {
  x.arenaReset();
  const c = writeI64(consensus),
    out = x.arenaAlloc(consensus.length * 8);
  x.lqAlphaValues(c, consensus.length, a, b, safeDiv ? 1 : 0, out);
  return readI64(out, consensus.length);
}
function matEmaSparse(nw: Row[], old: Row[], alpha: bigint[]): Row[] {
  x.arenaReset();
  return readCsr(x.lqMatEmaAlphaVecSparse(writeCsr(nw), writeCsr(old), writeI64(alpha), alpha.length));
}
function matEmaDense(nw: bigint[][], old: bigint[][], alpha: bigint[]): bigint[][] {
  x.arenaReset();
  const n = nw.length;
  const out = x.lqMatEmaAlphaVecDense(writeI64(nw.flat()), writeI64(old.flat()), n, writeI64(alpha));
  const flat = readI64(out, n * n);
  return Array.from({ length: n }, (_, i) => flat.slice(i * n, i * n + n));
}
const close = (a: bigint, b: bigint, eps: number) => Math.abs(toFloat(a - b)) <= eps;

describe("substrate-fixed ln::<I32F32> and float conversion", () => {
  it("ln matches the BigInt model of transcendental::ln (log2 / LOG2_E) bit for bit", () => {
    const arg = fc.oneof(
      fc.bigInt({ min: 1n, max: (1n << 63n) - 1n }),
      fc.bigInt({ min: 1n, max: 4n * ONE }),
      fc.bigInt({ min: -ONE, max: 0n }),
    );
    fc.assert(
      fc.property(arg, (v) => {
        const r = refLn(v),
          w = x.lqLn(v);
        return r === undefined ? x.lqLnFailed() === 1 : x.lqLnFailed() === 0 && w === r;
      }),
      { numRuns: 3000, seed: 154 },
    );
  });
  it("hand derivations: ln(1) = 0 exactly, ln(2^k) = k*2^32/trunc(LOG2_E), Err for <= 0, ln(9) ~ 2.1972", () => {
    expect(x.lqLn(ONE)).toBe(0n);
    // log2 of 2^3 is exactly 3.0; 3 * 2^32 * 2^32 / (0xB8AA3B << 9), truncated
    expect(x.lqLn(8n * ONE)).toBe((3n * ONE * ONE) / (0xb8aa3bn << 9n));
    x.lqLn(0n);
    expect(x.lqLnFailed()).toBe(1);
    x.lqLn(-ONE);
    expect(x.lqLnFailed()).toBe(1);
    // 1 / 2^-32 overflows I32F32: Err (v0.6.0)
    x.lqLn(1n);
    expect(x.lqLnFailed()).toBe(1);
    expect(Math.abs(toFloat(x.lqLn(9n * ONE)) - Math.log(9))).toBeLessThan(1e-6);
    expect(Math.abs(toFloat(x.lqLn(ONE / 9n)) + Math.log(9))).toBeLessThan(1e-6);
  });
  it("I32F32::from_num(f64) rounds to nearest, ties to even", () => {
    expect(x.lqFromF64(0.25)).toBe(ONE / 4n);
    expect(x.lqFromF64(0.1)).toBe(429496730n); // 429496729.6
    expect(x.lqFromF64(1.5 / 2 ** 32)).toBe(2n); // tie 1.5 -> 2
    expect(x.lqFromF64(2.5 / 2 ** 32)).toBe(2n); // tie 2.5 -> 2
    expect(x.lqFromF64(-2.5 / 2 ** 32)).toBe(-2n);
    expect(x.lqFromF64(0.5 / 2 ** 32)).toBe(0n);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => x.lqFromF64(v) === R.fixedFromF64(v)),
      { numRuns: 2000, seed: 5 },
    );
  });
});

describe("math.rs quantile (8cb6cb1c6 tests/math.rs test_quantile)", () => {
  const data = [1, 2, 3, 4, 5].map((v) => BigInt(v) * ONE);
  it("asserted values, exact", () => {
    expect(quantile(data, 0.0)).toBe(fx(1.0));
    expect(quantile(data, 0.25)).toBe(fx(2.0));
    expect(quantile(data, 0.5)).toBe(fx(3.0));
    expect(quantile(data, 0.66)).toBe(fx(3.64));
    expect(quantile(data, 0.75)).toBe(fx(4.0));
    expect(quantile(data, 1.0)).toBe(fx(5.0));
  });
  it("sorts a copy; interpolates at fraction 0.25 / 0.75; empty is 0", () => {
    // [5, 1, 4, 2, 3, 0] sorted: 0 1 2 3 4 5; 0.75 * 5 = 3.75 -> 3 + 0.75; 0.25 * 5 = 1.25 -> 1 + 0.25
    const d = [5, 1, 4, 2, 3, 0].map((v) => BigInt(v) * ONE);
    expect(quantile(d, 0.75)).toBe(3n * ONE + (3n * ONE) / 4n);
    expect(quantile(d, 0.25)).toBe(ONE + ONE / 4n);
    expect(quantile([], 0.75)).toBe(0n);
  });
  it("equals the BigInt model on random vectors", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -2n * ONE, max: 2n * ONE }), { maxLength: 40 }),
        fc.constantFrom(0.25, 0.75, 0.66, 0.1, 1),
        (d, q) => quantile(d, q) === R.quantile(d, q),
      ),
      { numRuns: 1000, seed: 75 },
    );
  });
});

describe("epoch.rs liquid alpha helpers (8cb6cb1c6 tests/epoch.rs)", () => {
  it("test_compute_alpha_values (epsilon 1e-6)", () => {
    const alpha = alphaValues([fx(0.1), fx(0.5), fx(0.9)], fx(1.0), fx(0.0));
    expect(alpha.length).toBe(3);
    // expected = 1.saturating_div(1 + from_num(e^-c)), written with the test's literals
    const expected = [0.9048374180359595, 0.6065306597126334, 0.4065696597405991].map((e) => (ONE << 32n) / (ONE + fx(e)));
    alpha.forEach((a, i) => expect(close(a, expected[i]!, 1e-6)).toBe(true));
  });
  it("test_compute_alpha_values_256_miners (epsilon 1e-6)", () => {
    // consensus = I32F32::from_num(i as f32 / 255.0); expected 1 / (1 + exp(0 - 1 * c))
    const consensus = Array.from({ length: 256 }, (_, i) => fx(Math.fround(i / 255)));
    const alpha = alphaValues(consensus, fx(1.0), fx(0.0));
    expect(alpha.length).toBe(256);
    consensus.forEach((c, i) => expect(Math.abs(toFloat(alpha[i]!) - 1 / (1 + Math.exp(-toFloat(c))))).toBeLessThan(1e-6));
  });
  it("test_clamp_alpha_values (exact)", () => {
    x.arenaReset();
    const p = writeI64([fx(0.1), fx(0.5), fx(0.9)]);
    x.lqClampAlphaValues(p, 3, fx(0.8), fx(0.2));
    expect(readI64(p, 3)).toEqual([fx(0.2), fx(0.5), fx(0.8)]);
  });
  it("test_calculate_logistic_params: a ~ 7.324, b ~ 3.662 (epsilon 0.001), both division forms", () => {
    for (const safe of [0, 1]) {
      const a = x.lqLogisticParams(fx(0.9), fx(0.1), fx(0.8), fx(0.2), safe);
      expect(Math.abs(toFloat(a) - 7.324)).toBeLessThan(0.001);
      expect(Math.abs(toFloat(x.lqLogisticB()) - 3.662)).toBeLessThan(0.001);
    }
  });
  it("test_calculate_logistic_params_edge_cases", () => {
    // 1: alpha_low 0 -> (0, 0)
    expect(x.lqLogisticParams(fx(1.0), fx(0.0), fx(0.8), fx(0.2), 0)).toBe(0n);
    expect(x.lqLogisticB()).toBe(0n);
    // 2: consensus 1.0 / 0.0 -> a ~ 4.3944, b ~ 2.1972
    const a = x.lqLogisticParams(fx(0.9), fx(0.1), fx(1.0), fx(0.0), 0);
    expect(Math.abs(toFloat(a) - 4.3944)).toBeLessThan(0.001);
    expect(Math.abs(toFloat(x.lqLogisticB()) - 2.1972)).toBeLessThan(0.001);
    // 3: alpha values equal -> ln(1/0.5 - 1) = ln(1) = 0 for both: (0, 0)
    expect(x.lqLogisticParams(fx(0.5), fx(0.5), fx(0.8), fx(0.2), 0)).toBe(0n);
    expect(x.lqLogisticB()).toBe(0n);
    // 4: consensus equal -> (0, 0)
    expect(x.lqLogisticParams(fx(0.9), fx(0.1), fx(0.5), fx(0.5), 0)).toBe(0n);
    expect(x.lqLogisticB()).toBe(0n);
  });
  it("saturating_div (154-232) vs safe_div (233-272) differ only when a overflows", () => {
    // c_high - c_low = 2^-32: a = ln(1/9 / 9) / -2^-32 overflows; saturating gives MAX, safe_div 0
    const sat = x.lqLogisticParams(fx(0.9), fx(0.1), 1n, 0n, 0);
    expect(sat).toBe((1n << 63n) - 1n);
    expect(x.lqLogisticParams(fx(0.9), fx(0.1), 1n, 0n, 1)).toBe(0n);
  });
  it("test_compute_ema_bonds_with_liquid_alpha_sparse (0.14, 0.28, 0.34, 0.48; epsilon 1e-6)", () => {
    const ema = matEmaSparse(
      [
        [
          [0, fx(0.1)],
          [1, fx(0.2)],
        ],
        [
          [0, fx(0.3)],
          [1, fx(0.4)],
        ],
      ],
      [
        [
          [0, fx(0.5)],
          [1, fx(0.6)],
        ],
        [
          [0, fx(0.7)],
          [1, fx(0.8)],
        ],
      ],
      [fx(0.9), fx(0.8)],
    );
    const expected = [
      [
        [0, 0.14],
        [1, 0.28],
      ],
      [
        [0, 0.34],
        [1, 0.48],
      ],
    ] as const;
    expect(ema.map((r) => r.map(([j]) => j))).toEqual([
      [0, 1],
      [0, 1],
    ]);
    ema.forEach((r, i) => r.forEach(([, v], k) => expect(close(v, fx(expected[i]![k]![1]), 1e-6)).toBe(true)));
  });
  it("test_compute_ema_bonds_with_liquid_alpha_sparse_empty", () => {
    expect(matEmaSparse([], [], [])).toEqual([]);
  });
});

describe("math.rs mat_ema_alpha_vec(_sparse) (8cb6cb1c6 tests/math.rs)", () => {
  it("test_mat_ema_alpha_vec_sparse_single_element / zero_alpha / one_alpha / sparse_matrix (exact)", () => {
    expect(matEmaSparse([[[0, fx(1.0)]]], [[[0, fx(2.0)]]], [fx(0.5)])).toEqual([[[0, fx(1.5)]]]);
    expect(matEmaSparse([[[0, fx(1.0)]]], [[[0, fx(2.0)]]], [fx(0.0)])).toEqual([[[0, fx(2.0)]]]);
    expect(matEmaSparse([[[0, fx(1.0)]]], [[[0, fx(2.0)]]], [fx(1.0)])).toEqual([[[0, fx(1.0)]]]);
    expect(matEmaSparse([[[0, fx(1.0)]], [[1, fx(4.0)]]], [[[0, fx(5.0)]], [[1, fx(8.0)]]], [fx(0.5), fx(0.5)])).toEqual([
      [[0, fx(3.0)]],
      [[1, fx(6.0)]],
    ]);
  });
  it("test_mat_ema_alpha_vec_sparse_multiple_elements / mixed_alpha (epsilon 1e-6)", () => {
    const nw: Row[] = [
      [
        [0, fx(1.0)],
        [1, fx(2.0)],
      ],
      [
        [0, fx(3.0)],
        [1, fx(4.0)],
      ],
    ];
    const old: Row[] = [
      [
        [0, fx(5.0)],
        [1, fx(6.0)],
      ],
      [
        [0, fx(7.0)],
        [1, fx(8.0)],
      ],
    ];
    for (const [alpha, exp] of [
      [
        [0.1, 0.2],
        [
          [4.6, 5.2],
          [6.6, 7.2],
        ],
      ],
      [
        [0.3, 0.7],
        [
          [3.8, 3.2],
          [5.8, 5.2],
        ],
      ],
    ] as const) {
      const r = matEmaSparse(nw, old, alpha.map(fx));
      expect(r.map((row) => row.map(([j]) => j))).toEqual([
        [0, 1],
        [0, 1],
      ]);
      r.forEach((row, i) => row.forEach(([, v], j) => expect(close(v, fx(exp[i]![j]!), 1e-6)).toBe(true)));
    }
  });
  it("test_mat_ema_alpha_vec_basic / single_element (exact) and varying_alpha (epsilon 1e-6), square cases", () => {
    // upstream's basic case is 2x3; the dense kernel is n x n, so the square single-element case is exact and
    // the 3x3 extension of basic keeps its asserted cells: 0.5*new + 0.5*old
    expect(matEmaDense([[fx(1.0)]], [[fx(0.5)]], [fx(0.5)])).toEqual([[fx(0.75)]]);
    const nw = [
      [1.0, 2.0, 3.0],
      [4.0, 5.0, 6.0],
      [0, 0, 0],
    ].map((r) => r.map(fx));
    const old = [
      [0.5, 1.5, 2.5],
      [3.5, 4.5, 5.5],
      [0, 0, 0],
    ].map((r) => r.map(fx));
    expect(matEmaDense(nw, old, [0.5, 0.5, 0.5].map(fx)).slice(0, 2)).toEqual(
      [
        [0.75, 1.75, 2.75],
        [3.75, 4.75, 5.75],
      ].map((r) => r.map(fx)),
    );
    const v = matEmaDense(nw, old, [0.2, 0.5, 0.8].map(fx)).slice(0, 2);
    const exp = [
      [0.6, 1.75, 2.9],
      [3.6, 4.75, 5.9],
    ];
    v.forEach((row, i) => row.forEach((c, j) => expect(close(c, fx(exp[i]![j]!), 1e-6)).toBe(true)));
  });
  it("sparse: new entries assign (last repeated column wins), old entries add, columns >= n skipped, <= 0 dropped", () => {
    // hand derivation, alpha = (0.5, 0.25): row 0 new (1: 1.0), (1: 0.5) -> 0.25*0.5 = 0.125; old (1: 1.0) adds 0.75 -> 0.875;
    // old (0: 1.0) -> 0.5; (7: ...) out of range. Row 1: new (0: -1.0) -> -0.5, old (0: 0.25) -> +0.125 = -0.375 dropped.
    const r = matEmaSparse(
      [
        [
          [1, ONE],
          [1, ONE / 2n],
          [7, ONE],
        ],
        [[0, -ONE]],
      ],
      [
        [
          [1, ONE],
          [0, ONE],
          [7, ONE],
        ],
        [[0, ONE / 4n]],
      ],
      [ONE / 2n, ONE / 4n],
    );
    expect(r).toEqual([
      [
        [0, ONE / 2n],
        [1, (7n * ONE) / 8n],
      ],
      [],
    ]);
  });
});

describe("compute_ema_bonds_sparse with LiquidAlphaOn", () => {
  const run = (delta: Row[], bonds: Row[], consensus: bigint[], lo: number, hi: number, safe: boolean) => {
    x.arenaReset();
    const m = x.lqEmaBondsSparse(
      writeCsr(delta),
      writeCsr(bonds),
      writeI64(consensus),
      consensus.length,
      BigInt(lo),
      BigInt(hi),
      safe ? 1 : 0,
    );
    return m === 0 ? undefined : readCsr(m);
  };
  it("falls back to the normal EMA for all-zero consensus and when both quartiles are 0", () => {
    const d: Row[] = [[[0, ONE]], [], [], [], []];
    expect(run(d, [[], [], [], [], []], [0n, 0n, 0n, 0n, 0n], 45875, 58982, false)).toBeUndefined();
    // sorted [0,0,0,0,c]: position 3 and 1 are both 0 -> c_high = c_low = 0, not < 0
    expect(run(d, [[], [], [], [], []], [0n, 0n, ONE / 2n, 0n, 0n], 45875, 58982, false)).toBeUndefined();
    expect(run([], [], [], 45875, 58982, false)).toBeUndefined();
  });
  it("c_high == c_low != 0 still takes liquid alpha with (a, b) = (0, 0): alpha = 1/(1 + e^0) = 0.5, clamped to [low, high]", () => {
    // consensus all 0.5: alpha 0.5 clamped to [45875/65535, 58982/65535] -> low = trunc(45875 * 2^32 / 65535)
    const low = ((45875n << 32n) << 32n) / (65535n << 32n);
    const r = run([[[1, ONE]], [[0, ONE]]], [[], []], [ONE / 2n, ONE / 2n], 45875, 58982, false)!;
    expect(r).toEqual([[[1, low]], [[0, low]]]);
  });
  it("equals the BigInt reference (quantile, logistic fit, clamp, EMA) on random inputs", () => {
    const val = fc.bigInt({ min: 0n, max: ONE });
    const arb = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        consensus: fc.array(fc.oneof(val, fc.constant(0n)), { minLength: n, maxLength: n }),
        delta: fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: n }), val), { maxLength: n }), { minLength: n, maxLength: n }),
        bonds: fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: n }), val), { maxLength: n }), { minLength: n, maxLength: n }),
        lo: fc.integer({ min: 0, max: 65535 }),
        hi: fc.integer({ min: 0, max: 65535 }),
        safe: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, (t) => {
        const alpha = R.liquidAlphaV1(t.consensus, t.lo, t.hi, t.safe);
        const expected = alpha === undefined ? undefined : R.matEmaAlphaVecSparse(t.delta, t.bonds, alpha);
        expect(run(t.delta, t.bonds, t.consensus, t.lo, t.hi, t.safe)).toEqual(expected);
      }),
      { numRuns: 1500, seed: 272 },
    );
  });
  it("dense counterpart equals the BigInt reference", () => {
    const val = fc.bigInt({ min: 0n, max: ONE });
    const arb = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        consensus: fc.array(fc.oneof(val, fc.constant(0n)), { minLength: n, maxLength: n }),
        delta: fc.array(fc.array(val, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
        bonds: fc.array(fc.array(val, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(arb, (t) => {
        const n = t.consensus.length;
        x.arenaReset();
        const p = x.lqEmaBondsDense(writeI64(t.delta.flat()), writeI64(t.bonds.flat()), writeI64(t.consensus), n, 45875n, 58982n, 0);
        const alpha = R.liquidAlphaV1(t.consensus, 45875, 58982, false);
        if (alpha === undefined) {
          expect(p).toBe(0);
          return;
        }
        const flat = readI64(p, n * n);
        expect(Array.from({ length: n }, (_, i) => flat.slice(i * n, i * n + n))).toEqual(R.matEmaAlphaVec(t.delta, t.bonds, alpha));
      }),
      { numRuns: 500, seed: 233 },
    );
  });
});
