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
    const w: [number, number][] = [[2, 100], [4, 5000], [5, 65535], [9, 300]];
    const r = whatIf(snap, { uid, weights: w }, { engine });
    const edited = structuredClone(snap);
    edited.weights[uid] = w; // already max-upscaled (max is 65535)
    edited.lastUpdate[uid] = edited.currentBlock;
    const direct = engine.run(edited);
    expect(r.result).toEqual(direct);
    expect(r.deltas.validatorEmission.after).toBe(direct.validatorEmission[uid]);
    expect(BigInt(r.deltas.validatorEmission.delta)).toBe(BigInt(direct.validatorEmission[uid]!) - BigInt(r.baseline.validatorEmission[uid]!));
    expect(r.deltas.dividends.delta).not.toBe("0");
  });
  it("refuses a bad uid or weight with the field named", () => {
    expect(() => whatIf(snap, { uid: 16, weights: [] })).toThrow(SnapshotError);
    try { whatIf(snap, { uid: 1, weights: [[3, 70000]] }); } catch (e) { expect((e as SnapshotError).path).toBe("weights[0][1]"); }
    try { whatIf(snap, { uid: 1, weights: [[3, 1], [3, 2]] }); } catch (e) { expect((e as SnapshotError).reason).toBe("duplicate uid 3"); }
  });
  it("CLI prints before/after/change", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-whatif-"));
    writeFileSync(join(dir, "w.json"), JSON.stringify([[2, 100], [4, 5000], [5, 65535], [9, 300]]));
    const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "whatif", "fixtures/examples/snapshot.json", "--uid", "8", "--weights", join(dir, "w.json"), "--json"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const direct = whatIf(snap, { uid: 8, weights: [[2, 100], [4, 5000], [5, 65535], [9, 300]] }, { engine });
    expect(out.deltas).toEqual(direct.deltas);
  });
});
