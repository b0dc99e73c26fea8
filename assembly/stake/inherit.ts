// Stake a hotkey counts on a subnet after childkey inheritance, for a batch of
// hotkeys laid out as CSR lists (children: proportions; parents: proportion
// and the parent's own stake). Three chain variants:
//
//   MODE_TAO_PER_CHILD (spec 195-232) mirrors `get_stake_for_hotkey_on_subnet`
//     of epoch/run_epoch.rs (e79b0999d .. 8f39a5832): each child's and each
//     parent's share is I96F32(stake) * (I96F32(p) / I96F32(u64::MAX)),
//     truncated to u64 per share, summed in u64 saturating; result
//     min(initial - to_children + from_parents, NetworkMaxStake).
//   MODE_I96_ACCUMULATE (spec 233-272) mirrors `get_inherited_for_hotkey_on_subnet`
//     / `get_tao_inherited_for_hotkey_on_subnet` of staking/stake_utils.rs at
//     e2b8367b8: shares accumulate in I96F32 (signed: initial - to_children may
//     go below zero), one saturating_to_num::<u64> at the end, no cap.
//   MODE_U96_ACCUMULATE (spec 273-425) the same functions in U96F32 (14bc6f9f):
//     the subtraction saturates at 0 before the parents' shares are added.
import * as U from "../fixed/u96f32";
import { satAdd } from "../fixed/u64sat";
import { ldU32, ldU64, stU64 } from "../mem/view";

export const MODE_TAO_PER_CHILD: i32 = 0;
export const MODE_I96_ACCUMULATE: i32 = 1;
export const MODE_U96_ACCUMULATE: i32 = 2;

const I64_MAX: u64 = 0x7fffffffffffffff;

// normalized proportion I96F32/U96F32(p) / (u64::MAX): quotient <= 1, never fails
let nh: u64 = 0;
let nl: u64 = 0;
function normalize(p: u64, maxHi: u64): void {
  U.fromU64(p);
  const ph = U.rh, pl = U.rl;
  U.fromU64(u64.MAX_VALUE);
  U.divChecked(ph, pl, U.rh, U.rl, maxHi);
  if (U.failed) { nh = 0; nl = 0; return; } // safe_div: 0 (unreachable: divisor is u64::MAX)
  nh = U.rh; nl = U.rl;
}

/** share = I96F32/U96F32(stake) * normalized(p), into U.rh/U.rl */
function share(stake: u64, p: u64, maxHi: u64): void {
  normalize(p, maxHi);
  U.fromU64(stake);
  U.mulSat(U.rh, U.rl, nh, nl, maxHi);
}

// saturating accumulate into (ah, al)
let ah: u64 = 0;
let al: u64 = 0;
function accumulate(maxHi: u64): void {
  const bh = U.rh, bl = U.rl;
  U.add(ah, al, bh, bl);
  if (U.rh > maxHi || U.rh < ah) { ah = maxHi; al = u64.MAX_VALUE; return; }
  ah = U.rh; al = U.rl;
}

/**
 * For each hotkey k in 0..n-1: initial[k] (u64), its children's proportions
 * childProp[childOff[k] .. childOff[k+1]) and its parents' proportions and
 * stakes parentProp/parentStake[parentOff[k] .. parentOff[k+1]) (offsets u32,
 * n + 1 entries). Writes out[k] (u64). `maxStake` is NetworkMaxStake (MODE_TAO_PER_CHILD only).
 */
export function stakeInherit(mode: i32, n: i32, initial: usize, childOff: usize, childProp: usize,
  parentOff: usize, parentProp: usize, parentStake: usize, out: usize, maxStake: u64): void {
  for (let k = 0; k < n; k++) {
    const init = ldU64(initial, k);
    const c0 = <i32>ldU32(childOff, k), c1 = <i32>ldU32(childOff, k + 1);
    const p0 = <i32>ldU32(parentOff, k), p1 = <i32>ldU32(parentOff, k + 1);
    if (mode == MODE_TAO_PER_CHILD) {
      let toChildren: u64 = 0, fromParents: u64 = 0;
      for (let c = c0; c < c1; c++) {
        share(init, ldU64(childProp, c), I64_MAX);
        toChildren = satAdd(toChildren, U.toU64Sat(U.rh, U.rl));
      }
      for (let p = p0; p < p1; p++) {
        share(ldU64(parentStake, p), ldU64(parentProp, p), I64_MAX);
        fromParents = satAdd(fromParents, U.toU64Sat(U.rh, U.rl));
      }
      let s = satAdd(init > toChildren ? init - toChildren : 0, fromParents);
      stU64(out, k, s < maxStake ? s : maxStake);
      continue;
    }
    const maxHi = mode == MODE_I96_ACCUMULATE ? I64_MAX : u64.MAX_VALUE;
    ah = 0; al = 0;
    for (let c = c0; c < c1; c++) { share(init, ldU64(childProp, c), maxHi); accumulate(maxHi); }
    const tch = ah, tcl = al;
    ah = 0; al = 0;
    for (let p = p0; p < p1; p++) { share(ldU64(parentStake, p), ldU64(parentProp, p), maxHi); accumulate(maxHi); }
    const fph = ah, fpl = al;
    U.fromU64(init);
    const ih = U.rh, il = U.rl;
    if (U.ge(ih, il, tch, tcl)) {
      // initial - to_children >= 0 in both types; then + from_parents (saturating)
      U.subSat(ih, il, tch, tcl);
      ah = U.rh; al = U.rl;
      U.rh = fph; U.rl = fpl;
      accumulate(maxHi);
      stU64(out, k, U.toU64Sat(ah, al));
    } else if (mode == MODE_U96_ACCUMULATE) {
      // U96F32 saturating_sub clamps at 0
      stU64(out, k, U.toU64Sat(fph, fpl));
    } else {
      // I96F32: negative (initial - to_children) + from_parents; negative -> 0
      U.subSat(tch, tcl, ih, il); // deficit = to_children - initial
      U.subSat(fph, fpl, U.rh, U.rl);
      stU64(out, k, U.toU64Sat(U.rh, U.rl));
    }
  }
}
