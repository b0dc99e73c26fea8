// Pre-dTAO root network (specs 133-232) and spec-425 get_network_to_prune.
// Expected values: the yuma-root-fixture/1 files (fixtures/eras/root-*.json,
// produced by each era's own Rust code), upstream unit tests (test name and
// commit named at each), or hand derivations written out below.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  rootEpoch,
  subnetToPrune,
  rootNetworkLockCost,
  rootBlockEmission,
  pendingEmission,
  drainEmission,
  networkToPrune,
  checkRootFixture,
  readRootFixture,
  runRootCase,
  rootCaseDifference,
  rootEra,
} from "../src/root/index.js";
import { SnapshotError } from "../src/snapshot/errors.js";

const dir = fileURLToPath(new URL("../fixtures/eras/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /^root-spec\d+-.*\.json$/.test(f))
  .sort();

function thrown(f: () => unknown): SnapshotError {
  try {
    f();
  } catch (e) {
    if (e instanceof SnapshotError) return e;
    throw e;
  }
  throw new Error("expected a SnapshotError");
}

describe("yuma-root-fixture/1 files through the API", () => {
  it("finds the root fixtures (149 and 151)", () => {
    expect(files.filter((f) => f.startsWith("root-spec149-")).length).toBeGreaterThan(50);
    expect(files.filter((f) => f.startsWith("root-spec151-")).length).toBeGreaterThan(50);
  });
  for (const f of files) {
    it(f, () => {
      const fx = readRootFixture(dir + f);
      expect(fx.cases.length).toBeGreaterThan(0);
      fx.cases.forEach((c, i) => {
        const got = runRootCase(c, fx.upstream.specVersion, i);
        expect(rootCaseDifference(c.expected, got), `${f} ${c.name}`).toBeNull();
        // an err / panic case yields exactly that kind
        for (const kind of ["err", "panic"]) if (kind in c.expected) expect(Object.keys(got)).toEqual([kind]);
      });
    });
  }
  it("checkRootFixture reports every case of a file", () => {
    const r = checkRootFixture(dir + "root-spec151-test_halving.json");
    expect(r.length).toBe(43);
    expect(r.every((x) => x.ok)).toBe(true);
  });
});

// test_network_pruning (pallets/subtensor/tests/root.rs): 10 root validators with
// 1000 stake; validator i weights netuids 0..i-1 (stored max-upscaled: 65535);
// mock Kappa 32767, Rho 30; block emission 1e9.
function networkPruningInput(emission: "totalIssuance" | "blockEmission") {
  const f = JSON.parse(readFileSync(dir + "root-spec149-test_network_pruning.json", "utf8"));
  const input = { ...f.cases[0].input };
  if (emission === "blockEmission") {
    delete input.totalIssuance;
    input.blockEmission = "1000000000";
  }
  return input;
}
const PRUNING_149 = ["277820113", "246922263", "215549466", "176432500", "77181559", "5857251"];
const PRUNING_151 = ["385861815", "249435914", "180819837", "129362980", "50857187", "3530356"];

describe("root_epoch: upstream test_network_pruning at every variant", () => {
  it("d8cff5a65 (spec 133, BlockEmission storage 1e9): 277_820_113 ... 5_857_251", () => {
    const r = rootEpoch(networkPruningInput("blockEmission"), 133);
    expect("emissionValues" in r && r.emissionValues.slice(0, 6)).toEqual(PRUNING_149);
  });
  it("7f8437bd5 (spec 146, halving emission, position reader): the same six values", () => {
    const r = rootEpoch(networkPruningInput("totalIssuance"), 146);
    expect("emissionValues" in r && r.emissionValues.slice(0, 6)).toEqual(PRUNING_149);
  });
  it("de1026780 (spec 153, saturating operators): 385_861_815 ... 3_530_356", () => {
    const r = rootEpoch(networkPruningInput("totalIssuance"), 153);
    expect("emissionValues" in r && r.emissionValues.slice(0, 6)).toEqual(PRUNING_151);
  });
  it("e79b0999d (spec 195, coinbase/root.rs): the same six values", () => {
    const r = rootEpoch(networkPruningInput("totalIssuance"), 195);
    expect("emissionValues" in r && r.emissionValues.slice(0, 6)).toEqual(PRUNING_151);
  });
  it("then one block of PendingEmission (mock SubnetOwnerCut 0): pending(1) = 246_922_263 at d8cff5a65, 249_435_914 at de1026780", () => {
    expect(pendingEmission({ emissionValue: "246922263", ownerCut: 0 }, 133).pending).toBe("246922263");
    expect(pendingEmission({ emissionValue: "249435914", ownerCut: 0 }, 153).pending).toBe("249435914");
  });
});

describe("PendingEmission: upstream test_root_set_weights_out_of_order_netuids", () => {
  // EmissionValues 99_999_999 per subnet; step_block(2) then step_block(1); mock owner cut 0
  for (const [spec, commit] of [
    [151, "703bdbd17"],
    [195, "e79b0999d"],
  ] as const) {
    it(`${commit} (spec ${spec}): 199_999_998 after 2 blocks, 299_999_997 after 3`, () => {
      expect(pendingEmission({ emissionValue: "99999999", blocks: 2, ownerCut: 0 }, spec).pending).toBe("199999998");
      expect(pendingEmission({ emissionValue: "99999999", blocks: 3, ownerCut: 0 }, spec).pending).toBe("299999997");
      expect(pendingEmission({ emissionValue: "99999999", pending: "199999998", ownerCut: 0 }, spec).pending).toBe("299999997");
    });
  }
});

describe("get_subnet_to_prune: upstream test_network_prune_results", () => {
  // immunity 3; subnets 1, 2, 3 registered at blocks 1, 4, 7; checked at block 10
  const state = (e: string[]) => ({
    netuids: [0, 1, 2, 3],
    emissionValues: ["0", ...e],
    registeredAt: ["0", "1", "4", "7"],
    currentBlock: "10",
    immunityPeriod: "3",
  });
  for (const [spec, commit] of [
    [136, "2cdc67c2c"],
    [153, "de1026780"],
    [195, "e79b0999d"],
  ] as const) {
    it(`${commit} (spec ${spec}): 2, then 3, then 1`, () => {
      expect(subnetToPrune(state(["5", "4", "4"]), spec).netuid).toBe(2);
      expect(subnetToPrune(state(["5", "5", "4"]), spec).netuid).toBe(3);
      expect(subnetToPrune(state(["4", "5", "5"]), spec).netuid).toBe(1);
    });
  }
});

describe("get_subnet_to_prune, 136+: Rust's stable sort_by, then last", () => {
  // is_less(a, b) = emission(a) > emission(b) || (equal && registeredAt(a) > registeredAt(b)):
  // the comparator's Equal for "b registered later" is never asked for. A literal
  // stable insertion sort driven only by is_less, written here, must agree.
  function bySort(netuids: number[], e: bigint[], reg: bigint[], block: bigint, imm: bigint): number {
    const c = netuids.map((_, j) => j).filter((j) => netuids[j] !== 0 && (block > reg[j]! ? block - reg[j]! : 0n) >= imm);
    const isLess = (a: number, b: number) => e[a]! > e[b]! || (e[a] === e[b] && reg[a]! > reg[b]!);
    for (let i = 1; i < c.length; i++) {
      const v = c[i]!;
      let k = i;
      while (k > 0 && isLess(v, c[k - 1]!)) {
        c[k] = c[k - 1]!;
        k--;
      }
      c[k] = v;
    }
    return c.length ? netuids[c[c.length - 1]!]! : 0;
  }
  it("agrees with a literal stable sort on 3000 seeded inputs with many ties", () => {
    let s = 12345;
    const rnd = (m: number) => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s % m;
    };
    for (let t = 0; t < 3000; t++) {
      const k = 1 + rnd(12);
      // ascending netuids with gaps, root 0 included about half the time
      const netuids: number[] = [];
      for (let u = rnd(2); netuids.length < k; u += 1 + rnd(3)) netuids.push(u);
      const e = netuids.map(() => BigInt(rnd(4)));
      const reg = netuids.map(() => BigInt(rnd(5) * 10));
      const block = BigInt(rnd(60)),
        imm = BigInt(rnd(4) * 10);
      const input = {
        netuids,
        emissionValues: e.map(String),
        registeredAt: reg.map(String),
        currentBlock: String(block),
        immunityPeriod: String(imm),
      };
      expect(subnetToPrune(input, 151).netuid).toBe(bySort(netuids, e, reg, block, imm));
    }
  });
  it("full tie: the last in storage order; equal emission: the earliest registered", () => {
    const base = { netuids: [0, 1, 2, 3], currentBlock: "1000", immunityPeriod: "10" };
    expect(subnetToPrune({ ...base, emissionValues: ["0", "7", "7", "7"], registeredAt: ["0", "5", "5", "5"] }, 140).netuid).toBe(3);
    expect(subnetToPrune({ ...base, emissionValues: ["0", "7", "7", "7"], registeredAt: ["0", "5", "3", "5"] }, 140).netuid).toBe(2);
    // root is never a candidate, even with the lowest emission
    expect(subnetToPrune({ ...base, emissionValues: ["0", "9", "8", "9"], registeredAt: ["0", "5", "5", "5"] }, 140).netuid).toBe(2);
  });
});

describe("get_subnet_to_prune, 133-135 (d8cff5a65): the linear scan", () => {
  // netuids 1 .. TotalNetworks-1 exclusive; running minimum starts at 1 (only
  // emission 0 or 1 can win); <= keeps the later netuid; a final minimum of 1 gives 0.
  const base = { currentBlock: "100000", immunityPeriod: "100" };
  it("picks the last non-immune netuid with emission 0 among 1..TotalNetworks-2", () => {
    // TotalNetworks 5: netuids 1, 2, 3 are scanned; 4 is not
    const i = {
      ...base,
      netuids: [0, 1, 2, 3, 4],
      emissionValues: ["0", "0", "5", "0", "0"],
      registeredAt: ["0", "0", "0", "0", "0"],
      totalNetworks: 5,
    };
    expect(subnetToPrune(i, 133).netuid).toBe(3);
    // 136+ sees netuid 4 and breaks the tie by registration, then storage order
    const { totalNetworks: _t, ...sorted } = i;
    expect(subnetToPrune(sorted, 136).netuid).toBe(4);
  });
  it("emission above 1 everywhere: 0 (no candidate), where 136+ picks the lowest", () => {
    const i = {
      ...base,
      netuids: [0, 1, 2, 3],
      emissionValues: ["0", "50", "40", "60"],
      registeredAt: ["0", "0", "0", "0"],
      totalNetworks: 4,
    };
    expect(subnetToPrune(i, 135).netuid).toBe(0);
    const { totalNetworks: _t, ...sorted } = i;
    expect(subnetToPrune(sorted, 136).netuid).toBe(2);
  });
  it("a minimum of exactly 1 returns 0; an immune 0 is skipped", () => {
    expect(
      subnetToPrune(
        { ...base, netuids: [0, 1, 2, 3], emissionValues: ["0", "1", "3", "0"], registeredAt: ["0", "0", "0", "0"], totalNetworks: 4 },
        133,
      ).netuid,
    ).toBe(0);
    expect(
      subnetToPrune(
        { ...base, netuids: [0, 1, 2, 3], emissionValues: ["0", "0", "0", "0"], registeredAt: ["0", "0", "99950", "0"], totalNetworks: 4 },
        133,
      ).netuid,
    ).toBe(1);
  });
  it("TotalNetworks 0 wraps (u16 0 - 1 = 65535): netuids 1..65534 at the storage defaults (0, 0), the last wins", () => {
    expect(subnetToPrune({ ...base, netuids: [], emissionValues: [], registeredAt: [], totalNetworks: 0 }, 134).netuid).toBe(65534);
  });
});

describe("get_block_emission_for_issuance: upstream test_halving (43 pairs)", () => {
  // the pairs of pallets/subtensor/tests/root.rs test_halving, identical at 7f8437bd5 and e79b0999d
  const pairs: [string, string][] = [
    ["0", "1000000000"],
    ["1776000", "1000000000"],
    ["1776000000", "1000000000"],
    ["1776000000000", "1000000000"],
    ["10500000000000000", "500000000"],
    ["10999999000000000", "500000000"],
    ["11000000000000000", "500000000"],
    ["12000999000000000", "500000000"],
    ["15749999000000000", "500000000"],
    ["15800000000000000", "250000000"],
    ["16400999000000000", "250000000"],
    ["16499999000000000", "250000000"],
    ["17624999000000000", "250000000"],
    ["18400000000000000", "125000000"],
    ["19312500000000000", "125000000"],
    ["19700000000000000", "62500000"],
    ["19906249000000000", "62500000"],
    ["20400000000000000", "31250000"],
    ["20500000000000000", "31250000"],
    ["20700000000000000", "15625000"],
    ["20800000000000000", "15625000"],
    ["20900000000000000", "7812500"],
    ["20917970000000000", "3906250"],
    ["20958985000000000", "1953125"],
    ["20979493000000000", "976562"],
    ["20989747000000000", "488281"],
    ["20994874000000000", "244140"],
    ["20997437000000000", "122070"],
    ["20998719000000000", "61035"],
    ["20999360000000000", "30517"],
    ["20999680000000000", "15258"],
    ["20999840000000000", "7629"],
    ["20999920000000000", "3814"],
    ["20999960000000000", "1907"],
    ["20999980000000000", "953"],
    ["20999990000000000", "476"],
    ["20999990500000000", "476"],
    ["20999995000000000", "238"],
    ["20999998000000000", "119"],
    ["20999999000000000", "59"],
    ["21000000000000000", "0"],
    ["21100000000000000", "0"],
    ["18446744073709551615", "0"],
  ];
  for (const [spec, commit] of [
    [146, "7f8437bd5"],
    [195, "e79b0999d"],
  ] as const) {
    it(`${commit} (spec ${spec})`, () => {
      for (const [issuance, e] of pairs) expect(rootBlockEmission({ totalIssuance: issuance }, spec).blockEmission, issuance).toBe(e);
    });
  }
  it("before spec 146 the emission is the BlockEmission storage value", () => {
    expect(thrown(() => rootBlockEmission({ totalIssuance: "0" }, 145)).path).toBe("specVersion");
    const input = { blockEmission: "7", netuids: [0], totalNetworks: 1, kappa: 32767, rho: 10, stake: ["5"], weights: [[[0, 65535]]] };
    expect(rootEpoch(input, 145)).toEqual({ blockEmission: "7", emissionValues: ["7"] });
  });
});

describe("root_epoch variants where the fixtures do not reach", () => {
  it("133-148 index the weight row by the netuid's position and panic past TotalNetworks; 149+ ignore it (then Err on the length)", () => {
    // netuids [0, 1, 2], TotalNetworks 2: netuid 2 sits at position 2 of a row of length 2
    const input = {
      totalIssuance: "0",
      netuids: [0, 1, 2],
      totalNetworks: 2,
      kappa: 32767,
      rho: 10,
      stake: ["1", "1"],
      weights: [[[2, 65535]], [[0, 1]]],
    };
    expect(Object.keys(rootEpoch(input, 146))).toEqual(["panic"]);
    expect(Object.keys(rootEpoch(input, 148))).toEqual(["panic"]);
    expect(rootEpoch(input, 149)).toEqual({ err: "netuids and emission must have the same length" });
  });
  it("wrapping (<= 152) vs saturating (153+) where an operation overflows", () => {
    // Stakes 2^63 and 2^63-1: I64F64::from_num wraps the first to -2^63 (release build), so
    // the wrapped sum is -1 and S_0 = -2^63 / -1 = +2^63, one past I64F64's integer range:
    // `/` wraps it to -2^63 (bits -2^127); saturating_div gives MAX (bits 2^127 - 1).
    // S_1 = (2^63 - 1) / -1 = -(2^63 - 1) exactly (bits -(2^63 - 1) * 2^64) in both.
    const input = {
      totalIssuance: "0",
      netuids: [0, 1],
      totalNetworks: 2,
      kappa: 32767,
      rho: 10,
      stake: ["9223372036854775808", "9223372036854775807"],
      weights: [
        [[1, 65535]],
        [
          [0, 65535],
          [1, 100],
        ],
      ],
    };
    const s1 = (-((1n << 63n) - 1n) << 64n).toString();
    const w = rootEpoch(input, 152, { debug: true });
    expect("debug" in w && w.debug!.stake).toEqual([(-(1n << 127n)).toString(), s1]);
    // At 153 the saturated total is 1 - 2^-64, T_0 = S_1 / total overflows (checked_div keeps
    // S_1 = -(2^63 - 1)), T_0 - kappa and then * rho saturate at MIN, saturating_neg gives MAX,
    // and exp(MAX) overflows: the expect() panics.
    expect(Object.keys(rootEpoch(input, 153))).toEqual(["panic"]);
  });
  it("exp(1) is substrate-fixed's E constant (I9F23 22802600 widened): kappa 65535, rho 1, trust 0", () => {
    // kappa = 65535/65535 = 1.0 exactly, so for a subnet without weight -(0 - 1) * 1 = 1 and
    // consensus = 1 / (1 + E) with E = 22802600 / 2^23; the subnet also has rank 0, so only
    // the debug value shows it: floor(2^64 / (1 + 22802600 / 2^23)) = floor(2^87 / (2^23 + 22802600)).
    const input = { totalIssuance: "0", netuids: [0, 1], totalNetworks: 2, kappa: 65535, rho: 1, stake: ["1"], weights: [[[0, 65535]]] };
    const r = rootEpoch(input, 151, { debug: true });
    expect("debug" in r && r.debug!.consensus[1]).toBe(((1n << 87n) / ((1n << 23n) + 22802600n)).toString());
  });
});

describe("owner cut and PendingEmission", () => {
  // E = 1e9 rao, SubnetOwnerCut 11796 (runtime default)
  it("<= 194, per block: owner floor(1e9 * 11796 / 65535) = 179_995_422 (x.293), pending + floor(1e9 - 179_995_422.293) = 820_004_577", () => {
    expect(pendingEmission({ emissionValue: "1000000000" }, 149)).toEqual({ pending: "820004577", ownerPaid: "179995422" });
    expect(pendingEmission({ emissionValue: "1000000000", blocks: 10 }, 194)).toEqual({ pending: "8200045770", ownerPaid: "1799954220" });
    expect(drainEmission({ pending: "8200045770" }, 194)).toEqual({
      epochRuns: true,
      epochEmission: "8200045770",
      ownerPaid: "0",
      pendingAfter: "0",
    });
  });
  it("195-232, at drain: frac = floor(11796 * 2^32 / 65535) = 773_074_452; owner floor(1e9 * frac / 2^32) = 179_995_422; the epoch gets 820_004_578", () => {
    expect(pendingEmission({ emissionValue: "1000000000", blocks: 10 }, 195)).toEqual({ pending: "10000000000", ownerPaid: "0" });
    expect((1_000_000_000n * 773_074_452n) >> 32n).toBe(179_995_422n);
    expect(drainEmission({ pending: "1000000000" }, 195)).toEqual({
      epochRuns: true,
      epochEmission: "820004578",
      ownerPaid: "179995422",
      pendingAfter: "0",
    });
    // 10 blocks drained at once: floor(1e10 * 773_074_452 / 2^32) = floor(1_799_954_222.6) = 1_799_954_222
    // (10 x 179_995_422 + 2: the fraction is kept until the drain)
    expect((10_000_000_000n * 773_074_452n) >> 32n).toBe(1_799_954_222n);
    expect(drainEmission({ pending: "10000000000" }, 232)).toEqual({
      epochRuns: true,
      epochEmission: "8200045778",
      ownerPaid: "1799954222",
      pendingAfter: "0",
    });
    expect(drainEmission({ pending: "10000000000", hasOwner: false }, 232).epochEmission).toBe("10000000000");
  });
  it("PendingEmission += wraps before 153 and saturates from 153", () => {
    const i = { emissionValue: "2", pending: "18446744073709551615", hasOwner: false };
    expect(pendingEmission(i, 152).pending).toBe("1");
    expect(pendingEmission(i, 153).pending).toBe("18446744073709551615");
  });
  it("registration disabled: none (149), skip (150-152), zero (153-194), none (195-210), discard (211+)", () => {
    const i = { emissionValue: "1000", pending: "50", hasOwner: false, registrationAllowed: false };
    expect(pendingEmission(i, 149).pending).toBe("1050");
    expect(pendingEmission(i, 150).pending).toBe("50");
    expect(drainEmission({ pending: "50", registrationAllowed: false }, 150)).toMatchObject({ epochRuns: false, pendingAfter: "50" });
    expect(pendingEmission(i, 153).pending).toBe("50");
    expect(drainEmission({ pending: "50", registrationAllowed: false, hasOwner: false }, 153)).toMatchObject({
      epochRuns: true,
      epochEmission: "50",
    });
    expect(pendingEmission(i, 210).pending).toBe("1050");
    expect(pendingEmission(i, 211).pending).toBe("50");
    expect(drainEmission({ pending: "50", registrationAllowed: false }, 218)).toEqual({
      epochRuns: false,
      epochEmission: "0",
      ownerPaid: "0",
      pendingAfter: "0",
    });
  });
});

describe("get_network_lock_cost (133-232)", () => {
  it("upstream test_root_subnet_creation_deletion values are in the fixtures; an interval of 0 panics (saturating_div)", () => {
    const i = { lastLock: "100000000000", minLock: "100000000000", lastLockBlock: "1", currentBlock: "2", reductionInterval: "2" };
    expect(rootNetworkLockCost(i, 133)).toEqual({ lockCost: "150000000000" });
    expect(rootNetworkLockCost({ ...i, reductionInterval: "0" }, 232)).toEqual({ panic: "attempt to divide by zero" });
  });
});

describe("get_network_to_prune (14bc6f9f, spec 425): upstream tests in src/tests/networks.rs", () => {
  const imm = 1_296_000n; // mock InitialNetworkImmunityPeriod
  const px = (v: number) => (BigInt(v) << 32n).toString(); // I96F32::from_num(v) bits
  const base = (block: bigint, reg: bigint[], prices: number[]) => ({
    netuids: [0, ...reg.map((_, j) => j + 1)],
    registeredAt: ["0", ...reg.map(String)],
    mechanism: [0, ...reg.map(() => 1)],
    movingPrice: [px(1), ...prices.map(px)],
    currentBlock: String(block),
    immunityPeriod: String(imm),
  });
  it("prune_none_with_no_networks", () => {
    expect(
      networkToPrune({ netuids: [], registeredAt: [], mechanism: [], movingPrice: [], currentBlock: "0", immunityPeriod: String(imm) }),
    ).toEqual({ netuid: null });
  });
  it("prune_none_when_all_networks_immune", () => {
    expect(networkToPrune(base(0n, [0n, 0n], [1, 1]))).toEqual({ netuid: null });
  });
  it("prune_selects_network_with_lowest_price", () => {
    expect(networkToPrune(base(imm + 10n, [0n, 0n], [1, 10]))).toEqual({ netuid: 1 });
  });
  it("prune_ignores_immune_network_even_if_lower_price", () => {
    expect(networkToPrune(base(imm + 10n, [0n, imm + 5n], [5, 1]))).toEqual({ netuid: 1 });
  });
  it("prune_tie_on_price_earlier_registration_wins", () => {
    expect(networkToPrune(base(imm + 20n, [0n, 1n], [7, 7]))).toEqual({ netuid: 1 });
  });
  it("prune_selection_complex_state_exhaustive, phases A-I", () => {
    const reg = [0n, 0n, 1n, 2n, imm + 5n, imm + 6n];
    expect(networkToPrune(base(imm + 10n, reg, [25, 25, 100, 1, 0, 0]))).toEqual({ netuid: 4 }); // A
    expect(networkToPrune(base(imm + 10n, reg, [25, 25, 100, 25, 0, 0]))).toEqual({ netuid: 1 }); // B
    expect(networkToPrune(base(imm + 10n, reg, [25, 25, 25, 25, 0, 0]))).toEqual({ netuid: 1 }); // C, D
    expect(networkToPrune(base(0n, reg, [25, 25, 25, 25, 0, 0]))).toEqual({ netuid: null }); // E
    expect(networkToPrune(base(2n * imm + 10n, reg, [25, 25, 25, 25, 0, 0]))).toEqual({ netuid: 5 }); // F
    const without5 = base(2n * imm + 10n, reg, [25, 25, 25, 25, 0, 0]);
    for (const k of ["netuids", "registeredAt", "mechanism", "movingPrice"] as const) (without5[k] as unknown[]).splice(5, 1);
    expect(networkToPrune(without5)).toEqual({ netuid: 6 }); // G: n5 dissolved
    const h = base(2n * imm + 10n, reg, [25, 25, 1, 25, 0, 100]);
    for (const k of ["netuids", "registeredAt", "mechanism", "movingPrice"] as const) (h[k] as unknown[]).splice(5, 1);
    expect(networkToPrune(h)).toEqual({ netuid: 3 }); // H
    h.movingPrice[2] = px(1);
    expect(networkToPrune(h)).toEqual({ netuid: 2 }); // I
  });
  it("differs from the pre-dTAO rule: immunity counts from registration with saturating_add, and a stable mechanism prices at 1.0", () => {
    // registered in the future with immunity 0: immune now (current < reg + 0), where get_subnet_to_prune
    // (saturating_sub) treats it as mature
    const i = {
      netuids: [1, 2],
      registeredAt: ["2000", "10"],
      mechanism: [1, 1],
      movingPrice: [px(1), px(2)],
      currentBlock: "1000",
      immunityPeriod: "0",
    };
    expect(networkToPrune(i)).toEqual({ netuid: 2 });
    expect(
      subnetToPrune(
        { netuids: [1, 2], emissionValues: ["1", "2"], registeredAt: ["2000", "10"], currentBlock: "1000", immunityPeriod: "0" },
        151,
      ).netuid,
    ).toBe(1);
    // mechanism 0 (stable) prices at 1.0 whatever SubnetMovingPrice holds; negative prices saturate to 0
    const j = {
      netuids: [1, 2],
      registeredAt: ["0", "0"],
      mechanism: [0, 1],
      movingPrice: [px(0), px(2)],
      currentBlock: "10",
      immunityPeriod: "0",
    };
    expect(networkToPrune(j)).toEqual({ netuid: 1 });
    expect(networkToPrune({ ...j, movingPrice: [px(0), (-(1n << 40n)).toString()] })).toEqual({ netuid: 2 });
  });
});

describe("validation: SnapshotError with the field's path", () => {
  const ok = { totalIssuance: "0", netuids: [0, 1], totalNetworks: 2, kappa: 32767, rho: 10, stake: ["1", "2"], weights: [[[0, 1]], []] };
  const cases: [string, unknown, number, string, string][] = [
    ["u64 given as a number", { ...ok, stake: ["1", 5] }, 151, "stake[1]", "expected a u64 as a decimal string, got number 5"],
    ["netuid out of range", { ...ok, weights: [[[70000, 1]], []] }, 151, "weights[0][0][0]", "u16 out of range [0, 65535]: 70000"],
    ["not a pair", { ...ok, weights: [[[1, 2, 3]], []] }, 151, "weights[0][0]", "expected a [netuid, weight] pair, got length 3"],
    ["one row per uid", { ...ok, weights: [[]] }, 151, "weights", "expected length 2 (one row per root uid, as stake), got 1"],
    [
      "unknown field",
      { ...ok, alphaStake: [] },
      151,
      "alphaStake",
      "unknown field for the root epoch at spec 151; expected one of totalIssuance, netuids, totalNetworks, kappa, rho, stake, weights",
    ],
    ["missing field", { ...ok, rho: undefined }, 151, "rho", "missing field for the root epoch at spec 151"],
    ["duplicate netuid", { ...ok, netuids: [1, 1] }, 151, "netuids[1]", "duplicate netuid 1"],
    [
      "storage order",
      { ...ok, netuids: [2, 1] },
      151,
      "netuids[1]",
      "netuid 1 after 2: not in NetworksAdded storage order (little-endian key bytes; ascending below 256)",
    ],
    [
      "field of another era",
      ok,
      140,
      "totalIssuance",
      "not read at spec 140: before spec 146 the root epoch reads the BlockEmission storage value (give blockEmission)",
    ],
    ["spec after dTAO", ok, 233, "specVersion", "spec 233 has no pre-dTAO root network (supported: 133-232)"],
    ["spec before the root network", ok, 132, "specVersion", "spec 132 has no pre-dTAO root network (supported: 133-232)"],
  ];
  for (const [what, input, spec, path, reason] of cases) {
    it(what, () => {
      const e = thrown(() => rootEpoch(JSON.parse(JSON.stringify(input)), spec));
      expect([e.path, e.reason]).toEqual([path, reason]);
    });
  }
  it("get_subnet_to_prune reads totalNetworks only at 133-135", () => {
    const p = { netuids: [0, 1], emissionValues: ["0", "1"], registeredAt: ["0", "0"], currentBlock: "9", immunityPeriod: "0" };
    expect(thrown(() => subnetToPrune({ ...p, totalNetworks: 2 }, 136)).path).toBe("totalNetworks");
    expect([thrown(() => subnetToPrune(p, 135)).path, thrown(() => subnetToPrune(p, 135)).reason]).toEqual([
      "totalNetworks",
      "missing field for get_subnet_to_prune at spec 135",
    ]);
    expect(thrown(() => subnetToPrune({ ...p, registeredAt: ["0"] }, 151)).reason).toBe("expected length 2 (parallel to netuids), got 1");
  });
  it("limits: a weight matrix beyond 4,000,000 cells is refused before WASM runs", () => {
    const big = { ...ok, totalNetworks: 65535, stake: Array(64).fill("1"), weights: Array(64).fill([]) };
    expect(thrown(() => rootEpoch(big, 151)).path).toBe("totalNetworks");
  });
  it("every era's switches come from one table", () => {
    expect(rootEra(145)).toMatchObject({ halving: false, zipReader: false, rowNormalize: false, saturating: false, pruneLinear: false });
    expect(rootEra(232)).toMatchObject({
      halving: true,
      zipReader: true,
      rowNormalize: true,
      saturating: true,
      cutPerBlock: false,
      registrationDisabled: "discard",
    });
  });
});
