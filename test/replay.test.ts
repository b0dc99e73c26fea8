// Replay: fixtures as histories, kill-and-resume byte identity, parallel == sequential.
import { describe, it, expect } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, mkdtempSync, existsSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replay } from "../src/replay/replay.js";
import { readEpochFile } from "../src/fixture-file.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixtures = join(root, "fixtures");
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });

describe("replaying multi-step fixtures as histories reproduces every step", () => {
  const multi = readdirSync(fixtures)
    .filter((f) => f.endsWith(".json") && readEpochFile(join(fixtures, f)).steps.length > 1)
    .sort();
  it("there are multi-step fixtures", () => expect(multi.length).toBeGreaterThan(20));
  for (const f of multi) {
    it(f, async () => {
      const file = readEpochFile(join(fixtures, f));
      let k = 0;
      for await (const rec of replay(join(fixtures, f))) {
        const { debug: _d, ...expected } = file.steps[k]!.expected!;
        expect(rec.epoch).toBe(k);
        expect(rec.result).toEqual(expected);
        k++;
      }
      expect(k).toBe(file.steps.length);
    });
  }
});

function synth(dir: string, name: string, args: string[]): string {
  const r = cli("synth", ...args);
  expect(r.status).toBe(0);
  const p = join(dir, name);
  writeFileSync(p, r.stdout);
  return p;
}

const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.endsWith(".checkpoint.json"))
    .sort();

describe("yuma replay files", () => {
  const work = mkdtempSync(join(tmpdir(), "yuma-replay-"));
  const histA = synth(work, "a.jsonl", ["--uids", "64", "--validators", "12", "--epochs", "400", "--seed", "11"]);
  const histB = synth(work, "b.jsonl", [
    "--uids",
    "32",
    "--validators",
    "8",
    "--epochs",
    "60",
    "--seed",
    "12",
    "--variant",
    "yuma3-liquid",
  ]);

  it("synth is deterministic for a seed", () => {
    const again = cli("synth", "--uids", "32", "--validators", "8", "--epochs", "60", "--seed", "12", "--variant", "yuma3-liquid");
    expect(again.stdout).toBe(readFileSync(histB, "utf8"));
  });

  it("--jobs 1 and --jobs 2 write byte-identical files", () => {
    const one = join(work, "jobs1"),
      two = join(work, "jobs2");
    expect(cli("replay", histA, histB, "--out", one, "--jobs", "1", "--quiet").status).toBe(0);
    expect(cli("replay", histA, histB, "--out", two, "--jobs", "2", "--quiet").status).toBe(0);
    expect(files(one)).toEqual(["a.epochs.jsonl", "a.summary.csv", "b.epochs.jsonl", "b.summary.csv"]);
    for (const f of files(one)) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f)))).toBe(true);
    expect(readFileSync(join(one, "a.epochs.jsonl"), "utf8").trim().split("\n").length).toBe(400);
  });

  it("a run killed with SIGKILL mid-way resumes to byte-identical files", async () => {
    const clean = join(work, "clean"),
      killed = join(work, "killed");
    expect(cli("replay", histA, "--out", clean, "--jobs", "1", "--quiet").status).toBe(0);
    const child = spawn(
      process.execPath,
      ["dist/src/cli/main.js", "replay", histA, "--out", killed, "--jobs", "1", "--quiet", "--checkpoint-ms", "0"],
      { cwd: root, stdio: "ignore" },
    );
    const epochsFile = join(killed, "a.epochs.jsonl");
    const fullSize = statSync(join(clean, "a.epochs.jsonl")).size;
    // wait until a third of the output exists, then kill without warning
    await new Promise<void>((resolve, reject) => {
      const t = setInterval(() => {
        if (existsSync(epochsFile) && statSync(epochsFile).size > fullSize / 3) {
          clearInterval(t);
          child.kill("SIGKILL");
          resolve();
        }
      }, 5);
      child.on("exit", () => {
        clearInterval(t);
        reject(new Error("replay finished before it could be killed"));
      });
    });
    await new Promise((r) => child.once("exit", r));
    expect(statSync(epochsFile).size).toBeLessThan(fullSize);
    expect(existsSync(join(killed, "a.summary.csv"))).toBe(false);
    const resumed = cli("replay", histA, "--out", killed, "--jobs", "1", "--resume");
    expect(resumed.status).toBe(0);
    const after = Number(/400 epochs \(resumed after (\d+)\)/.exec(resumed.stdout)?.[1]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(400);
    for (const f of ["a.epochs.jsonl", "a.summary.csv"]) {
      expect(readFileSync(join(killed, f)).equals(readFileSync(join(clean, f)))).toBe(true);
    }
  });

  it("an empty history is refused: file: path: reason, exit 2", () => {
    const p = join(work, "empty.jsonl");
    writeFileSync(p, "\n\n");
    const r = cli("replay", p, "--out", join(work, "emptyout"), "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${p}: (root): empty history: no snapshots`);
  });

  it("a bad epoch in a history names the file and line; exit 2", () => {
    const lines = readFileSync(histB, "utf8").trim().split("\n");
    const bad = JSON.parse(lines[5]!);
    bad.kappa = 70000;
    lines[5] = JSON.stringify(bad);
    const p = join(work, "bad.jsonl");
    writeFileSync(p, lines.join("\n") + "\n");
    const r = cli("replay", p, "--out", join(work, "badout"), "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${p}:6: kappa: u16 out of range [0, 65535]: 70000`);
  });
});
