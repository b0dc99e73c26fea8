// Replay across runtime upgrades: each history line runs with its own specVersion;
// bonds carry across the change unchanged. Expected values come from the era fixtures.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { replay, type EpochRecord } from "../src/replay/replay.js";
import { validateStep } from "../src/snapshot/validate.js";
import { nextCarry, resolveStep, type CarryState } from "../src/snapshot/carry.js";
import { SpecTracker, formatSpecSegments } from "../src/replay/versions.js";
import type { EpochResult, Fixture, SnapshotStep, SparseRow } from "../src/snapshot/types.js";

const load = (name: string): Fixture =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/eras/${name}.json`, import.meta.url)), "utf8"));

/** The bonds storage holds before step k of a fixture, from the fixture's own expected rows. */
function fixtureBondsAt(f: Fixture, k: number): SparseRow[] {
  let carry: CarryState | undefined;
  let bonds: SparseRow[] = [];
  for (let t = 0; t <= k; t++) {
    const snap = resolveStep(f.steps[t]!.input, carry, `steps[${t}]`);
    bonds = snap.bonds;
    carry = nextCarry(snap, f.steps[t]!.expected!);
  }
  return bonds;
}

async function collect(steps: SnapshotStep[]): Promise<EpochRecord[]> {
  const out: EpochRecord[] = [];
  for await (const r of replay(steps, { debug: false })) out.push(r);
  return out;
}

const strip = (r: EpochResult) => {
  const { debug: _d, ...rest } = r;
  return rest;
};
const stripExpected = (r: EpochResult) => {
  const { debug: _d, ...rest } = r;
  return rest;
};

describe("replay across a runtime upgrade (spec 257 -> 273)", () => {
  const a = load("spec257-test_bonds"),
    b = load("spec273-test_bonds");
  it("each epoch runs with its line's spec version", async () => {
    const steps = [
      ...a.steps.slice(0, 4).map((s) => validateStep(s.input)),
      validateStep({ ...b.steps[4]!.input, bonds: fixtureBondsAt(b, 4) }),
      ...b.steps.slice(5).map((s) => validateStep(s.input)),
    ];
    const recs = await collect(steps);
    expect(recs.length).toBe(9);
    recs.forEach((rec, k) => {
      const exp = (k < 4 ? a : b).steps[k]!.expected!;
      expect(strip(rec.result), `epoch ${k}`).toEqual(stripExpected(exp));
    });
    const t = new SpecTracker();
    recs.forEach((r) => t.add(r.epoch, r.snapshot.specVersion));
    expect(t.segments).toEqual([
      { spec: 257, fromEpoch: 0, toEpoch: 3 },
      { spec: 273, fromEpoch: 4, toEpoch: 8 },
    ]);
    expect(t.changes()).toEqual([{ epoch: 4, from: 257, to: 273 }]);
    expect(formatSpecSegments(t.segments)).toBe("spec 257 (epochs 0-3), spec 273 (epochs 4-8; changed at epoch 4)");
  });
  it("bonds carried into the first epoch of the new version are the old version's stored rows, unchanged", async () => {
    const steps = [...a.steps.slice(0, 4).map((s) => validateStep(s.input)), validateStep(b.steps[4]!.input)];
    const recs = await collect(steps);
    // rows as the spec-257 fixture says storage holds them after its epoch 3
    const stored = fixtureBondsAt(a, 4);
    expect(recs[4]!.snapshot.bonds).toEqual(stored);
    expect(recs[4]!.snapshot.specVersion).toBe(273);
  });
  it("a pre-dTAO line followed by a dTAO line: each validated against its own version", () => {
    const pre = load("spec195-test_bonds").steps[1]!.input;
    expect(() => validateStep({ ...pre, specVersion: 233 })).toThrow(/stake: not read by the runtime of spec 233/);
  });
});
