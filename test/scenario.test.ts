// Scenario histories run on the engine itself (no separate model), the
// shifted-validator transform, and the `yuma scenario` commands.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Engine } from "../src/wasm/engine.js";
import { bondsAfter } from "../src/snapshot/carry.js";
import { runScenario } from "../src/scenario/build.js";
import { findScenario, SCENARIOS } from "../src/scenario/suite.js";
import { shiftValidator } from "../src/scenario/shift.js";
import type { Snapshot, SnapshotStep, SparseRow } from "../src/snapshot/types.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });
const get = (name: string) => findScenario(name)!;

describe("a scenario history replayed under spec 425 equals the engine's epoch step by step", () => {
  for (const name of ["kappa-moves-second-then-third", "weight-copier", "small-validators-merge", "upstream-bonds-reset"]) {
    it(name, async () => {
      const run = await runScenario(get(name));
      const engine = new Engine();
      let bonds: SparseRow[] = [];
      run.steps.forEach((st, k) => {
        const snap = { ...st, bonds: st.bonds === "carry" ? bonds : st.bonds } as Snapshot;
        const r = engine.run(snap);
        expect(run.records[k]!.result, `epoch ${k}`).toEqual(r);
        bonds = bondsAfter(snap.bonds, r);
      });
    });
  }
});

describe("scenario definitions", () => {
  it("the suite has the classic scenarios and the seven upstream test_yuma_3_* ones", () => {
    const names = SCENARIOS.map((s) => s.name);
    for (const n of [
      "kappa-moves-first",
      "kappa-moves-second",
      "kappa-moves-third",
      "all-validators-switch",
      "kappa-moves-second-then-third",
      "kappa-moves-second-then-all-switch",
      "big-validator-moves-late",
      "small-validators-merge",
      "kappa-delayed",
      "clipping-demo",
      "weight-copier",
    ]) {
      expect(names).toContain(n);
    }
    expect(
      SCENARIOS.filter((s) => s.upstream)
        .map((s) => s.upstream!.test)
        .sort(),
    ).toEqual([
      "test_yuma_3_bonds_reset",
      "test_yuma_3_kappa_moves_first",
      "test_yuma_3_kappa_moves_last",
      "test_yuma_3_kappa_moves_second",
      "test_yuma_3_liquid_alpha_disabled",
      "test_yuma_3_one_epoch_switch",
      "test_yuma_3_stable_miner",
    ]);
  });

  it("weights are stored as set_weights stores them: u16::MAX/2 halves max-upscale to 65535 (stable_miner)", async () => {
    const run = await runScenario(get("upstream-stable-miner"), { epochs: 1 });
    expect(run.steps[1]!.weights[0]).toEqual([
      [3, 65535],
      [4, 0],
      [5, 65535],
    ]);
    expect(run.steps[1]!.lastUpdate).toEqual(["2", "2", "2", "1", "1", "1"]); // set at block 2, the epoch at block 3
  });

  it("the weight copier sets the previous epoch's consensus: all on miner 3 (65535) after the first epoch", async () => {
    const run = await runScenario(get("weight-copier"), { epochs: 3 });
    expect(run.steps[1]!.weights[2]).toEqual([]); // nothing to copy after the setup epoch (consensus 0)
    expect(run.records[1]!.result.consensus.slice(3)).toEqual([65535, 0]); // A and B on miner 3
    expect(run.steps[2]!.weights[2]).toEqual([
      [3, 65535],
      [4, 0],
    ]);
  });

  it("clipping demo: C's weight on miner 5 is above consensus (0), so C's validator trust is 0 and miner 5 earns nothing", async () => {
    const run = await runScenario(get("clipping-demo"), { epochs: 3 });
    const r = run.records[3]!.result;
    expect(r.consensus[5]).toBe(0);
    expect(r.incentive[5]).toBe(0);
    expect(r.validatorTrust[2]).toBe(0);
  });
});

describe("shifted validator: its weights of epoch e are used at e + 1", () => {
  it("in a scenario: A's row and lastUpdate at epoch e are the unshifted ones of e - 1; other uids unchanged", async () => {
    const plain = await runScenario(get("kappa-moves-first"), { epochs: 14 });
    const shifted = await runScenario(get("kappa-moves-first"), { epochs: 14, shift: 0 });
    expect(shifted.steps[0]).toEqual(plain.steps[0]);
    for (let k = 1; k < plain.steps.length; k++) {
      expect(shifted.steps[k]!.weights[0]).toEqual(plain.steps[k - 1]!.weights[0]);
      expect(shifted.steps[k]!.lastUpdate[0]).toBe(plain.steps[k - 1]!.lastUpdate[0]);
      expect(shifted.steps[k]!.weights.slice(1)).toEqual(plain.steps[k]!.weights.slice(1));
    }
    // A switches to miner 4 at test epoch 10 (step 11); shifted, the chain sees it at step 12
    expect(plain.steps[11]!.weights[0]).toEqual([
      [3, 0],
      [4, 65535],
    ]);
    expect(shifted.steps[11]!.weights[0]).toEqual([
      [3, 65535],
      [4, 0],
    ]);
    expect(shifted.steps[12]!.weights[0]).toEqual([
      [3, 0],
      [4, 65535],
    ]);
  });

  it("on any history: `yuma scenario shift` of a fixture equals the in-memory transform", async () => {
    const fx = "fixtures/seq-yuma3-basic.json";
    const steps = (JSON.parse(readFileSync(join(root, fx), "utf8")) as { steps: { input: SnapshotStep }[] }).steps.map((s) => s.input);
    const want: SnapshotStep[] = [];
    for await (const s of shiftValidator(steps, 1)) want.push(s);
    expect(want[1]!.weights[1]).toEqual(steps[0]!.weights[1]);
    const r = cli("scenario", "shift", fx, "--uid", "1");
    expect(r.status).toBe(0);
    const got = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(got.length).toBe(steps.length);
    got.forEach((g, k) => expect(g.weights).toEqual(want[k]!.weights));
  });
});

describe("yuma scenario", () => {
  it("list names every scenario", () => {
    const r = cli("scenario", "list");
    expect(r.status).toBe(0);
    for (const s of SCENARIOS) expect(r.stdout).toContain(s.name);
  });

  it("run without --out prints the upstream dividends (test_yuma_3_kappa_moves_first epoch 2: 0.9382, 0.0618, 0)", () => {
    const r = cli("scenario", "run", "upstream-kappa-moves-first");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\n\s+2\s+5\s+0\.9382\s+0\.0618\s+0\.0000\s/);
  });

  it("run --out writes a history whose plain `yuma replay` gives the same epochs file, byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-scenario-"));
    const r = cli("scenario", "run", "kappa-delayed", "--epochs", "15", "--out", join(dir, "a"));
    expect(r.status, r.stderr).toBe(0);
    expect(cli("replay", join(dir, "a", "kappa-delayed.jsonl"), "--out", join(dir, "b"), "--quiet").status).toBe(0);
    const a = readFileSync(join(dir, "a", "kappa-delayed.epochs.jsonl"), "utf8");
    expect(a.trim().split("\n").length).toBe(16);
    expect(readFileSync(join(dir, "b", "kappa-delayed.epochs.jsonl"), "utf8")).toBe(a);
  });

  it("bad input: unknown name, unsupported spec, shift uid out of range -> one line, exit 2", () => {
    const a = cli("scenario", "run", "no-such");
    expect([a.status, a.stderr.trim()]).toEqual([2, 'NAME: unknown scenario "no-such" (yuma scenario list shows 18)']);
    const b = cli("scenario", "run", "kappa-delayed", "--spec", "100");
    expect([b.status, b.stderr.trim()]).toEqual([2, '--spec: expected an integer in [121, 425], got "100"']);
    const c = cli("scenario", "run", "kappa-delayed", "--shift-validator", "9");
    expect([c.status, c.stderr.trim()]).toEqual([2, "--shift-validator: uid 9 out of range (scenario kappa-delayed has 5 uids)"]);
  });
});
