// Issue 15: every state read of the block where the chain makes it.
// emit_to_subnets step 3 reads root_proportion after inject_and_maybe_swap
// (SubnetAlphaIn += injected alpha) and after its own mint (SubnetAlphaOut +=
// alpha created); get_subnet_terms reads it at the start of the block. Also the
// childkey inputs of distribute_emission (MinChildkeyTake, MinChildkeyTakePerSubnet,
// ChildKeys to hotkeys without a uid). Expected values come from upstream tests
// (named, at 14bc6f9f) or are derived by hand below, in U96F32 raw bits
// (value * 2^32): products floor((a * b) / 2^32), quotients floor(a * 2^32 / b),
// to u64 = floor(bits / 2^32).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alphaOutSplit } from "../src/emission/index.js";
import { emissionFlow, type EmissionFlowInput } from "../src/emission/flow.js";
import { spawnSync } from "node:child_process";
import fc from "fast-check";

const TAO = 1_000_000_000n;
const U64_MAX = (1n << 64n) - 1n;
const flowExample = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/examples/emission-flow.json", import.meta.url)), "utf8"),
) as EmissionFlowInput;
/** a one-uid epoch input: uid 0 holds all stake, no weights (the epoch pays raoEmission to it as dividends) */
const oneUid = {
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

describe("step 3 reads the alpha issuance after this block's injection and mint", () => {
  it("upstream tests/coinbase.rs test_pending_emission (14bc6f9f): root 125,000,000 (±1), validators 375,000,000 of a 1-TAO block", () => {
    // The test's state before its third run_coinbase: register_network sets SubnetAlphaOut = 0,
    // setup_reserves(netuid, 1_000_000, 1) sets SubnetAlphaIn = 1; two earlier run_coinbase calls
    // minted 1 alpha each into SubnetAlphaOut with no root share (the mock's TaoWeight is 0 until
    // after them) and nothing injected (every call mints 0 TAO, so alpha_in = 0). So I0 = 2e9 + 1,
    // SubnetTAO[root] = 1e9, TaoWeight = u64::MAX, SubnetOwnerCut = 0 (mock InitialSubnetOwnerCut).
    const r = alphaOutSplit({ alphaIssuance: 2n * TAO + 1n, alphaInjected: 0n, rootTao: TAO, taoWeight: U64_MAX, ownerCut: 0 });
    // upstream asserts (epsilon 1)
    expect(r.pendingServer - 500_000_000n <= 1n && 500_000_000n - r.pendingServer <= 1n).toBe(true);
    expect(r.pendingValidator - 375_000_000n <= 1n && 375_000_000n - r.pendingValidator <= 1n).toBe(true);
    expect(r.rootAlpha - 125_000_000n <= 1n && 125_000_000n - r.rootAlpha <= 1n).toBe(true);
    // exactly, by hand: I3 = 2e9 + 1 + 0 + 1e9 = 3,000,000,001; tao weight = 1e9 * 1.0
    // root_proportion = floor(2^32 * 1e9 / 4,000,000,001) = 1,073,741,823 (2^30 - 1: just under 0.25)
    // root_alpha bits = floor(1,073,741,823 * 1e9 / 2) = 536,870,911,500,000,000 -> 124,999,999 rao
    // validator bits = 5e8 * 2^32 - 536,870,911,500,000,000 = 1,610,612,736,500,000,000 -> 375,000,000 rao
    expect(r.alphaIssuanceAtRootProportion).toBe(3_000_000_001n);
    expect([r.pendingServer, r.pendingValidator, r.rootAlpha]).toEqual([500_000_000n, 375_000_000n, 124_999_999n]);
  });

  it("issue 15, owner cut 0 on a typical subnet (3M alpha issued, 5M TAO on root, TaoWeight ~18%): validators 384,615,414, root 115,384,585", () => {
    // get_tao_weight = floor(3320413933267719290 * 2^32 / (2^64 - 1)) = 773,094,113 bits
    // tao_weight bits = 5e15 * 773,094,113 = 3,865,470,565,000,000,000,000,000 (899,999,999.67e6 rao)
    // I3 = 3e15 + 0 + 1e9; root_proportion = floor(2^32 * tw / (tw + I3)) = 991,146,044 bits
    //   (the start-of-block issuance 3e15 would give 991,146,298: root 115,384,615, validators 384,615,384)
    // root_alpha bits = floor(991,146,044 * 1e9 / 2) = 495,573,022,000,000,000 -> 115,384,585 rao
    // validator bits = 2,147,483,648,000,000,000 - 495,573,022,000,000,000 = 1,651,910,626,000,000,000 -> 384,615,414 rao
    const r = alphaOutSplit({
      alphaIssuance: 3_000_000n * TAO,
      alphaInjected: 0n,
      rootTao: 5_000_000n * TAO,
      taoWeight: 3320413933267719290n,
      ownerCut: 0,
    });
    expect([r.pendingValidator, r.rootAlpha]).toEqual([384_615_414n, 115_384_585n]);
    expect(r.pendingServer).toBe(500_000_000n);
    // SubnetOwnerCut 0 and a disabled owner cut split alike
    const off = alphaOutSplit({
      alphaIssuance: 3_000_000n * TAO,
      alphaInjected: 0n,
      rootTao: 5_000_000n * TAO,
      taoWeight: 3320413933267719290n,
      ownerCutEnabled: false,
    });
    expect([off.pendingValidator, off.rootAlpha, off.ownerCut]).toEqual([384_615_414n, 115_384_585n, 0n]);
  });

  it("issue 15, owner cut 0 with the root weight at its maximum (no alpha issued yet, 1M TAO on root): validators 500, root 499,999,499", () => {
    // tao weight = 1e15 * 1.0; I3 = 0 + 0 + 1e9
    // root_proportion = floor(2^32 * 1e15 / (1e15 + 1e9)) = floor(4,294,963,001.037) = 4,294,963,001 bits (< 1.0)
    // root_alpha bits = floor(4,294,963,001 * 1e9 / 2) = 2,147,481,500,500,000,000 -> 499,999,499 rao
    // validator bits = 2,147,483,648,000,000,000 - 2,147,481,500,500,000,000 = 2,147,500,000,000 -> 500 rao
    const r = alphaOutSplit({ alphaIssuance: 0n, alphaInjected: 0n, rootTao: 1_000_000n * TAO, taoWeight: U64_MAX, ownerCut: 0 });
    expect([r.pendingValidator, r.rootAlpha]).toEqual([500n, 499_999_499n]);
  });

  it("a block with alpha injected: root's proportion counts the injection too (hand-derived)", () => {
    // I0 = 3e9, injected 2.5e8 (block 1 of the flow below), 1 TAO on root at weight 1.0, 18% owner cut
    // alpha_created = E(3e9) = 1e9; I3 = 3e9 + 2.5e8 + 1e9 = 4.25e9
    // cut_percent = floor(11796 * 2^32 / 65535) = 773,074,452 bits; owner cut bits = 1e9 * 773,074,452 -> 179,995,422
    // alpha_out bits o = 1e9 * 2^32 - 773,074,452,000,000,000 = 3,521,892,844,000,000,000
    // root_proportion = floor(2^32 * 1e9 / 5.25e9) = floor(2^32 * 4 / 21) = 818,089,008 bits
    // root_alpha bits = floor(floor(818,089,008 * o / 2^32) / 2) = floor(670,836,731,565,710,797 / 2)
    //   = 335,418,365,782,855,398 -> 78,095,673 rao
    // server bits = o / 2 = 1,760,946,422,000,000,000 -> 410,002,288 rao
    // validator bits = o - server - root_alpha = 1,425,528,056,217,144,602 -> 331,906,614 rao
    const r = alphaOutSplit({ alphaIssuance: 3n * TAO, alphaInjected: 250_000_000n, rootTao: TAO, taoWeight: U64_MAX, ownerCut: 11796 });
    expect(r).toEqual({
      alphaCreated: TAO,
      alphaIssuanceAtRootProportion: 4_250_000_000n,
      ownerCut: 179_995_422n,
      pendingServer: 410_002_288n,
      pendingValidator: 331_906_614n,
      rootAlpha: 78_095_673n,
    });
  });

  it("two blocks of the flow from the block's TAO: get_subnet_terms caps the injection at the start issuance, step 3 sees it after (hand-derived)", () => {
    // One subnet takes the whole block: 1 TAO (TotalIssuance 0), tao_emission = 1e9 exactly.
    // Pool price 2.0: alpha_in = 1e9 / 2 = 5e8 before the cap. 1 TAO on root at weight 1.0, 18% cut, root sold.
    // Block 1, I0 = 3e9: get_subnet_terms reads root_proportion(3e9) = 1e9 / 4e9 = 2^30 bits (0.25 exactly);
    //   cap = 0.25 * E(3e9) = 2.5e8 < 5e8, so alpha_in = 2.5e8 (and tao_in = 5e8, excess 5e8).
    //   Step 3: I3 = 3e9 + 2.5e8 + 1e9 = 4.25e9 -> owner 179,995,422, server 410,002,288,
    //   validators 331,906,614, root 78,095,673 (previous test).
    // Block 2, I0 = 4.25e9 (root alpha sold, nothing recycled): root_proportion(4.25e9) = 818,089,008 bits;
    //   cap bits = 818,089,008 * 1e9 = 818,089,008,000,000,000 -> injected floor(/2^32) = 190,476,190 (< 5e8: capped).
    //   Step 3: I3 = 4.25e9 + 190,476,190 + 1e9 = 5,440,476,190;
    //   root_proportion = floor(2^32 * 1e9 / 6,440,476,190) = 666,871,077 bits;
    //   root_alpha bits = floor(floor(666,871,077 * o / 2^32) / 2) = floor(546,837,335,908,057,398 / 2)
    //     = 273,418,667,954,028,699 -> 63,660,244 rao (o as above);
    //   validator bits = o - o/2 - root_alpha = 1,487,527,754,045,971,301 -> 346,342,044 rao.
    // Pending after 2 blocks: server 820,004,576; validators 678,248,658; root 141,755,917; owner 359,990,844;
    // injected 440,476,190; issuance 5,440,476,190.
    const r = emissionFlow({
      alphaIssuance: "3000000000",
      blocks: 2,
      rootTao: "1000000000",
      taoWeight: U64_MAX.toString(),
      subnetOwnerCut: 11796,
      rootSell: true,
      tao: {
        totalIssuance: "0",
        netuid: 1,
        alphaPriceBits: (2n << 32n).toString(),
        subnets: [{ netuid: 1, mechanism: 1, movingPrice: (2n << 32n).toString() }],
      },
      snapshot: oneUid,
    });
    expect(r.taoSide).toMatchObject({
      blockEmission: "1000000000",
      taoEmissionBits: (TAO << 32n).toString(),
      alphaInBits: (250_000_000n << 32n).toString(),
      taoInBits: (500_000_000n << 32n).toString(),
      excessTaoBits: (500_000_000n << 32n).toString(),
    });
    expect(r.drained).toEqual({ server: "820004576", validator: "678248658", root: "141755917", ownerCut: "359990844", recycledRoot: "0" });
    expect(r.alphaInjected).toBe("440476190");
    expect(r.alphaIssuanceAfter).toBe("5440476190");
    expect(r.raoEmission).toBe((820_004_576n + 678_248_658n + 141_755_917n).toString());
  });

  it("a stored SubnetAlphaInEmission overrides the per-block terms and enters every block's step 3 (hand-derived)", () => {
    // alphaInPerBlock 2.5e8 in both blocks, 18% cut, root sold. Block 1 as above (root 78,095,673, validators 331,906,614).
    // Block 2 starts at 4.25e9 and step 3 reads I3 = 4.25e9 + 2.5e8 + 1e9 = 5.5e9:
    //   root_proportion = floor(2^32 * 1e9 / 6.5e9) = floor(660,764,199.38) = 660,764,199 bits
    //   root_alpha bits = floor(floor(660,764,199 * o / 2^32) / 2) = floor(541,829,667,992,305,931 / 2)
    //     = 270,914,833,996,152,965 -> 63,077,275 rao
    //   validator bits = o - o/2 - root_alpha = 1,490,031,588,003,847,035 -> 346,925,013 rao
    const two = emissionFlow({
      alphaIssuance: "3000000000",
      alphaInPerBlock: "250000000",
      blocks: 2,
      rootTao: "1000000000",
      taoWeight: U64_MAX.toString(),
      snapshot: oneUid,
    });
    expect(two.drained.root).toBe((78_095_673n + 63_077_275n).toString());
    expect(two.drained.validator).toBe((331_906_614n + 346_925_013n).toString());
    expect(two.alphaIssuanceAfter).toBe("5500000000");
    expect(two.alphaInjected).toBe("500000000");
  });
});

describe("yuma emission split --alpha-injected", () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const yuma = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });
  it("prints the split and the issuance step 3 read (README example, hand-derived)", () => {
    // as the typical case above (root_proportion 991,146,044 bits at I3 = 3e15 + 1e9), with the 18% cut:
    // o = 3,521,892,844,000,000,000 bits (see the injection case); floor(991,146,044 * o / 2^32) = 812,744,293,297,293,860
    // root_alpha bits = 406,372,146,648,646,930 -> 94,615,888; validators = o - o/2 - root_alpha
    //   = 1,354,574,275,351,353,070 -> 315,386,400
    const r = yuma(
      "emission",
      "split",
      "--alpha-issuance",
      "3000000000000000",
      "--alpha-injected",
      "0",
      "--root-tao",
      "5000000000000000",
      "--tao-weight",
      "3320413933267719290",
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/validators \(pending\)\s+315386400 /);
    expect(r.stdout).toMatch(/root dividends\s+94615888 /);
    expect(r.stdout).toContain("alpha issuance read by root_proportion in step 3: 3000001000000000 rao");
    const bad = yuma("emission", "split", "--alpha-issuance", "3", "--alpha-injected", "x");
    expect([bad.status, bad.stderr.trim()]).toEqual([2, '--alpha-injected: expected a u64 (decimal digits), got "x"']);
  });
});

describe("more alpha in the pool, less for root", () => {
  it("root alpha never rises with the injected alpha; I3 = I0 + injected + created (1000 cases)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 16n }),
        fc.bigInt({ min: 0n, max: TAO }),
        fc.bigInt({ min: 0n, max: TAO }),
        fc.bigInt({ min: 0n, max: 10n ** 16n }),
        fc.bigInt({ min: 0n, max: U64_MAX }),
        (i0, a, b, rt, tw) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = alphaOutSplit({ alphaIssuance: i0, alphaInjected: lo, rootTao: rt, taoWeight: tw, ownerCut: 11796 });
          const y = alphaOutSplit({ alphaIssuance: i0, alphaInjected: hi, rootTao: rt, taoWeight: tw, ownerCut: 11796 });
          expect(x.alphaIssuanceAtRootProportion).toBe(i0 + lo + x.alphaCreated);
          expect(y.rootAlpha <= x.rootAlpha && y.pendingValidator >= x.pendingValidator).toBe(true);
          expect([y.alphaCreated, y.ownerCut, y.pendingServer]).toEqual([x.alphaCreated, x.ownerCut, x.pendingServer]);
        },
      ),
      { numRuns: 1000, seed: 15 },
    );
  });
});

describe("childkeys in distribute_emission", () => {
  // One block, no owner cut, nothing on root: 5e8 to miners and 5e8 to validators; with no incentive the
  // validators get all 1e9, and the epoch pays it to uid 0, the only staked uid, as dividends.
  const base = { alphaIssuance: "0", blocks: 1, rootTao: "0", taoWeight: "0", ownerCutEnabled: false, snapshot: oneUid, ckBurn: "0" };

  it("get_childkey_take is the largest of ChildkeyTake, MinChildkeyTake and MinChildkeyTakePerSubnet (hand-derived)", () => {
    // child uid 0 (no stake of its own) inherits all of parent hotkey 1's 1 alpha (proportion u64::MAX = 1.0
    // exactly); different owners, CK burn 0. Stored take 1000, MinChildkeyTake 3000, per subnet 6553 -> 6553.
    // take bits = floor(6553 * 2^32 / 65535) = 429,463,961; self contribution 0, parent 1e9 -> factor 1.0
    // child_take bits = 429,463,961 * 1e9 -> 99,992,370 rao; parent = 1e9 - that -> 900,007,629 rao
    // calculate_dividend_distribution over 999,999,999: parent share floor(2^32 * 900,007,629 / 999,999,999)
    //   = 3,865,503,336 bits -> 1e9 * share = 900,007,629 rao; child 429,463,959 bits -> 99,992,370 rao
    const hotkeys = {
      alphaStake: ["0"],
      rootStake: ["0"],
      childkeyTake: [1000],
      owners: [3, 0],
      extra: [{ alphaStake: "1000000000", rootStake: "0" }],
      parents: [{ child: 0, parent: 1, proportion: U64_MAX.toString() }],
    };
    const r = emissionFlow({ ...base, hotkeys, minChildkeyTake: 3000, minChildkeyTakePerSubnet: 6553 });
    expect(r.epoch.validatorEmission).toEqual(["1000000000"]);
    expect([r.payouts[1]!.alphaDividends, r.payouts[0]!.alphaDividends]).toEqual(["900007629", "99992370"]);
    // the two minimums are symmetric: whichever is larger applies
    const swapped = emissionFlow({ ...base, hotkeys, minChildkeyTake: 6553, minChildkeyTakePerSubnet: 3000 });
    expect(swapped.payouts.map((p) => p.alphaDividends)).toEqual(r.payouts.map((p) => p.alphaDividends));
    // a stored take above both minimums wins
    const stored = emissionFlow({
      ...base,
      hotkeys: { ...hotkeys, childkeyTake: [6553] },
      minChildkeyTake: 10,
      minChildkeyTakePerSubnet: 20,
    });
    expect(stored.payouts.map((p) => p.alphaDividends)).toEqual(r.payouts.map((p) => p.alphaDividends));
  });

  it("a uid lending stake to a hotkey without a uid lowers its own self contribution against its parents (hand-derived)", () => {
    // uid 0 holds 1 alpha; parent hotkey 1 (1 alpha) lends all of it to uid 0; uid 0 lends half
    // (proportion 2^63) to hotkey 2, which holds no uid. Same owner everywhere, so no take and no burn.
    // get_self_contribution(uid 0): 1 - floor(2^63 * 2^32 / (2^64 - 1)) / 2^32 = 1 - 0.5 -> 5e8
    // total = 5e8 + 1e9; parent factor = floor(2^32 * 1e9 / 1.5e9) = 2,863,311,530 bits
    // parent = floor(1e9 * 2,863,311,530 / 2^32) = 666,666,666; uid 0 keeps the rest -> 333,333,333
    // shares over 999,999,999: floor(2^33 / 3) and floor(2^32 / 3) -> 666,666,666 and 333,333,333 of 1e9
    // (without the edge to hotkey 2 the self contribution is 1e9 and each gets 500,000,000)
    const hotkeys = {
      alphaStake: ["1000000000"],
      rootStake: ["0"],
      owners: [7, 7, 7],
      extra: [
        { alphaStake: "1000000000", rootStake: "0" },
        { alphaStake: "0", rootStake: "0" },
      ],
      parents: [
        { child: 0, parent: 1, proportion: U64_MAX.toString() },
        { child: 2, parent: 0, proportion: (1n << 63n).toString() },
      ],
    };
    const r = emissionFlow({ ...base, hotkeys });
    expect(r.payouts.map((p) => [p.uid, p.alphaDividends])).toEqual([
      [0, "333333333"],
      [null, "666666666"],
      [null, "0"],
    ]);
    const without = emissionFlow({ ...base, hotkeys: { ...hotkeys, parents: hotkeys.parents.slice(0, 1) } });
    expect(without.payouts.map((p) => p.alphaDividends)).toEqual(["500000000", "500000000", "0"]);
  });

  it("an extra hotkey's `owner` decides whether the childkey take applies (same coldkey: no take, no burn)", () => {
    // uid 0's default owner id is 0; parent hotkey 1 with owner 0 is the same coldkey, so its whole
    // factor-1.0 share of 1e9 goes to it: 1,000,000,000 to the parent and 0 to the child
    const hotkeys = {
      alphaStake: ["0"],
      rootStake: ["0"],
      childkeyTake: [6553],
      extra: [{ alphaStake: "1000000000", rootStake: "0", owner: 0 }],
      parents: [{ child: 0, parent: 1, proportion: U64_MAX.toString() }],
    };
    const r = emissionFlow({ ...base, hotkeys, ckBurn: (1n << 63n).toString() });
    expect([r.payouts[1]!.alphaDividends, r.payouts[0]!.alphaDividends, r.ckBurned]).toEqual(["1000000000", "0", "0"]);
  });

  it("malformed childkey input names the field", () => {
    const hotkeys = {
      alphaStake: ["0"],
      rootStake: ["0"],
      extra: [{ alphaStake: "1", rootStake: "0" }],
      parents: [{ child: 0, parent: 1, proportion: "1" }],
    };
    const bad = (patch: Partial<EmissionFlowInput>) => () => emissionFlow({ ...base, hotkeys, ...patch });
    expect(bad({ minChildkeyTake: 65536 })).toThrow(/minChildkeyTake: u16 out of range/);
    expect(bad({ minChildkeyTakePerSubnet: -1 })).toThrow(/minChildkeyTakePerSubnet: u16 out of range/);
    expect(bad({ minChildkeyTakePerSubnet: 1.5 })).toThrow(/minChildkeyTakePerSubnet/);
    const edges = (parents: unknown) =>
      bad({ hotkeys: { ...hotkeys, parents: parents as { child: number; parent: number; proportion: string }[] } });
    expect(edges([{ child: 2, parent: 1, proportion: "1" }])).toThrow(/hotkeys\.parents\[0\]\.child: hotkey 2 out of range \(2 hotkeys/);
    expect(edges([{ child: 0, parent: -1, proportion: "1" }])).toThrow(/hotkeys\.parents\[0\]\.parent/);
    expect(edges([{ child: 1, parent: 1, proportion: "1" }])).toThrow(/hotkeys\.parents\[0\]\.parent: hotkey 1 cannot be its own parent/);
    expect(
      edges([
        { child: 0, parent: 1, proportion: "1" },
        { child: 0, parent: 1, proportion: "2" },
      ]),
    ).toThrow(/hotkeys\.parents\[1\]: duplicate edge/);
    expect(edges([{ child: 0, parent: 1 }])).toThrow(/hotkeys\.parents\[0\]\.proportion: expected a u64/);
    expect(edges([{ child: 0, parent: 1, proportion: "18446744073709551616" }])).toThrow(/hotkeys\.parents\[0\]\.proportion: exceeds u64/);
    expect(edges([null])).toThrow(/hotkeys\.parents\[0\]: expected/);
    expect(edges({})).toThrow(/hotkeys\.parents: expected an array/);
    const extra = (e: unknown, more: object = {}) =>
      bad({ hotkeys: { ...hotkeys, ...more, extra: e as { alphaStake: string; rootStake: string }[] } });
    expect(extra([{ rootStake: "0" }])).toThrow(/hotkeys\.extra\[0\]\.alphaStake: expected a u64/);
    expect(extra([{ alphaStake: "1", rootStake: "0", take: 70000 }])).toThrow(/hotkeys\.extra\[0\]\.take: u16 out of range/);
    expect(extra([{ alphaStake: "1", rootStake: "0", owner: 4 }], { owners: [0, 5] })).toThrow(
      /hotkeys\.extra\[0\]\.owner: 4 disagrees with hotkeys\.owners\[1\] = 5/,
    );
    // an edge to a hotkey without a uid is accepted (child 1 is the extra hotkey)
    expect(() => edges([{ child: 1, parent: 0, proportion: "1" }])()).not.toThrow();
  });
});
