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
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }), fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(blockEmission(hi) <= blockEmission(lo)).toBe(true);
      expect(blockEmission(lo) <= TAO).toBe(true);
    }), { numRuns: 1000, seed: 8 });
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
  it("no owner cut, no root: half to miners, half to validators", () => {
    expect(alphaOutSplit({ alphaIssuance: 0n, rootTao: 0n, taoWeight: 0n, ownerCutEnabled: false })).toEqual({
      alphaCreated: TAO, ownerCut: 0n, pendingServer: 500_000_000n, pendingValidator: 500_000_000n, rootAlpha: 0n,
    });
  });
  it("18% owner cut (11796/65535), hand-derived in U96F32", () => {
    const cutBits = (11796n << 32n) / 65535n; // safe_div of the two U96F32 values
    const owner = (TAO * cutBits) >> 32n; // alpha_out * cut, floored to u64
    const restBits = (TAO << 32n) - TAO * cutBits;
    const server = (restBits >> 1n) >> 32n;
    const r = alphaOutSplit({ alphaIssuance: 0n, rootTao: 0n, taoWeight: 0n, ownerCut: 11796 });
    expect(r.ownerCut).toBe(owner);
    expect(r.ownerCut).toBe(179_995_422n);
    expect(r.pendingServer).toBe(server);
    expect(r.pendingValidator).toBe((restBits - (restBits >> 1n)) >> 32n);
    expect(r.rootAlpha).toBe(0n);
  });
  it("root takes its proportion of the validators' half: all root (u64::MAX weight, no alpha issuance)", () => {
    const r = alphaOutSplit({ alphaIssuance: 0n, rootTao: 1_000_000n * TAO, taoWeight: (1n << 64n) - 1n, ownerCutEnabled: false });
    expect(r.rootAlpha).toBe(500_000_000n);
    expect(r.pendingValidator).toBe(0n);
    expect(r.pendingServer).toBe(500_000_000n);
  });
  it("the parts never exceed what was created", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }), fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.integer({ min: 0, max: 65535 }), (ai, rt, tw, cut) => {
      const r = alphaOutSplit({ alphaIssuance: ai, rootTao: rt, taoWeight: tw, ownerCut: cut });
      expect(r.ownerCut + r.pendingServer + r.pendingValidator + r.rootAlpha <= r.alphaCreated).toBe(true);
      expect(r.alphaCreated - (r.ownerCut + r.pendingServer + r.pendingValidator + r.rootAlpha) <= 4n).toBe(true);
    }), { numRuns: 1000, seed: 9 });
  });
});

describe("network lock cost", () => {
  it("upstream tests/migration.rs test_migrate_network_lock_cost_2500: 2500 TAO, then one decay step", () => {
    const base = { lastLock: 1250n * TAO, minLock: 100n * TAO, lastLockBlock: 1n, reductionInterval: 2n, totalIssuance: 0n };
    expect(networkLockCost({ ...base, currentBlock: 1n })).toBe(2500n * TAO);
    expect(networkLockCost({ ...base, currentBlock: 2n })).toBe(2500n * TAO - 625n * TAO);
  });
  it("never below the minimum; not doubled before the first registration; interval halves with emission", () => {
    expect(networkLockCost({ lastLock: 1000n * TAO, minLock: 100n * TAO, lastLockBlock: 100n, currentBlock: 10_000n, reductionInterval: 100n, totalIssuance: 0n })).toBe(100n * TAO);
    expect(networkLockCost({ lastLock: 1000n * TAO, minLock: 0n, lastLockBlock: 0n, currentBlock: 0n, reductionInterval: 100n, totalIssuance: 0n })).toBe(1000n * TAO);
    // after the first halving the interval is 50 blocks: 50 blocks decay the whole last lock
    expect(networkLockCost({ lastLock: 1000n * TAO, minLock: 0n, lastLockBlock: 100n, currentBlock: 150n, reductionInterval: 100n, totalIssuance: 10_500_000_000_000_000n })).toBe(1000n * TAO);
    expect(networkLockCost({ lastLock: 1000n * TAO, minLock: 0n, lastLockBlock: 100n, currentBlock: 150n, reductionInterval: 100n, totalIssuance: 0n })).toBe(1500n * TAO);
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
    expect(neuronToPrune({ ...base, minNonImmuneUids: 1, emission: [0n, 3n, 1n], blockAtRegistration: [0n, 0n, 950n], immortal: [0] })).toBe(2);
    expect(neuronToPrune({ ...base, emission: [1n], blockAtRegistration: [0n], immortal: [0] })).toBe(null);
    expect(neuronToPrune({ ...base, emission: [], blockAtRegistration: [] })).toBe(null);
  });
});
