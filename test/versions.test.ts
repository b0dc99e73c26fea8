// The versions table (src/snapshot/versions.ts) and spec-driven snapshot validation.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateSnapshot } from "../src/snapshot/validate.js";
import { SnapshotError } from "../src/snapshot/errors.js";
import { switchesFor, fieldsFor, SUPPORTED_SPECS } from "../src/snapshot/versions.js";
import { versionFlags } from "../src/wasm/engine.js";

const load = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8"));
const era = (name: string): Record<string, any> => structuredClone(load(`../fixtures/eras/${name}.json`).steps[0].input);

function errorOf(f: () => unknown): SnapshotError {
  try {
    f();
  } catch (e) {
    if (e instanceof SnapshotError) return e;
    throw e;
  }
  throw new Error("expected a SnapshotError");
}

describe("switchesFor", () => {
  it("follows the boundaries of history-variants.md section 1", () => {
    expect(switchesFor(149)).toMatchObject({
      stakeSource: "tao",
      wrappingOps: true,
      liquidAlpha: "none",
      bondsPenalty: false,
      bondRegistrationMask: "lastUpdate",
      rankTrustPruning: true,
      stakeWeightPersisted: false,
      writeAllBondRows: false,
    });
    expect(switchesFor(152).wrappingOps).toBe(true);
    expect(switchesFor(153).wrappingOps).toBe(false);
    expect(switchesFor(143).filterWeightUidsGeN).toBe(false);
    expect(switchesFor(144).filterWeightUidsGeN).toBe(true);
    expect(switchesFor(154).liquidAlpha).toBe("v1");
    expect(switchesFor(272).liquidAlpha).toBe("v1");
    expect(switchesFor(273).liquidAlpha).toBe("v2");
    expect(switchesFor(195).stakeWeightPersisted).toBe(true);
    expect(switchesFor(232).stakeSource).toBe("tao");
    expect(switchesFor(233)).toMatchObject({ stakeSource: "alphaTaoWeight", bondsPenalty: true, safeDiv: true, ownerSelfWeight: false });
    expect(switchesFor(233).defaults.bondsPenalty).toBe(0);
    expect(switchesFor(256).defaults.bondsPenalty).toBe(0);
    expect(switchesFor(257).defaults.bondsPenalty).toBe(65535);
    expect(switchesFor(252).ownerSelfWeight).toBe(true);
    expect(switchesFor(256).bondRegistrationMask).toBe("lastUpdate");
    expect(switchesFor(257).bondRegistrationMask).toBe("blockMinusTempo");
    expect(switchesFor(422).bondRegistrationMask).toBe("blockMinusTempo");
    expect(switchesFor(423).bondRegistrationMask).toBe("lastMechStepPlus1");
    expect([272, 273, 282, 283, 364, 365].map((s) => switchesFor(s).sigmoidForm)).toEqual([0, 273, 273, 283, 283, 365]);
    expect([296, 297, 422, 423].map((s) => switchesFor(s).commitReveal)).toEqual(["none", "byBlock", "byBlock", "byEpoch"]);
    expect([319, 320, 322, 323].map((s) => switchesFor(s).stakeWeightPersisted)).toEqual([true, false, false, true]);
    expect([319, 320].map((s) => switchesFor(s).writeAllBondRows)).toEqual([false, true]);
    expect([364, 365].map((s) => switchesFor(s).rankTrustPruning)).toEqual([true, false]);
    expect([396, 397].map((s) => switchesFor(s).ownerExemptAndPermitted)).toEqual([false, true]);
    expect([422, 423].map((s) => switchesFor(s).activityCutoff)).toEqual(["stored", "factorTempo"]);
    expect([272, 273, 283].map((s) => switchesFor(s).steepnessType)).toEqual(["none", "u16", "i16"]);
    expect(switchesFor()).toBe(switchesFor(425));
    // the spec-425 path runs with no legacy flag set
    expect(versionFlags(switchesFor(425))).toBe(0);
    expect(versionFlags(switchesFor(423))).toBe(0);
  });
  it("refuses specs outside the supported range", () => {
    expect(() => switchesFor(SUPPORTED_SPECS.oldest - 1)).toThrow(RangeError);
    expect(() => switchesFor(426)).toThrow(RangeError);
  });
  it("field sets: pre-dTAO reads stake, dTAO reads alpha/tao stake", () => {
    expect(fieldsFor(149).has("stake")).toBe(true);
    expect(fieldsFor(149).has("alphaStake")).toBe(false);
    expect(fieldsFor(233).has("stake")).toBe(false);
    expect(fieldsFor(233).get("taoWeight")?.required).toBe(true);
    expect(fieldsFor(422).get("activityCutoff")).toEqual({ kind: "u16", required: true });
    expect(fieldsFor(425).get("activityCutoff")).toEqual({ kind: "u64", required: false });
    expect(fieldsFor(273).get("alphaSigmoidSteepness")?.kind).toBe("u16");
    expect(fieldsFor(283).get("alphaSigmoidSteepness")?.kind).toBe("i16");
  });
});

describe("validateSnapshot by spec version", () => {
  it("accepts each era's fixture input", () => {
    for (const f of [
      "spec149-test_bonds",
      "spec195-test_bonds",
      "spec233-test_bonds",
      "spec257-test_bonds",
      "spec273-test_bonds",
      "spec297-test_bonds",
      "spec397-test_bonds",
    ]) {
      expect(validateSnapshot(era(f)).specVersion).toBe(Number(f.slice(4, 7)));
    }
  });
  it("spec below the oldest supported", () => {
    const s = era("spec149-test_bonds");
    s.specVersion = 120;
    const e = errorOf(() => validateSnapshot(s));
    expect(e.path).toBe("specVersion");
    expect(e.reason).toMatch(/older than the oldest supported runtime \(121\)/);
  });
  it("a field the version needs and the snapshot lacks", () => {
    const s = era("spec233-test_bonds");
    delete s.taoWeight;
    const e = errorOf(() => validateSnapshot(s));
    expect(e.path).toBe("taoWeight");
    expect(e.reason).toMatch(/missing field \(read by the runtime of spec 233\)/);
  });
  it("a field the version does not read (a pre-dTAO snapshot cannot carry alphaStake)", () => {
    const s = era("spec149-test_bonds");
    s.alphaStake = s.stake;
    const e = errorOf(() => validateSnapshot(s));
    expect(e.path).toBe("alphaStake");
    expect(e.reason).toMatch(/not read by the runtime of spec 149 \(read at spec 233\+\)/);
    const t = era("spec257-test_bonds");
    t.stake = t.alphaStake;
    expect(errorOf(() => validateSnapshot(t)).reason).toMatch(/not read by the runtime of spec 257 \(read at spec 121-232\)/);
  });
  it("era encodings: activityCutoff a u16 number before 423, steepness u16 at 273", () => {
    const s = era("spec257-test_bonds");
    s.activityCutoff = "5000";
    expect(errorOf(() => validateSnapshot(s)).path).toBe("activityCutoff");
    const t = era("spec273-test_bonds");
    t.alphaSigmoidSteepness = -1;
    expect(errorOf(() => validateSnapshot(t)).reason).toMatch(/u16/);
    const u = era("spec283-test_bonds");
    u.alphaSigmoidSteepness = -1;
    expect(validateSnapshot(u).alphaSigmoidSteepness).toBe(-1);
  });
  it("before 144 a weight to uid >= n in a permitted row is refused (the chain's epoch panics); from 144 it is dropped", () => {
    const s = era("spec149-test_bonds");
    s.specVersion = 143;
    s.validatorPermit[0] = true;
    s.weights[0].push([s.n, 1]);
    const e = errorOf(() => validateSnapshot(s));
    expect(e.path).toBe(`weights[0][${s.weights[0].length - 1}][0]`);
    expect(e.reason).toMatch(/permitted validator's row: the epoch of spec 143 panics/);
    // a row without a permit is emptied by the permit mask before the index: no panic
    s.validatorPermit[0] = false;
    expect(validateSnapshot(s).n).toBe(s.n);
    s.specVersion = 149;
    s.validatorPermit[0] = true;
    expect(validateSnapshot(s).n).toBe(s.n);
  });
  it("before 320 a bond to uid >= n is refused (the bond mask indexes past the vectors and panics)", () => {
    const s = era("spec297-test_bonds");
    s.bonds[1].push([s.n, 7]);
    expect(errorOf(() => validateSnapshot(s)).reason).toMatch(/panics/);
    const t = era("spec320-test_bonds");
    t.bonds[1].push([t.n, 7]);
    expect(validateSnapshot(t).n).toBe(t.n);
  });
});
