// `yuma compare`: a variant without overrides is a plain replay (byte for
// byte), every sweep point is the replay of the history with that value, a
// spec-version variant of a spec-425 history is the chain's older runtime,
// and bad variants are one-line `option: reason` errors (exit 2).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSweep, parseVariant, VariantError } from "../src/compare/variants.js";
import type { Fixture } from "../src/snapshot/types.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });
const read = (p: string) => readFileSync(p, "utf8");
const HISTORY = "fixtures/examples/history.jsonl";

describe("yuma compare equals plain replays", () => {
  it("one variant without overrides = `yuma replay`, byte for byte (JSONL history)", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-compare-"));
    expect(cli("replay", HISTORY, "--out", join(dir, "r"), "--quiet").status).toBe(0);
    const c = cli("compare", HISTORY, "--out", join(dir, "c"), "--variant", "base=", "--quiet");
    expect(c.status, c.stderr).toBe(0);
    expect(read(join(dir, "c", "history.base.epochs.jsonl"))).toBe(read(join(dir, "r", "history.epochs.jsonl")));
    expect(read(join(dir, "c", "history.base.summary.csv"))).toBe(read(join(dir, "r", "history.summary.csv")));
  });

  it("one variant without overrides = `yuma replay` of a dense fixture (the fixture's function is kept)", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-compare-"));
    const fx = "fixtures/seq-yuma3-basic-dense.json";
    expect(cli("replay", fx, "--out", join(dir, "r"), "--quiet").status).toBe(0);
    expect(cli("compare", fx, "--out", join(dir, "c"), "--variant", "same=", "--quiet").status).toBe(0);
    expect(read(join(dir, "c", "seq-yuma3-basic-dense.same.epochs.jsonl"))).toBe(
      read(join(dir, "r", "seq-yuma3-basic-dense.epochs.jsonl")),
    );
  });

  it("--sweep bondsPenalty=0:65535:3: points 0, 32768, 65535, each = the replay of the history with that bondsPenalty", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-compare-"));
    const c = cli("compare", HISTORY, "--out", join(dir, "c"), "--sweep", "bondsPenalty=0:65535:3", "--jobs", "2", "--quiet");
    expect(c.status, c.stderr).toBe(0);
    const lines = read(join(root, HISTORY)).trim().split("\n");
    for (const p of [0, 32768, 65535]) {
      // the history edited here, independently of the variant code
      const h = join(dir, `bp${p}.jsonl`);
      writeFileSync(h, lines.map((l) => JSON.stringify({ ...JSON.parse(l), bondsPenalty: p })).join("\n") + "\n");
      expect(cli("replay", h, "--out", join(dir, "r"), "--quiet").status).toBe(0);
      expect(read(join(dir, "c", `history.bondsPenalty-${p}.epochs.jsonl`)), `bondsPenalty ${p}`).toBe(
        read(join(dir, "r", `bp${p}.epochs.jsonl`)),
      );
    }
    // the points differ from each other (the penalty matters in this history)
    expect(read(join(dir, "c", "history.bondsPenalty-0.epochs.jsonl"))).not.toBe(
      read(join(dir, "c", "history.bondsPenalty-65535.epochs.jsonl")),
    );
  });

  it("two identical variants: every difference in the comparison CSV is 0; the first variant's totals are the summary's", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-compare-"));
    expect(cli("compare", HISTORY, "--out", dir, "--variant", "a=", "--variant", "b=", "--quiet").status).toBe(0);
    const rows = read(join(dir, "history.compare.csv"))
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) expect([r[5], r[6]]).toEqual(["0", "0"]);
    // total_emission_rao per uid = server + validator emission of the replay summary
    const summary = read(join(dir, "history.a.summary.csv"))
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    for (const s of summary) {
      const row = rows.find((r) => r[0] === s[0] && r[2] === "a")!;
      expect(row[4]).toBe(s[4]);
    }
  });

  it("specVersion=273 (with that commit's steepness 10) of the spec-425 test_yuma_3_kappa_moves_first history = the spec-273 era fixture", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-compare-"));
    const c = cli(
      "compare",
      "fixtures/upstream-test_yuma_3_kappa_moves_first.json",
      "--out",
      dir,
      "--variant",
      "s273=specVersion=273,alphaSigmoidSteepness=10",
      "--quiet",
    );
    expect(c.status, c.stderr).toBe(0);
    const era = JSON.parse(read(join(root, "fixtures/eras/spec273-test_yuma_3_kappa_moves_first.json"))) as Fixture;
    const got = read(join(dir, "upstream-test_yuma_3_kappa_moves_first.s273.epochs.jsonl"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(got.length).toBe(era.steps.length);
    era.steps.forEach((st, k) => {
      const { debug: _, ...want } = st.expected!;
      for (const [key, v] of Object.entries(want)) expect(got[k]![key], `step ${k} ${key}`).toEqual(v);
    });
  });
});

describe("shifted validator as a variant", () => {
  it("compare --variant late=shiftValidator=0 of a scenario history = `yuma scenario run --shift-validator 0` (built shifted)", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-compare-"));
    expect(cli("scenario", "run", "kappa-moves-first", "--epochs", "14", "--out", join(dir, "s")).status).toBe(0);
    expect(cli("scenario", "run", "kappa-moves-first", "--epochs", "14", "--out", join(dir, "t"), "--shift-validator", "0").status).toBe(0);
    const c = cli(
      "compare",
      join(dir, "s", "kappa-moves-first.jsonl"),
      "--out",
      join(dir, "c"),
      "--variant",
      "base=",
      "--variant",
      "late=shiftValidator=0",
      "--quiet",
    );
    expect(c.status, c.stderr).toBe(0);
    const late = read(join(dir, "c", "kappa-moves-first.late.epochs.jsonl"));
    expect(late).toBe(read(join(dir, "t", "kappa-moves-first.shift-0.epochs.jsonl")));
    expect(late).not.toBe(read(join(dir, "c", "kappa-moves-first.base.epochs.jsonl")));
  });
});

describe("variants and sweeps are checked against the version's fields", () => {
  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof VariantError ? e.reason : String(e);
    }
    return "no error";
  };
  it("parses names, specs and typed values", () => {
    expect(parseVariant("y3=yuma3Enabled=true,bondsPenalty=0,kappa=40000", 425)).toEqual({
      name: "y3",
      overrides: { yuma3Enabled: true, bondsPenalty: 0, kappa: 40000 },
    });
    expect(parseVariant("old=specVersion=257,bondsMovingAverage=900000", 425)).toEqual({
      name: "old",
      spec: 257,
      overrides: { bondsMovingAverage: "900000" },
    });
    expect(parseVariant("base=", 425)).toEqual({ name: "base", overrides: {} });
    expect(parseVariant("late=shiftValidator=2,kappa=1", 425)).toEqual({ name: "late", shiftValidator: 2, overrides: { kappa: 1 } });
  });
  it("refuses what the version does not read, wrong kinds, per-uid fields", () => {
    expect(err(() => parseVariant("v=specVersion=149,bondsPenalty=0", 425))).toBe("v: bondsPenalty: not read by spec 149 (read by 233+)");
    expect(err(() => parseVariant("v=yuma3Enabled=true", 257))).toBe("v: yuma3Enabled: not read by spec 257 (read by 273+)");
    expect(err(() => parseVariant("v=bondsPenalty=70000", 425))).toBe('v: bondsPenalty: expected a u16 (0 to 65535), got "70000"');
    expect(err(() => parseVariant("v=yuma3Enabled=yes", 425))).toBe('v: yuma3Enabled: expected true or false, got "yes"');
    expect(err(() => parseVariant("v=kapa=1", 425))).toBe("v: kapa: unknown field");
    expect(err(() => parseVariant("v=alphaStake=1", 425))).toBe(
      "v: alphaStake: a per-uid field (u64[]) cannot be overridden; overrides set hyperparameters",
    );
    expect(err(() => parseVariant("v=specVersion=100", 425))).toBe('specVersion: expected a spec version in [121, 425], got "100"');
    expect(err(() => parseVariant("a/b=", 425))).toBe('variant name "a/b": expected 1-64 letters, digits, _ . + - (it names output files)');
  });
  it("sweeps: evenly spaced integers, rounded; bad forms refused", () => {
    expect(parseSweep("bondsPenalty=0:65535:8", 425).values).toEqual([0, 9362, 18724, 28086, 37449, 46811, 56173, 65535]);
    expect(parseSweep("kappa=100:100:1", 425).values).toEqual([100]);
    expect(err(() => parseSweep("yuma3Enabled=0:1:2", 425))).toBe(
      "yuma3Enabled: a sweep needs an integer hyperparameter (u16, i16, u32), yuma3Enabled is bool",
    );
    expect(err(() => parseSweep("bondsPenalty=9:1:2", 425))).toBe("bondsPenalty: lo 9 is above hi 1");
  });
  it("on the command line: `option: reason`, exit 2", () => {
    const a = cli("compare", HISTORY, "--out", join(tmpdir(), "yuma-never"), "--variant", "v=bondsPenalty=x");
    expect([a.status, a.stderr.trim()]).toEqual([2, '--variant: v: bondsPenalty: expected a u16 (0 to 65535), got "x"']);
    const b = cli("compare", HISTORY, "--out", join(tmpdir(), "yuma-never"), "--sweep", "bondsPenalty=0:65535");
    expect([b.status, b.stderr.trim()]).toEqual([
      2,
      '--sweep: expected field=lo:hi:count (e.g. bondsPenalty=0:65535:8), got "bondsPenalty=0:65535"',
    ]);
    const c = cli("compare", HISTORY, "--out", join(tmpdir(), "yuma-never"));
    expect([c.status, c.stderr.trim()]).toEqual([2, "--variant: give at least one --variant NAME=overrides or a --sweep"]);
  });
});
