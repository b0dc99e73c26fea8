// coinbase/run_coinbase.rs distribute_emission for one subnet with one
// mechanism: the epoch's per-uid incentive and dividends
// become stake. Mirrors calculate_dividend_distribution (alpha vs root
// dividends by each hotkey's alpha and root stake) and
// distribute_dividends_and_incentives (owner hotkeys' incentive withheld,
// hotkey take), with the parent/child split of
// get_parent_child_dividends_distribution. Results go to u64 output buffers.
import * as U from "../fixed/u96f32";
import { ldU64, stU64, ldU8, ldU32 } from "../mem/view";
import { arenaAlloc, arenaAllocZeroed, atLeast1 } from "../mem/arena";
import { satAdd } from "../fixed/u64sat";

const MAXH: u64 = u64.MAX_VALUE;

export let withheldTotal: u64 = 0;
export let incentiveTotal: u64 = 0;
/** MinerBurned (U96F32 bits): withheld / total incentive */
export let minerBurnedHi: u64 = 0;
export let minerBurnedLo: u64 = 0;

/** U96F32 take fraction: take.safe_div(u16::MAX) */
function takeBits(take: u64): void {
  U.fromU64(take);
  const h = U.rh, l = U.rl;
  U.fromU64(65535);
  U.divChecked(h, l, U.rh, U.rl, MAXH);
  if (U.failed) { U.rh = 0; U.rl = 0; }
}

/**
 * Hotkeys 0..h-1: the first n are the subnet's uids (incentive and dividend
 * from the epoch), the rest are parents that hold no uid. Per hotkey: alpha
 * stake on the subnet, root stake, take (u32), childkey take (u32), owner
 * (coldkey id, u32). Edges (child u32, parent u32, proportion u64) are the
 * ParentKeys/ChildKeys of the subnet; a child may be any hotkey (a parent
 * lending to a hotkey without a uid still loses that share of its self
 * contribution). `minChildkeyTake` is get_effective_min_childkey_take:
 * max(MinChildkeyTake, MinChildkeyTakePerSubnet). Outputs per hotkey (u64): alpha
 * dividends, alpha take, root dividends, root take; per uid: incentive paid
 * and withheld. `ckBurned` totals what childkey burn recycled.
 */
export function distributeEpoch(
  n: i32, h: i32, incentive: usize, dividend: usize, alphaStake: usize, rootStake: usize, take: usize,
  childkeyTake: usize, owner: usize, ownerHotkey: usize, e: i32, edgeChild: usize, edgeParent: usize, edgeProp: usize, ckBurn: u64,
  minChildkeyTake: u32, pendingServer: u64, pendingValidator: u64, pendingRoot: u64, taoWeight: u64,
  outIncentive: usize, outWithheld: usize, outAlpha: usize, outAlphaTake: usize, outRoot: usize, outRootTake: usize,
): void {
  let incSum: u64 = 0;
  for (let i = 0; i < n; i++) incSum = satAdd(incSum, ldU64(incentive, i));
  // with no incentive at all, the miners' half goes to validators
  let validatorAlpha = pendingValidator;
  if (incSum == 0) validatorAlpha = satAdd(pendingValidator, pendingServer);
  ckBurned = 0;
  // get_tao_weight and get_ck_burn: raw / u64::MAX as U96F32
  ratioOfU64Max(taoWeight);
  const twh = U.rh, twl = U.rl;
  ratioOfU64Max(ckBurn);
  const cbh = U.rh, cbl = U.rl;
  const hh = atLeast1(h);
  // dividends per hotkey after the parent/child split (U96F32 pairs)
  const divs = arenaAllocZeroed(hh << 4);
  for (let c = 0; c < n; c++) {
    const d = ldU64(dividend, c);
    childDividends(c, d, h, alphaStake, rootStake, childkeyTake, minChildkeyTake, owner, e, edgeChild, edgeParent, edgeProp, twh, twl, cbh, cbl, divs);
  }
  // alpha vs root dividends by each hotkey's stake (calculate_dividend_distribution)
  const alphaDiv = arenaAlloc(hh << 4), rootDiv = arenaAlloc(hh << 4);
  let tah: u64 = 0, tal: u64 = 0, trh: u64 = 0, trl: u64 = 0;
  for (let i = 0; i < h; i++) {
    U.fromU64(ldU64(rootStake, i));
    U.mulSat(U.rh, U.rl, twh, twl, MAXH);
    const rah = U.rh, ral = U.rl;
    U.fromU64(ldU64(alphaStake, i));
    U.add(U.rh, U.rl, rah, ral);
    U.divChecked(rah, ral, U.rh, U.rl, MAXH);
    const ph = U.failed ? 0 : U.rh, pl = U.failed ? 0 : U.rl;
    const dh = ldU64(divs, 2 * i), dl = ldU64(divs, 2 * i + 1);
    U.mulSat(dh, dl, ph, pl, MAXH);
    const rdh = U.rh, rdl = U.rl;
    U.subSat(dh, dl, rdh, rdl);
    stU64(alphaDiv, 2 * i, U.rh); stU64(alphaDiv, 2 * i + 1, U.rl);
    stU64(rootDiv, 2 * i, rdh); stU64(rootDiv, 2 * i + 1, rdl);
    U.add(tah, tal, U.rh, U.rl); tah = U.rh; tal = U.rl;
    U.add(trh, trl, rdh, rdl); trh = U.rh; trl = U.rl;
  }
  withheldTotal = 0;
  incentiveTotal = incSum;
  for (let i = 0; i < n; i++) {
    // incentives: owner hotkeys' share is withheld (burned or recycled)
    const inc = ldU64(incentive, i);
    if (ldU8(ownerHotkey, i) != 0) {
      stU64(outIncentive, i, 0); stU64(outWithheld, i, inc);
      withheldTotal = satAdd(withheldTotal, inc);
    } else {
      stU64(outIncentive, i, inc); stU64(outWithheld, i, 0);
    }
  }
  for (let i = 0; i < h; i++) {
    takeBits(<u64>ldU32(take, i));
    const kh = U.rh, kl = U.rl;
    // alpha: pending validator alpha * (alpha_divs / total)
    U.divChecked(ldU64(alphaDiv, 2 * i), ldU64(alphaDiv, 2 * i + 1), tah, tal, MAXH);
    const sh = U.failed ? 0 : U.rh, sl = U.failed ? 0 : U.rl;
    U.fromU64(validatorAlpha);
    U.mulSat(U.rh, U.rl, sh, sl, MAXH);
    splitTake(U.rh, U.rl, kh, kl, outAlpha, outAlphaTake, i);
    // root: pending root alpha * (root_divs / total)
    U.divChecked(ldU64(rootDiv, 2 * i), ldU64(rootDiv, 2 * i + 1), trh, trl, MAXH);
    const qh = U.failed ? 0 : U.rh, ql = U.failed ? 0 : U.rl;
    U.fromU64(pendingRoot);
    U.mulSat(U.rh, U.rl, qh, ql, MAXH);
    splitTake(U.rh, U.rl, kh, kl, outRoot, outRootTake, i);
  }
  U.fromU64(withheldTotal);
  const wh = U.rh, wl = U.rl;
  U.fromU64(incSum);
  U.divChecked(wh, wl, U.rh, U.rl, MAXH);
  minerBurnedHi = U.failed ? 0 : U.rh;
  minerBurnedLo = U.failed ? 0 : U.rl;
}

export let ckBurned: u64 = 0;

/** raw.safe_div(u64::MAX) as U96F32 into (U.rh, U.rl) */
function ratioOfU64Max(raw: u64): void {
  U.fromU64(raw);
  const h = U.rh, l = U.rl;
  U.fromU64(MAXH);
  U.divChecked(h, l, U.rh, U.rl, MAXH);
  if (U.failed) { U.rh = 0; U.rl = 0; }
}

/** Adds a u64 amount (as U96F32) to a hotkey's dividends. */
@inline function addDiv(divs: usize, i: i32, amount: u64): void {
  U.fromU64(amount);
  U.add(ldU64(divs, 2 * i), ldU64(divs, 2 * i + 1), U.rh, U.rl);
  stU64(divs, 2 * i, U.rh); stU64(divs, 2 * i + 1, U.rl);
}

/**
 * run_coinbase.rs get_parent_child_dividends_distribution (with
 * get_self_contribution) for child hotkey c and its dividend d: parents get
 * d in proportion to the stake they lend (minus childkey burn and take when
 * a parent has another owner); the child keeps the rest and the takes.
 */
function childDividends(c: i32, d: u64, h: i32, alphaStake: usize, rootStake: usize, childkeyTake: usize, minChildkeyTake: u32, owner: usize,
  e: i32, edgeChild: usize, edgeParent: usize, edgeProp: usize, twh: u64, twl: u64, cbh: u64, cbl: u64, divs: usize): void {
  // self contribution (get_self_contribution): (alpha + root * tao_weight) * (1 - sum of the proportions in
  // ChildKeys[c], to every child, uid or not), floored to u64
  let remH: u64 = 0, remL: u64 = 1 << 32;
  for (let k = 0; k < e; k++) {
    if (<i32>ldU32(edgeParent, k) != c) continue;
    ratioOfU64Max(ldU64(edgeProp, k));
    U.subSat(remH, remL, U.rh, U.rl); remH = U.rh; remL = U.rl;
  }
  stakeShare(c, remH, remL, alphaStake, rootStake, twh, twl);
  U.fromU64(U.toU64Sat(U.rh, U.rl));
  let totH = U.rh, totL = U.rl;
  // parent contributions
  for (let k = 0; k < e; k++) {
    if (<i32>ldU32(edgeChild, k) != c) continue;
    const p = <i32>ldU32(edgeParent, k);
    contribution(p, ldU64(edgeProp, k), alphaStake, rootStake, twh, twl);
    U.add(totH, totL, U.rh, U.rl); totH = U.rh; totL = U.rl;
  }
  U.fromU64(d);
  const vh = U.rh, vl = U.rl;
  let remEH = vh, remEL = vl;
  let ctH: u64 = 0, ctL: u64 = 0;
  // get_childkey_take: ChildkeyTake.max(max(MinChildkeyTake, MinChildkeyTakePerSubnet))
  const stored = ldU32(childkeyTake, c);
  takeBits(<u64>(stored > minChildkeyTake ? stored : minChildkeyTake));
  const ckh = U.rh, ckl = U.rl;
  for (let k = 0; k < e; k++) {
    if (<i32>ldU32(edgeChild, k) != c) continue;
    const p = <i32>ldU32(edgeParent, k);
    contribution(p, ldU64(edgeProp, k), alphaStake, rootStake, twh, twl);
    U.divChecked(U.rh, U.rl, totH, totL, MAXH);
    const fh = U.failed ? 0 : U.rh, fl = U.failed ? 0 : U.rl;
    U.mulSat(vh, vl, fh, fl, MAXH);
    let peH = U.rh, peL = U.rl;
    U.subSat(remEH, remEL, peH, peL); remEH = U.rh; remEL = U.rl;
    if (ldU32(owner, p) != ldU32(owner, c)) {
      U.mulSat(cbh, cbl, peH, peL, MAXH);
      const bh = U.rh, bl = U.rl;
      U.mulSat(ckh, ckl, peH, peL, MAXH);
      const th = U.rh, tl = U.rl;
      U.subSat(peH, peL, bh, bl);
      U.subSat(U.rh, U.rl, th, tl);
      peH = U.rh; peL = U.rl;
      U.add(ctH, ctL, th, tl); ctH = U.rh; ctL = U.rl;
      ckBurned = satAdd(ckBurned, U.toU64Sat(bh, bl));
    }
    addDiv(divs, p, U.toU64Sat(peH, peL));
  }
  U.add(remEH, remEL, ctH, ctL);
  addDiv(divs, c, U.toU64Sat(U.rh, U.rl));
}

/** A parent's contribution through one edge: its stake share at proportion / u64::MAX. */
function contribution(p: i32, prop: u64, alphaStake: usize, rootStake: usize, twh: u64, twl: u64): void {
  ratioOfU64Max(prop);
  stakeShare(p, U.rh, U.rl, alphaStake, rootStake, twh, twl);
}

/**
 * alpha * f + root * f * tao_weight for hotkey i and fraction f, into (U.rh, U.rl):
 * the formula of both get_self_contribution and a parent's contribution.
 */
function stakeShare(i: i32, fh: u64, fl: u64, alphaStake: usize, rootStake: usize, twh: u64, twl: u64): void {
  U.fromU64(ldU64(rootStake, i));
  U.mulSat(U.rh, U.rl, fh, fl, MAXH);
  U.mulSat(U.rh, U.rl, twh, twl, MAXH);
  const rh2 = U.rh, rl2 = U.rl;
  U.fromU64(ldU64(alphaStake, i));
  U.mulSat(U.rh, U.rl, fh, fl, MAXH);
  U.add(U.rh, U.rl, rh2, rl2);
}

/** take = take_fraction * amount; the rest stays with the hotkey; both floored to u64. */
function splitTake(ah: u64, al: u64, kh: u64, kl: u64, outRest: usize, outTake: usize, i: i32): void {
  U.mulSat(kh, kl, ah, al, MAXH);
  const th = U.rh, tl = U.rl;
  U.subSat(ah, al, th, tl);
  stU64(outRest, i, U.toU64Sat(U.rh, U.rl));
  stU64(outTake, i, U.toU64Sat(th, tl));
}
