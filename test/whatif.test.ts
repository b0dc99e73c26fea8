import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { maxUpscaleU16 } from "../src/snapshot/weights.js";
import { whatIf } from "../src/whatif.js";
import { validateSnapshot } from "../src/snapshot/validate.js";
import { Engine } from "../src/wasm/engine.js";
import { SnapshotError } from "../src/snapshot/errors.js";
import { nextCarry, resolveStep, type CarryState } from "../src/snapshot/carry.js";
import type { EpochResult, Fixture, Snapshot } from "../src/snapshot/types.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const snap = validateSnapshot(JSON.parse(readFileSync(join(root, "fixtures/examples/snapshot.json"), "utf8")));

describe("maxUpscaleU16 (math.rs vec_u16_max_upscale_to_u16)", () => {
  it("upstream test vectors (tests/math.rs test_vec_u16_max_upscale_to_u16)", () => {
    expect(maxUpscaleU16([])).toEqual([]);
    expect(maxUpscaleU16([0])).toEqual([0]);
    expect(maxUpscaleU16([0, 0])).toEqual([0, 0]);
    expect(maxUpscaleU16([1])).toEqual([65535]);
    expect(maxUpscaleU16([0, 1])).toEqual([0, 65535]);
    expect(maxUpscaleU16([65534])).toEqual([65535]);
    expect(maxUpscaleU16([65535, 65535])).toEqual([65535, 65535]);
    expect(maxUpscaleU16([0, 1, 65534])).toEqual([0, 1, 65535]);
    expect(maxUpscaleU16([0, 1, 2, 3, 4, 65533, 65535])).toEqual([0, 1, 2, 3, 4, 65533, 65535]);
  });
  it("hand-derived: ties round away from zero; both branches of the 32768 threshold", () => {
    expect(maxUpscaleU16([1, 2])).toEqual([32768, 65535]); // 32767.5 -> 32768
    expect(maxUpscaleU16([1, 32768])).toEqual([2, 65535]); // 65535/32768 = 1.99997 -> 2
    expect(maxUpscaleU16([1, 3])).toEqual([21845, 65535]);
    expect(maxUpscaleU16([100, 40000])).toEqual([164, 65535]); // ratio trunc(65535*2^32/40000)/2^32 * 100 = 163.8375
  });
});

describe("whatIf", () => {
  const engine = new Engine();
  it("setting the stored row again, keeping lastUpdate, changes nothing", () => {
    const uid = snap.weights.findIndex((r) => r.length > 2);
    const r = whatIf(snap, { uid, weights: snap.weights[uid]!, asStored: true, keepLastUpdate: true }, { engine });
    expect(r.result).toEqual(r.baseline);
    expect(r.deltas.dividends.delta).toBe("0");
    expect(r.deltas.validatorEmission.delta).toBe("0");
  });
  it("equals the epoch on the snapshot edited by hand, and reports the differences", () => {
    const uid = 8;
    const w: [number, number][] = [
      [2, 100],
      [4, 5000],
      [5, 65535],
      [9, 300],
    ];
    const r = whatIf(snap, { uid, weights: w }, { engine });
    const edited = structuredClone(snap);
    edited.weights[uid] = w; // already max-upscaled (max is 65535)
    edited.lastUpdate[uid] = edited.currentBlock;
    const direct = engine.run(edited);
    expect(r.result).toEqual(direct);
    expect(r.deltas.validatorEmission.after).toBe(direct.validatorEmission[uid]);
    expect(BigInt(r.deltas.validatorEmission.delta)).toBe(
      BigInt(direct.validatorEmission[uid]!) - BigInt(r.baseline.validatorEmission[uid]!),
    );
    expect(r.deltas.dividends.delta).not.toBe("0");
  });
  it("refuses a bad uid or weight with the field named", () => {
    expect(() => whatIf(snap, { uid: 16, weights: [] })).toThrow(SnapshotError);
    try {
      whatIf(snap, { uid: 1, weights: [[3, 70000]] });
    } catch (e) {
      expect((e as SnapshotError).path).toBe("weights[0][1]");
    }
    try {
      whatIf(snap, {
        uid: 1,
        weights: [
          [3, 1],
          [3, 2],
        ],
      });
    } catch (e) {
      expect((e as SnapshotError).reason).toBe("duplicate uid 3");
    }
  });
  it("CLI prints before/after/change", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-whatif-"));
    writeFileSync(
      join(dir, "w.json"),
      JSON.stringify([
        [2, 100],
        [4, 5000],
        [5, 65535],
        [9, 300],
      ]),
    );
    const r = spawnSync(
      process.execPath,
      ["dist/src/cli/main.js", "whatif", "fixtures/examples/snapshot.json", "--uid", "8", "--weights", join(dir, "w.json"), "--json"],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const direct = whatIf(
      snap,
      {
        uid: 8,
        weights: [
          [2, 100],
          [4, 5000],
          [5, 65535],
          [9, 300],
        ],
      },
      { engine },
    );
    expect(out.deltas).toEqual(direct.deltas);
  });
});

// What-if on snapshots of older runtimes: both epochs run the version the snapshot's specVersion
// selects. Expected values are the era fixtures' (each produced by that era's own code).
describe("whatIf on era snapshots (runs the snapshot's spec version)", () => {
  const engine = new Engine();
  const load = (name: string): Fixture => JSON.parse(readFileSync(join(root, "fixtures/eras", `${name}.json`), "utf8"));
  /** Step k of a fixture with "carry" bonds resolved from the fixture's own expected rows (storage before step k). */
  const stepAt = (f: Fixture, k: number): Snapshot => {
    let carry: CarryState | undefined;
    for (let t = 0; ; t++) {
      const snap = validateSnapshot(resolveStep(f.steps[t]!.input, carry, `steps[${t}]`));
      if (t === k) return snap;
      carry = nextCarry(snap, f.steps[t]!.expected!);
    }
  };
  const modeOf = (f: Fixture) => (f.upstream.function.includes("dense") ? "dense" : "sparse") as "dense" | "sparse";
  const noDebug = (r: EpochResult) => {
    const { debug: _d, ...rest } = r;
    return rest;
  };

  // [fixture, step, validator whose weights changed at that step (from the previous step's row)]
  const cases: [string, number, number][] = [
    ["spec195-test_bonds", 2, 0], // pre-dTAO TAO stake, childkey era; no stake/stake output
    ["spec195-test_bonds", 3, 1],
    ["spec257-test_bonds", 4, 2], // dTAO alpha + TaoWeight·root stake
    ["spec273-test_bonds", 5, 2], // Yuma3 era: expected bond rows may be null (row left unchanged)
    ["spec320-test_bonds", 3, 1], // epoch_mechanism
    ["spec397-test_yuma_3_kappa_moves_first", 3, 1],
  ];

  it.each(cases)(
    "%s step %i: re-setting uid %i's stored row changes nothing; both epochs equal the fixture's expected step",
    (name, k, uid) => {
      const f = load(name);
      const snap = stepAt(f, k);
      const r = whatIf(snap, { uid, weights: snap.weights[uid]!, asStored: true, keepLastUpdate: true }, { engine, mode: modeOf(f) });
      expect(r.specVersion).toBe(f.steps[k]!.input.specVersion);
      expect(noDebug(r.baseline)).toEqual(noDebug(f.steps[k]!.expected!));
      expect(noDebug(r.result)).toEqual(noDebug(f.steps[k]!.expected!));
      expect(r.deltas.validatorEmission).toEqual({
        before: f.steps[k]!.expected!.validatorEmission[uid],
        after: f.steps[k]!.expected!.validatorEmission[uid],
        delta: "0",
      });
    },
  );

  it.each(cases)(
    "%s step %i: from the snapshot with uid %i's previous row, setting the step's weights reproduces the fixture step",
    (name, k, uid) => {
      const f = load(name);
      const target = stepAt(f, k);
      const prevRow = f.steps[k - 1]!.input.weights[uid]!;
      expect(prevRow).not.toEqual(target.weights[uid]); // the validator did change its weights at step k
      const before = validateSnapshot({ ...target, weights: target.weights.map((row, i) => (i === uid ? prevRow : row)) });
      // the weights as given to set_weights (max-upscaling leaves a row whose largest weight is 65535 as it is)
      const r = whatIf(before, { uid, weights: target.weights[uid]!, keepLastUpdate: true }, { engine, mode: modeOf(f) });
      const expected = f.steps[k]!.expected!;
      expect(noDebug(r.result)).toEqual(noDebug(expected));
      expect(noDebug(r.baseline)).not.toEqual(noDebug(expected));
      expect(r.deltas.dividends.after).toBe(String(expected.dividends[uid]));
      expect(r.deltas.validatorEmission.after).toBe(expected.validatorEmission[uid]);
    },
  );

  it("CLI --step: the before column is the fixture step's expected values; the runtime version is printed", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-whatif-era-"));
    writeFileSync(join(dir, "w.json"), JSON.stringify([[1, 65535]]));
    const f = load("spec195-test_bonds");
    const exp = f.steps[3]!.expected!;
    const run = (...extra: string[]) =>
      spawnSync(
        process.execPath,
        [
          "dist/src/cli/main.js",
          "whatif",
          "fixtures/eras/spec195-test_bonds.json",
          "--step",
          "3",
          "--uid",
          "1",
          "--weights",
          join(dir, "w.json"),
          ...extra,
        ],
        { cwd: root, encoding: "utf8" },
      );
    const j = run("--json");
    expect(j.status, j.stderr).toBe(0);
    const out = JSON.parse(j.stdout);
    expect(out.specVersion).toBe(195);
    expect(out.deltas.validatorTrust.before).toBe(String(exp.validatorTrust[1]));
    expect(out.deltas.dividends.before).toBe(String(exp.dividends[1]));
    expect(out.deltas.validatorEmission.before).toBe(exp.validatorEmission[1]);
    expect("stake" in out.result).toBe(false); // spec 195 wrote no EpochTerms.stake
    const t = run();
    expect(t.status, t.stderr).toBe(0);
    expect(t.stdout.split("\n")[0]).toBe("fixtures/eras/spec195-test_bonds.json step 3: runtime spec 195");
    const bad = run("--step", "9");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("--step: step 9 out of range (fixtures/eras/spec195-test_bonds.json has 9 steps)");
    // without expected results in the file, the carried bonds come from running the earlier steps
    const bare = { ...f, steps: f.steps.map((s) => ({ input: s.input })) };
    writeFileSync(join(dir, "bare.json"), JSON.stringify(bare));
    const b = spawnSync(
      process.execPath,
      ["dist/src/cli/main.js", "whatif", join(dir, "bare.json"), "--step", "3", "--uid", "1", "--weights", join(dir, "w.json"), "--json"],
      { cwd: root, encoding: "utf8" },
    );
    expect(b.status, b.stderr).toBe(0);
    expect(JSON.parse(b.stdout).deltas).toEqual(out.deltas);
    const multi = spawnSync(
      process.execPath,
      ["dist/src/cli/main.js", "whatif", "fixtures/eras/spec195-test_bonds.json", "--uid", "1", "--weights", join(dir, "w.json")],
      { cwd: root, encoding: "utf8" },
    );
    expect(multi.status).toBe(2);
    expect(multi.stderr).toMatch(/or --step K \(this file has 9 steps\)/);
  });
});
