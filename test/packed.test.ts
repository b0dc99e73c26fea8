// Engine.runPacked (typed arrays) carries the fixtures' expected values, field by field.
import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Engine } from "../src/wasm/engine.js";
import { readEpochFile } from "../src/fixture-file.js";
import { resolveStep, nextCarry, type CarryState } from "../src/snapshot/carry.js";
import type { PackedEpochResult } from "../src/wasm/packed.js";
import type { EpochResult, SparseRow } from "../src/snapshot/types.js";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

/** The packed result written out in the fixture "expected" shape (without debug). */
function asExpected(p: PackedEpochResult): Omit<EpochResult, "debug"> {
  const bonds: (SparseRow | null)[] = [];
  for (let i = 0; i < p.n; i++) {
    const kind = p.bonds.kind[i];
    if (kind === 2) {
      bonds.push(null);
      continue;
    }
    const row: SparseRow = [];
    if (kind === 0) for (let e = p.bonds.ptr[i]!; e < p.bonds.ptr[i + 1]!; e++) row.push([p.bonds.cols[e]!, p.bonds.vals[e]!]);
    bonds.push(row);
  }
  const str = (a: BigUint64Array) => Array.from(a, String);
  const bool = (a: Uint8Array) => Array.from(a, (v) => v !== 0);
  return {
    stakeWeight: [...p.stakeWeight],
    active: bool(p.active),
    emission: str(p.emission),
    consensus: [...p.consensus],
    incentive: [...p.incentive],
    dividends: [...p.dividends],
    validatorTrust: [...p.validatorTrust],
    newValidatorPermit: bool(p.newValidatorPermit),
    serverEmission: str(p.serverEmission),
    validatorEmission: str(p.validatorEmission),
    stake: str(p.stake),
    bonds,
  };
}

describe("runPacked", () => {
  const engine = new Engine();
  it("equals every upstream fixture's expected output (all steps, sparse and dense)", () => {
    let steps = 0;
    for (const f of files) {
      const file = readEpochFile(dir + f);
      let carry: CarryState | undefined;
      file.steps.forEach((step, k) => {
        const snap = resolveStep(step.input, carry, `steps[${k}]`);
        const packed = engine.runPacked(snap, { mode: file.mode });
        const { debug: _ignored, ...expected } = step.expected!;
        expect(asExpected(packed), `${f} step ${k}`).toEqual(expected);
        // the typed arrays are copies: a later epoch does not change them
        const before = asExpected(packed);
        carry = nextCarry(snap, engine.run(snap, { mode: file.mode }));
        expect(asExpected(packed)).toEqual(before);
        steps++;
      });
    }
    expect(steps).toBeGreaterThan(117);
  });
});
