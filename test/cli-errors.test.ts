// One error format for every command: bad input is `file: path: reason` or
// `option: reason` with exit code 2, an I/O failure one line with exit code 1,
// never a stack trace; a closed stdout ends quietly; no message echoes more
// than a few hundred characters of the offending input.
import { describe, it, expect } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { program } from "../src/cli/main.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const yuma = (...args: string[]) =>
  spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
const yumaAsync = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const c = spawn(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root });
    let stdout = "",
      stderr = "";
    c.stdout.on("data", (d) => (stdout += d));
    c.stderr.on("data", (d) => (stderr += d));
    c.on("close", (status) => resolve({ status, stdout, stderr }));
  });
const STACK = /^\s+at .+|node:internal|^\w*Error: |^file:\/\//m;
const work = mkdtempSync(join(tmpdir(), "yuma-errors-"));

/** Exit 2 and exactly one stderr line equal to (or matching) `line`; no stack trace. */
function badInput(r: { status: number | null; stderr: string }, line: string | RegExp) {
  expect(r.stderr).not.toMatch(STACK);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines.length, r.stderr).toBe(1);
  if (typeof line === "string") expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
  expect(r.status).toBe(2);
}

describe("options: `option: reason`, exit 2", () => {
  it("synth --variant bogus / --uids 70000 / --seed abc", () => {
    badInput(
      yuma("synth", "--uids", "8", "--validators", "2", "--epochs", "2", "--variant", "bogus"),
      '--variant: expected one of yuma, yuma3, yuma3-liquid, got "bogus"',
    );
    badInput(
      yuma("synth", "--uids", "70000", "--validators", "2", "--epochs", "2"),
      '--uids: expected an integer in [1, 65535], got "70000"',
    );
    badInput(
      yuma("synth", "--uids", "8", "--validators", "2", "--epochs", "2", "--seed", "abc"),
      /^--seed: expected an integer in \[0, \d+\], got "abc"$/,
    );
  });
  it("emission schedule --from-issuance abc / --from-date notadate", () => {
    badInput(yuma("emission", "schedule", "--from-issuance", "abc"), '--from-issuance: expected a u64 (decimal digits), got "abc"');
    badInput(
      yuma("emission", "schedule", "--from-date", "notadate"),
      '--from-date: expected a date (ISO 8601, e.g. 2025-02-13), got "notadate"',
    );
  });
  it("replay --checkpoint-ms abc", () => {
    badInput(
      yuma("replay", "fixtures/examples/history.jsonl", "--out", join(work, "x"), "--checkpoint-ms", "abc"),
      /^--checkpoint-ms: expected an integer in \[0, \d+\], got "abc"$/,
    );
    expect(existsSync(join(work, "x"))).toBe(false);
  });
  it("whatif --uid 99 on a 16-uid snapshot names the option, not the weights file", () => {
    writeFileSync(join(work, "w.json"), "[[1, 100]]");
    badInput(
      yuma("whatif", "fixtures/examples/snapshot.json", "--uid", "99", "--weights", join(work, "w.json")),
      "--uid: uid 99 out of range (fixtures/examples/snapshot.json has n = 16)",
    );
  });
  it("unknown option and missing required option", () => {
    badInput(yuma("synth", "--uids", "8", "--validators", "2", "--epochs", "2", "--nope"), /^--nope: unknown option/);
    badInput(yuma("synth", "--uids", "8", "--validators", "2"), "--epochs: required option not given");
  });
  it("an offending value is echoed at most a few hundred characters", () => {
    const r = yuma("synth", "--uids", "8", "--validators", "2", "--epochs", "2", "--seed", "7".repeat(100_000) + "x");
    badInput(r, /^--seed: expected /);
    expect(r.stderr.length).toBeLessThan(400);
  });
});

describe("report --epoch", () => {
  const dir = join(work, "rep");
  const ok = yuma("replay", "fixtures/examples/history.jsonl", "--out", dir, "--quiet");
  it("the replay for the report ran", () => expect(ok.status).toBe(0));
  for (const [v, want] of [
    ["9999", `${join(dir, "history.epochs.jsonl")}: epoch: no epoch 9999 (epochs 0 to 59)`],
    ["abc", '--epoch: expected an integer in [0, 4294967295], got "abc"'],
    ["-1", '--epoch: expected an integer in [0, 4294967295], got "-1"'],
  ] as const) {
    it(`--epoch ${v} is refused and writes no report`, () => {
      badInput(yuma("report", dir, "--epoch", v, "--out", join(work, `r${v}.html`)), want);
      expect(existsSync(join(work, `r${v}.html`))).toBe(false);
    });
  }
  it("--epoch 59 (the last) writes the heatmap of that epoch", () => {
    const r = yuma("report", dir, "--epoch", "59", "--out", join(work, "r59.html"));
    expect(r.status).toBe(0);
    expect(readFileSync(join(work, "r59.html"), "utf8")).toContain("Bonds after epoch 59");
  });
  it("a folder without replay output: file: path: reason, exit 2", () => {
    mkdirSync(join(work, "emptydir"));
    badInput(
      yuma("report", join(work, "emptydir")),
      `${join(work, "emptydir")}: (root): no *.epochs.jsonl files (run yuma replay --out ${join(work, "emptydir")} first)`,
    );
    badInput(yuma("report", join(work, "missingdir")), `${join(work, "missingdir")}: (root): cannot read directory (ENOENT)`);
  });
  it("a damaged epochs file: file:line: path: reason, exit 2", () => {
    const d = join(work, "rep-bad");
    mkdirSync(d);
    writeFileSync(join(d, "h.summary.csv"), readFileSync(join(dir, "history.summary.csv")));
    writeFileSync(
      join(d, "h.epochs.jsonl"),
      readFileSync(join(dir, "history.epochs.jsonl"), "utf8").split("\n").slice(0, 3).join("\n") +
        '\n{"epoch": 3, ' +
        "z".repeat(10_000) +
        "\n",
    );
    const r = yuma("report", d);
    badInput(r, new RegExp(`^${join(d, "h.epochs.jsonl").replace(/[.\\/]/g, "\\$&")}:4: \\(root\\): not valid JSON`));
    expect(r.stderr.length).toBeLessThan(600);
  });
});

describe("I/O failures: one line, exit 1", () => {
  it("report --out on a full disk (/dev/full)", () => {
    const r = yuma("report", join(work, "rep"), "--out", "/dev/full");
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^\/dev\/full: .*ENOSPC/)]);
    expect(r.status).toBe(1);
  });
  it("replay into a full output folder (the epochs file on /dev/full)", () => {
    const out = join(work, "full");
    mkdirSync(out);
    symlinkSync("/dev/full", join(out, "history.epochs.jsonl"));
    const r = yuma("replay", "fixtures/examples/history.jsonl", "--out", out, "--quiet");
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/history\.epochs\.jsonl: .*ENOSPC/)]);
    expect(r.status).toBe(1);
  });
  it("replay into an output folder that cannot be created", () => {
    const r = yuma("replay", "fixtures/examples/history.jsonl", "--out", "/proc/version/out", "--quiet");
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^\/proc\/version\/out: .*ENOTDIR/)]);
    expect(r.status).toBe(1);
  });
});

describe("a closed stdout ends quietly", () => {
  for (const args of [
    ["emission", "schedule"],
    ["synth", "--uids", "64", "--validators", "8", "--epochs", "100"],
  ]) {
    it(`yuma ${args.join(" ")} | head -c 100`, async () => {
      const c = spawn(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root });
      let stderr = "";
      c.stderr.on("data", (d) => (stderr += d));
      c.stdout.once("data", () => c.stdout.destroy());
      const status = await new Promise((r) => c.on("close", r));
      expect(stderr).toBe("");
      expect(status).toBe(0);
    });
  }
});

// Every leaf command, every option that takes a value: options with their own
// parser get 302 characters of garbage (their parser must refuse it, echoing
// at most a few hundred characters), the others (paths) an empty value; and an
// unknown option per command. The list comes from the registered commands, so
// a new command or option is covered without editing this test.
function leaves(cmd: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  if (cmd.commands.length === 0) return [{ path, cmd }];
  return cmd.commands.flatMap((c) => leaves(c, [...path, c.name()]));
}

describe("every subcommand, every option with a bad value: exit 2, no stack trace", () => {
  const cases: { args: string[]; option: string }[] = [];
  for (const { path, cmd } of leaves(program as Command)) {
    // commander reports a missing required option before an unknown one: either is `option: reason`
    cases.push({ args: [...path, "--no-such-option"], option: "--" });
    for (const o of cmd.options) {
      if (!o.required && !o.optional) continue; // boolean flags take no value
      cases.push({ args: [...path, o.long!, o.parseArg ? "1x" + "9".repeat(300) : ""], option: o.long! });
    }
  }
  it("there are commands and options to cover", () => {
    expect(leaves(program as Command).map((l) => l.path.join(" "))).toEqual(
      expect.arrayContaining(["epoch", "replay", "synth", "report", "whatif", "emission schedule"]),
    );
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
  it("each case", async () => {
    const failures: string[] = [];
    const queue = [...cases];
    await Promise.all(
      [0, 1].map(async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const r = await yumaAsync(c.args);
          const lines = r.stderr.trimEnd().split("\n");
          const shown = c.args.map((a) => (a.length > 20 ? `<${a.length} chars>` : JSON.stringify(a))).join(" ");
          if (STACK.test(r.stderr)) failures.push(`${shown}: stack trace`);
          else if (r.status !== 2) failures.push(`${shown}: exit ${r.status}: ${r.stderr.slice(0, 200)}`);
          else if (lines.length !== 1) failures.push(`${shown}: ${lines.length} stderr lines`);
          else if (!(c.option === "--" ? /^--[\w-]+: / : new RegExp(`^${c.option}: `)).test(lines[0]!))
            failures.push(`${shown}: ${lines[0]!.slice(0, 200)}`);
          else if (r.stderr.length > 400) failures.push(`${shown}: ${r.stderr.length} characters of stderr`);
        }
      }),
    );
    expect(failures).toEqual([]);
  }, 600_000);
});
