// coinbase/root.rs get_network_to_prune (spec 425, 14bc6f9f): among added
// subnets other than root and outside immunity (current_block <
// registered_at.saturating_add(NetworkImmunityPeriod) is immune), the lowest
// moving price; on equal price the earliest registration; on a full tie the
// first in NetworksAdded order. Inputs (arena) in that order: netuids u16[k],
// registeredAt u64[k], mechanism u16[k], moving price I96F32 (lo u64, hi i64)[k].
// Returns the netuid, or -1 for None.
import { ldU16, ldU64 } from "../mem/view";

export function networkToPrune(k: i32, netuids: usize, registeredAt: usize, mechanism: usize, price: usize,
  currentBlock: u64, immunity: u64): i32 {
  let cand = -1;
  // U64F64::saturating_from_num(u128::MAX) and u64::MAX
  let cH: u64 = u64.MAX_VALUE, cL: u64 = u64.MAX_VALUE, cTs: u64 = u64.MAX_VALUE;
  for (let j = 0; j < k; j++) {
    const netuid = ldU16(netuids, j);
    if (netuid == 0) continue;
    const reg = ldU64(registeredAt, j);
    const until = reg + immunity < reg ? u64.MAX_VALUE : reg + immunity;
    if (currentBlock < until) continue;
    // get_moving_alpha_price: 1.0 for a stable mechanism (0), else
    // U64F64::saturating_from_num(SubnetMovingPrice: I96F32)
    let pH: u64, pL: u64;
    if (ldU16(mechanism, j) == 0) { pH = 1; pL = 0; }
    else {
      const l = load<u64>(price + (<usize>j << 4));
      const h = load<i64>(price + (<usize>j << 4) + 8);
      if (h < 0) { pH = 0; pL = 0; }
      else if ((<u64>h >> 32) != 0) { pH = u64.MAX_VALUE; pL = u64.MAX_VALUE; }
      else { pH = (<u64>h << 32) | (l >> 32); pL = l << 32; }
    }
    const lt = pH < cH || (pH == cH && pL < cL);
    const eq = pH == cH && pL == cL;
    if (lt || (eq && reg < cTs)) {
      cand = <i32>netuid; cH = pH; cL = pL; cTs = reg;
    }
  }
  return cand;
}
