// The subnet owner's cut of pre-dTAO emission (SubnetOwnerCut / 65535,
// runtime default 11796, about 18%), in I96F32, and PendingEmission.
import * as W from "../fixed/wide";

/** owner's rao of the last call */
export let ownerPaid: u64 = 0;
/** the amount left after the cut (added to PendingEmission, or passed to the epoch) */
export let afterCut: u64 = 0;

/**
 * Specs <= 194, per block (block_step.rs generate_emission):
 * cut = I96F32(E).saturating_mul(I96F32(ownerCut)).saturating_div(I96F32(65535)),
 * owner gets cut.to_num(), pending grows by (I96F32(E) - cut).to_num().
 */
export function ownerCutPerBlock(e: u64, ownerCut: u32): void {
  // E * cut < 2^80: the I96F32 product is exact; the quotient keeps 32 fraction bits
  W.mulU64(e, <u64>ownerCut);
  const ph = W.hi, pl = W.lo;
  // cut bits = trunc(E * cut * 2^32 / 65535), at most 2^112: two-step long division
  const nh = (ph << 32) | (pl >> 32), nl = pl << 32;
  const qh = nh / 65535;
  const ql = W.divU128by64(nh - qh * 65535, nl, 65535);
  ownerPaid = (qh << 32) | (ql >> 32);
  // remaining = E << 32 minus the cut bits, floored to an integer
  const eh = e >> 32, el = e << 32;
  const rl = el - ql;
  const rh = eh - qh - (el < ql ? 1 : 0);
  afterCut = (rh << 32) | (rl >> 32);
}

/**
 * Specs 195-232, once at drain (coinbase/run_coinbase.rs): owner_cut =
 * I96F32(pending).saturating_mul(I96F32(ownerCut).saturating_div(I96F32(65535)));
 * the epoch gets pending.saturating_sub(owner_cut.to_num()).
 */
export function ownerCutAtDrain(pending: u64, ownerCut: u32): void {
  const frac: u64 = (<u64>ownerCut << 32) / 65535; // I96F32 bits of cut / 65535
  W.mulU64(pending, frac); // I96F32(pending) * frac: bits = pending * frac
  ownerPaid = (W.hi << 32) | (W.lo >> 32);
  afterCut = pending > ownerPaid ? pending - ownerPaid : 0;
}

/** PendingEmission += amount: wrapping `+=` before spec 153, saturating_accrue from 153 */
export function pendingAdd(pending: u64, amount: u64, saturating: bool): u64 {
  const r = pending + amount;
  return saturating && r < pending ? u64.MAX_VALUE : r;
}
