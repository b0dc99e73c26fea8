// --verify: read what the chain wrote at the end of an epoch and compare it,
// field by field and uid by uid, with the engine's result.
import type { ApiPromise } from "@polkadot/api";
import type { ChainLayout } from "./layout.js";
import { guard, num, queryAt, str, type BlockRef, type Codec, type Query } from "./read.js";

/** A result in the fixture "expected" shape (the engine's EpochResult, or an era fixture's expected). */
export type EpochOutputs = Record<string, unknown>;

export interface Difference {
  field: string;
  uid: number;
  chain: unknown;
  engine: unknown;
}

/**
 * The epoch outputs stored at `block` (the epoch block's post-state), in the result's field names.
 * With a `mechanism` of a subnet that has several (spec >= 320), only what epoch_mechanism stores per
 * mechanism is read (Incentive and Bonds under the storage index): the other outputs are the subnet's
 * weighted aggregate over all mechanisms (epoch_with_mechanisms), not one mechanism's result.
 */
export async function readStoredOutputs(
  api: ApiPromise,
  block: BlockRef,
  netuid: number,
  n: number,
  layout: ChainLayout,
  hotkeys: (string | null)[],
  mechanism: { storageIndex: number; count: number } = { storageIndex: netuid, count: 1 },
): Promise<EpochOutputs> {
  const { q } = await queryAt(api, block);
  const read = <T>(f: () => Promise<T>) => guard(api, block.number, f);
  const vec = async (item: string, key: number = netuid) => (await read(() => q(item)(key))).toJSON() as unknown[];
  const out: EpochOutputs = {};
  const index = mechanism.storageIndex;
  if (mechanism.count > 1) {
    out.incentive = await vec("Incentive", index);
    out.bonds = await storedBonds(q, read, index, n);
    return out;
  }
  out.active = await vec("Active");
  out.consensus = await vec("Consensus");
  out.incentive = await vec("Incentive");
  out.dividends = await vec("Dividends");
  out.validatorTrust = await vec("ValidatorTrust");
  out.newValidatorPermit = await vec("ValidatorPermit");
  out.emission = (await vec("Emission")).map((v) => BigInt(v as string | number).toString());
  if (layout.writesRankTrustPruning) {
    out.rank = await vec("Rank");
    out.trust = await vec("Trust");
    out.pruningScore = await vec("PruningScores");
  }
  if (layout.writesStakeWeight) out.stakeWeight = await vec("StakeWeight");
  if (layout.writesLoadedEmission) {
    const le = await read(() => q("LoadedEmission")(netuid));
    const rows = le.isSome ? (le.unwrap!() as unknown as Codec[][]) : [];
    const byHotkey = new Map(rows.map((t) => [t[0]!.toHex(), [str(t[1]!), str(t[2]!)]] as const));
    out.serverEmission = hotkeys.map((h) => (h && byHotkey.get(h)?.[0]) ?? "0");
    out.validatorEmission = hotkeys.map((h) => (h && byHotkey.get(h)?.[1]) ?? "0");
  }
  out.bonds = await storedBonds(q, read, index, n);
  return out;
}

async function storedBonds(
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  index: number,
  n: number,
): Promise<[number, number][][]> {
  const bonds: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [k, v] of await read(() => q("Bonds").entries(index))) {
    const uid = num(k.args[1]!);
    if (uid < n) bonds[uid] = v.toJSON() as [number, number][];
  }
  return bonds;
}

/**
 * Compares stored outputs with the engine's result (fields present in both). The engine's bond row
 * `null` (not written) means the stored row must equal the input row `inputBonds[uid]`.
 */
export function compareOutputs(stored: EpochOutputs, engine: EpochOutputs, inputBonds: [number, number][][]): Difference[] {
  const diffs: Difference[] = [];
  for (const field of Object.keys(stored)) {
    if (!(field in engine)) continue;
    const s = stored[field] as unknown[],
      e = engine[field] as unknown[];
    const len = Math.max(s.length, e.length);
    for (let uid = 0; uid < len; uid++) {
      let ev = e[uid];
      if (field === "bonds" && ev === null) ev = inputBonds[uid] ?? [];
      if (JSON.stringify(s[uid]) !== JSON.stringify(ev)) diffs.push({ field, uid, chain: s[uid], engine: ev });
    }
  }
  return diffs;
}
