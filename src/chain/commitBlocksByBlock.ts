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
//   commit block is not expired (the epoch key of these maps plays no part);
// - commit_blocks[uid] = the minimum of those; u64::MAX (null here) = none.
// A commit at block c is expired iff epoch_index(B) > epoch_index(c) + RevealPeriodEpochs
// (saturating), epoch_index(x) = (x + netuid + 1) / (Tempo + 1), B = the epoch block.
// From 320 the maps are keyed by the mechanism storage index (mechanism 0 = netuid).
import type { Codec, Query } from "./read.js";
import { num } from "./read.js";

const U64_MAX = (1n << 64n) - 1n;
const satAdd = (a: bigint, b: bigint) => (a + b > U64_MAX ? U64_MAX : a + b);

export type TimelockedMap = "CRV3WeightCommitsV2" | "TimelockedWeightCommits";

export interface CommitStateByBlock {
  netuid: number;
  /** the epoch block (the block whose on_initialize runs the epoch) */
  block: bigint;
  tempo: number;
  revealPeriod: bigint;
  /** WeightCommits queues: commit blocks in queue order */
  weightCommits: { hotkey: string; blocks: bigint[] }[];
  /** entries of every CRV3WeightCommitsV2 / TimelockedWeightCommits queue of the netuid */
  timelocked: { hotkey: string; block: bigint }[];
  /**
   * a hotkey held by several uids in Keys: "first" = the first in Keys iteration order
   * (`hotkeys.iter().find`, 297-319), "last" = the last (a BTreeMap collected from Keys, 320-422)
   */
  duplicateHotkey: "first" | "last";
}

/** epoch_index(x) = (x + netuid + 1) / (tempo + 1), saturating add (weights.rs get_epoch_index) */
export function epochIndex(netuid: number, tempo: number, block: bigint): bigint {
  return satAdd(block, BigInt(netuid) + 1n) / (BigInt(tempo) + 1n);
}

/** Keys(netuid, uid) iteration order: Identity-hashed u16 keys sort by their little-endian bytes. */
function keysOrder(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => (a & 0xff) - (b & 0xff) || (a >> 8) - (b >> 8));
}

/** Per uid 0..n-1 the commit block the epoch masks with, as a decimal string, or null (no live commit). */
export function deriveCommitBlocksByBlock(hotkeys: (string | null)[], s: CommitStateByBlock): (string | null)[] {
  const uidOf = new Map<string, number>();
  for (const uid of keysOrder(hotkeys.length)) {
    const h = hotkeys[uid];
    if (h === null || h === undefined) continue;
    if (s.duplicateHotkey === "last" || !uidOf.has(h)) uidOf.set(h, uid);
  }
  const current = epochIndex(s.netuid, s.tempo, s.block);
  const expired = (c: bigint) => current > satAdd(epochIndex(s.netuid, s.tempo, c), s.revealPeriod);
  const out: (bigint | null)[] = new Array(hotkeys.length).fill(null);
  const take = (hotkey: string, block: bigint) => {
    const uid = uidOf.get(hotkey);
    if (uid === undefined) return;
    const cur = out[uid]!;
    out[uid] = cur === null || block < cur ? block : cur;
  };
  for (const q of s.weightCommits) {
    const live = q.blocks.find((b) => !expired(b));
    if (live !== undefined) take(q.hotkey, live);
  }
  for (const e of s.timelocked) if (!expired(e.block)) take(e.hotkey, e.block);
  return out.map((b) => (b === null ? null : b.toString()));
}

/** Reads WeightCommits, the era's timelocked map and RevealPeriodEpochs of `netuid` and derives commitBlocks. */
export async function readCommitBlocksByBlock(
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  opts: { netuid: number; block: number; tempo: number; timelocked: TimelockedMap; duplicateHotkey: "first" | "last" },
  hotkeys: (string | null)[],
): Promise<(string | null)[]> {
  const { netuid } = opts;
  const big = (c: unknown) => BigInt(String(c));
  const revealPeriod = big((await read(() => q("RevealPeriodEpochs")(netuid))).toString());
  const weightCommits: CommitStateByBlock["weightCommits"] = [];
  for (const [k, v] of await read(() => q("WeightCommits").entries(netuid))) {
    if (num(k.args[0]!) !== netuid || v.isSome !== true) continue; // OptionQuery
    const json = v.unwrap!().toJSON() as [string, unknown, unknown, unknown][];
    weightCommits.push({ hotkey: k.args[1]!.toHex(), blocks: json.map(([, b]) => big(b)) });
  }
  const timelocked: CommitStateByBlock["timelocked"] = [];
  for (const [k, v] of await read(() => q(opts.timelocked).entries(netuid))) {
    if (num(k.args[0]!) !== netuid) continue;
    // (who, commit_block, ciphertext, reveal_round) tuples
    for (const t of v as unknown as Iterable<Codec>) timelocked.push({ hotkey: t[0]!.toHex(), block: big(t[1]!.toString()) });
  }
  return deriveCommitBlocksByBlock(hotkeys, {
    netuid,
    block: BigInt(opts.block),
    tempo: opts.tempo,
    revealPeriod,
    weightCommits,
    timelocked,
    duplicateHotkey: opts.duplicateHotkey,
  });
}
