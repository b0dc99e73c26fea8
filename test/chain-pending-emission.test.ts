// raoEmission before dTAO (spec < 233): PendingEmission before the epoch block plus what the block's own
// accumulation adds, per era of block_step.rs generate_emission (121-194) and run_coinbase.rs (195-232).
// Expected values are derived by hand below from that code.
import { describe, it, expect } from "vitest";
import { pendingEmissionAtEpoch, type PendingEmissionInputs } from "../src/chain/pendingEmission.js";
import { fetchSnapshot } from "../src/chain/fetch.js";
import { ChainError } from "../src/chain/errors.js";
import { epochStates, readFixture, runtime219 } from "./chain/harness.js";
import { account, StateBuilder } from "./chain/state.js";
import type { Runtime, StateVersion } from "./chain/node.js";
import { useSharedNode } from "./chain/shared.js";

const U64_MAX = (1n << 64n) - 1n;
// P = 5e9 pending before B, E = 1e9 this block, c = 11796 (18%)
const base = { pending: 5_000_000_000n, emissionValue: 1_000_000_000n, registrationAllowed: true, hasOwner: true, ownerCut: 11796 };
const at = (specVersion: number, over: Partial<PendingEmissionInputs> = {}) => pendingEmissionAtEpoch({ ...base, specVersion, ...over });
// 133-194, per block: cut = I96F32(1e9) * 11796 / 65535 = 179_995_422.29 (bits 773_074_452_179_995_422),
// remaining = 1e9 - cut = 820_004_577.7 -> 820_004_577; the epoch gets 5e9 + 820_004_577
const PER_BLOCK_CUT = 5_820_004_577n;
// 195-232, at the drain: X = 6e9, c / 65535 = bits floor(11796 * 2^32 / 65535) = 773_074_452,
// cut = 6e9 * 773_074_452 / 2^32 = 1_079_972_533.39 -> 1_079_972_533; the epoch gets 6e9 - that
const DRAIN_CUT = 4_920_027_467n;

describe("pendingEmissionAtEpoch per era (hand-derived)", () => {
  it("121-132: P + E, no owner cut, no registration check, u64 += wraps", () => {
    expect(at(121)).toBe(6_000_000_000n);
    expect(at(132, { registrationAllowed: false })).toBe(6_000_000_000n);
    expect(at(127, { pending: U64_MAX, emissionValue: 2n })).toBe(1n);
  });
  it("133-194: the owner cut taken per block from E before it is added", () => {
    expect(at(133)).toBe(PER_BLOCK_CUT);
    expect(at(149, { registrationAllowed: false })).toBe(PER_BLOCK_CUT); // not checked before 150
    expect(at(160, { hasOwner: false })).toBe(6_000_000_000n);
    expect(at(140, { pending: U64_MAX, emissionValue: 2n, hasOwner: false })).toBe(1n); // += wraps before 153
    expect(at(153, { pending: U64_MAX, emissionValue: 2n, hasOwner: false })).toBe(U64_MAX); // saturating_accrue from 153
  });
  it("registration off: 150-152 no epoch; 153-194 E counts as 0; 195-210 not checked; 211-232 no epoch", () => {
    expect(at(150, { registrationAllowed: false })).toBeNull();
    expect(at(152, { registrationAllowed: false })).toBeNull();
    expect(at(153, { registrationAllowed: false })).toBe(5_000_000_000n);
    expect(at(194, { registrationAllowed: false })).toBe(5_000_000_000n);
    expect(at(195, { registrationAllowed: false })).toBe(DRAIN_CUT);
    expect(at(210, { registrationAllowed: false })).toBe(DRAIN_CUT);
    expect(at(211, { registrationAllowed: false })).toBeNull();
    expect(at(232, { registrationAllowed: false })).toBeNull();
  });
  it("195-232: the owner cut taken once from P + E at the drain", () => {
    expect(at(195)).toBe(DRAIN_CUT);
    expect(at(219)).toBe(DRAIN_CUT);
    expect(at(232, { hasOwner: false })).toBe(6_000_000_000n);
    expect(at(219, { pending: U64_MAX, hasOwner: false })).toBe(U64_MAX);
  });
});

describe("through the node (Finney spec-219 metadata)", () => {
  const connect = useSharedNode(runtime219());
  const { input } = readFixture("fixtures/eras/spec195-random-seed20-n24.json").steps[0]!;
  const NETUID = input.netuid as number;
  const B = Number(input.currentBlock);
  // before B: PendingEmission 5e9, EmissionValues 7 (stale); in B the root epoch rewrote EmissionValues to 1e9
  const states = (rt: Runtime, edit?: (b: StateBuilder) => void): StateVersion[] => {
    const s = epochStates(rt, { ...input, raoEmission: "5000000000" }, undefined, (b) => {
      b.set("EmissionValues", [NETUID], 7n).set("SubnetOwner", [NETUID], account(77, 0xcc)).set("SubnetOwnerCut", [], 11796);
      edit?.(b);
    });
    const atB = new StateBuilder(rt);
    for (const [k, v] of s[0]!.storage) atB.storage.set(k, v);
    atB.set("EmissionValues", [NETUID], 1_000_000_000n).set("PendingEmission", [NETUID], 0n);
    return [...s, { fromBlock: B, storage: atB.storage, runtime: rt }];
  };

  it("spec 219: EmissionValues as the epoch block's root epoch left it, the owner cut at the drain", async () => {
    const c = await connect({ head: B, states: states(runtime219()) });
    expect((await fetchSnapshot(c.api, { netuid: NETUID, at: B })).raoEmission).toBe(String(DRAIN_CUT));
  });

  it("spec 219 with registration off: the epoch does not run in that block, refused", async () => {
    const c = await connect({ head: B, states: states(runtime219(), (b) => b.set("NetworkRegistrationAllowed", [NETUID], false)) });
    await expect(fetchSnapshot(c.api, { netuid: NETUID, at: B })).rejects.toThrow(ChainError);
    await expect(fetchSnapshot(c.api, { netuid: NETUID, at: B })).rejects.toThrow(
      `netuid ${NETUID} at block ${B}: the epoch does not run (NetworkRegistrationAllowed is false; spec 219 skips such a subnet)`,
    );
  });

  it("the same storage as spec 160 (per-block cut) and spec 130 (no root epoch: EmissionValues of the block before)", async () => {
    const c160 = await connect({ head: B, states: states({ ...runtime219(), specVersion: 160 }) });
    expect((await fetchSnapshot(c160.api, { netuid: NETUID, at: B })).raoEmission).toBe(String(PER_BLOCK_CUT));
    const c130 = await connect({ head: B, states: states({ ...runtime219(), specVersion: 130 }) });
    expect((await fetchSnapshot(c130.api, { netuid: NETUID, at: B })).raoEmission).toBe("5000000007");
  });
});
