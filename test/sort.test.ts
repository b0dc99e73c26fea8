// The top-k permit masks (quickselect) and the keyed index sort (insertion sort for short
// runs, heapsort above) against a model written from math.rs is_topk / is_topk_nonzero:
// a stable ascending sort of the indices by value, the first n - k of them dropped.
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

/** math.rs is_topk(_nonzero): JS's Array.prototype.sort is stable */
function topkModel(v: bigint[], k: number, nonzero: boolean): number[] {
  const n = v.length;
  const out = v.map((e) => (nonzero ? (e !== 0n ? 1 : 0) : 1));
  if (n < k) return out;
  const idx = v.map((_, i) => i).sort((a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0));
  for (const i of idx.slice(0, n - k)) out[i] = 0;
  return out;
}

// many ties (a few distinct values), zeros, negatives (wrapped stake of old runtimes), long runs
const values = fc.oneof(
  fc.array(fc.constantFrom(0n, 1n, ONE / 3n, ONE, -5n), { maxLength: 300 }),
  fc.array(fc.bigInt({ min: -ONE, max: ONE }), { maxLength: 300 }),
  fc.array(fc.bigInt({ min: 0n, max: 40n }), { minLength: 100, maxLength: 1200 }),
  fc.integer({ min: 0, max: 600 }).map((n) => Array.from({ length: n }, (_, i) => BigInt(i))), // sorted input
  fc.integer({ min: 0, max: 600 }).map((n) => Array.from({ length: n }, (_, i) => BigInt(n - i))), // reversed
);

it("is_topk / is_topk_nonzero masks equal the stable-sort model (quickselect)", () => {
  fc.assert(
    fc.property(values, fc.nat(), fc.boolean(), (v, kr, nonzero) => {
      x.arenaReset();
      const n = v.length;
      const k = kr % (n + 3);
      const out = x.arenaAlloc(Math.max(1, n));
      x.topkMask(i64s(v), n, k, out, nonzero ? 1 : 0);
      return JSON.stringify([...new Uint8Array(x.memory.buffer, out, n)]) === JSON.stringify(topkModel(v, k, nonzero));
    }),
    { numRuns: 3000, seed: 14 },
  );
});

it("keyed index sort equals a stable sort by key (lengths around the insertion-sort cutoff)", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(0n, 7n, -1n, ONE, 3n), { maxLength: 40 }), (v) => {
      x.arenaReset();
      const n = v.length;
      const idx = x.arenaAlloc(Math.max(4, n * 4));
      const view = new Uint32Array(x.memory.buffer, idx, n);
      // start from a scrambled index order: the result must not depend on it
      for (let i = 0; i < n; i++) view[i] = (2 * n - 1 - i + 3) % n; // reversed, rotated by 3
      x.sortByKey(idx, n, i64s(v));
      const want = v.map((_, i) => i).sort((a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : a - b));
      return JSON.stringify([...new Uint32Array(x.memory.buffer, idx, n)]) === JSON.stringify(want);
    }),
    { numRuns: 3000, seed: 15 },
  );
});

it("hand-derived: keys [5, 0, 5, 2], k = 2 keeps uids 0 and 2 (the larger); ties drop the lower uid first", () => {
  x.arenaReset();
  const out = x.arenaAlloc(4);
  x.topkMask(i64s([5n, 0n, 5n, 2n]), 4, 2, out, 1);
  expect([...new Uint8Array(x.memory.buffer, out, 4)]).toEqual([1, 0, 1, 0]);
  // [3, 3, 3], k = 1: a stable ascending sort drops uids 0 and 1
  x.topkMask(i64s([3n, 3n, 3n]), 3, 1, out, 0);
  expect([...new Uint8Array(x.memory.buffer, out, 3)]).toEqual([0, 0, 1]);
});
