// Hostile input: mutated snapshots either raise a SnapshotError naming a
// field, or run and pass checkInvariants. Never another exception, a trap,
// or a hang. `npm test` runs FUZZ_RUNS (default 3000); `npm run fuzz` 20000+.
import { it, expect } from "vitest";
import fc from "fast-check";
import { arbSnapshot } from "../src/testing/arbitraries.js";
import { checkInvariants } from "../src/testing/invariants.js";
import { validateSnapshot } from "../src/snapshot/validate.js";
import { SnapshotError } from "../src/snapshot/errors.js";
import { Engine } from "../src/wasm/engine.js";
import type { EpochMode } from "../src/snapshot/types.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 31337);
const CASE_MS = 2000;

const weird = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    -1,
    0,
    1,
    1.5,
    -0,
    NaN,
    Infinity,
    -Infinity,
    65535,
    65536,
    2 ** 31,
    2 ** 53,
    Number.MAX_SAFE_INTEGER + 2,
    "",
    "0",
    "-1",
    "00",
    "1e3",
    "0x10",
    " 1",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999",
    "abc",
    "carry",
    [],
    {},
    [[]],
    [[0]],
    [[0, 1, 2]],
    [["0", "1"]],
    [[70000, 1]],
    [[1, 70000]],
  ),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.bigInt({ min: 0n, max: 1n << 70n }).map(String),
);

type Obj = Record<string, unknown>;
type Mutation = (s: Obj, r: { key: number; idx: number; val: unknown; k: number }) => void;

const mutations: Mutation[] = [
  (s, r) => {
    delete s[keys(s)[r.key % keys(s).length]!];
  }, // drop a field
  (s, r) => {
    s[`extra${r.k % 3}`] = r.val;
  }, // unknown field
  (s, r) => {
    s[keys(s)[r.key % keys(s).length]!] = r.val;
  }, // wrong type / boundary value
  (s, r) => {
    const a = vectors(s)[r.key % vectors(s).length];
    if (a?.length) a[r.idx % a.length] = r.val;
  }, // bad element
  (s, r) => {
    const a = vectors(s)[r.key % vectors(s).length];
    if (a) {
      if (r.k % 2) a.pop();
      else a.push(a[0] ?? r.val);
    }
  }, // length off by one
  (s, r) => {
    s.n = (s.n as number) + (r.k % 2 ? 1 : -1);
  }, // n mismatch
  (s, r) => {
    const row = rowOf(s.weights, r.idx);
    if (row) row.push(row[0] ?? [r.k % 70000, r.k % 70000]);
  }, // duplicate pair
  (s, r) => {
    const row = rowOf(r.k % 2 ? s.weights : s.bonds, r.idx);
    if (row) row.push(r.val);
  }, // bad pair
  (s, r) => {
    const rows = s.weights;
    if (Array.isArray(rows) && rows.length) rows[r.idx % rows.length] = Array.from({ length: 20_000 }, (_, j) => [j % 65536, j % 65536]);
  }, // huge row
  (s, r) => {
    const k1 = keys(s)[r.key % keys(s).length]!,
      k2 = keys(s)[(r.key + 1 + r.k) % keys(s).length]!;
    const t = s[k1];
    s[k1] = s[k2];
    s[k2] = t;
  }, // swap fields
];

function rowOf(rows: unknown, idx: number): unknown[] | undefined {
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  const row: unknown = rows[idx % rows.length];
  return Array.isArray(row) ? row : undefined;
}
function keys(s: Obj): string[] {
  return Object.keys(s).length ? Object.keys(s) : ["n"];
}
function vectors(s: Obj): unknown[][] {
  return Object.values(s).filter(Array.isArray) as unknown[][];
}

const mutated = fc
  .tuple(
    arbSnapshot({ maxN: 24, outOfRangeUids: true, extremeStake: true }),
    fc.array(fc.record({ m: fc.nat(mutations.length - 1), key: fc.nat(), idx: fc.nat(), val: weird, k: fc.nat() }), {
      minLength: 0,
      maxLength: 3,
    }),
    fc.constantFrom<EpochMode>("sparse", "dense"),
  )
  .map(([s, ms, mode]) => {
    const o = structuredClone(s) as unknown as Obj;
    for (const m of ms) mutations[m.m]!(o, m);
    return { o, mode, mutated: ms.length };
  });

// Long runs are split into chunks of at most 10000 cases (separate tests, seeds SEED + k),
// so that no single test blocks the worker for minutes.
const CHUNK = 10_000;
const engine = new Engine();
for (let k = 0; k * CHUNK < RUNS; k++) {
  const runs = Math.min(CHUNK, RUNS - k * CHUNK);
  const seed = SEED + k;
  it(`fuzz chunk ${k + 1}: ${runs} mutated snapshots (seed ${seed}) give a SnapshotError or a result that passes the invariants`, async () => {
    // let vitest's worker RPC run between chunks (the property itself is synchronous)
    await new Promise((resolve) => setImmediate(resolve));
    let refused = 0,
      ran = 0,
      slowest = 0;
    fc.assert(
      fc.property(mutated, ({ o, mode }) => {
        const t0 = performance.now();
        let snap;
        try {
          snap = validateSnapshot(o);
        } catch (e) {
          if (!(e instanceof SnapshotError)) throw e;
          expect(typeof e.path).toBe("string");
          expect(e.reason.length).toBeGreaterThan(0);
          refused++;
          return;
        }
        const r = engine.run(snap, { mode, debug: true, debugMatrixMaxN: 64 });
        expect(checkInvariants(snap, r, { mode })).toEqual([]);
        ran++;
        const ms = performance.now() - t0;
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(CASE_MS);
      }),
      { numRuns: runs, seed },
    );
    expect(engine.replacements).toBe(0); // no WebAssembly trap happened
    expect(refused).toBeGreaterThan(runs / 10);
    expect(ran).toBeGreaterThan(runs / 10);
    console.log(
      `fuzz chunk ${k + 1}: ${runs} cases (seed ${seed}): ${refused} refused with SnapshotError, ${ran} ran and passed the invariants; slowest ${slowest.toFixed(1)} ms`,
    );
  });
}
