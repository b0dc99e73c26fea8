// The O(e log e) column median equals upstream's partition search (kept in
// assembly/math/median.ts as weightedMedianDense) on random columns.
import { it, expect } from "vitest";
import fc from "fast-check";
import { memoryExports } from "./wasm.js";

const x = memoryExports();
const ONE = 1n << 32n;

function i64s(values: bigint[]): number {
  const p = x.arenaAlloc(Math.max(8, values.length * 8));
  new BigInt64Array(x.memory.buffer, p, values.length).set(values);
  return p;
}
function u32s(values: number[]): number {
  const p = x.arenaAlloc(Math.max(4, values.length * 4));
  new Uint32Array(x.memory.buffer, p, values.length).set(values);
  return p;
}

const column = fc.record({
  stakes: fc.array(fc.oneof(fc.bigInt({ min: 0n, max: ONE }), fc.constantFrom(0n, 1n, ONE / 3n)), { minLength: 0, maxLength: 40 }),
  // few distinct values so that ties are common; 0 = no weight
  scoreChoices: fc.array(fc.oneof(fc.constantFrom(0n, ONE / 2n, ONE / 4n, ONE), fc.bigInt({ min: 0n, max: ONE })), {
    minLength: 1,
    maxLength: 5,
  }),
  picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  kappa: fc.oneof(fc.constantFrom(0n, ONE, ONE / 2n, 2147450879n), fc.bigInt({ min: 0n, max: ONE + 5n })),
});

// long columns (the quickselect's partition steps), many or few distinct scores
const longColumn = fc.record({
  // total stake above or below kappa (minority = stake sum - kappa negative: the lowest score wins)
  stakes: fc.oneof(
    fc.array(fc.oneof(fc.bigInt({ min: 0n, max: ONE / 64n }), fc.constantFrom(0n, 1n)), { minLength: 13, maxLength: 400, size: "max" }),
    fc.array(fc.bigInt({ min: 0n, max: ONE / 4096n }), { minLength: 13, maxLength: 400, size: "max" }),
  ),
  scoreChoices: fc.oneof(
    fc.array(fc.bigInt({ min: 0n, max: ONE }), { minLength: 1, maxLength: 400, size: "max" }),
    fc.array(fc.constantFrom(0n, ONE / 2n, ONE / 4n, ONE, 1n), { minLength: 1, maxLength: 4 }),
  ),
  picks: fc.array(fc.nat(), { minLength: 400, maxLength: 400 }),
  kappa: fc.oneof(fc.constantFrom(0n, ONE, ONE / 2n, 2147450879n), fc.bigInt({ min: 0n, max: ONE + 5n })),
});

it.each([
  ["5000 random columns of up to 40 rows", column, 5000],
  ["800 random columns of up to 400 rows", longColumn, 800],
] as const)("column median: fast path == partition search (%s)", (_name, columns, numRuns) => {
  fc.assert(
    fc.property(columns, ({ stakes, scoreChoices, picks, kappa }) => {
      x.arenaReset();
      const k = stakes.length;
      const scores = stakes.map((_, i) => scoreChoices[picks[i]! % scoreChoices.length]!);
      const stakeSum = stakes.reduce((a, b) => a + b, 0n);
      const minority = stakeSum - kappa; // saturating_sub cannot saturate here
      const rows: number[] = [],
        vals: bigint[] = [];
      scores.forEach((s, i) => {
        if (s !== 0n) {
          rows.push(i);
          vals.push(s);
        }
      });
      const fast = x.medianFast(i64s(stakes), k, stakeSum, minority, u32s(rows), i64s(vals), rows.length);
      const ref = x.medianReference(i64s(stakes), i64s(scores), k, minority, stakeSum);
      return fast === ref;
    }),
    { numRuns, seed: 99 },
  );
});

it("hand-derived: stake 0.6 at score 0.5, 0.4 at 1.0: kappa 0.5 or 0.7 -> 0.5; kappa 0.3 -> 1.0", () => {
  x.arenaReset();
  const stakes = [(ONE * 6n) / 10n, (ONE * 4n) / 10n];
  const sum = stakes[0]! + stakes[1]!;
  const run = (kappa: bigint) => x.medianFast(i64s(stakes), 2, sum, sum - kappa, u32s([0, 1]), i64s([ONE / 2n, ONE]), 2);
  expect(run(ONE / 2n)).toBe(ONE / 2n); // minority 0.5 < F(0.5) = 0.6
  expect(run((ONE * 7n) / 10n)).toBe(ONE / 2n); // minority 0.3 < F(0.5) = 0.6
  expect(run((ONE * 3n) / 10n)).toBe(ONE); // minority 0.7 >= F(0.5) = 0.6, < F(1.0)
});
