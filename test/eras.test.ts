// Every historical-runtime fixture (fixtures/eras/spec*.json, produced by each
// era's own upstream code): every step, every field, debug bits included.
import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Engine } from "../src/wasm/engine.js";
import { readEpochFile, runSteps } from "../src/fixture.js";

const dir = fileURLToPath(new URL("../fixtures/eras/", import.meta.url));
const files = readdirSync(dir).filter((f) => /^spec\d+-.*\.json$/.test(f)).sort();
const eras = [...new Set(files.map((f) => Number(/^spec(\d+)-/.exec(f)![1])))].sort((a, b) => a - b);

describe("era fixtures (bit-exact, per runtime version)", () => {
  it("the era set is complete", () => {
    expect(eras).toEqual([149, 195, 233, 257, 273, 283, 297, 320, 365, 397]);
    expect(files.length).toBe(496);
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
