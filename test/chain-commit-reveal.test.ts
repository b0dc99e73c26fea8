// Commit-reveal subnets of the spec-425 layout through the node double:
// fixture input -> chain state with WeightCommits / TimelockedWeightCommits
// entries that give the fixture's commitBlocks (plus expired and foreign
// entries the epoch ignores) -> fetch -> the same input -> epoch -> the
// fixture's expected values.
import { describe, it, expect } from "vitest";
import { fetchSnapshotDetailed } from "../src/chain/fetch.js";
import { deriveCommitBlocks } from "../src/chain/commitBlocks.js";
import { Engine, validateSnapshot } from "../src/index.js";
import { firstDifference } from "../src/fixture.js";
import { epochStates, metadata425, readFixture } from "./chain/harness.js";
import { account, type StateBuilder } from "./chain/state.js";
import { useSharedNode } from "./chain/shared.js";
import type { EpochResult } from "../src/snapshot/types.js";

const engine = new Engine();
const withoutKeys = (o: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
const hot = (uid: number) => account(uid, 0xaa);
const HASH = `0x${"11".repeat(32)}`;

// SubnetEpochIndex 500 before the epoch block, so the epoch compares against 501;
// RevealPeriodEpochs 2: a commit of epoch e is expired iff 501 > e + 2, i.e. e <= 498 (499 is the last live one)
const INDEX = 500n;
const REVEAL = 2n;

/** writes commits whose derivation (run_epoch.rs at 14bc6f9f) is exactly `commitBlocks` */
function writeCommits(b: StateBuilder, netuid: number, commitBlocks: (string | null)[]): void {
  b.set("SubnetEpochIndex", [netuid], INDEX).set("RevealPeriodEpochs", [netuid], REVEAL);
  const timelocked = new Map<bigint, [string, bigint][]>();
  const lock = (epoch: bigint, hk: string, block: bigint) => timelocked.set(epoch, [...(timelocked.get(epoch) ?? []), [hk, block]]);
  commitBlocks.forEach((c, uid) => {
    const hk = hot(uid);
    if (c === null) {
      // only an expired commit (epoch 498): ignored, the uid stays null
      if (uid % 2 === 0) b.set("WeightCommits", [netuid, hk], [[HASH, 498n, 1n, 0n]]);
      else lock(498n, hk, 1n);
      return;
    }
    const cb = BigInt(c);
    if (uid % 2 === 0) {
      // an expired head entry with a smaller block (skipped), the first live entry (taken),
      // then a later live entry with a smaller block (not read: only the first live entry counts)
      b.set(
        "WeightCommits",
        [netuid, hk],
        [
          [HASH, 498n, 0n, 0n],
          [HASH, 499n, cb, 0n],
          [HASH, 501n, cb / 2n, 0n],
        ],
      );
    } else {
      // timelocked: live at the boundary epoch 499 (taken), expired at 498 with a smaller block (skipped),
      // live at 500 with a larger block; a live WeightCommits entry with a larger block: the minimum is cb
      lock(499n, hk, cb);
      lock(498n, hk, 0n);
      lock(500n, hk, cb + 7n);
      b.set("WeightCommits", [netuid, hk], [[HASH, 500n, cb + 3n, 0n]]);
    }
  });
  // commits of hotkeys without a uid, and of the same hotkeys on another netuid: ignored
  lock(500n, account(0xfff0, 0xaa), 0n);
  b.set("WeightCommits", [netuid, account(0xfff1, 0xaa)], [[HASH, 500n, 0n, 0n]]);
  const other = netuid === 65535 ? 0 : netuid + 1;
  b.set("WeightCommits", [other, hot(0)], [[HASH, 500n, 0n, 0n]]);
  b.set("TimelockedWeightCommits", [other, 500n], [[hot(1), 0n, "0x01", 0n]]);
  for (const [epoch, q] of timelocked)
    b.set(
      "TimelockedWeightCommits",
      [netuid, epoch],
      q.map(([hk, block]) => [hk, block, "0x0102", 7n]),
    );
}

// spec-425 fixtures whose input has commit reveal on and non-null commitBlocks
const CR_FIXTURES = [
  "fixtures/edge-commit-reveal-mask.json",
  "fixtures/random-n4-16-random-y3la.json",
  "fixtures/random-n4-21-zipf-yuma.json",
  "fixtures/random-n16-36-realistic-y3la.json",
  "fixtures/random-n64-46-allzero-y3.json",
];

describe("commit reveal at spec 425 (WeightCommits, TimelockedWeightCommits, SubnetEpochIndex; lib.rs at 14bc6f9f)", () => {
  const connect = useSharedNode(metadata425()); // one node and connection for the block; each test serves its chain
  for (const path of CR_FIXTURES) {
    it(`${path}: commitBlocks derived from the commit maps, round trip to the same input, epoch gives the fixture's expected values`, async () => {
      const { input, expected } = readFixture(path).steps[0]!;
      expect(input.commitRevealEnabled).toBe(true);
      const netuid = input.netuid as number;
      const b = Number(input.currentBlock);
      const states = epochStates(metadata425(), input, expected, (s) => writeCommits(s, netuid, input.commitBlocks as (string | null)[]));
      const c = await connect({ head: b, states });
      try {
        const got = await fetchSnapshotDetailed(c.api, { netuid, at: b });
        expect(got.snapshot.commitBlocks).toEqual(input.commitBlocks);
        expect(withoutKeys(got.snapshot, "specVersion")).toEqual(withoutKeys(input, "activityCutoff"));
        const result = engine.run(validateSnapshot(got.snapshot));
        expect(
          firstDifference(
            withoutKeys(expected, "debug") as unknown as EpochResult,
            withoutKeys(result as unknown as Record<string, unknown>, "debug") as unknown as EpochResult,
          ),
        ).toBeUndefined();
      } finally {
        await c.close();
      }
    });
  }

  it("an absent CommitRevealWeightsEnabled reads as on (DefaultCommitRevealWeightsEnabled = true at 14bc6f9f) and no commits give all null", async () => {
    const { input } = readFixture("fixtures/random-n8-24-random-y3la.json").steps[0]!;
    const netuid = input.netuid as number;
    const b = Number(input.currentBlock);
    const states = epochStates(metadata425(), input, undefined, (s) => s.unset("CommitRevealWeightsEnabled", netuid));
    const c = await connect({ head: b, states });
    try {
      const got = await fetchSnapshotDetailed(c.api, { netuid, at: b });
      expect(got.snapshot.commitRevealEnabled).toBe(true);
      expect(got.snapshot.commitBlocks).toEqual(new Array(input.n as number).fill(null));
    } finally {
      await c.close();
    }
  });
});

describe("deriveCommitBlocks (hand-derived)", () => {
  const hk = ["0xa0", "0xa1", "0xa2"];
  it("expiry is current > epoch + reveal period, saturating at u64::MAX", () => {
    // current 10, reveal 3: epoch 7 live (10 > 10 false), epoch 6 expired (10 > 9)
    const r = deriveCommitBlocks(hk, {
      currentEpoch: 10n,
      revealPeriod: 3n,
      weightCommits: [
        { hotkey: "0xa0", entries: [{ epoch: 7n, block: 40n }] },
        { hotkey: "0xa1", entries: [{ epoch: 6n, block: 30n }] },
      ],
      timelocked: [
        { epoch: 6n, entries: [{ hotkey: "0xa2", block: 5n }] },
        {
          epoch: 7n,
          entries: [
            { hotkey: "0xa2", block: 50n },
            { hotkey: "0xa0", block: 45n },
          ],
        },
      ],
    });
    expect(r).toEqual(["40", null, "50"]);
    // reveal period u64::MAX: epoch + period saturates, nothing expires
    const max = (1n << 64n) - 1n;
    expect(
      deriveCommitBlocks(hk, {
        currentEpoch: max,
        revealPeriod: max,
        weightCommits: [{ hotkey: "0xa1", entries: [{ epoch: 0n, block: 30n }] }],
        timelocked: [],
      }),
    ).toEqual([null, "30", null]);
  });
});
