// The BigInt reference model (src/reference/) reproduces every historical-runtime
// fixture (fixtures/eras/spec*.json, produced by each era's own upstream code):
// every step, every field, debug bits included where the fixture has them.
import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { referenceEpoch } from "../src/reference/epoch.js";
import { readEpochFile } from "../src/fixture-file.js";
import { resolveStep, nextCarry, type CarryState } from "../src/snapshot/carry.js";
import type { EpochResult } from "../src/snapshot/types.js";

const dir = fileURLToPath(new URL("../fixtures/eras/", import.meta.url));
const files = readdirSync(dir).filter((f) => /^spec\d+-.*\.json$/.test(f)).sort();
const eras = [...new Set(files.map((f) => Number(/^spec(\d+)-/.exec(f)![1])))].sort((a, b) => a - b);

function pickDebug(r: EpochResult, expected: EpochResult): EpochResult {
  const { debug, ...rest } = r;
  if (!expected.debug) return rest;
  return { ...rest, debug: Object.fromEntries(Object.keys(expected.debug).map((k) => [k, (debug as unknown as Record<string, unknown>)[k]])) as unknown as EpochResult["debug"] };
}

describe("reference model reproduces every era fixture", () => {
  it("covers the ten eras", () => {
    expect(eras).toEqual([149, 195, 233, 257, 273, 283, 297, 320, 365, 397]);
  });
  for (const spec of eras) {
    describe(`spec ${spec}`, () => {
      for (const f of files.filter((x) => x.startsWith(`spec${spec}-`))) {
        it(f, () => {
          const file = readEpochFile(dir + f);
          expect(file.mode).toBe("sparse");
          let carry: CarryState | undefined;
          file.steps.forEach((step, k) => {
            const snap = resolveStep(step.input, carry, `steps[${k}]`);
            expect(snap.specVersion).toBe(spec);
            const r = referenceEpoch(snap, "sparse");
            carry = nextCarry(snap, r);
            expect(pickDebug(r, step.expected!), `step ${k}`).toEqual(step.expected);
          });
        });
      }
    });
  }
});
