// Timelocked commits revealed in the epoch block before the epoch runs (block_step.rs at 14bc6f9f:
// reveal_crv3_commits, step 3, before run_coinbase, step 4). In epoch block B the queue
// TimelockedWeightCommits(netuid, SubnetEpochIndex + 1 - RevealPeriodEpochs) is taken; entries whose drand
// round has a pulse are revealed (weights set) or dropped, the others are put back. The state of B-1 does not
// hold the weights the epoch then sees, so such an epoch is refused; an epoch whose queue has nothing with a
// pulse is read as usual.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { ApiPromise } from "@polkadot/api";
import { fetchSnapshot } from "../src/chain/fetch.js";
import { ChainError } from "../src/chain/errors.js";
import { epochStates, metadata425, readFixture } from "./chain/harness.js";
import { account, type StateBuilder } from "./chain/state.js";
import { sharedNode, type SharedNode } from "./chain/shared.js";

const { input } = readFixture("fixtures/random-n8-24-random-y3la.json").steps[0]!;
const NETUID = input.netuid as number;
const B = Number(input.currentBlock);
const hot = (uid: number) => account(uid, 0xaa);
const pulse = (round: bigint) => ({ round, randomness: `0x${"11".repeat(32)}`, signature: `0x${"22".repeat(48)}` });
const commit = (uid: number, block: bigint, round: bigint) => [hot(uid), block, "0x0102", round];

describe("timelocked commits revealed in the epoch block itself (spec 425)", () => {
  let node: SharedNode;
  let api: ApiPromise;
  beforeAll(async () => {
    node = await sharedNode();
    api = node.api;
  });
  afterAll(async () => {
    await node?.close();
  });
  const fetch = (edit: (b: StateBuilder) => void) => {
    node.serve({
      head: B,
      states: epochStates(metadata425(), input, undefined, (b) => {
        // the epoch counter before B is 9 and the reveal period 1: B (SubnetEpochIndex + 1 = 10) takes epoch 9's queue
        b.set("SubnetEpochIndex", [NETUID], 9n).set("RevealPeriodEpochs", [NETUID], 1n);
        edit(b);
      }),
    });
    return fetchSnapshot(api, { netuid: NETUID, at: B });
  };

  it("a commit of epoch 9 whose drand round has a pulse is refused, with commit reveal off (the reveal does not check it)", async () => {
    expect(input.commitRevealEnabled).toBe(false);
    const edit = (b: StateBuilder) => {
      b.set("TimelockedWeightCommits", [NETUID, 9n], [commit(2, 4_474_990n, 1000n), commit(5, 4_474_995n, 1001n)]);
      b.setIn("drand", "Pulses", [1000n], pulse(1000n));
    };
    await expect(fetch(edit)).rejects.toThrow(ChainError);
    await expect(fetch(edit)).rejects.toThrow(
      `netuid ${NETUID} at block ${B}: 1 timelocked weight commit(s) of epoch 9 (TimelockedWeightCommits, storage index ${NETUID}; first by ${hot(2)} at block 4474990, drand round 1000) are revealed in this block before its epoch runs; the weights the epoch sees are not in the state of block ${B - 1}, so no exact snapshot can be read`,
    );
  });

  it("commits of epoch 9 without a pulse are put back: the snapshot is the parent state's", async () => {
    const s = await fetch((b) => {
      b.set("TimelockedWeightCommits", [NETUID, 9n], [commit(2, 4_474_990n, 1000n)]);
      b.setIn("drand", "Pulses", [999n], pulse(999n));
    });
    expect(Object.fromEntries(Object.entries(s).filter(([k]) => k !== "specVersion"))).toEqual(
      Object.fromEntries(Object.entries(input).filter(([k]) => k !== "activityCutoff")),
    );
  });

  it("commits of other epochs (8: removed as expired, 10: revealed later), of another mechanism, or before the first reveal epoch are not revealed in B", async () => {
    const withPulses = (b: StateBuilder) => {
      for (const r of [1000n, 1001n, 1002n]) b.setIn("drand", "Pulses", [r], pulse(r));
    };
    await expect(
      fetch((b) => {
        withPulses(b);
        b.set("TimelockedWeightCommits", [NETUID, 8n], [commit(2, 4_474_000n, 1000n)]);
        b.set("TimelockedWeightCommits", [NETUID, 10n], [commit(3, 4_475_000n, 1001n)]);
        b.set("TimelockedWeightCommits", [NETUID + 4096, 9n], [commit(4, 4_474_990n, 1002n)]); // mechanism 1: MechanismCountCurrent is 1
      }),
    ).resolves.toMatchObject({ weights: input.weights });
    // SubnetEpochIndex 0, reveal period 3: 0 + 1 < 3, nothing is revealed yet
    await expect(
      fetch((b) => {
        withPulses(b);
        b.set("SubnetEpochIndex", [NETUID], 0n).set("RevealPeriodEpochs", [NETUID], 3n);
        b.set("TimelockedWeightCommits", [NETUID, 0n], [commit(2, 4_474_990n, 1000n)]);
      }),
    ).resolves.toMatchObject({ weights: input.weights });
  });
});
