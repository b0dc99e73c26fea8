// The fast file-replay path (src/replay/packed-result.ts) writes, carries and sums exactly
// what the engine.run path does: the epochs-file line byte for byte, the stored bond rows,
// the EpochResult and the summary, on every spec-365+ fixture (sparse and dense) and u64
// values beyond 2^53.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { Engine } from "../src/wasm/engine.js";
import { toEpochFile } from "../src/fixture.js";
import { resolveStep, nextCarry, bondsAfter, type CarryState } from "../src/snapshot/carry.js";
import { switchesFor } from "../src/snapshot/versions.js";
import { validateSnapshot } from "../src/snapshot/validate.js";
import { packedBondsAfter, packedCovers, packedResultLine, resultFromPacked } from "../src/replay/packed-result.js";
import { Summary } from "../src/replay/summary.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const files = [
  ...readdirSync(join(root, "fixtures"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(root, "fixtures", f)),
  ...readdirSync(join(root, "fixtures/eras"))
    .filter((f) => /^spec(365|397)-.*\.json$/.test(f))
    .map((f) => join(root, "fixtures/eras", f)),
];

describe("packed results equal the run() path", () => {
  it(`every step of ${files.length} fixtures (spec 365+, sparse and dense)`, () => {
    const engine = new Engine();
    let steps = 0,
      dense = 0;
    for (const path of files) {
      const file = toEpochFile(JSON.parse(readFileSync(path, "utf8")));
      let carry: CarryState | undefined;
      const a = new Summary(),
        b = new Summary();
      file.steps.forEach((st, k) => {
        const s = resolveStep(st.input, carry, path);
        const sw = switchesFor(s.specVersion);
        expect(packedCovers(sw)).toBe(true);
        const result = engine.run(s, { mode: file.mode });
        const packed = engine.runPacked(s, { mode: file.mode });
        const spec = s.specVersion !== undefined ? { specVersion: s.specVersion } : {};
        const want = JSON.stringify({ epoch: k, block: s.currentBlock, ...spec, ...result }) + "\n";
        expect(Buffer.from(packedResultLine(k, s.currentBlock, s.specVersion, packed, sw)).toString("latin1"), `${path} step ${k}`).toBe(
          want,
        );
        expect(resultFromPacked(packed, sw)).toEqual(result);
        expect(packedBondsAfter(s.bonds, packed)).toEqual(bondsAfter(s.bonds, result));
        a.add(result, s.blockAtRegistration);
        b.addPacked(packed, s.blockAtRegistration);
        carry = nextCarry(s, result);
        steps++;
        if (file.mode === "dense") dense++;
      });
      expect(b.csv()).toBe(a.csv());
    }
    expect(steps).toBeGreaterThan(200);
    expect(dense).toBeGreaterThan(5);
  });

  it("runtimes before 365 (Rank, Trust, PruningScores) are not covered: they take run()", () => {
    expect(packedCovers(switchesFor(364))).toBe(false);
    expect(packedCovers(switchesFor(365))).toBe(true);
  });

  it("u64 outputs above 2^53 (stake, emission) are written exactly", () => {
    const fx = JSON.parse(readFileSync(join(root, "fixtures/upstream-test_yuma_3_kappa_moves_first.json"), "utf8"));
    const s = validateSnapshot({
      ...fx.steps[0].input,
      raoEmission: "18446744073709551615",
      alphaStake: fx.steps[0].input.alphaStake.map((_: string, i: number) => (i === 0 ? "18446744073709551615" : "9007199254740993")),
    });
    const engine = new Engine();
    const result = engine.run(s);
    expect(result.stake!.some((x) => BigInt(x) > 2n ** 53n)).toBe(true);
    const want = JSON.stringify({ epoch: 0, block: s.currentBlock, ...result }) + "\n";
    expect(Buffer.from(packedResultLine(0, s.currentBlock, undefined, engine.runPacked(s), switchesFor(425))).toString("latin1")).toBe(
      want,
    );
  });
});
