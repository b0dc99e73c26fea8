// Registration economics: coinbase/root.rs get_network_lock_cost (with
// get_lock_reduction_interval) and subnets/registration.rs get_neuron_to_prune.
import * as Q from "../fixed/i64f64";
import { blockEmissionForIssuance } from "./block";
import { ldU64, ldU8 } from "../mem/view";
import { satMul } from "../fixed/u64sat";

/** get_lock_reduction_interval: NetworkLockReductionInterval scaled by block emission / 1e9 (I64F64). */
export function lockReductionInterval(interval: u64, totalIssuance: u64): u64 {
  Q.fromU64Sat(interval);
  const ih = Q.rh, il = Q.rl;
  Q.fromU64Sat(blockEmissionForIssuance(totalIssuance));
  const bh = Q.rh, bl = Q.rl;
  Q.fromU64Sat(1_000_000_000);
  Q.divChecked(bh, bl, Q.rh, Q.rl);
  const hh: i64 = Q.failed ? 0 : Q.rh, hl: u64 = Q.failed ? 0 : Q.rl;
  Q.mulSat(ih, il, hh, hl);
  return Q.toU64Sat(Q.rh, Q.rl);
}

/** get_network_lock_cost: last lock doubled, decaying linearly, floored at the minimum. */
export function networkLockCost(lastLock: u64, minLock: u64, lastLockBlock: u64, currentBlock: u64, reductionInterval: u64): u64 {
  const mult: u64 = lastLockBlock == 0 ? 1 : 2;
  const perBlock: u64 = reductionInterval == 0 ? 0 : lastLock / reductionInterval; // safe_div
  const elapsed: u64 = currentBlock > lastLockBlock ? currentBlock - lastLockBlock : 0;
  const decay = satMul(perBlock, elapsed);
  const doubled = satMul(lastLock, mult);
  let cost: u64 = doubled > decay ? doubled - decay : 0;
  if (cost < minLock) cost = minLock;
  return cost;
}

/**
 * get_neuron_to_prune over flat buffers: emission u64[n], blockAtRegistration
 * u64[n], immortal u8[n] (owner hotkeys kept forever). Immunity is
 * `current - registered < immunityPeriod`. Returns the uid, or -1 for None.
 */
export function neuronToPrune(n: i32, emission: usize, blockAtReg: usize, immortal: usize,
  currentBlock: u64, immunityPeriod: u64, minNonImmune: u32): i32 {
  if (n == 0) return -1;
  let free: u32 = 0;
  let bestFree = -1, bestImmune = -1;
  for (let uid = 0; uid < n; uid++) {
    if (ldU8(immortal, uid) != 0) continue;
    const reg = ldU64(blockAtReg, uid);
    const age: u64 = currentBlock > reg ? currentBlock - reg : 0;
    const immune = age < immunityPeriod;
    if (immune) {
      if (better(uid, bestImmune, emission, blockAtReg)) bestImmune = uid;
    } else {
      free++;
      if (better(uid, bestFree, emission, blockAtReg)) bestFree = uid;
    }
  }
  if (bestFree < 0 && bestImmune < 0) return -1;
  if (free > minNonImmune && bestFree >= 0) return bestFree;
  return bestImmune;
}

/** Lowest emission, then earliest registration, then lowest uid. */
@inline function better(uid: i32, best: i32, emission: usize, blockAtReg: usize): bool {
  if (best < 0) return true;
  const e = ldU64(emission, uid), be = ldU64(emission, best);
  if (e != be) return e < be;
  const r = ldU64(blockAtReg, uid), br = ldU64(blockAtReg, best);
  if (r != br) return r < br;
  return uid < best;
}
