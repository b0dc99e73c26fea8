// --mechanism M: a subnet with several mechanisms (subnets/mechanism.rs at 14bc6f9f). Mechanism M's weights,
// bonds and last update live under the storage index netuid + 4096 M; its epoch runs with its share of the
// drained emission (split_emissions). Expected shares are derived by hand below.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import type { ApiPromise } from "@polkadot/api";
import { fetchSnapshotDetailed } from "../src/chain/fetch.js";
import { splitEmissions, storageIndex } from "../src/chain/mechanism.js";
import { readStoredOutputs, compareOutputs } from "../src/chain/verify.js";
import { fetchHistoryToFile } from "../src/chain/historyFile.js";
import { ChainError } from "../src/chain/errors.js";
import { Engine, validateSnapshot } from "../src/index.js";
import { firstDifference } from "../src/fixture.js";
import { epochStates, metadata425, readFixture, runtime219 } from "./chain/harness.js";
import { StateBuilder } from "./chain/state.js";
import { writeRows } from "./chain/fromSnapshot.js";
import type { StateVersion } from "./chain/node.js";
import { sharedNode, type SharedNode } from "./chain/shared.js";
import type { EpochResult } from "../src/snapshot/types.js";

const engine = new Engine();
const { input, expected } = readFixture("fixtures/random-n8-24-random-y3la.json").steps[0]!;
const NETUID = input.netuid as number; // 46
const N = input.n as number;
const B = Number(input.currentBlock);
const M1 = NETUID + 4096; // storage index of mechanism 1
type Rows = [number, number][][];

/**
 * The fixture's input as mechanism 1 of a subnet with `count` mechanisms; mechanism 0 has other weights
 * (every validator weights uid 0 only) and no bonds. Total pending emission `total`, split `split`.
 * At B the chain stored the fixture's expected Incentive and Bonds for mechanism 1, and aggregate outputs
 * (Dividends, Consensus, ... under the netuid) that are not mechanism 1's.
 */
function states(total: bigint, count: number, split: number[] | null, edit?: (b: StateBuilder) => void): StateVersion[] {
  const rt = metadata425();
  const s = epochStates(rt, { ...input, raoEmission: String(total) }, undefined, (b) => {
    writeRows(b, "Weights", M1, input.weights as Rows);
    writeRows(b, "Bonds", M1, input.bonds as Rows);
    b.set("LastUpdate", [M1], (input.lastUpdate as string[]).map(BigInt));
    writeRows(
      b,
      "Weights",
      NETUID,
      Array.from({ length: N }, () => [[0, 65535]]),
    );
    writeRows(
      b,
      "Bonds",
      NETUID,
      Array.from({ length: N }, () => []),
    );
    b.set("LastUpdate", [NETUID], new Array(N).fill(0n));
    b.set("MechanismCountCurrent", [NETUID], count);
    if (split) b.set("MechanismEmissionSplit", [NETUID], split);
    edit?.(b);
  });
  const at = new StateBuilder(rt);
  for (const [k, v] of s[0]!.storage) at.storage.set(k, v);
  at.set("Incentive", [M1], expected.incentive);
  (expected.bonds as (Rows[number] | null)[]).forEach((row, uid) => {
    const r = row ?? (input.bonds as Rows)[uid]!;
    if (r.length > 0) at.set("Bonds", [M1, uid], r);
    else at.unset("Bonds", M1, uid);
  });
  // the subnet's aggregate over both mechanisms: not mechanism 1's result
  at.set("Incentive", [NETUID], new Array(N).fill(1));
  at.set("Dividends", [NETUID], new Array(N).fill(2));
  at.set("Consensus", [NETUID], new Array(N).fill(3));
  return [...s, { fromBlock: B, storage: at.storage, runtime: rt }];
}

describe("--mechanism (spec 425; subnets/mechanism.rs at 14bc6f9f)", () => {
  let node: SharedNode;
  let api: ApiPromise;
  beforeAll(async () => {
    node = await sharedNode();
    api = node.api;
  });
  afterAll(async () => {
    await node?.close();
  });

  it("storage index = netuid + 4096 * mechanism (get_mechanism_storage_index), u16 saturating", () => {
    expect(storageIndex(46, 0)).toBe(46);
    expect(storageIndex(46, 1)).toBe(4142);
    expect(storageIndex(46, 15)).toBe(61486);
    expect(storageIndex(4095, 15)).toBe(65535);
  });

  it("split_emissions, hand-derived", () => {
    // split [13107, 52428] = [0.2, 0.8] of 65535: 1.25e9 * 13107 / 65535 = 250_000_000, * 52428 / 65535 = 1_000_000_000
    expect(splitEmissions(1_250_000_000n, 2, [13107, 52428])).toEqual([250_000_000n, 1_000_000_000n]);
    // no split: 3e9 + 2 over 3 = 1e9 each, the 2 lost to truncation go to mechanism 0
    expect(splitEmissions(3_000_000_002n, 3, null)).toEqual([1_000_000_002n, 1_000_000_000n, 1_000_000_000n]);
    // a stored split shorter than the count is zero-padded, what it misses goes to mechanism 0; longer is cut:
    // [0, 32767] for 3: 100 * 32767 / 65535 = 49.99 -> 49, mechanism 2 padded 0, mechanism 0 gets 0 + (100 - 49) = 51
    expect(splitEmissions(100n, 3, [0, 32767])).toEqual([51n, 49n, 0n]);
    expect(splitEmissions(100n, 1, [32767, 32768])).toEqual([100n]);
  });

  it("mechanism 1 of 2 with MechanismEmissionSplit [0.2, 0.8]: the fixture's input and expected values; --verify reads Incentive and Bonds of index 4142 only", async () => {
    node.serve({ head: B, states: states(1_250_000_000n, 2, [13107, 52428]) });
    const got = await fetchSnapshotDetailed(api, { netuid: NETUID, at: B, mechanism: 1 });
    expect(got.mechanism).toEqual({ id: 1, count: 2, split: [13107, 52428], storageIndex: 4142 });
    expect(got.snapshot.raoEmission).toBe("1000000000");
    expect(Object.fromEntries(Object.entries(got.snapshot).filter(([k]) => k !== "specVersion"))).toEqual(
      Object.fromEntries(Object.entries(input).filter(([k]) => k !== "activityCutoff")),
    );
    const result = engine.run(validateSnapshot(got.snapshot));
    expect(
      firstDifference(
        { ...expected, debug: undefined } as unknown as EpochResult,
        { ...(result as unknown as Record<string, unknown>), debug: undefined } as unknown as EpochResult,
      ),
    ).toBeUndefined();
    const stored = await readStoredOutputs(api, got.block, NETUID, N, got.layout, got.hotkeys, got.mechanism);
    expect(Object.keys(stored).sort()).toEqual(["bonds", "incentive"]);
    expect(compareOutputs(stored, result as unknown as Record<string, unknown>, input.bonds as Rows)).toEqual([]);
    // mechanism 0 reads the other weights and its 0.2 share
    const m0 = await fetchSnapshotDetailed(api, { netuid: NETUID, at: B });
    expect(m0.snapshot.raoEmission).toBe("250000000");
    expect(m0.snapshot.weights).toEqual(Array.from({ length: N }, () => [[0, 65535]]));
    expect(m0.snapshot.lastUpdate).toEqual(new Array(N).fill("0"));
  });

  it("no stored split, 3 mechanisms: each gets a third, the truncation remainder goes to mechanism 0", async () => {
    node.serve({ head: B, states: states(3_000_000_002n, 3, null) });
    expect((await fetchSnapshotDetailed(api, { netuid: NETUID, at: B, mechanism: 1 })).snapshot.raoEmission).toBe("1000000000");
    expect((await fetchSnapshotDetailed(api, { netuid: NETUID, at: B, mechanism: 0 })).snapshot.raoEmission).toBe("1000000002");
  });

  it("fetch history --mechanism 1 --verify: 1 epochs verified, 0 differ; the checkpoint names the mechanism", async () => {
    const s = states(1_250_000_000n, 2, [13107, 52428]);
    // the stored schedule: LastEpochBlock before the range, then B
    const before = new StateBuilder(metadata425());
    for (const [k, v] of s[0]!.storage) before.storage.set(k, v);
    before.set("LastEpochBlock", [NETUID], BigInt(B - 500));
    s[0]!.storage = before.storage;
    const after = new StateBuilder(metadata425());
    for (const [k, v] of s[1]!.storage) after.storage.set(k, v);
    after.set("LastEpochBlock", [NETUID], BigInt(B));
    s[1]!.storage = after.storage;
    node.serve({ head: B + 10, states: s });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "yuma-mech-")), "m.jsonl");
    const r = await fetchHistoryToFile(api, { netuid: NETUID, from: B - 100, to: B + 10, out, verify: true, mechanism: 1 });
    expect([r.epochs, r.verified, r.differ]).toEqual([1, 1, 0]);
    expect(JSON.parse(fs.readFileSync(`${out}.checkpoint.json`, "utf8")).mechanism).toBe(1);
    await expect(fetchHistoryToFile(api, { netuid: NETUID, from: B - 100, to: B + 10, out, resume: true })).rejects.toThrow(
      /is for mechanism 1: run with the same --mechanism/,
    );
  });

  it("a mechanism the subnet does not have, commit reveal with mechanism > 0, and a pre-mechanism runtime are refused", async () => {
    node.serve({ head: B, states: states(1_250_000_000n, 2, [13107, 52428]) });
    await expect(fetchSnapshotDetailed(api, { netuid: NETUID, at: B, mechanism: 2 })).rejects.toThrow(ChainError);
    await expect(fetchSnapshotDetailed(api, { netuid: NETUID, at: B, mechanism: 2 })).rejects.toThrow(
      `netuid ${NETUID} at block ${B}: mechanism 2 does not exist (MechanismCountCurrent is 2)`,
    );
    node.serve({ head: B, states: states(1_250_000_000n, 2, null, (b) => b.set("CommitRevealWeightsEnabled", [NETUID], true)) });
    await expect(fetchSnapshotDetailed(api, { netuid: NETUID, at: B, mechanism: 1 })).rejects.toThrow(
      "commit reveal is on; commit blocks are read for mechanism 0 only, not mechanism 1",
    );
    // (at block 1000: genesis is read with the connection's first runtime, spec 425)
    const era: Record<string, unknown> = { ...readFixture("fixtures/eras/spec195-test_bonds.json").steps[0]!.input, currentBlock: "1000" };
    node.serve({ head: Number(era.currentBlock), states: epochStates(runtime219(), era) });
    await expect(fetchSnapshotDetailed(api, { netuid: era.netuid as number, at: Number(era.currentBlock), mechanism: 1 })).rejects.toThrow(
      "mechanism 1 does not exist (MechanismCountCurrent is 1; spec 219 has no mechanisms)",
    );
  });
});
