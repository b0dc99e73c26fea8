// Timelocked (CRV3) commits revealed in the epoch block itself, before the
// epoch runs (block_step.rs at 14bc6f9f: reveal_crv3_commits is step 3,
// run_coinbase step 4). In the epoch block B, current_epoch_with_lookahead is
// SubnetEpochIndex + 1 (should_run_epoch holds), so the queue
// TimelockedWeightCommits(index, SubnetEpochIndex + 1 - RevealPeriodEpochs) is
// taken: an entry whose drand round has a pulse (pallet Drand, Pulses) is
// decrypted and, if it decodes, set as weights (do_set_mechanism_weights:
// Weights and LastUpdate); an entry without a pulse is put back. Nothing is
// revealed while SubnetEpochIndex + 1 < RevealPeriodEpochs. The reveal does not
// check CommitRevealWeightsEnabled. A taken entry changes what the epoch reads
// (weights, last update, commit blocks) in a way the state of B-1 does not hold
// and the ciphertext cannot be opened here, so such an epoch is refused.
import type { ApiPromise } from "@polkadot/api";
import type { BlockRef, Codec, Query } from "./read.js";
import { big } from "./read.js";

const U64_MAX = (1n << 64n) - 1n;

export interface SameBlockReveals {
  /** the commit epoch whose queue the epoch block takes, or null when nothing is revealed yet */
  revealEpoch: bigint | null;
  /** entries of that queue whose round has a pulse at B-1 (taken in B before the epoch) */
  taken: { hotkey: string; commitBlock: bigint; round: bigint }[];
  /** entries of that queue without a pulse (put back unchanged) */
  waiting: number;
}

/** What reveal_crv3_commits_for_subnet takes from storage index `index` of `netuid` in epoch block B (state of B-1 in `q`). */
export async function sameBlockReveals(
  api: ApiPromise,
  parent: BlockRef,
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  netuid: number,
  index: number,
): Promise<SameBlockReveals> {
  const epochIndex = big(await read(() => q("SubnetEpochIndex")(netuid)));
  const revealPeriod = big(await read(() => q("RevealPeriodEpochs")(netuid)));
  const cur = epochIndex + 1n > U64_MAX ? U64_MAX : epochIndex + 1n;
  if (cur < revealPeriod) return { revealEpoch: null, taken: [], waiting: 0 };
  const revealEpoch = cur - revealPeriod;
  const queue = await read(() => q("TimelockedWeightCommits")(index, revealEpoch));
  const entries = [...(queue as unknown as Iterable<Codec>)].map((t) => ({
    hotkey: t[0]!.toHex(),
    commitBlock: big(t[1]!),
    round: big(t[3]!),
  }));
  if (entries.length === 0) return { revealEpoch, taken: [], waiting: 0 };
  const at = await read(() => api.at(parent.hash));
  const pulses = (at.query as unknown as Record<string, Record<string, ((k: unknown) => Promise<Codec>) | undefined>>).drand?.pulses;
  const taken: SameBlockReveals["taken"] = [];
  let waiting = 0;
  for (const e of entries) {
    // without a Drand pallet nothing could be decrypted: every entry would be put back
    const pulse = pulses ? await read(() => pulses(e.round)) : undefined;
    if (pulse?.isSome === true) taken.push(e);
    else waiting++;
  }
  return { revealEpoch, taken, waiting };
}
