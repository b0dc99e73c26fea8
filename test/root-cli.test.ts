// `yuma root ...` as a user runs it (built JS, child process).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const yuma = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });
const rootFiles = readdirSync(join(root, "fixtures/eras"))
  .filter((f) => /^root-spec\d+-.*\.json$/.test(f))
  .sort()
  .map((f) => `fixtures/eras/${f}`);
const caseCount = rootFiles.reduce((n, f) => n + JSON.parse(readFileSync(join(root, f), "utf8")).cases.length, 0);
const tmp = mkdtempSync(join(tmpdir(), "yuma-root-"));

describe("yuma root --check", () => {
  it("passes every case of every root fixture", () => {
    const r = yuma("root", "--check", ...rootFiles);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(caseCount).toBeGreaterThan(1000);
    expect(r.stdout.trim()).toBe(`${caseCount} passed, 0 failed`);
  });
  it("a wrong expected value: FAIL line naming file, case and field; exit 1", () => {
    const f = JSON.parse(readFileSync(join(root, "fixtures/eras/root-spec151-test_network_pruning.json"), "utf8"));
    f.cases[0].expected.emissionValues[2] = "180819838";
    writeFileSync(join(tmp, "bad.json"), JSON.stringify(f));
    const r = yuma("root", "--check", join(tmp, "bad.json"), "fixtures/eras/root-spec149-test_halving.json");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `FAIL ${join(tmp, "bad.json")} test_network_pruning: emissionValues[2]: expected "180819838", got "180819837"`,
    );
    expect(r.stdout.trim().split("\n").at(-1)).toBe("43 passed, 1 failed");
  });
  it("an expected panic that does not happen fails", () => {
    const f = JSON.parse(readFileSync(join(root, "fixtures/eras/root-spec149-edge-epoch-exp-kappa-max-rho-42.json"), "utf8"));
    f.cases[0].expected = { panic: "x" };
    writeFileSync(join(tmp, "nopanic.json"), JSON.stringify(f));
    const r = yuma("root", "--check", join(tmp, "nopanic.json"));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("expected panic");
  });
  it("bad input: `file: path: reason` on stderr, exit 2", () => {
    const f = JSON.parse(readFileSync(join(root, "fixtures/eras/root-spec151-test_network_pruning.json"), "utf8"));
    f.cases[0].input.stake[3] = "-5";
    writeFileSync(join(tmp, "input.json"), JSON.stringify(f));
    let r = yuma("root", "--check", join(tmp, "input.json"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${join(tmp, "input.json")}: cases[0].input.stake[3]: not a u64 decimal string: "-5"`);
    f.cases[0].input.stake[3] = "1000";
    f.cases[0].expected.extra = 1;
    writeFileSync(join(tmp, "expected.json"), JSON.stringify(f));
    r = yuma("root", "--check", join(tmp, "expected.json"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `${join(tmp, "expected.json")}: cases[0].expected.extra: unknown field; expected one of blockEmission, emissionValues, debug`,
    );
    f.cases[0].expected = { blockEmission: "1", emissionValues: [] };
    f.upstream.specVersion = 233;
    writeFileSync(join(tmp, "spec.json"), JSON.stringify(f));
    r = yuma("root", "--check", join(tmp, "spec.json"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `${join(tmp, "spec.json")}: upstream.specVersion: spec 233 has no pre-dTAO root network (supported: 133-232)`,
    );
    r = yuma("root", "--check", "fixtures/seq-yuma3-long.json");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`fixtures/seq-yuma3-long.json: schema: expected "yuma-root-fixture/1", got "yuma-epoch-fixture/1"`);
  });
});

describe("yuma root subcommands", () => {
  it("epoch: the upstream test_network_pruning values at spec 151 (703bdbd17) and 149 (65d8367a6)", () => {
    const f = JSON.parse(readFileSync(join(root, "fixtures/eras/root-spec151-test_network_pruning.json"), "utf8"));
    writeFileSync(join(tmp, "epoch.json"), JSON.stringify(f.cases[0].input));
    let r = yuma("root", "epoch", join(tmp, "epoch.json"), "--spec", "151", "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).emissionValues.slice(0, 6)).toEqual([
      "385861815",
      "249435914",
      "180819837",
      "129362980",
      "50857187",
      "3530356",
    ]);
    r = yuma("root", "epoch", join(tmp, "epoch.json"), "--spec", "149");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\s+0\s+277820113\s+0\.277820113$/m);
    r = yuma("root", "epoch", join(tmp, "epoch.json"), "--spec", "140");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `${join(tmp, "epoch.json")}: totalIssuance: not read at spec 140: before spec 146 the root epoch reads the BlockEmission storage value (give blockEmission)`,
    );
  });
  it("prune: upstream test_network_prune_results (2cdc67c2c) expects 2", () => {
    writeFileSync(
      join(tmp, "prune.json"),
      JSON.stringify({
        netuids: [0, 1, 2, 3],
        emissionValues: ["0", "5", "4", "4"],
        registeredAt: ["0", "1", "4", "7"],
        currentBlock: "10",
        immunityPeriod: "3",
      }),
    );
    const r = yuma("root", "prune", join(tmp, "prune.json"), "--spec", "136");
    expect([r.status, r.stdout.trim()]).toEqual([0, "2"]);
  });
  it("lock-cost: upstream test_root_subnet_creation_deletion, second registration one block later: 150 TAO", () => {
    const r = yuma(
      "root",
      "lock-cost",
      "--spec",
      "149",
      "--last-lock",
      "100000000000",
      "--min-lock",
      "100000000000",
      "--last-lock-block",
      "1",
      "--current-block",
      "2",
      "--interval",
      "2",
    );
    expect([r.status, r.stdout.trim()]).toEqual([0, "150000000000 rao (150.000000000 TAO)"]);
  });
  it("pending and drain: 2 blocks of 99_999_999 = 199_999_998 (test_root_set_weights_out_of_order_netuids); the 195 drain cut", () => {
    let r = yuma("root", "pending", "--spec", "151", "--emission", "99999999", "--blocks", "2", "--owner-cut", "0");
    expect([r.status, r.stdout.trim()]).toEqual([0, "pending 199999998 rao, owner paid 0 rao"]);
    r = yuma("root", "drain", "--spec", "195", "--pending", "1000000000");
    expect([r.status, r.stdout.trim()]).toEqual([0, "epoch gets 820004578 rao, owner paid 179995422 rao"]);
  });
  it("network-to-prune: prune_selects_network_with_lowest_price (14bc6f9f)", () => {
    const imm = 1_296_000n;
    writeFileSync(
      join(tmp, "ntp.json"),
      JSON.stringify({
        netuids: [0, 1, 2],
        registeredAt: ["0", "0", "0"],
        mechanism: [0, 1, 1],
        movingPrice: ["4294967296", (1n << 32n).toString(), (10n << 32n).toString()],
        currentBlock: String(imm + 10n),
        immunityPeriod: String(imm),
      }),
    );
    const r = yuma("root", "network-to-prune", join(tmp, "ntp.json"));
    expect([r.status, r.stdout.trim()]).toEqual([0, "1"]);
  });
});
