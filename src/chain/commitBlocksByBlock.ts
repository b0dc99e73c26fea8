// commitBlocks of specs 297-422 (commit reveal with expiry by block): per uid,
// the commit block the epoch's commit-reveal column mask uses. Mirrors the
// `if Self::get_commit_reveal_weights_enabled(netuid)` block of run_epoch.rs
// `epoch` (297-319) / `epoch_mechanism` (320-422), and weights.rs
// `is_commit_expired` / `get_epoch_index`, unchanged 297-422 (7b541095b,
// 737e4acb1, 835a2c902, 6e3d24cea, e7f05a051):
// - every WeightCommits(netuid, hotkey) queue: its first entry (in queue order)
//   whose commit block (tuple field 1) is not expired; later entries are not read;
// - every entry (who, commit_block, ..) of every CRV3WeightCommitsV2(netuid, *)
//   queue (297-305) or TimelockedWeightCommits(netuid, *) queue (306-422) whose
//   commit block is not expired;
// - commit_blocks[uid] = the minimum of those; u64::MAX (null here) = none.
// A commit at block c is expired iff epoch_index(B) > epoch_index(c) + RevealPeriodEpochs
// (saturating), epoch_index(x) = (x + netuid + 1) / (Tempo + 1), B = the epoch block.
// From 320 the maps are keyed by the mechanism storage index (mechanism 0 = netuid).
//
// The state read is that of block B - 1, but in block B `run_coinbase` calls
// `reveal_crv3_commits(netuid)` (coinbase/reveal_commits.rs) before the epoch. With
// E = epoch_index(B) and P = RevealPeriodEpochs it
// - removes every timelocked queue whose epoch key is below reveal_epoch, where
//   reveal_epoch = E - (P - 1) (297-305, 7b541095b) or E - P (306+, 737e4acb1), saturating;
// - unless E < 2 (297-305) or E < P (306+), takes the queue at reveal_epoch and reveals it:
//   each decrypted commit sets that hotkey's Weights row and LastUpdate in block B. Those
//   weights need drand timelock decryption, which this reader does not do, so a non-empty
//   revealed queue with a commit of a registered hotkey is reported (`revealed`), and the
//   caller refuses the snapshot. Commits there of hotkeys without a uid change nothing.
import type { Codec, Query } from "./read.js";
import { num } from "./read.js";
import { EarliestCommit } from "./commitBlocks.js";

const U64_MAX = (1n << 64n) - 1n;
const satAdd = (a: bigint, b: bigint) => (a + b > U64_MAX ? U64_MAX : a + b);
const satSub = (a: bigint, b: bigint) => (a > b ? a - b : 0n);

export type TimelockedMap = "CRV3WeightCommitsV2" | "TimelockedWeightCommits";

/** The era's rules besides the formula above (src/chain/layout.ts picks them by spec). */
export interface CommitRulesByBlock {
  /** CRV3WeightCommitsV2 (297-305) or TimelockedWeightCommits (306+) */
  timelocked: TimelockedMap;
  /**
   * a hotkey held by several uids in Keys: "first" = the first in Keys iteration order
   * (`hotkeys.iter().find`, 297-319), "last" = the last (a BTreeMap collected from Keys, 320-422)
   */
  duplicateHotkey: "first" | "last";
  /** reveal_crv3_commits of 297-305 (reveal_epoch = E - (P - 1), none before E = 2) or of 306+ (E - P, none before E = P) */
  reveal: "297" | "306";
}

export interface CommitStateByBlock extends CommitRulesByBlock {
  netuid: number;
  /** the epoch block (the block whose on_initialize runs the epoch) */
  block: bigint;
  tempo: number;
  revealPeriod: bigint;
  /** WeightCommits queues: commit blocks in queue order */
  weightCommits: { hotkey: string; blocks: bigint[] }[];
  /** the timelocked queues of the netuid, by epoch key */
  timelockedQueues: { key: bigint; entries: { hotkey: string; block: bigint }[] }[];
}

export interface CommitBlocksByBlock {
  /** per uid the commit block the epoch masks with (decimal string), or null */
  commitBlocks: (string | null)[];
  /** the epoch key revealed in block B before the epoch, if any */
  revealEpoch: bigint | undefined;
  /** commits of registered hotkeys in the revealed queue (their weights change in block B) */
  revealed: number;
}

/** epoch_index(x) = (x + netuid + 1) / (tempo + 1), saturating add (weights.rs get_epoch_index) */
export function epochIndex(netuid: number, tempo: number, block: bigint): bigint {
  return satAdd(block, BigInt(netuid) + 1n) / (BigInt(tempo) + 1n);
}

/** Keys(netuid, uid) iteration order: Identity-hashed u16 keys sort by their little-endian bytes. */
function keysOrder(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => (a & 0xff) - (b & 0xff) || (a >> 8) - (b >> 8));
}

/** commitBlocks as the epoch of block B sees them, from the commit maps at B - 1. */
export function deriveCommitBlocksByBlock(hotkeys: (string | null)[], s: CommitStateByBlock): CommitBlocksByBlock {
  const uidOf = new Map<string, number>();
  for (const uid of keysOrder(hotkeys.length)) {
    const h = hotkeys[uid];
    if (h === null || h === undefined) continue;
    if (s.duplicateHotkey === "last" || !uidOf.has(h)) uidOf.set(h, uid);
  }
  const current = epochIndex(s.netuid, s.tempo, s.block);
  const expired = (c: bigint) => current > satAdd(epochIndex(s.netuid, s.tempo, c), s.revealPeriod);
  // reveal_crv3_commits in block B, before the epoch
  const revealEpochKey = s.reveal === "297" ? satSub(current, satSub(s.revealPeriod, 1n)) : satSub(current, s.revealPeriod);
  const tooEarly = s.reveal === "297" ? current < 2n : current < s.revealPeriod;
  const revealEpoch = tooEarly ? undefined : revealEpochKey;
  let revealed = 0;
  const remaining = s.timelockedQueues.filter((q) => {
    if (q.key < revealEpochKey) return false; // cleaned
    if (q.key !== revealEpoch) return true;
    revealed += q.entries.filter((e) => uidOf.has(e.hotkey)).length; // taken and revealed
    return false;
  });

  const earliest = new EarliestCommit(hotkeys.length, uidOf);
  for (const q of s.weightCommits) {
    const live = q.blocks.find((b) => !expired(b));
    if (live !== undefined) earliest.take(q.hotkey, live);
  }
  for (const q of remaining) for (const e of q.entries) if (!expired(e.block)) earliest.take(e.hotkey, e.block);
  return { commitBlocks: earliest.commitBlocks(), revealEpoch, revealed };
}

/** Reads WeightCommits, the era's timelocked map and RevealPeriodEpochs of `netuid` at B - 1 and derives commitBlocks. */
export async function readCommitBlocksByBlock(
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  opts: { netuid: number; block: number; tempo: number } & CommitRulesByBlock,
  hotkeys: (string | null)[],
): Promise<CommitBlocksByBlock> {
  const { netuid } = opts;
  const big = (c: unknown) => BigInt(String(c));
  const revealPeriod = big((await read(() => q("RevealPeriodEpochs")(netuid))).toString());
  const weightCommits: CommitStateByBlock["weightCommits"] = [];
  for (const [k, v] of await read(() => q("WeightCommits").entries(netuid))) {
    if (num(k.args[0]!) !== netuid || v.isSome !== true) continue; // OptionQuery
    const json = v.unwrap!().toJSON() as [string, unknown, unknown, unknown][];
    weightCommits.push({ hotkey: k.args[1]!.toHex(), blocks: json.map(([, b]) => big(b)) });
  }
  const timelockedQueues: CommitStateByBlock["timelockedQueues"] = [];
  for (const [k, v] of await read(() => q(opts.timelocked).entries(netuid))) {
    if (num(k.args[0]!) !== netuid) continue;
    // (who, commit_block, ciphertext, reveal_round) tuples
    const entries = [...(v as unknown as Iterable<Codec>)].map((t) => ({ hotkey: t[0]!.toHex(), block: big(t[1]!.toString()) }));
    timelockedQueues.push({ key: big(k.args[1]!.toString()), entries });
  }
  return deriveCommitBlocksByBlock(hotkeys, {
    netuid,
    block: BigInt(opts.block),
    tempo: opts.tempo,
    revealPeriod,
    weightCommits,
    timelockedQueues,
    timelocked: opts.timelocked,
    duplicateHotkey: opts.duplicateHotkey,
    reveal: opts.reveal,
  });
}
