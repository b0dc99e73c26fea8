// Mechanisms of a subnet (subnets/mechanism.rs at 14bc6f9f, from spec 320):
// each mechanism M of netuid N has its own weights, bonds, last-update and
// commit maps under the storage index N + M * 4096, and runs epoch_mechanism
// with its share of the drained emission (split_emissions). The other inputs
// (stake, hyperparameters, registration) are the subnet's.
import { ChainError } from "./errors.js";
import type { Query } from "./read.js";
import { num } from "./read.js";

/** GLOBAL_MAX_SUBNET_COUNT: storage_index = netuid + mechanism * 4096 */
export const GLOBAL_MAX_SUBNET_COUNT = 4096;
/** MAX_MECHANISM_COUNT_PER_SUBNET */
export const MAX_MECHANISM_COUNT = 16;

export interface MechanismInfo {
  /** the mechanism read */
  id: number;
  /** MechanismCountCurrent of the subnet */
  count: number;
  /** MechanismEmissionSplit (u16 proportions of u16::MAX), null when unset (even split) */
  split: number[] | null;
  /** netuid + id * 4096, the key of Weights, Bonds, LastUpdate, Incentive and the commit maps */
  storageIndex: number;
}

export function storageIndex(netuid: number, mechanism: number): number {
  // u16 saturating_mul / saturating_add as get_mechanism_storage_index
  return Math.min(65535, Math.min(65535, mechanism * GLOBAL_MAX_SUBNET_COUNT) + netuid);
}

/**
 * split_emissions: mechanism i gets floor(alpha * split[i] / 65535) (u128), or alpha / count each when no
 * split is stored; the list is cut or zero-padded to `count`, and what truncation lost goes to mechanism 0.
 */
export function splitEmissions(alpha: bigint, count: number, split: number[] | null): bigint[] {
  const U64_MAX = (1n << 64n) - 1n;
  let r: bigint[] = split ? split.map((s) => (alpha * BigInt(s)) / 65535n) : new Array(count).fill(count > 0 ? alpha / BigInt(count) : 0n);
  if (r.length !== count) r = Array.from({ length: count }, (_, i) => r[i] ?? 0n);
  const sum = r.reduce((a, b) => BigInt.asUintN(64, a + b), 0n); // u64 `sum` (wraps in the release runtime)
  const lost = alpha > sum ? alpha - sum : 0n;
  if (r.length > 0) r[0] = r[0]! + lost > U64_MAX ? U64_MAX : r[0]! + lost;
  return r;
}

/**
 * The mechanism `id` of `netuid` at this state. Runtimes without mechanisms (spec < 320, or a metadata
 * without MechanismCountCurrent) have mechanism 0 only.
 */
export async function readMechanism(
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  netuid: number,
  id: number,
  specVersion: number,
  node: string,
  block: number,
): Promise<MechanismInfo> {
  let count = 1;
  let split: number[] | null = null;
  if (specVersion >= 320 && hasItem(q, "MechanismCountCurrent")) {
    count = num(await read(() => q("MechanismCountCurrent")(netuid)));
    if (hasItem(q, "MechanismEmissionSplit")) {
      const s = await read(() => q("MechanismEmissionSplit")(netuid));
      split = s.isSome ? (s.unwrap!().toJSON() as number[]) : null;
    }
  }
  if (!Number.isInteger(id) || id < 0 || id >= count)
    throw new ChainError(
      node,
      `netuid ${netuid} at block ${block}: mechanism ${id} does not exist (MechanismCountCurrent is ${count}${specVersion < 320 ? `; spec ${specVersion} has no mechanisms` : ""})`,
    );
  return { id, count, split, storageIndex: storageIndex(netuid, id) };
}

function hasItem(q: Query, item: string): boolean {
  try {
    q(item);
    return true;
  } catch (e) {
    if (e instanceof ChainError) return false;
    throw e;
  }
}
