// Every historical-runtime fixture (fixtures/eras/spec*.json, produced by each
// era's own upstream code): every step, every field, debug bits included.
import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Engine } from "../src/wasm/engine.js";
import { runSteps } from "../src/fixture.js";
import { readEpochFile } from "../src/fixture-file.js";
import type { EpochResult } from "../src/snapshot/types.js";

const dir = fileURLToPath(new URL("../fixtures/eras/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /^spec\d+-.*\.json$/.test(f))
  .sort();
const eras = [...new Set(files.map((f) => Number(/^spec(\d+)-/.exec(f)![1])))].sort((a, b) => a - b);

describe("era fixtures (bit-exact, per runtime version)", () => {
  it("the era set is complete", () => {
    // the eras shipped with the project (more files may be added; each is checked below)
    for (const e of [149, 195, 233, 257, 273, 283, 297, 320, 365, 397]) expect(eras).toContain(e);
    expect(files.length).toBeGreaterThanOrEqual(496);
  });
  const engine = new Engine();
  for (const spec of eras) {
    describe(`spec ${spec}`, () => {
      for (const f of files.filter((x) => x.startsWith(`spec${spec}-`))) {
        it(f, () => {
          const file = readEpochFile(dir + f);
          expect(file.steps[0]!.input.specVersion).toBe(spec);
          const results = runSteps(engine, file, { debug: true });
          expect(results.length).toBe(file.steps.length);
          results.forEach((r, k) => {
            const expected = file.steps[k]!.expected!;
            expect(expected).toBeDefined();
            // debug (vectors and matrices) is only in the fixtures for n <= 16; compare what they carry
            const { debug, ...rest } = r;
            const actual = expected.debug ? { ...rest, debug: pick(debug, expected.debug) } : rest;
            expect(actual, `step ${k}`).toEqual(expected);
          });
        });
      }
    });
  }
});

function pick<T extends object>(actual: T | undefined, expected: object | undefined): T | undefined {
  if (!actual || !expected) return actual;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(expected)) out[k] = (actual as Record<string, unknown>)[k];
  return out as T;
}

// epoch_dense of specs 149-232 (65d8367a6, e79b0999d, e2b8367b8) is the sparse epoch on dense
// matrices: dense bond rows keep their zero entries and no entry is out of range in these files, so
// with zero bond entries dropped the dense variant must give the sparse fixture's values (debug
// excluded). From 252 they differ on purpose (epoch_dense masks the owner's self weight again).
describe("dense variant at specs 149, 195, 233 against the sparse fixtures", () => {
  const engine = new Engine();
  const nz = (b: EpochResult["bonds"]) => b.map((row) => (row === null ? null : row.filter(([, v]) => v !== 0)));
  for (const f of files.filter((x) => /^spec(149|195|233)-/.test(x))) {
    it(f, () => {
      const file = { ...readEpochFile(dir + f), mode: "dense" as const };
      runSteps(engine, file, {}).forEach((r, k) => {
        const { debug: _d, ...exp } = file.steps[k]!.expected!;
        const { debug: _a, ...act } = r;
        expect({ ...act, bonds: nz(act.bonds) }, `step ${k}`).toEqual({ ...exp, bonds: nz(exp.bonds) });
      });
    });
  }
});
