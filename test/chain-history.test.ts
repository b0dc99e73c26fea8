// fetch history: epoch blocks, JSONL, kill-and-resume, a dropped connection,
// clear errors, --verify tallies. All against the node double on 127.0.0.1.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { ApiPromise, WsProvider } from "@polkadot/api";
import { fetchHistoryToFile } from "../src/chain/historyFile.js";
import { fetchSnapshot } from "../src/chain/fetch.js";
import { ChainError } from "../src/chain/errors.js";
import { connect, epochStates, metadata425, readFixture, runtime219 } from "./chain/harness.js";
import { startNode, type StateVersion, type TestNode } from "./chain/node.js";
import { StateBuilder } from "./chain/state.js";
import { writeInput } from "./chain/fromSnapshot.js";

const CLI = path.resolve("dist/src/cli/main.js");
/** runs the CLI without blocking this process (the node double answers from it) */
function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (status) => res({ status, stdout, stderr }));
  });
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "yuma-chain-"));

// spec 219, netuid of the fixture, Tempo 9 (an epoch every 10 blocks); PendingEmission changes before each epoch
const FIX = readFixture("fixtures/eras/spec195-random-seed20-n24.json").steps[0]!.input;
const NETUID = FIX.netuid as number;
const FROM = 1000,
  TO = 1199,
  HEAD = 1300;
// hand rule: blocks_until_next_epoch = tempo - (b + netuid + 1) % (tempo + 1) is 0 (run_coinbase.rs at 8f39a5832)
const EPOCHS = Array.from({ length: TO - FROM + 1 }, (_, i) => FROM + i).filter((b) => (b + NETUID + 1) % 10 === 9);

function historyStates(): StateVersion[] {
  const rt = runtime219();
  const base = writeInput(new StateBuilder(rt), FIX).set("Tempo", [NETUID], 9);
  const states: StateVersion[] = [{ fromBlock: 0, storage: base.storage, runtime: rt }];
  for (const e of EPOCHS)
    states.push({ fromBlock: e - 5, storage: base.clone().set("PendingEmission", [NETUID], BigInt(e) * 1000n).storage, runtime: rt });
  return states;
}

describe("fetch history (spec 219 layout, blocks_until_next_epoch rule)", () => {
  let node: TestNode;
  let reference: string;
  beforeAll(async () => {
    node = await startNode({ head: HEAD, states: historyStates() });
    const dir = tmp();
    const api = await ApiPromise.create({ provider: new WsProvider(node.url, 200), noInitWarn: true, throwOnConnect: true });
    try {
      await fetchHistoryToFile(api, { netuid: NETUID, from: FROM, to: TO, out: path.join(dir, "ref.jsonl") });
    } finally {
      await api.disconnect();
    }
    reference = fs.readFileSync(path.join(dir, "ref.jsonl"), "utf8");
  });
  afterAll(async () => {
    await node?.close();
  });

  it("one snapshot per epoch block, each reading the state before it", () => {
    expect(EPOCHS.length).toBe(20);
    const lines = reference
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => Number(l.currentBlock))).toEqual(EPOCHS);
    expect(lines.map((l) => l.raoEmission)).toEqual(EPOCHS.map((e) => String(BigInt(e) * 1000n)));
    for (const l of lines) {
      expect(l.specVersion).toBe(219);
      expect(l.weights).toEqual(FIX.weights);
      expect(l.stake).toEqual(FIX.stake);
    }
  });

  it("killed mid-run (SIGKILL) and resumed: byte-identical to the uninterrupted file", async () => {
    const slow = await startNode({ head: HEAD, states: historyStates(), delayMs: 15 });
    try {
      const dir = tmp();
      const out = path.join(dir, "h.jsonl");
      const args = [
        CLI,
        "fetch",
        "history",
        "--url",
        slow.url,
        "--netuid",
        String(NETUID),
        "--from",
        String(FROM),
        "--to",
        String(TO),
        "--out",
        out,
        "--concurrency",
        "1",
        "--quiet",
      ];
      const child = spawn(process.execPath, args, { stdio: "ignore" });
      await new Promise<void>((res, rej) => {
        const t0 = Date.now();
        const poll = setInterval(() => {
          const n = fs.existsSync(out) ? fs.readFileSync(out, "utf8").split("\n").length - 1 : 0;
          if (n >= 4) {
            clearInterval(poll);
            child.kill("SIGKILL");
            res();
          } else if (Date.now() - t0 > 60_000) {
            clearInterval(poll);
            child.kill("SIGKILL");
            rej(new Error("no progress"));
          }
        }, 20);
      });
      await new Promise((r) => child.once("exit", r));
      const partial = fs.readFileSync(out, "utf8").split("\n").length - 1;
      expect(partial).toBeGreaterThanOrEqual(4);
      expect(partial).toBeLessThan(EPOCHS.length);
      // resumed against the same chain served without the delay (only the killed run needs to be slow)
      const r = await runCli([...args.slice(1), "--resume"].map((a) => (a === slow.url ? node.url : a)));
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`${EPOCHS.length} epochs of netuid ${NETUID}`);
      expect(fs.readFileSync(out, "utf8")).toBe(reference);
    } finally {
      await slow.close();
    }
  });

  it("a connection dropped mid-run is retried and nothing is lost", async () => {
    const dir = tmp();
    const retries: number[] = [];
    const c = await connect({ head: HEAD, states: historyStates(), dropAfterStateRequests: 60 });
    try {
      const r = await fetchHistoryToFile(c.api, {
        netuid: NETUID,
        from: FROM,
        to: TO,
        out: path.join(dir, "d.jsonl"),
        backoffMs: 50,
        onRetry: (b) => retries.push(b),
      });
      expect(r.epochs).toBe(EPOCHS.length);
      expect(c.node.connections()).toBeGreaterThanOrEqual(2);
      expect(retries.length).toBeGreaterThanOrEqual(1);
    } finally {
      await c.close();
    }
    expect(fs.readFileSync(path.join(dir, "d.jsonl"), "utf8")).toBe(reference);
  });

  it("clear errors (exit 2, no stack): missing netuid, future block, no node", async () => {
    const run = (url: string, extra: string[]) =>
      runCli(["fetch", "history", "--url", url, "--out", path.join(tmp(), "x.jsonl"), "--quiet", ...extra]);
    // the three runs at once (each is a CLI process)
    const [missing, future, none] = await Promise.all([
      run(node.url, ["--netuid", "77", "--from", String(FROM), "--to", String(TO)]),
      run(node.url, ["--netuid", String(NETUID), "--from", String(FROM), "--to", String(HEAD + 5)]),
      runCli(["fetch", "snapshot", "--url", "ws://127.0.0.1:9", "--netuid", "1"]),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`netuid 77 does not exist at block ${FROM - 1}`);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(future.status).toBe(2);
    expect(future.stderr).toContain(`block ${HEAD + 5} is in the future (the node's best block is ${HEAD})`);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("ws://127.0.0.1:9: cannot connect");
  });

  it("a pruned (non-archive) node names the problem", async () => {
    const c = await connect({ head: HEAD, states: historyStates(), keepBlocks: 256 });
    try {
      await expect(fetchSnapshot(c.api, { netuid: NETUID, at: 100 })).rejects.toThrow(ChainError);
      await expect(fetchSnapshot(c.api, { netuid: NETUID, at: 100 })).rejects.toThrow(/not an archive node/);
      const recent = await fetchSnapshot(c.api, { netuid: NETUID, at: HEAD });
      expect(recent.currentBlock).toBe(String(HEAD));
    } finally {
      await c.close();
    }
  });
});

describe("fetch history --verify (spec 425 layout, stored LastEpochBlock schedule)", () => {
  const { input, expected } = readFixture("fixtures/random-n8-24-random-y3la.json").steps[0]!;
  const b = Number(input.currentBlock);
  const states = (exp: Record<string, unknown>) => {
    const s = epochStates(metadata425(), input, exp);
    // LastEpochBlock: an earlier epoch before the range, this epoch from its block on
    const prev = new StateBuilder(metadata425());
    for (const [k, v] of s[0]!.storage) prev.storage.set(k, v);
    prev.set("LastEpochBlock", [input.netuid], BigInt(b - 500));
    s[0]!.storage = prev.storage;
    const after = new StateBuilder(metadata425());
    for (const [k, v] of s[1]!.storage) after.storage.set(k, v);
    after.set("LastEpochBlock", [input.netuid], BigInt(b));
    s[1]!.storage = after.storage;
    return s;
  };
  const cli = (url: string, out: string) =>
    runCli([
      "fetch",
      "history",
      "--url",
      url,
      "--netuid",
      String(input.netuid),
      "--from",
      String(b - 100),
      "--to",
      String(b + 10),
      "--out",
      out,
      "--verify",
      "--quiet",
    ]);

  // both CLI runs at once (two nodes: the chain as the fixture expects it, and with one stored value changed)
  const inc = expected.incentive as number[];
  let same: Awaited<ReturnType<typeof runCli>>, changed: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    const nodes = await Promise.all([
      startNode({ head: b + 10, states: states(expected) }),
      startNode({ head: b + 10, states: states({ ...expected, incentive: inc.map((v, i) => (i === 5 ? v + 7 : v)) }) }),
    ]);
    try {
      const runs = await Promise.all(nodes.map((node) => cli(node.url, path.join(tmp(), "v.jsonl"))));
      same = runs[0]!;
      changed = runs[1]!;
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
    }
  });

  it("stored outputs from the fixture's expected block: 1 epochs verified, 0 differ", () => {
    expect(same.stderr).toBe("");
    expect(same.stdout).toContain("1 epochs verified, 0 differ");
    expect(same.status).toBe(0);
  });

  it("one stored value changed (Incentive of uid 5): reported with that field and uid", () => {
    expect(changed.stdout).toContain("0 epochs verified, 1 differ");
    expect(changed.stdout).toContain(`first difference: epoch at block ${b}: incentive of uid 5: chain ${inc[5]! + 7}, engine ${inc[5]}`);
    expect(changed.status).toBe(1);
  });
});
