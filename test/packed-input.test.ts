// PackedSnapshot (typed CSR weights and bonds) and toEpochResult: on every upstream and era
// fixture step, the packed input and the packed result give exactly the fixture's expected
// output, the same as Engine.run on the pair form; validatePackedSnapshot names the bad field.
import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Engine } from "../src/wasm/engine.js";
import { toEpochResult } from "../src/wasm/packed.js";
import { readEpochFile } from "../src/fixture-file.js";
import { resolveStep, nextCarry, type CarryState } from "../src/snapshot/carry.js";
import { SnapshotError } from "../src/snapshot/errors.js";
import { validateSnapshot } from "../src/snapshot/validate.js";
import {
  fromPackedSnapshot,
  isPackedSnapshot,
  packRows,
  toPackedSnapshot,
  unpackRows,
  validatePackedSnapshot,
  type PackedSnapshot,
} from "../src/snapshot/packed.js";
import type { Snapshot } from "../src/snapshot/types.js";

const upstreamDir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const erasDir = fileURLToPath(new URL("../fixtures/eras/", import.meta.url));
const upstream = readdirSync(upstreamDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => upstreamDir + f);
const eras = readdirSync(erasDir)
  .filter((f) => /^spec\d+-.*\.json$/.test(f))
  .sort()
  .map((f) => erasDir + f);

const engine = new Engine();

/** Every step of a fixture file: the packed paths against the expected output and against run. */
function checkFile(path: string): { steps: number; specs: Set<number> } {
  const file = readEpochFile(path);
  let carry: CarryState | undefined;
  const specs = new Set<number>();
  file.steps.forEach((step, k) => {
    const snap = resolveStep(step.input, carry, `steps[${k}]`);
    specs.add(snap.specVersion ?? 425);
    const { debug: _ignored, ...expected } = step.expected!;
    const where = `${path} step ${k}`;
    const run = engine.run(snap, { mode: file.mode });
    const packedInput = validatePackedSnapshot(toPackedSnapshot(snap));
    // packed result of the pair input, packed result of the packed input, run of the packed input
    expect(toEpochResult(engine.runPacked(snap, { mode: file.mode })), where).toEqual(expected);
    const viaPacked = toEpochResult(engine.runPacked(packedInput, { mode: file.mode }));
    expect(viaPacked, where).toEqual(expected);
    expect(engine.run(packedInput, { mode: file.mode }), where).toEqual(run);
    // same keys in the same order as run (JSON output is byte-identical)
    expect(JSON.stringify(viaPacked), where).toBe(JSON.stringify(run));
    carry = nextCarry(snap, run);
  });
  return { steps: file.steps.length, specs };
}

describe("packed input and toEpochResult equal the fixtures", () => {
  it("every upstream fixture (spec 425), all steps, sparse and dense", () => {
    let steps = 0;
    for (const f of upstream) steps += checkFile(f).steps;
    expect(steps).toBeGreaterThan(117);
  });
  it("every era fixture (specs 121-425), all steps", () => {
    let steps = 0;
    const specs = new Set<number>();
    for (const f of eras) {
      const r = checkFile(f);
      steps += r.steps;
      for (const s of r.specs) specs.add(s);
    }
    expect(eras.length).toBeGreaterThanOrEqual(496);
    // the runtimes whose output fields differ: rank/trust (< 365), no stakeWeight (< 195, 320-322), stake (380, 385+)
    for (const s of [149, 195, 320, 365, 397]) expect(specs).toContain(s);
    expect(steps).toBeGreaterThan(496);
  });
});

/** A small valid snapshot (spec 425) to break field by field. */
function base(): Snapshot {
  return validateSnapshot({
    netuid: 1,
    n: 3,
    currentBlock: "1000",
    tempo: 360,
    activityCutoffFactorMilli: 13889,
    lastMechanismStepBlock: "600",
    raoEmission: "1000000000",
    kappa: 32767,
    bondsMovingAverage: "900000",
    bondsPenalty: 65535,
    liquidAlphaEnabled: false,
    alphaLow: 45875,
    alphaHigh: 58982,
    alphaSigmoidSteepness: 1000,
    yuma3Enabled: false,
    maxAllowedValidators: 64,
    stakeThreshold: "0",
    ownerUid: null,
    commitRevealEnabled: false,
    commitBlocks: [null, null, null],
    alphaStake: ["1000", "2000", "0"],
    taoStake: ["0", "0", "0"],
    taoWeight: "0",
    lastUpdate: ["999", "999", "999"],
    blockAtRegistration: ["1", "1", "1"],
    validatorPermit: [true, true, false],
    weights: [
      [[2, 65535]],
      [
        [1, 100],
        [2, 65535],
      ],
      [],
    ],
    bonds: [[[2, 30000]], [], []],
  });
}

function refusal(x: unknown): { path: string; reason: string } {
  try {
    validatePackedSnapshot(x);
  } catch (e) {
    expect(e).toBeInstanceOf(SnapshotError);
    return { path: (e as SnapshotError).path, reason: (e as SnapshotError).reason };
  }
  throw new Error("accepted");
}

describe("validatePackedSnapshot", () => {
  it("accepts the packed form of a valid snapshot and converts both ways", () => {
    const s = base();
    const p = toPackedSnapshot(s);
    expect(isPackedSnapshot(p)).toBe(true);
    expect(isPackedSnapshot(s)).toBe(false);
    expect(validatePackedSnapshot(p)).toBe(p);
    // row 1 is [[1, 100], [2, 65535]]: offsets 0, 1, 3, 3
    expect([...p.weights.ptr]).toEqual([0, 1, 3, 3]);
    expect([...p.weights.cols]).toEqual([2, 1, 2]);
    expect([...p.weights.vals]).toEqual([65535, 100, 65535]);
    expect(fromPackedSnapshot(p)).toEqual(s);
    expect(unpackRows(packRows(s.bonds))).toEqual(s.bonds);
  });
  it("the other fields are checked as validateSnapshot checks them (same path and reason)", () => {
    const p = toPackedSnapshot(base());
    expect(refusal({ ...p, alphaStake: ["1", "x", "3"] })).toEqual({ path: "alphaStake[1]", reason: 'not a u64 decimal string: "x"' });
    const { tempo: _t, ...noTempo } = p;
    expect(refusal(noTempo)).toEqual({ path: "tempo", reason: "missing field" });
    expect(refusal({ ...p, kappa: 70000 }).path).toBe("kappa");
    expect(refusal({ ...p, n: -1 }).path).toBe("n");
    const { weights: _w, ...noWeights } = p;
    expect(refusal(noWeights)).toEqual({ path: "weights", reason: "missing field" });
    expect(refusal(null)).toEqual({ path: "", reason: "expected a snapshot object, got null" });
  });
  it("packed rows: every error names the field", () => {
    const s = base();
    const p = toPackedSnapshot(s);
    const w = p.weights;
    const with_ = (field: "weights" | "bonds", rows: unknown) => refusal({ ...p, [field]: rows });
    expect(with_("weights", s.weights).reason).toMatch(/expected packed rows .* got array/);
    expect(with_("weights", { ...w, ptr: [0, 1, 3, 3] })).toEqual({ path: "weights.ptr", reason: "expected a Uint32Array, got array" });
    expect(with_("weights", { ...w, cols: new Uint32Array(w.cols) })).toEqual({
      path: "weights.cols",
      reason: "expected a Uint16Array, got Uint32Array",
    });
    expect(with_("bonds", { ...p.bonds, vals: undefined }).path).toBe("bonds.vals");
    expect(with_("weights", { ...w, extra: 1 }).path).toBe("weights.extra");
    expect(with_("weights", { ...w, ptr: new Uint32Array([0, 1, 3]) })).toEqual({
      path: "weights.ptr",
      reason: "expected n + 1 = 4 row offsets, got 3",
    });
    expect(with_("weights", { ...w, ptr: new Uint32Array([1, 1, 3, 3]) }).path).toBe("weights.ptr[0]");
    expect(with_("weights", { ...w, ptr: new Uint32Array([0, 2, 1, 3]) })).toEqual({
      path: "weights.ptr[2]",
      reason: "row offsets must not decrease: 1 < ptr[1] = 2",
    });
    expect(with_("weights", { ...w, ptr: new Uint32Array([0, 1, 3, 4]) })).toEqual({
      path: "weights.cols",
      reason: "expected ptr[n] = 4 entries, got 3",
    });
    expect(with_("weights", { ...w, vals: new Uint16Array(2) }).path).toBe("weights.vals");
    // row 1 = uids 1, 2 -> 2, 2
    expect(with_("weights", { ...w, cols: new Uint16Array([2, 2, 2]) })).toEqual({
      path: "weights.cols[2]",
      reason: "duplicate uid 2 in row 1",
    });
  });
  it("uids >= n: accepted as the chain accepts them, refused where validateSnapshot refuses them", () => {
    const s = base();
    const p = toPackedSnapshot(s);
    const far = { ...p.bonds, cols: new Uint16Array([7]) }; // bond row 0: uid 7 >= n = 3
    expect(validatePackedSnapshot({ ...p, bonds: far }).bonds.cols[0]).toBe(7);
    expect(() => validatePackedSnapshot({ ...p, bonds: far }, { strictUids: true })).toThrow(
      "bonds.cols[0]: uid 7 out of range (n = 3) in row 0",
    );
    // before spec 320 a bond to a uid >= n panics in the bond mask: refused (as validateSnapshot refuses it)
    const old = { ...p, specVersion: 297 } as Record<string, unknown>;
    for (const k of ["activityCutoffFactorMilli", "lastMechanismStepBlock"]) delete old[k]; // read from 423
    old.activityCutoff = 5000;
    const oldSnap = fromPackedSnapshot(old as unknown as PackedSnapshot);
    expect(() => validateSnapshot({ ...oldSnap, bonds: [[[7, 30000]], [], []] })).toThrow(SnapshotError);
    expect(validatePackedSnapshot(old)).toBe(old);
    expect(refusal({ ...old, bonds: far }).path).toBe("bonds.cols[0]");
  });
  it("the entry limit applies to packed rows", () => {
    const p = toPackedSnapshot(base());
    // 3 weight + 1 bond entries
    expect(() => validatePackedSnapshot(p, { maxEntries: 3 })).toThrow("4 stored weight + bond entries exceed the limit 3");
    expect(validatePackedSnapshot(p, { maxEntries: 4 })).toBe(p);
  });
});
