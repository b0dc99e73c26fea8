// `yuma replay --resume` trusts a checkpoint only for the input it consumed and
// the bytes it wrote: every mismatch is refused (exit 2, what differs, how to
// start over) and leaves the outputs as they were; no file is ever extended.
import { describe, it, expect, beforeAll } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+\(|node:internal|^\w*Error: /m);

const work = mkdtempSync(join(tmpdir(), "yuma-resume-"));
const hist = join(work, "h.jsonl");
const clean = join(work, "clean");
const killed = join(work, "killed");
let cleanEpochs: Buffer;

/** Starts a replay and SIGKILLs it once a third of the epochs file exists. */
async function killMidway(out: string, fullSize: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ["dist/src/cli/main.js", "replay", hist, "--out", out, "--jobs", "1", "--quiet", "--checkpoint-ms", "0"],
    { cwd: root, stdio: "ignore" },
  );
  const epochsFile = join(out, "h.epochs.jsonl");
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
}

/** A fresh folder holding a copy of the history as h.jsonl. */
function place(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(hist, join(dir, "h.jsonl"));
}

/** A copy of the killed run's output directory, for one scenario. */
function scenario(name: string): string {
  const d = join(work, name);
  cpSync(killed, d, { recursive: true });
  return d;
}

/** The history with one line changed (an extra stake of 1 rao on uid 1). */
function changedHistory(path: string, lineIndex: number): void {
  const lines = readFileSync(hist, "utf8").trim().split("\n");
  const s = JSON.parse(lines[lineIndex]!);
  s.alphaStake[1] = (BigInt(s.alphaStake[1]) + 1n).toString();
  lines[lineIndex] = JSON.stringify(s);
  writeFileSync(path, lines.join("\n") + "\n");
}

const refused = (r: ReturnType<typeof cli>, what: RegExp) => {
  expect(r.status).toBe(2);
  noStack(r.stderr);
  const lines = r.stderr.trim().split("\n");
  expect(lines.length).toBe(1);
  expect(lines[0]).toMatch(what);
  expect(lines[0]).toMatch(/without --resume/); // how to start over
};

beforeAll(async () => {
  const s = cli("synth", "--uids", "64", "--validators", "12", "--epochs", "400", "--seed", "21");
  expect(s.status).toBe(0);
  writeFileSync(hist, s.stdout);
  expect(cli("replay", hist, "--out", clean, "--jobs", "1", "--quiet").status).toBe(0);
  cleanEpochs = readFileSync(join(clean, "h.epochs.jsonl"));
  await killMidway(killed, cleanEpochs.length);
  expect(statSync(join(killed, "h.epochs.jsonl")).size).toBeLessThan(cleanEpochs.length);
});

describe("replay --resume checks what the checkpoint consumed and wrote", () => {
  it("an unchanged history resumes to byte-identical files", () => {
    const d = scenario("same");
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    expect(r.status).toBe(0);
    expect(readFileSync(join(d, "h.epochs.jsonl")).equals(cleanEpochs)).toBe(true);
    expect(readFileSync(join(d, "h.summary.csv"), "utf8")).toBe(readFileSync(join(clean, "h.summary.csv"), "utf8"));
  });

  it("(a) the history changed in the consumed part between crash and resume: refused, outputs untouched", () => {
    const d = scenario("changed");
    const before = readFileSync(join(d, "h.epochs.jsonl"));
    // the same history under the same name, with its first line changed
    const h2dir = join(work, "changed-src");
    place(h2dir);
    changedHistory(join(h2dir, "h.jsonl"), 0);
    const r = cli("replay", join(h2dir, "h.jsonl"), "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.checkpoint\.json: .*(differ|changed)/);
    expect(readFileSync(join(d, "h.epochs.jsonl")).equals(before)).toBe(true);
    expect(existsSync(join(d, "h.summary.csv"))).toBe(false);
  });

  it("a history changed only after the consumed part resumes (nothing consumed differs)", () => {
    const d = scenario("changed-later");
    const h2dir = join(work, "later-src");
    const cp = JSON.parse(readFileSync(join(d, "h.checkpoint.json"), "utf8"));
    expect(cp.completed).toBeLessThan(399);
    const lines = readFileSync(hist, "utf8").trim().split("\n");
    place(h2dir);
    const s = JSON.parse(lines[399]!);
    s.alphaStake[1] = (BigInt(s.alphaStake[1]) + 1n).toString();
    lines[399] = JSON.stringify(s);
    writeFileSync(join(h2dir, "h.jsonl"), lines.join("\n") + "\n");
    const r = cli("replay", join(h2dir, "h.jsonl"), "--out", d, "--jobs", "1", "--resume", "--quiet");
    expect(r.status).toBe(0);
    // the first 399 epochs are the clean run's (hand check: only the last line differs)
    const got = readFileSync(join(d, "h.epochs.jsonl"), "utf8").split("\n");
    const want = cleanEpochs.toString("utf8").split("\n");
    expect(got.slice(0, 399)).toEqual(want.slice(0, 399));
  });

  it("(b) a completed run resumed after the input changed is refused, not kept", () => {
    const d = join(work, "done");
    cpSync(clean, d, { recursive: true });
    const h2dir = join(work, "done-src");
    place(h2dir);
    changedHistory(join(h2dir, "h.jsonl"), 10);
    const r = cli("replay", join(h2dir, "h.jsonl"), "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.checkpoint\.json: .*(differ|changed)/);
    // and unchanged input: the completed run stands
    const again = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    expect(again.status).toBe(0);
    expect(readFileSync(join(d, "h.epochs.jsonl")).equals(cleanEpochs)).toBe(true);
  });

  it("(b) a completed run whose history grew is refused", () => {
    const d = join(work, "done-grew");
    cpSync(clean, d, { recursive: true });
    const h2dir = join(work, "grew-src");
    const text = readFileSync(hist, "utf8");
    place(h2dir);
    writeFileSync(join(h2dir, "h.jsonl"), text + text.trim().split("\n").at(-1) + "\n");
    const r = cli("replay", join(h2dir, "h.jsonl"), "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /400.*401|401.*400/);
  });

  it("(c) a checkpoint whose epochsBytes exceeds the file is refused; the file is never extended", () => {
    const d = scenario("bytes");
    const cpPath = join(d, "h.checkpoint.json");
    const cp = JSON.parse(readFileSync(cpPath, "utf8"));
    cp.epochsBytes = 992_000_000;
    writeFileSync(cpPath, JSON.stringify(cp));
    const size = statSync(join(d, "h.epochs.jsonl")).size;
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.checkpoint\.json: /);
    expect(statSync(join(d, "h.epochs.jsonl")).size).toBe(size);
  });

  it("(c) a raised `completed` is refused instead of skipping epochs", () => {
    const d = scenario("completed");
    const cpPath = join(d, "h.checkpoint.json");
    const cp = JSON.parse(readFileSync(cpPath, "utf8"));
    cp.completed += 50;
    writeFileSync(cpPath, JSON.stringify(cp));
    const before = readFileSync(join(d, "h.epochs.jsonl"));
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.checkpoint\.json: /);
    expect(readFileSync(join(d, "h.epochs.jsonl")).equals(before)).toBe(true);
  });

  it("an epochs file that differs from what the checkpoint recorded is refused", () => {
    const d = scenario("epochs-edited");
    const p = join(d, "h.epochs.jsonl");
    const buf = readFileSync(p);
    buf[10] = buf[10] === 0x31 ? 0x32 : 0x31; // one byte of the first line
    writeFileSync(p, buf);
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.epochs\.jsonl/);
    expect(readFileSync(p).equals(buf)).toBe(true);
  });

  it("a deleted epochs file is refused (exit 2, one line naming it)", () => {
    const d = scenario("deleted");
    rmSync(join(d, "h.epochs.jsonl"));
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.epochs\.jsonl.*(missing|ENOENT)/);
    expect(existsSync(join(d, "h.epochs.jsonl"))).toBe(false);
  });

  it("a checkpoint that is not JSON is refused as bad input, one line", () => {
    const d = scenario("garbage");
    writeFileSync(join(d, "h.checkpoint.json"), '{"format": ' + "x".repeat(5000));
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.checkpoint\.json: \(root\): not valid JSON/);
    expect(r.stderr.length).toBeLessThan(600);
  });

  it("a foreign checkpoint (another history's) is refused", () => {
    const d = join(work, "foreign");
    const other = join(work, "foreign-src");
    const s = cli("synth", "--uids", "16", "--validators", "4", "--epochs", "20", "--seed", "5");
    place(other);
    writeFileSync(join(other, "h.jsonl"), s.stdout);
    expect(cli("replay", join(other, "h.jsonl"), "--out", d, "--jobs", "1", "--quiet").status).toBe(0);
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet");
    refused(r, /h\.checkpoint\.json: /);
  });

  it("resume with a different --skip-bad-lines setting is refused", () => {
    const d = scenario("options");
    const r = cli("replay", hist, "--out", d, "--jobs", "1", "--resume", "--quiet", "--skip-bad-lines");
    refused(r, /skip-bad-lines/);
  });
});
