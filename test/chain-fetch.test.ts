// fetchSnapshot against a node double serving real-metadata-encoded state:
// fixture input -> chain state -> fetched snapshot -> the same input -> epoch
// -> the fixture's expected values; and --verify's read and comparison.
import { describe, it, expect } from "vitest";
import { fetchSnapshot, fetchSnapshotDetailed, ownerCut } from "../src/chain/fetch.js";
import { readStoredOutputs, compareOutputs } from "../src/chain/verify.js";
import { Engine, validateSnapshot } from "../src/index.js";
import { firstDifference } from "../src/fixture.js";
import { epochStates, metadata425, readFixture, runtime219 } from "./chain/harness.js";
import { useSharedNode } from "./chain/shared.js";
import { account } from "./chain/state.js";
import type { EpochResult } from "../src/snapshot/types.js";

const engine = new Engine();
const withoutKeys = (o: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

// spec-425 fixtures (HEAD layout) with commit reveal off (commit reveal on: test/chain-commit-reveal.test.ts)
const HEAD_FIXTURES = [
  "fixtures/edge-out-of-range-uids.json",
  "fixtures/edge-unsorted-weight-rows.json",
  "fixtures/edge-n1-owner.json",
  "fixtures/edge-only-self-weights-owner.json",
  "fixtures/edge-rao-near-u64-max.json",
  "fixtures/random-n16-32-random-y3la.json",
  "fixtures/random-n64-44-realistic-y3la.json",
  "fixtures/random-n8-24-random-y3la.json",
  "fixtures/random-n256-49-equal-yuma.json",
  "fixtures/upstream-test_10_graph.json",
];

describe("spec 425 (HEAD layout; storage types from lib.rs at 14bc6f9f)", () => {
  const connect = useSharedNode(metadata425()); // one node and connection for the block; each test serves its chain
  for (const path of HEAD_FIXTURES) {
    it(`${path}: round trip to the same input, epoch gives the fixture's expected values, --verify 0 differences`, async () => {
      const f = readFixture(path);
      const { input, expected } = f.steps[0]!;
      const b = Number(input.currentBlock);
      const c = await connect({ head: b, states: epochStates(metadata425(), input, expected) });
      try {
        const got = await fetchSnapshotDetailed(c.api, { netuid: input.netuid as number, at: b });
        expect(got.snapshot.specVersion).toBe(425);
        expect(withoutKeys(got.snapshot, "specVersion")).toEqual(withoutKeys(input, "activityCutoff"));
        const result = engine.run(validateSnapshot(got.snapshot));
        expect(
          firstDifference(
            withoutKeys(expected, "debug") as unknown as EpochResult,
            withoutKeys(result as unknown as Record<string, unknown>, "debug") as unknown as EpochResult,
          ),
        ).toBeUndefined();
        const stored = await readStoredOutputs(c.api, got.block, input.netuid as number, input.n as number, got.layout, got.hotkeys);
        expect(compareOutputs(stored, result as unknown as Record<string, unknown>, input.bonds as [number, number][][])).toEqual([]);
      } finally {
        await c.close();
      }
    });
  }

  it("--verify reports exactly the one stored value that was changed (Dividends of uid 3)", async () => {
    const { input, expected } = readFixture("fixtures/random-n8-24-random-y3la.json").steps[0]!;
    const changed = { ...expected, dividends: (expected.dividends as number[]).map((d, i) => (i === 3 ? d + 1 : d)) };
    const b = Number(input.currentBlock);
    const c = await connect({ head: b, states: epochStates(metadata425(), input, changed) });
    try {
      const got = await fetchSnapshotDetailed(c.api, { netuid: input.netuid as number, at: b });
      const result = engine.run(validateSnapshot(got.snapshot));
      const stored = await readStoredOutputs(c.api, got.block, input.netuid as number, input.n as number, got.layout, got.hotkeys);
      const d = compareOutputs(stored, result as unknown as Record<string, unknown>, input.bonds as [number, number][][]);
      expect(d).toEqual([
        { field: "dividends", uid: 3, chain: (expected.dividends as number[])[3]! + 1, engine: (expected.dividends as number[])[3] },
      ]);
    } finally {
      await c.close();
    }
  });

  it("absent keys read as that runtime's defaults (lib.rs / runtime at 14bc6f9f)", async () => {
    const { input } = readFixture("fixtures/random-n8-24-random-y3la.json").steps[0]!;
    const b = Number(input.currentBlock);
    const states = epochStates(metadata425(), input, undefined, (s) => {
      for (const item of [
        "BondsPenalty",
        "AlphaSigmoidSteepness",
        "Kappa",
        "BondsMovingAverage",
        "MaxAllowedValidators",
        "ActivityCutoffFactorMilli",
        "Tempo",
        "AlphaValues",
      ])
        s.unset(item, input.netuid);
      s.unset("TaoWeight");
    });
    const c = await connect({ head: b, states });
    try {
      const s = await fetchSnapshot(c.api, { netuid: input.netuid as number, at: b });
      expect([
        s.bondsPenalty,
        s.alphaSigmoidSteepness,
        s.kappa,
        s.bondsMovingAverage,
        s.maxAllowedValidators,
        s.activityCutoffFactorMilli,
        s.tempo,
        s.alphaLow,
        s.alphaHigh,
        s.taoWeight,
      ]).toEqual([65535, 1000, 32767, "900000", 128, 13889, 360, 45875, 58982, "971718665099567868"]);
    } finally {
      await c.close();
    }
  });

  it("childkey inheritance from storage: test_children_stake_values (14bc6f9f) through the node", async () => {
    // uid 0 holds 100_000 TAO of alpha and gives u64::MAX/4 to each of uids 1..3 on netuid 1
    const { input } = readFixture("fixtures/edge-out-of-range-uids.json").steps[0]!; // n = 6
    const netuid = input.netuid as number;
    const MAX = (1n << 64n) - 1n;
    const hk = (i: number) => account(i, 0xaa);
    const states = epochStates(
      metadata425(),
      { ...input, alphaStake: ["100000000000000", "0", "0", "0", "0", "0"], taoStake: ["0", "0", "0", "0", "0", "0"] },
      undefined,
      (s) => {
        s.set(
          "ChildKeys",
          [hk(0), netuid],
          [
            [MAX / 4n, hk(1)],
            [MAX / 4n, hk(2)],
            [MAX / 4n, hk(3)],
          ],
        );
        for (const c of [1, 2, 3]) s.set("ParentKeys", [hk(c), netuid], [[MAX / 4n, hk(0)]]);
      },
    );
    const c = await connect({ head: Number(input.currentBlock), states });
    try {
      const s = await fetchSnapshot(c.api, { netuid, at: Number(input.currentBlock) });
      expect(s.alphaStake).toEqual(["25000000069849", "24999999976716", "24999999976716", "24999999976716", "0", "0"]);
    } finally {
      await c.close();
    }
  });
});

// spec-195 era fixtures served with Finney's real spec-219 metadata (pre-dTAO storage)
const ERA195 = [
  "fixtures/eras/spec195-test_bonds.json",
  "fixtures/eras/spec195-random-seed11-n64.json",
  "fixtures/eras/spec195-random-seed20-n24.json",
  "fixtures/eras/spec195-test_bonds_with_liquid_alpha.json",
  "fixtures/eras/spec195-edge-liquid-alpha-low-gt-high.json",
];

describe("spec 219 (Finney metadata, pre-dTAO storage)", () => {
  const connect = useSharedNode(runtime219());
  for (const path of ERA195) {
    it(`${path}: round trip to the same input (every field storage holds), epoch gives the fixture's expected values, --verify of its expected block 0 differences`, async () => {
      const { input, expected } = readFixture(path).steps[0]!;
      const b = Number(input.currentBlock);
      const c = await connect({ head: b, states: epochStates(runtime219(), input, expected) });
      try {
        const got = await fetchSnapshotDetailed(c.api, { netuid: input.netuid as number, at: b });
        expect(got.snapshot.specVersion).toBe(219);
        expect(withoutKeys(got.snapshot, "specVersion")).toEqual(withoutKeys(input, "specVersion"));
        expect(Object.keys(got.snapshot)).toEqual(Object.keys(input));
        const result = engine.run(validateSnapshot(got.snapshot)) as unknown as Record<string, unknown>;
        expect(
          firstDifference(withoutKeys(expected, "debug") as unknown as EpochResult, withoutKeys(result, "debug") as unknown as EpochResult),
        ).toBeUndefined();
        const stored = await readStoredOutputs(c.api, got.block, input.netuid as number, input.n as number, got.layout, got.hotkeys);
        expect(compareOutputs(stored, expected, input.bonds as [number, number][][])).toEqual([]);
        const changed = { ...expected, validatorTrust: (expected.validatorTrust as number[]).map((v, i) => (i === 1 ? v ^ 1 : v)) };
        expect(compareOutputs(stored, changed, input.bonds as [number, number][][]).map((d) => [d.field, d.uid])).toEqual([
          ["validatorTrust", 1],
        ]);
      } finally {
        await c.close();
      }
    });
  }

  it("childkey inheritance with NetworkMaxStake: test_get_stake_for_hotkey_on_subnet_edge_cases (8f39a5832) through the node", async () => {
    const { input } = readFixture("fixtures/eras/spec195-test_bonds.json").steps[0]!; // n = 8
    const netuid = input.netuid as number,
      n = input.n as number;
    const MAX = (1n << 64n) - 1n;
    const hk = (i: number) => account(i, 0xaa);
    const stake = Array.from({ length: n }, (_, i) => (i === 0 ? "500000000000000" : "0"));
    const states = epochStates(runtime219(), { ...input, stake }, undefined, (s) => {
      s.set("NetworkMaxStake", [netuid], 500_000_000_000_000n);
      s.set(
        "ChildKeys",
        [hk(0), netuid],
        [
          [0n, hk(1)],
          [MAX, hk(2)],
        ],
      );
      s.set("ParentKeys", [hk(1), netuid], [[0n, hk(0)]]);
      s.set("ParentKeys", [hk(2), netuid], [[MAX, hk(0)]]);
    });
    const c = await connect({ head: Number(input.currentBlock), states });
    try {
      const s = await fetchSnapshot(c.api, { netuid, at: Number(input.currentBlock) });
      expect(s.stake).toEqual(["0", "0", "500000000000000", "0", "0", "0", "0", "0"]);
    } finally {
      await c.close();
    }
  });

  it("owner cut before the epoch (run_coinbase at 8f39a5832), hand-derived", () => {
    // cut 11796/65535 in I96F32: floor(11796 * 2^32 / 65535) = 773074452 (0.1799954...);
    // 1e9 * 773074452 / 2^32 = 179995422.3 -> 179995422
    expect(ownerCut(1_000_000_000n, 11796)).toBe(179995422n);
    expect(ownerCut(123n, 0)).toBe(0n);
  });
});
