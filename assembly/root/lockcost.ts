// root.rs get_network_lock_cost (specs 133-232): the last lock doubled
// (1x before any registration), minus (lastLock / interval) per block since,
// u64 saturating, floored at the minimum. `saturating_div` by an interval of
// 0 panics: reported through `lockCostPanicked`.
import { satMul } from "../fixed/u64sat";

export let lockCostPanicked = false;

export function rootNetworkLockCost(lastLock: u64, minLock: u64, lastLockBlock: u64, currentBlock: u64, interval: u64): u64 {
  lockCostPanicked = interval == 0;
  if (lockCostPanicked) return 0;
  const mult: u64 = lastLockBlock == 0 ? 1 : 2;
  const elapsed: u64 = currentBlock > lastLockBlock ? currentBlock - lastLockBlock : 0;
  const decay = satMul(lastLock / interval, elapsed);
  const doubled = satMul(lastLock, mult);
  const cost: u64 = doubled > decay ? doubled - decay : 0;
  return cost < minLock ? minLock : cost;
}
