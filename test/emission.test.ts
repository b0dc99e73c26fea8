// Emission economics: block emission and halvings, the alpha-out split,
// lock cost, pruning. Vectors are hand-derived or ported from upstream tests.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { blockEmission, halvingSchedule, alphaOutSplit, networkLockCost, neuronToPrune, TOTAL_SUPPLY } from "../src/emission/index.js";

const TAO = 1_000_000_000n;

describe("get_block_emission_for_issuance", () => {
  it("1 TAO per block at issuance 0; 0 at and above the 21M cap", () => {
    expect(blockEmission(0n)).toBe(TAO);
    expect(blockEmission(TOTAL_SUPPLY)).toBe(0n);
    expect(blockEmission((1n << 64n) - 1n)).toBe(0n);
  });
  it("halves exactly where issuance / 2.1e16 reaches 1 - 2^-k in I96F32 (hand-derived thresholds, k = 1..20)", () => {
    // r = trunc(issuance * 2^32 / 2.1e16) >= 2^32 - 2^(32-k)  <=>  issuance >= ceil((2^32 - 2^(32-k)) * 2.1e16 / 2^32)
    for (let k = 1n; k <= 20n; k++) {
      const num = ((1n << 32n) - (1n << (32n - k))) * 21_000_000_000_000_000n;
      const t = (num + (1n << 32n) - 1n) >> 32n;
      expect(blockEmission(t)).toBe(TAO >> k);
      expect(blockEmission(t - 1n)).toBe(TAO >> (k - 1n));
    }
    expect(blockEmission(10_500_000_000_000_000n)).toBe(500_000_000n);
    expect(blockEmission(10_499_999_999_999_999n)).toBe(TAO);
  });
  it("is non-increasing in issuance and never exceeds 1 TAO", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }), fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(blockEmission(hi) <= blockEmission(lo)).toBe(true);
        expect(blockEmission(lo) <= TAO).toBe(true);
      }),
      { numRuns: 1000, seed: 8 },
    );
  });
  it("issuance minted block by block follows the schedule (1000 random stretches of up to 2000 blocks)", () => {
    const rows = halvingSchedule();
    const rowAt = (iss: bigint) => {
      let r = rows[0]!;
      for (const x of rows) if (x.fromIssuance <= iss) r = x;
      return r;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: rows.length - 2 }),
        fc.bigInt({ min: 0n, max: 3000n }),
        fc.integer({ min: 1, max: 2000 }),
        (k, before, blocks) => {
          // start `before` blocks' worth below a threshold, then mint block by block
          const row = rows[k + 1]!;
          let iss = row.fromIssuance - before * rows[k]!.emissionPerBlock;
          if (iss < 0n) iss = 0n;
          for (let b = 0; b < blocks; b++) {
            const e = blockEmission(iss);
            expect(e).toBe(rowAt(iss).emissionPerBlock);
            iss += e;
          }
          expect(iss <= TOTAL_SUPPLY).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 12 },
    );
  });
  it("the schedule: emission halves at each row, and issuance following the schedule never passes the cap", () => {
    const rows = halvingSchedule();
    expect(rows[0]).toEqual({ halving: 0, fromIssuance: 0n, emissionPerBlock: TAO, blocks: 10_500_000n });
    expect(rows[1]!.fromIssuance).toBe(10_500_000_000_000_000n);
    for (let k = 1; k < rows.length - 1; k++) expect(rows[k]!.emissionPerBlock).toBe(TAO >> BigInt(k));
    expect(rows.at(-1)!.emissionPerBlock).toBe(0n);
    // total minted if every row runs its blocks at its emission, capped by the next threshold
    let issued = 0n;
    for (const r of rows.slice(0, -1)) issued = r.fromIssuance + r.blocks * r.emissionPerBlock;
    expect(issued <= TOTAL_SUPPLY + TAO).toBe(true);
  });
});

describe("alpha-out split (emit_to_subnets step 3)", () => {
  it("upstream tests/coinbase.rs test_owner_cut_base: cut 0 -> nothing pending, cut u16::MAX -> the whole 1 alpha", () => {
    expect(alphaOutSplit({ alphaIssuance: 0n, alphaInjected: 0n, rootTao: 0n, taoWeight: 0n, ownerCut: 0 }).ownerCut).toBe(0n);
    const full = alphaOutSplit({ alphaIssuance: 0n, alphaInjected: 0n, rootTao: 0n, taoWeight: 0n, ownerCut: 65535 });
    expect(full.ownerCut).toBe(1_000_000_000n);
    expect(full.pendingServer + full.pendingValidator + full.rootAlpha).toBe(0n);
  });
  it("no owner cut, no root: half to miners, half to validators", () => {
    expect(alphaOutSplit({ alphaIssuance: 0n, alphaInjected: 0n, rootTao: 0n, taoWeight: 0n, ownerCutEnabled: false })).toEqual({
      alphaCreated: TAO,
      alphaIssuanceAtRootProportion: TAO,
      ownerCut: 0n,
      pendingServer: 500_000_000n,
      pendingValidator: 500_000_000n,
      rootAlpha: 0n,
    });
  });
  it("18% owner cut (11796/65535), hand-derived in U96F32", () => {
    const cutBits = (11796n << 32n) / 65535n; // safe_div of the two U96F32 values
    const owner = (TAO * cutBits) >> 32n; // alpha_out * cut, floored to u64
    const restBits = (TAO << 32n) - TAO * cutBits;
    const server = (restBits >> 1n) >> 32n;
    const r = alphaOutSplit({ alphaIssuance: 0n, alphaInjected: 0n, rootTao: 0n, taoWeight: 0n, ownerCut: 11796 });
    expect(r.ownerCut).toBe(owner);
    expect(r.ownerCut).toBe(179_995_422n);
    expect(r.pendingServer).toBe(server);
    expect(r.pendingValidator).toBe((restBits - (restBits >> 1n)) >> 32n);
    expect(r.rootAlpha).toBe(0n);
  });
  it("root takes its proportion of the validators' half, read after this block's mint (issue 15: root weight at its maximum)", () => {
    // root_proportion sees 0 + 0 injected + 1e9 created: 1e15 / (1e15 + 1e9) < 1, so the validators keep 500 rao
    // (hand derivation in test/emission-order.test.ts)
    const r = alphaOutSplit({
      alphaIssuance: 0n,
      alphaInjected: 0n,
      rootTao: 1_000_000n * TAO,
      taoWeight: (1n << 64n) - 1n,
      ownerCutEnabled: false,
    });
    expect(r.rootAlpha).toBe(499_999_499n);
    expect(r.pendingValidator).toBe(500n);
    expect(r.pendingServer).toBe(500_000_000n);
  });
  it("the parts never exceed what was created", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }),
        fc.bigInt({ min: 0n, max: TAO }),
        fc.bigInt({ min: 0n, max: 10n ** 17n }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        fc.integer({ min: 0, max: 65535 }),
        (ai, inj, rt, tw, cut) => {
          const r = alphaOutSplit({ alphaIssuance: ai, alphaInjected: inj, rootTao: rt, taoWeight: tw, ownerCut: cut });
          expect(r.ownerCut + r.pendingServer + r.pendingValidator + r.rootAlpha <= r.alphaCreated).toBe(true);
          expect(r.alphaCreated - (r.ownerCut + r.pendingServer + r.pendingValidator + r.rootAlpha) <= 4n).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 9 },
    );
  });
});

describe("network lock cost", () => {
  it("upstream tests/migration.rs test_migrate_network_lock_cost_2500: 2500 TAO, then one decay step", () => {
    const base = { lastLock: 1250n * TAO, minLock: 100n * TAO, lastLockBlock: 1n, reductionInterval: 2n, totalIssuance: 0n };
    expect(networkLockCost({ ...base, currentBlock: 1n })).toBe(2500n * TAO);
    expect(networkLockCost({ ...base, currentBlock: 2n })).toBe(2500n * TAO - 625n * TAO);
  });
  it("never below the minimum; not doubled before the first registration; interval halves with emission", () => {
    expect(
      networkLockCost({
        lastLock: 1000n * TAO,
        minLock: 100n * TAO,
        lastLockBlock: 100n,
        currentBlock: 10_000n,
        reductionInterval: 100n,
        totalIssuance: 0n,
      }),
    ).toBe(100n * TAO);
    expect(
      networkLockCost({
        lastLock: 1000n * TAO,
        minLock: 0n,
        lastLockBlock: 0n,
        currentBlock: 0n,
        reductionInterval: 100n,
        totalIssuance: 0n,
      }),
    ).toBe(1000n * TAO);
    // after the first halving the interval is 50 blocks: 50 blocks decay the whole last lock
    expect(
      networkLockCost({
        lastLock: 1000n * TAO,
        minLock: 0n,
        lastLockBlock: 100n,
        currentBlock: 150n,
        reductionInterval: 100n,
        totalIssuance: 10_500_000_000_000_000n,
      }),
    ).toBe(1000n * TAO);
    expect(
      networkLockCost({
        lastLock: 1000n * TAO,
        minLock: 0n,
        lastLockBlock: 100n,
        currentBlock: 150n,
        reductionInterval: 100n,
        totalIssuance: 0n,
      }),
    ).toBe(1500n * TAO);
  });
});

describe("neuron to prune", () => {
  const base = { currentBlock: 1000n, immunityPeriod: 100, minNonImmuneUids: 0 };
  it("lowest emission outside immunity; ties by earliest registration, then uid", () => {
    expect(neuronToPrune({ ...base, emission: [5n, 3n, 3n, 1n], blockAtRegistration: [0n, 50n, 40n, 950n] })).toBe(2);
    expect(neuronToPrune({ ...base, emission: [5n, 3n, 3n], blockAtRegistration: [0n, 40n, 40n] })).toBe(1);
  });
  it("immortal owner hotkeys are skipped; immune uids only when too few are free", () => {
    expect(neuronToPrune({ ...base, emission: [0n, 3n, 1n], blockAtRegistration: [0n, 0n, 950n], immortal: [0] })).toBe(1);
    expect(
      neuronToPrune({ ...base, minNonImmuneUids: 1, emission: [0n, 3n, 1n], blockAtRegistration: [0n, 0n, 950n], immortal: [0] }),
    ).toBe(2);
    expect(neuronToPrune({ ...base, emission: [1n], blockAtRegistration: [0n], immortal: [0] })).toBe(null);
    expect(neuronToPrune({ ...base, emission: [], blockAtRegistration: [] })).toBe(null);
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { emissionFlow, type EmissionFlowInput } from "../src/emission/flow.js";
import { arbSnapshot } from "../src/testing/arbitraries.js";

const flowExample = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/examples/emission-flow.json", import.meta.url)), "utf8"),
) as EmissionFlowInput;
const sum = (xs: string[]) => xs.reduce((a, v) => a + BigInt(v), 0n);
/** Rounding slack of a U96F32 pro-rata split: per uid the share truncates (amount * 2^-32) and two floors. */
const slack = (amount: bigint, n: number) => BigInt(n) * (amount / (1n << 32n) + 3n);

describe("emission flow: block -> subnet -> epoch -> hotkey", () => {
  it("drains what the blocks accumulated into the epoch and pays it out without creating alpha", () => {
    const r = emissionFlow(flowExample);
    const d = r.drained;
    // `blocks` (= tempo, 360) blocks at 1 alpha: owner cut, miners, validators, root
    const B = BigInt(flowExample.blocks);
    expect(B).toBe(BigInt(flowExample.snapshot.tempo));
    expect(BigInt(d.server) + BigInt(d.validator) + BigInt(d.root) + BigInt(d.ownerCut) <= B * TAO).toBe(true);
    expect(B * TAO - (BigInt(d.server) + BigInt(d.validator) + BigInt(d.root) + BigInt(d.ownerCut)) <= 4n * B).toBe(true);
    expect(r.raoEmission).toBe((BigInt(d.server) + BigInt(d.validator) + BigInt(d.root)).toString());
    const paidIncentive = sum(r.payouts.map((p) => p.incentive)) + sum(r.payouts.map((p) => p.incentiveWithheld));
    expect(paidIncentive).toBe(sum(r.epoch.serverEmission));
    const alpha = sum(r.payouts.map((p) => p.alphaDividends)) + sum(r.payouts.map((p) => p.alphaTake));
    expect(alpha <= BigInt(d.validator) && BigInt(d.validator) - alpha <= slack(BigInt(d.validator), r.payouts.length)).toBe(true);
    const root = sum(r.payouts.map((p) => p.rootDividends)) + sum(r.payouts.map((p) => p.rootTake));
    expect(root <= BigInt(d.root) && BigInt(d.root) - root <= slack(BigInt(d.root), r.payouts.length)).toBe(true);
  });
  it("a take of 18% (11796/65535) goes to the hotkey's owner: take = floor(divs * 11796/65535)", () => {
    const r = emissionFlow(flowExample);
    const p = r.payouts.find((q) => BigInt(q.alphaDividends) > 1_000_000_000n)!;
    const total = BigInt(p.alphaDividends) + BigInt(p.alphaTake);
    const ratio = Number(p.alphaTake) / Number(total);
    expect(Math.abs(ratio - 11796 / 65535)).toBeLessThan(1e-8);
  });
  it("owner hotkeys' incentive is withheld and reported as miner burned", () => {
    const snap = { ...flowExample.snapshot, ownerUid: 2 };
    const r = emissionFlow({ ...flowExample, snapshot: snap, hotkeys: { ...flowExample.hotkeys, ownerHotkeys: [2] } });
    const p2 = r.payouts[2]!;
    expect(p2.incentive).toBe("0");
    expect(p2.incentiveWithheld).toBe(r.epoch.serverEmission[2]);
    expect(Number(r.minerBurned)).toBeCloseTo(Number(p2.incentiveWithheld) / Number(sum(r.epoch.serverEmission)), 6);
  });
  it("with no incentive at all the miners' half goes to validators", () => {
    const snap = { ...flowExample.snapshot, weights: flowExample.snapshot.weights.map(() => []) };
    const r = emissionFlow({ ...flowExample, snapshot: snap });
    expect(sum(r.epoch.serverEmission)).toBe(0n);
    const alpha = sum(r.payouts.map((p) => p.alphaDividends)) + sum(r.payouts.map((p) => p.alphaTake));
    const want = BigInt(r.drained.validator) + BigInt(r.drained.server);
    expect(alpha <= want && want - alpha <= slack(want, r.payouts.length)).toBe(true);
  });
  it("root sell off: root alpha is recycled, not paid, and alpha issuance grows less", () => {
    const on = emissionFlow(flowExample),
      off = emissionFlow({ ...flowExample, rootSell: false });
    expect(off.drained.root).toBe("0");
    // recycling lowers alpha issuance, which raises root's proportion a little in later blocks
    expect(Math.abs(Number(off.drained.recycledRoot) / Number(on.drained.root) - 1)).toBeLessThan(1e-4);
    // issuance after = start + created + injected - recycled (recycling also lowers the next blocks' issuance,
    // which raises their injection cap a little)
    for (const r of [on, off]) {
      expect(BigInt(r.alphaIssuanceAfter)).toBe(
        BigInt(flowExample.alphaIssuance) + BigInt(flowExample.blocks) * TAO + BigInt(r.alphaInjected) - BigInt(r.drained.recycledRoot),
      );
    }
    expect(BigInt(off.alphaInjected) >= BigInt(on.alphaInjected)).toBe(true);
    expect(sum(off.payouts.map((p) => p.rootDividends))).toBe(0n);
  });
  it("never pays out more than it drained (500 random subnets)", () => {
    fc.assert(
      fc.property(
        arbSnapshot({ minN: 1, maxN: 16 }),
        fc.integer({ min: 1, max: 400 }),
        fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }),
        (s, blocks, ai) => {
          const r = emissionFlow({
            alphaIssuance: ai.toString(),
            blocks,
            rootTao: "1000000000000000",
            taoWeight: s.taoWeight,
            snapshot: s,
            hotkeys: { take: s.alphaStake.map((_, i) => (i * 4099) % 65536), rootStake: s.taoStake },
          });
          const paid = r.payouts.reduce(
            (a, p) =>
              a +
              BigInt(p.incentive) +
              BigInt(p.incentiveWithheld) +
              BigInt(p.alphaDividends) +
              BigInt(p.alphaTake) +
              BigInt(p.rootDividends) +
              BigInt(p.rootTake),
            0n,
          );
          expect(paid <= BigInt(r.raoEmission)).toBe(true);
        },
      ),
      { numRuns: 500, seed: 10 },
    );
  });
  it("from the block's TAO: this subnet's share and injection feed the alpha issuance", () => {
    const r = emissionFlow(flowExample);
    const t = r.taoSide!;
    expect(t.blockEmission).toBe("1000000000");
    const alphaIn = BigInt(t.alphaInBits) >> 32n;
    expect(alphaIn > 0n).toBe(true);
    // alpha issuance grows by alpha out and the injected alpha each block (root alpha is sold, not recycled)
    expect(BigInt(r.alphaIssuanceAfter)).toBe(
      BigInt(flowExample.alphaIssuance) + BigInt(flowExample.blocks) * TAO + BigInt(r.alphaInjected),
    );
    // the injection is capped by root_proportion(I) * E(I) of each block's start issuance, which only grows:
    // the first block injects the most (here the cap binds: alpha in = cap), later blocks a little less
    expect(BigInt(r.alphaInjected) <= BigInt(flowExample.blocks) * alphaIn).toBe(true);
    expect(BigInt(r.alphaInjected) > (BigInt(flowExample.blocks) * alphaIn * 999n) / 1000n).toBe(true);
    const shares = subnetEmissions(flowExample.tao!.subnets, { totalIssuance: flowExample.tao!.totalIssuance });
    expect(shares.find((s) => s.netuid === flowExample.tao!.netuid)!.taoEmissionBits).toBe(t.taoEmissionBits);
  });
  it("upstream tests/coinbase.rs test_drain_alpha_childkey_parentkey: a parent lending all its stake gets 90%, the child its 10% take", () => {
    // one neuron (the child, no stake of its own) inheriting 1 alpha from a parent hotkey with another owner
    const snapshot = {
      ...flowExample.snapshot,
      n: 1,
      ownerUid: null,
      commitBlocks: [null],
      alphaStake: ["1000000000"],
      taoStake: ["0"],
      lastUpdate: [flowExample.snapshot.currentBlock],
      blockAtRegistration: ["0"],
      validatorPermit: [false],
      weights: [[]],
      bonds: [[]],
    };
    const r = emissionFlow({
      alphaIssuance: "0",
      blocks: 1,
      rootTao: "0",
      taoWeight: "0",
      ownerCutEnabled: false,
      snapshot,
      pending: { server: "0", validator: "0" },
      ckBurn: "0",
      hotkeys: {
        alphaStake: ["0"],
        rootStake: ["0"],
        childkeyTake: [Math.floor(65535 / 10)],
        owners: [3, 0],
        extra: [{ alphaStake: "1000000000", rootStake: "0" }],
        parents: [{ child: 0, parent: 1, proportion: ((1n << 64n) - 1n).toString() }],
      },
    });
    // 1 block: 0.5 alpha to miners and 0.5 to validators; no incentive, so all of it is dividends
    const stake = (p: (typeof r.payouts)[number]) => BigInt(p.alphaDividends) + BigInt(p.alphaTake);
    const parent = stake(r.payouts[1]!),
      child = stake(r.payouts[0]!);
    expect(r.payouts[1]!.uid).toBe(null);
    expect(parent + child <= 1_000_000_000n && parent + child >= 1_000_000_000n - 4n).toBe(true);
    expect(Number(parent - 900_000_000n)).toBeLessThan(10_000); // upstream: close(..., 10_000)
    expect(Number(100_000_000n - child)).toBeLessThan(10_000);
    expect(parent > 900_000_000n && child < 100_000_000n).toBe(true); // take = u16::MAX / 10 is a little under 10%
  });
  it("childkey burn recycles part of a parent's share only when the parent has another owner", () => {
    const snapshot = {
      ...flowExample.snapshot,
      n: 1,
      ownerUid: null,
      commitBlocks: [null],
      alphaStake: ["1000000000"],
      taoStake: ["0"],
      lastUpdate: [flowExample.snapshot.currentBlock],
      blockAtRegistration: ["0"],
      validatorPermit: [false],
      weights: [[]],
      bonds: [[]],
    };
    const base = {
      alphaIssuance: "0",
      blocks: 1,
      rootTao: "0",
      taoWeight: "0",
      ownerCutEnabled: false,
      snapshot,
      ckBurn: (1n << 63n).toString(),
    };
    const hotkeys = (owners: number[]) => ({
      alphaStake: ["0"],
      rootStake: ["0"],
      childkeyTake: [0],
      owners,
      extra: [{ alphaStake: "1000000000", rootStake: "0" }],
      parents: [{ child: 0, parent: 1, proportion: ((1n << 64n) - 1n).toString() }],
    });
    const other = emissionFlow({ ...base, hotkeys: hotkeys([3, 0]) });
    const same = emissionFlow({ ...base, hotkeys: hotkeys([3, 3]) });
    expect(BigInt(other.ckBurned)).toBeGreaterThan(499_000_000n); // half of the parent's 1 alpha
    expect(same.ckBurned).toBe("0");
  });
  it("bad storage input names the field", () => {
    expect(() => emissionFlow({ ...flowExample, rootTao: "-1" })).toThrow(/rootTao/);
    expect(() => emissionFlow({ ...flowExample, blocks: 0 })).toThrow(/blocks/);
    expect(() => emissionFlow({ ...flowExample, hotkeys: { take: [1] } })).toThrow(/hotkeys.take/);
    expect(() => emissionFlow({ ...flowExample, snapshot: { ...flowExample.snapshot, kappa: -1 } })).toThrow(/snapshot.kappa/);
  });
});

import { subnetEmissions, subnetTerms } from "../src/emission/subnets.js";

describe("subnet shares and injection terms", () => {
  const I96 = (v: bigint) => (v << 32n).toString(); // an integer as I96F32 / U96F32 bits
  it("moving-price shares: prices 1 and 3 split 1 TAO as 0.25 / 0.75 (U64F64, exact)", () => {
    const r = subnetEmissions([
      { netuid: 2, mechanism: 1, movingPrice: I96(3n) },
      { netuid: 1, mechanism: 1, movingPrice: I96(1n) },
    ]);
    expect(r.map((s) => [s.netuid, s.taoEmission])).toEqual([
      [1, "250000000"],
      [2, "750000000"],
    ]);
  });
  it("a stable subnet counts price 1; MinerBurned 0.5 halves a subnet's weight before renormalising", () => {
    const r = subnetEmissions([
      { netuid: 1, mechanism: 0, movingPrice: I96(5n) },
      { netuid: 2, mechanism: 1, movingPrice: I96(1n), minerBurned: (1n << 31n).toString() },
    ]);
    // price shares 0.5 / 0.5; weighted 0.5 / 0.25; renormalised: trunc(2^64 * 2/3) and trunc(2^64 / 3) of 1e9
    const w1 = ((1n << 63n) << 64n) / ((1n << 63n) + (1n << 62n));
    const w2 = ((1n << 62n) << 64n) / ((1n << 63n) + (1n << 62n));
    expect(r[0]!.taoEmissionBits).toBe(
      ((((1_000_000_000n * w1) >> 64n) << 32n) | (((1_000_000_000n * w1) & ((1n << 64n) - 1n)) >> 32n)).toString(),
    );
    expect(BigInt(r[0]!.taoEmission)).toBe((1_000_000_000n * w1) >> 64n);
    expect(BigInt(r[1]!.taoEmission)).toBe((1_000_000_000n * w2) >> 64n);
    expect(r[0]!.taoEmission).toBe("666666666");
    expect(r[1]!.taoEmission).toBe("333333333");
  });
  it("disabled subnets get nothing and the rest is renormalised; the block emission follows the halving", () => {
    const r = subnetEmissions(
      [
        { netuid: 1, mechanism: 1, movingPrice: I96(1n) },
        { netuid: 2, mechanism: 1, movingPrice: I96(1n), emissionEnabled: false },
      ],
      { totalIssuance: 10_500_000_000_000_000n },
    );
    expect(r.map((s) => s.taoEmission)).toEqual(["500000000", "0"]);
  });
  it("shares hand out the whole block emission within m * (1 + 1e9 / 2^32) rao (< 1.25 rao per subnet) when every subnet is enabled and weighted", () => {
    const sub = fc.record({ price: fc.bigInt({ min: 1n << 20n, max: 1n << 40n }), burned: fc.bigInt({ min: 0n, max: 1n << 31n }) });
    fc.assert(
      fc.property(fc.array(sub, { minLength: 1, maxLength: 32 }), (subs) => {
        const r = subnetEmissions(
          subs.map((s, k) => ({ netuid: k + 1, mechanism: 1, movingPrice: s.price.toString(), minerBurned: s.burned.toString() })),
        );
        const total = r.reduce((a, s) => a + BigInt(s.taoEmissionBits), 0n);
        const bound = BigInt(subs.length) * ((1n << 32n) + 1_000_000_000n);
        expect(total <= 1_000_000_000n << 32n && (1_000_000_000n << 32n) - total <= bound).toBe(true);
      }),
      { numRuns: 1000, seed: 13 },
    );
  });
  it("shares never hand out more than the block emission (1000 random sets)", () => {
    const sub = fc.record({
      mechanism: fc.constantFrom(0, 1),
      price: fc.bigInt({ min: 0n, max: 1n << 40n }),
      burned: fc.bigInt({ min: 0n, max: 1n << 33n }),
      enabled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(sub, { minLength: 1, maxLength: 20 }), (subs) => {
        const r = subnetEmissions(
          subs.map((s, k) => ({
            netuid: k + 1,
            mechanism: s.mechanism,
            movingPrice: s.price.toString(),
            minerBurned: s.burned.toString(),
            emissionEnabled: s.enabled,
          })),
        );
        expect(r.reduce((a, s) => a + BigInt(s.taoEmissionBits), 0n) <= 1_000_000_000n << 32n).toBe(true);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
  it("bad input names the field, indexed as given (not in netuid order)", () => {
    expect(() =>
      subnetEmissions([
        { netuid: 5, mechanism: 1, movingPrice: "1" },
        { netuid: 2, mechanism: 1, movingPrice: "x" },
      ]),
    ).toThrow(/^subnets\[1\]\.movingPrice: /);
    expect(() =>
      subnetEmissions([
        { netuid: 2, mechanism: 1, movingPrice: "1" },
        { netuid: 2, mechanism: 1, movingPrice: "1" },
      ]),
    ).toThrow(/^subnets\[1\]\.netuid: duplicate netuid 2/);
    expect(() => subnetEmissions([{ netuid: 1.5, mechanism: 1, movingPrice: "1" }])).toThrow(/^subnets\[0\]\.netuid: expected a u16/);
    expect(() => subnetEmissions({} as never)).toThrow(/^subnets: expected an array/);
    expect(() => emissionFlow({ ...flowExample, tao: { ...flowExample.tao!, alphaPriceBits: "-1" } })).toThrow(/^tao\.alphaPriceBits: /);
    expect(() =>
      emissionFlow({ ...flowExample, tao: { ...flowExample.tao!, subnets: [{ netuid: 4, mechanism: 1, movingPrice: "x" }] } }),
    ).toThrow(/^tao\.subnets\[0\]\.movingPrice: /);
    expect(() => emissionFlow({ ...flowExample, tao: { ...flowExample.tao!, totalIssuance: "1e9" } })).toThrow(/^tao\.totalIssuance: /);
    const t = { taoEmissionBits: "0", alphaPriceBits: "0", rootTao: "0", taoWeight: "0" };
    expect(() => subnetTerms({ ...t, alphaIssuance: "-1" })).toThrow(/^alphaIssuance: not a u64/);
    expect(() => subnetTerms({ ...t, alphaIssuance: 1n << 64n })).toThrow(/^alphaIssuance: u64 out of range/);
    expect(() => subnetTerms({ ...t, alphaIssuance: "0", taoWeight: "18446744073709551616" })).toThrow(/^taoWeight: exceeds u64/);
  });
  it("injection terms: alpha in = TAO / price, capped by root proportion of alpha emission; excess TAO is the rest", () => {
    const tao = I96(500_000_000n);
    // price 0.5 TAO/alpha, no root: alpha in 1e9 = cap? root proportion 0 -> cap 0 -> everything is excess
    const noRoot = subnetTerms({
      taoEmissionBits: tao,
      alphaPriceBits: (1n << 31n).toString(),
      alphaIssuance: 0n,
      rootTao: 0n,
      taoWeight: 0n,
    });
    expect(noRoot).toEqual({ taoInBits: "0", alphaInBits: "0", excessTaoBits: tao, alphaOut: "1000000000" });
    // all root weight: cap = alpha emission (1e9) -> alpha in 1e9 fits exactly, no excess
    const allRoot = subnetTerms({
      taoEmissionBits: tao,
      alphaPriceBits: (1n << 31n).toString(),
      alphaIssuance: 0n,
      rootTao: 1_000_000n * TAO,
      taoWeight: ((1n << 64n) - 1n).toString(),
    });
    expect(allRoot.alphaInBits).toBe(I96(1_000_000_000n));
    expect(allRoot.taoInBits).toBe(tao);
    expect(allRoot.excessTaoBits).toBe("0");
    // a zero price: alpha in 0 (safe_div_or), all TAO stays as tao_in
    expect(subnetTerms({ taoEmissionBits: tao, alphaPriceBits: "0", alphaIssuance: 0n, rootTao: 0n, taoWeight: 0n }).taoInBits).toBe(tao);
  });
});
