// The CLI as a user runs it (built JS, child process).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { writeFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const yuma = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });

describe("yuma epoch", () => {
  it("prints a table for the bundled example", () => {
    const r = yuma("epoch", "fixtures/examples/snapshot.json");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/uid\s+active\s+permit\s+stake/);
    expect(r.stdout.split("\n").filter((l) => /^\s*\d+\s+(yes|no)/.test(l)).length).toBe(16);
  });
  it("--check passes fixtures and ends with the summary line", () => {
    const r = yuma("epoch", "--check", "fixtures/seq-yuma3-long.json", "fixtures/edge-n0-dense.json");
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").at(-1)).toBe("2 passed, 0 failed");
  });
  it("--check names the first differing field and exits 1", () => {
    const f = JSON.parse(readFileSync(join(root, "fixtures/random-n8-24-random-y3la.json"), "utf8"));
    f.steps[0].expected.dividends[3] += 1;
    const dir = mkdtempSync(join(tmpdir(), "yuma-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify(f));
    const r = yuma("epoch", "--check", join(dir, "bad.json"), "fixtures/edge-n1-owner.json");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL .*bad\.json: step 0: dividends\[3\]: expected \d+, got \d+/);
    expect(r.stdout.trim().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });
  it("--json prints one line per file in the fixture expected shape", () => {
    const r = yuma("epoch", "--json", "fixtures/seq-yuma-basic-dense.json");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBe(1);
    const obj = JSON.parse(lines[0]!);
    const fx = JSON.parse(readFileSync(join(root, "fixtures/seq-yuma-basic-dense.json"), "utf8"));
    expect(obj.file).toBe("fixtures/seq-yuma-basic-dense.json");
    expect(obj.steps.length).toBe(fx.steps.length);
    const { debug: _d, ...exp } = fx.steps.at(-1).expected;
    expect(obj.steps.at(-1)).toEqual(exp);
  });
  it("bad input: file: path: reason, exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "yuma-"));
    const s = JSON.parse(readFileSync(join(root, "fixtures/examples/snapshot.json"), "utf8"));
    s.weights[17 - 10] = [[3, 70000]];
    writeFileSync(join(dir, "bad.json"), JSON.stringify(s));
    writeFileSync(join(dir, "trunc.json"), JSON.stringify(s).slice(0, 100));
    let r = yuma("epoch", join(dir, "bad.json"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${join(dir, "bad.json")}: weights[7][0][1]: u16 value out of range [0, 65535]: 70000`);
    r = yuma("epoch", join(dir, "trunc.json"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/trunc\.json: \(root\): not valid JSON/);
    r = yuma("epoch", join(dir, "missing.json"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.json: \(root\): cannot read file \(ENOENT\)/);
  });
});
