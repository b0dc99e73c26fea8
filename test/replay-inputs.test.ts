// Replay inputs that used to give wrong or mixed results with exit code 0:
// two histories with one basename, directory order, a bad JSONL line.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+\(|node:internal|^\w*Error: /m);
const work = mkdtempSync(join(tmpdir(), "yuma-inputs-"));

function synth(args: string[]): string[] {
  const r = cli("synth", ...args);
  expect(r.status).toBe(0);
  return r.stdout.trim().split("\n");
}
const lines = synth(["--uids", "32", "--validators", "8", "--epochs", "60", "--seed", "3"]);
const histPath = join(work, "h.jsonl");
writeFileSync(histPath, lines.join("\n") + "\n");

describe("two histories with the same basename", () => {
  it("are refused before anything runs (exit 2, both paths named), with --jobs 2", () => {
    const a = join(work, "A"),
      b = join(work, "B"),
      out = join(work, "same-out");
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, "hist.jsonl"), lines.join("\n") + "\n");
    writeFileSync(join(b, "hist.jsonl"), lines.slice(0, 30).join("\n") + "\n");
    const r = cli("replay", join(a, "hist.jsonl"), join(b, "hist.jsonl"), "--out", out, "--jobs", "2", "--quiet");
    expect(r.status).toBe(2);
    noStack(r.stderr);
    expect(r.stderr.trim().split("\n").length).toBe(1);
    expect(r.stderr).toContain(join(a, "hist.jsonl"));
    expect(r.stderr).toContain(join(b, "hist.jsonl"));
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
  it("a clash between a JSONL file and a fixture of the same stem is refused too", () => {
    const c = join(work, "C");
    mkdirSync(c);
    writeFileSync(join(c, "h.json"), readFileSync(join(root, "fixtures/seq-yuma3-long.json")));
    const r = cli("replay", histPath, join(c, "h.json"), "--out", join(work, "stem-out"), "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(c, "h.json"));
  });
});

describe("a directory history runs in block order", () => {
  // 12 snapshots named epoch-<k>.json: name order would run epoch-10 before epoch-2
  const dir = join(work, "dir");
  mkdirSync(dir);
  lines.slice(0, 12).forEach((l, k) => writeFileSync(join(dir, `epoch-${k}.json`), l));
  const jsonl = join(work, "dir12.jsonl");
  writeFileSync(jsonl, lines.slice(0, 12).join("\n") + "\n");

  it("blocks increase through the epochs file and it equals the same snapshots as JSONL", () => {
    const out = join(work, "dir-out");
    const r = cli("replay", dir, jsonl, "--out", out, "--quiet");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const got = readFileSync(join(out, "dir.epochs.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // the snapshots' own currentBlock values, in line order
    const blocks = got.map((g) => g.block);
    const wantBlocks = lines.slice(0, 12).map((l) => JSON.parse(l).currentBlock);
    expect(blocks).toEqual(wantBlocks);
    expect(wantBlocks.map(Number)).toEqual(
      wantBlocks
        .map(Number)
        .slice()
        .sort((x, y) => x - y),
    );
    expect(readFileSync(join(out, "dir.epochs.jsonl"), "utf8")).toBe(readFileSync(join(out, "dir12.epochs.jsonl"), "utf8"));
  });

  it("a duplicate block is an error naming both files, unless --allow-duplicate-blocks", () => {
    const dup = join(work, "dup");
    mkdirSync(dup);
    lines.slice(0, 4).forEach((l, k) => writeFileSync(join(dup, `s${k}.json`), l));
    const again = JSON.parse(lines[2]!);
    writeFileSync(join(dup, "s2b.json"), JSON.stringify(again));
    const r = cli("replay", dup, "--out", join(work, "dup-out"), "--quiet");
    expect(r.status).toBe(2);
    noStack(r.stderr);
    expect(r.stderr).toMatch(/s2b?\.json.*currentBlock.*s2b?\.json/);
    expect(r.stderr).toContain(`block ${again.currentBlock}`);
    const ok = cli("replay", dup, "--out", join(work, "dup-out2"), "--quiet", "--allow-duplicate-blocks");
    expect(ok.status).toBe(0);
    const got = readFileSync(join(work, "dup-out2", "dup.epochs.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).block);
    const b = lines.slice(0, 4).map((l) => JSON.parse(l).currentBlock);
    expect(got).toEqual([b[0], b[1], b[2], b[2], b[3]]);
  });

  it("a file without a readable currentBlock is refused with file: path: reason", () => {
    const bad = join(work, "noblock");
    mkdirSync(bad);
    writeFileSync(join(bad, "a.json"), lines[0]!);
    const s = JSON.parse(lines[1]!);
    s.currentBlock = "soon";
    writeFileSync(join(bad, "b.json"), JSON.stringify(s));
    const r = cli("replay", bad, "--out", join(work, "noblock-out"), "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(new RegExp(`^${join(bad, "b.json").replace(/[.\\/]/g, "\\$&")}: currentBlock: `));
  });
});

describe("a bad JSONL line", () => {
  const bad = [...lines];
  bad[24] = '{"n": 32, this is not json';
  const p = join(work, "bad.jsonl");
  writeFileSync(p, bad.join("\n") + "\n");

  it("stops the replay; the closing line gives the epochs written (24), exit 2", () => {
    const out = join(work, "bad-out");
    const r = cli("replay", p, "--out", out);
    expect(r.status).toBe(2);
    noStack(r.stderr);
    expect(r.stderr).toMatch(new RegExp(`${p.replace(/[.\\/]/g, "\\$&")}:25: \\(root\\): not valid JSON`));
    expect(readFileSync(join(out, "bad.epochs.jsonl"), "utf8").trim().split("\n").length).toBe(24);
    expect(r.stdout.trim().split("\n").at(-1)).toMatch(/^24 epochs in /);
  });

  it("--skip-bad-lines records the skipped line in the output and goes on", () => {
    const out = join(work, "skip-out");
    const r = cli("replay", p, "--out", out, "--skip-bad-lines");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/bad\.jsonl:25: .*skipped/);
    const got = readFileSync(join(out, "bad.epochs.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(got.length).toBe(60);
    expect(got[24]).toEqual({ epoch: 24, skipped: `${p}:25`, error: expect.stringMatching(/^\(root\): not valid JSON/) });
    expect(got.map((g) => g.epoch)).toEqual([...Array(60).keys()]);
    // epochs before the bad line are those of the intact history
    const full = join(work, "full-out");
    expect(cli("replay", histPath, "--out", full, "--quiet").status).toBe(0);
    const want = readFileSync(join(full, "h.epochs.jsonl"), "utf8").split("\n").slice(0, 24);
    expect(readFileSync(join(out, "bad.epochs.jsonl"), "utf8").split("\n").slice(0, 24)).toEqual(want);
    expect(r.stdout).toMatch(/60 epochs \(1 skipped\)/);
  });
});

describe("synthHistory refuses options it cannot honour (library callers skip the CLI's parsers)", async () => {
  const { synthHistory } = await import("../src/synth/history.js");
  const first = (o: Parameters<typeof synthHistory>[0]) => () => synthHistory(o).next();
  it("uids above 65535, a non-integer seed, an unknown variant", () => {
    expect(first({ uids: 70000, validators: 2, epochs: 1, seed: 1 })).toThrow("uids: expected an integer in [1, 65535], got 70000");
    expect(first({ uids: 8, validators: 2, epochs: 1, seed: Number.NaN })).toThrow("seed: expected an integer");
    expect(first({ uids: 8, validators: 2, epochs: 1, seed: 1, variant: "bogus" as "yuma" })).toThrow(
      'variant: expected one of yuma, yuma3, yuma3-liquid, got "bogus"',
    );
  });
  it("valid options still generate (8 uids, 2 epochs)", () => {
    const steps = [...synthHistory({ uids: 8, validators: 2, epochs: 2, seed: 1 })];
    expect(steps.length).toBe(2);
    expect(steps[0]!.n).toBe(8);
  });
});
