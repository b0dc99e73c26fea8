// checkInvariants per runtime version: on every era fixture step (the chain's own
// outputs, reproduced bit-exactly) and on random snapshots re-encoded for each era.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Engine } from "../src/wasm/engine.js";
import { readEpochFile } from "../src/fixture-file.js";
import { resolveStep, nextCarry, type CarryState } from "../src/snapshot/carry.js";
import { checkInvariants } from "../src/testing/invariants.js";
import { arbSnapshot } from "../src/testing/arbitraries.js";
import { validateSnapshot, deriveActivityCutoff } from "../src/snapshot/validate.js";
import { fieldsFor } from "../src/snapshot/versions.js";
import type { EpochMode, Snapshot } from "../src/snapshot/types.js";

const engine = new Engine();
const dir = fileURLToPath(new URL("../fixtures/eras/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /^spec\d+-.*\.json$/.test(f))
  .sort();
const ERAS = [149, 195, 233, 257, 273, 283, 297, 320, 365, 397];

describe("invariants hold on every era fixture step", () => {
  for (const spec of ERAS) {
    it(`spec ${spec}`, () => {
      for (const f of files.filter((x) => x.startsWith(`spec${spec}-`))) {
        const file = readEpochFile(dir + f);
        let carry: CarryState | undefined;
        file.steps.forEach((st, k) => {
          const snap = resolveStep(st.input, carry, `steps[${k}]`);
          const r = engine.run(snap, { debug: true });
          carry = nextCarry(snap, r);
          expect(checkInvariants(snap, r), `${f} step ${k}`).toEqual([]);
        });
      }
    });
  }
});

/**
 * A HEAD snapshot re-encoded for an older spec: fields the spec does not read are
 * dropped, `stake` = alphaStake before 233, `activityCutoff` the u16 the HEAD
 * factor derives (capped) before 423, steepness kept in the u16 range at 273-282.
 */
function toEra(s: Snapshot, spec: number): Snapshot {
  const f = fieldsFor(spec);
  const src: Record<string, unknown> = {
    ...s,
    specVersion: spec,
    stake: s.alphaStake,
    activityCutoff: Number(
      deriveActivityCutoff(s.activityCutoffFactorMilli, s.tempo) > 65535n
        ? 65535n
        : deriveActivityCutoff(s.activityCutoffFactorMilli, s.tempo),
    ),
    alphaSigmoidSteepness: spec < 283 ? Math.abs(s.alphaSigmoidSteepness) : s.alphaSigmoidSteepness,
  };
  const o: Record<string, unknown> = {};
  for (const k of f.keys()) if (k in src) o[k] = src[k];
  if (spec >= 423) delete o.activityCutoff;
  // before 144 (not among ERAS) weights to uid >= n would be refused; before 320 bonds to uid >= n panic
  if (spec < 320) {
    o.bonds = s.bonds.map((row) => row.filter(([j]) => j < s.n));
  }
  return validateSnapshot(o);
}

describe("invariants hold on random snapshots at each era (fast-check, 100 runs per era and mode)", () => {
  for (const spec of ERAS) {
    for (const mode of ["sparse", "dense"] as EpochMode[]) {
      it(`spec ${spec} ${mode}`, () => {
        fc.assert(
          fc.property(arbSnapshot({ maxN: 24 }), (head) => {
            const s = toEra(head, spec);
            expect(checkInvariants(s, engine.run(s, { mode, debug: true, debugMatrixMaxN: 64 }), { mode })).toEqual([]);
          }),
          { numRuns: 100, seed: spec * 10 + (mode === "sparse" ? 1 : 2) },
        );
      });
    }
  }
});
