// commitBlocks of the spec-425 layout (>= 423): per uid, the commit block the
// epoch's commit-reveal column mask uses (run_epoch.rs `epoch_mechanism` at
// 14bc6f9f). The commit "epoch" is the SubnetEpochIndex counter; a commit of
// epoch e is expired iff current > e + RevealPeriodEpochs (saturating), where
// current is the counter the epoch sees: SubnetEpochIndex before the epoch
// block + 1 (drain_pending advances it and LastEpochBlock before the epoch
// runs, so the look-ahead of `current_epoch_with_lookahead` adds nothing).
import type { Query, Codec } from "./read.js";
import { num } from "./read.js";

const U64_MAX = (1n << 64n) - 1n;

/** a WeightCommits queue: (hash, commit_epoch, commit_block, _) in queue order */
export type WeightCommitQueue = { hotkey: string; entries: { epoch: bigint; block: bigint }[] };
/** a TimelockedWeightCommits queue under key epoch: (who, commit_block, ..) */
export type TimelockedQueue = { epoch: bigint; entries: { hotkey: string; block: bigint }[] };

export interface CommitState {
  /** the epoch counter the epoch compares against */
  currentEpoch: bigint;
  revealPeriod: bigint;
  weightCommits: WeightCommitQueue[];
  timelocked: TimelockedQueue[];
}

/**
 * Per uid 0..n-1: the minimum of the first non-expired WeightCommits entry of
 * its hotkey and every non-expired TimelockedWeightCommits entry of it; null
 * when it has none. Hotkeys without a uid are ignored.
 */
export function deriveCommitBlocks(hotkeys: (string | null)[], s: CommitState): (string | null)[] {
  const uidOf = new Map<string, number>();
  hotkeys.forEach((h, uid) => {
    if (h !== null) uidOf.set(h, uid);
  });
  const expired = (epoch: bigint) => {
    const last = epoch + s.revealPeriod;
    return s.currentEpoch > (last > U64_MAX ? U64_MAX : last);
  };
  const earliest = new EarliestCommit(hotkeys.length, uidOf);
  for (const q of s.weightCommits) {
    const live = q.entries.find((e) => !expired(e.epoch));
    if (live) earliest.take(q.hotkey, live.block);
  }
  for (const q of s.timelocked) {
    if (expired(q.epoch)) continue;
    for (const e of q.entries) earliest.take(e.hotkey, e.block);
  }
  return earliest.commitBlocks();
}

/** Per uid, the earliest commit block taken for its hotkey (null = none): the epoch's commitBlocks (every era). */
export class EarliestCommit {
  private readonly out: (bigint | null)[];
  constructor(
    n: number,
    private readonly uidOf: ReadonlyMap<string, number>,
  ) {
    this.out = new Array(n).fill(null);
  }
  /** A commit of `hotkey` at `block`; hotkeys without a uid are ignored. */
  take(hotkey: string, block: bigint): void {
    const uid = this.uidOf.get(hotkey);
    if (uid === undefined) return;
    const cur = this.out[uid]!;
    this.out[uid] = cur === null || block < cur ? block : cur;
  }
  /** As decimal strings, null where no commit was taken. */
  commitBlocks(): (string | null)[] {
    return this.out.map((b) => (b === null ? null : b.toString()));
  }
}

/** Reads the commit maps of mechanism 0 (storage index = netuid) and derives commitBlocks. */
export async function readCommitBlocks(
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  netuid: number,
  hotkeys: (string | null)[],
): Promise<(string | null)[]> {
  const big = (c: unknown) => BigInt(String(c));
  const index = BigInt((await read(() => q("SubnetEpochIndex")(netuid))).toString());
  const revealPeriod = BigInt((await read(() => q("RevealPeriodEpochs")(netuid))).toString());
  const weightCommits: WeightCommitQueue[] = [];
  for (const [k, v] of await read(() => q("WeightCommits").entries(netuid))) {
    if (num(k.args[0]!) !== netuid) continue;
    if (v.isSome !== true) continue; // OptionQuery
    const json = v.unwrap!().toJSON() as [string, unknown, unknown, unknown][];
    weightCommits.push({ hotkey: k.args[1]!.toHex(), entries: json.map(([, e, b]) => ({ epoch: big(e), block: big(b) })) });
  }
  const timelocked: TimelockedQueue[] = [];
  for (const [k, v] of await read(() => q("TimelockedWeightCommits").entries(netuid))) {
    if (num(k.args[0]!) !== netuid) continue;
    // a Vec of (who, commit_block, ciphertext, reveal_round) tuples (both codecs are arrays)
    const entries = [...(v as unknown as Iterable<Codec>)].map((t) => ({ hotkey: t[0]!.toHex(), block: big(t[1]!.toString()) }));
    timelocked.push({ epoch: big(k.args[1]!.toString()), entries });
  }
  const sat = index + 1n > U64_MAX ? U64_MAX : index + 1n;
  return deriveCommitBlocks(hotkeys, { currentEpoch: sat, revealPeriod, weightCommits, timelocked });
}
