// The second witness: the BigInt reference model (src/reference/) agrees with
// every fixture, and the WASM engine agrees with it bit for bit on random snapshots.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { referenceEpoch } from "../src/reference/epoch.js";
import { readEpochFile } from "../src/fixture-file.js";
import { resolveStep, nextCarry, type CarryState } from "../src/snapshot/carry.js";
import { arbSnapshot, arbHistory } from "../src/testing/arbitraries.js";
import { validateSnapshot } from "../src/snapshot/validate.js";
import { Engine } from "../src/wasm/engine.js";
import type { EpochMode, EpochResult } from "../src/snapshot/types.js";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const engine = new Engine();

/** Debug matrices are compared only for n <= 64 (the engine decodes them up to debugMatrixMaxN). */
const run = (s: Parameters<Engine["run"]>[0], mode: EpochMode) => engine.run(s, { mode, debug: true, debugMatrixMaxN: 64 });

function trimDebug(r: EpochResult, keys: string[]): EpochResult {
  return {
    ...r,
    debug: Object.fromEntries(keys.map((k) => [k, (r.debug as unknown as Record<string, unknown>)[k]])) as unknown as EpochResult["debug"],
  };
}

describe("reference model reproduces every fixture", () => {
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    it(f, () => {
      const file = readEpochFile(dir + f);
      let carry: CarryState | undefined;
      file.steps.forEach((step, k) => {
        const snap = resolveStep(step.input, carry, `steps[${k}]`);
        const r = referenceEpoch(snap, file.mode);
        carry = nextCarry(snap, r);
        const exp = step.expected!;
        expect(trimDebug(r, Object.keys(exp.debug!))).toEqual(exp);
      });
    });
  }
});

describe("WASM == BigInt reference, bit for bit", () => {
  it("2000 random snapshots up to 64 uids, sparse (epoch_mechanism)", () => {
    fc.assert(
      fc.property(arbSnapshot({ maxN: 64, outOfRangeUids: true }), (s) => {
        validateSnapshot(s);
        expect(run(s, "sparse")).toEqual(referenceEpoch(s, "sparse"));
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });
  it("600 random snapshots up to 32 uids, dense (epoch_dense_mechanism)", () => {
    fc.assert(
      fc.property(arbSnapshot({ maxN: 32, outOfRangeUids: true }), (s) => {
        expect(run(s, "dense")).toEqual(referenceEpoch(s, "dense"));
      }),
      { numRuns: 600, seed: 4242 },
    );
  });
  it("300 random Yuma3 + liquid alpha histories with carried bonds and re-registrations", () => {
    fc.assert(
      fc.property(arbHistory({ maxN: 24, yuma3: true, liquidAlpha: true }), (steps) => {
        let cw: CarryState | undefined, cr: CarryState | undefined;
        steps.forEach((step, k) => {
          const sw = resolveStep(step, cw, `step ${k}`),
            sr = resolveStep(step, cr, `step ${k}`);
          const a = run(sw, "sparse"),
            b = referenceEpoch(sr, "sparse");
          expect(a).toEqual(b);
          cw = nextCarry(sw, a);
          cr = nextCarry(sr, b);
        });
      }),
      { numRuns: 300, seed: 77 },
    );
  });
});
