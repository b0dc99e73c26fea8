// root.rs get_subnet_to_prune (pre-dTAO): the subnet a new registration
// replaces when the subnet limit is reached; 0 = none. Inputs (arena), in
// NetworksAdded storage order: netuids u16[k], emission u64[k], registeredAt u64[k].
import { ldU16, ldU64 } from "../mem/view";
import { arenaAllocZeroed } from "../mem/arena";

@inline function immune(currentBlock: u64, reg: u64, immunity: u64): bool {
  return (currentBlock > reg ? currentBlock - reg : 0) < immunity; // saturating_sub
}

/**
 * Specs 136+ (2cdc67c2c): the keys after netuid 0 outside immunity, `sort_by`
 * (emission descending; on equal emission Less iff registeredAt(b) < registeredAt(a),
 * else Equal), then `.last()`. The stable sort only asks `is_less(a, b)`, which
 * here is the strict weak order (emission desc, registeredAt desc), so `.last()`
 * is the greatest key in that order that comes last in storage order: a scan
 * keeping every candidate that is not less than the current one finds it.
 */
export function subnetToPruneSorted(k: i32, netuids: usize, emission: usize, registeredAt: usize,
  currentBlock: u64, immunity: u64): i32 {
  let best = -1;
  for (let j = 0; j < k; j++) {
    if (ldU16(netuids, j) == 0) continue; // iter_keys_from(hashed_key_for(0)): keys after root
    const reg = ldU64(registeredAt, j);
    if (immune(currentBlock, reg, immunity)) continue;
    if (best >= 0) {
      const e = ldU64(emission, j), be = ldU64(emission, best);
      const less = e > be || (e == be && reg > ldU64(registeredAt, best)); // is_less(candidate, best)
      if (less) continue;
    }
    best = j;
  }
  return best < 0 ? 0 : <i32>ldU16(netuids, best);
}

/**
 * Specs 133-135 (d8cff5a65): scan netuids 1 .. TotalNetworks - 1 (exclusive,
 * u16 wrapping: TotalNetworks 0 scans to 65534), reading EmissionValues and
 * NetworkRegisteredAt (0 for netuids not given). The running minimum starts at
 * 1, so only emission values 0 and 1 can be chosen; ties go to the later
 * netuid; a final minimum of 1 returns 0.
 */
export function subnetToPruneLinear(totalNetworks: u32, k: i32, netuids: usize, emission: usize, registeredAt: usize,
  currentBlock: u64, immunity: u64): i32 {
  const em = arenaAllocZeroed(65536 << 3);
  const rg = arenaAllocZeroed(65536 << 3);
  for (let j = 0; j < k; j++) {
    const u = <usize>ldU16(netuids, j);
    store<u64>(em + (u << 3), ldU64(emission, j));
    store<u64>(rg + (u << 3), ldU64(registeredAt, j));
  }
  const end = (totalNetworks - 1) & 0xffff;
  let minScore: u64 = 1;
  let uidWithMin: i32 = 1;
  for (let u: u32 = 1; u < end; u++) {
    const e = load<u64>(em + (<usize>u << 3));
    if (e > minScore) continue;
    if (immune(currentBlock, load<u64>(rg + (<usize>u << 3)), immunity)) continue; // only the immune minimum changes
    minScore = e;
    uidWithMin = <i32>u;
  }
  return minScore == 1 ? 0 : uidWithMin;
}
