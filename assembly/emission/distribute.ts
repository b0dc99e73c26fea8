// coinbase/run_coinbase.rs distribute_emission for one subnet with one
// mechanism and no childkeys: the epoch's per-uid incentive and dividends
// become stake. Mirrors calculate_dividend_distribution (alpha vs root
// dividends by each hotkey's alpha and root stake) and
// distribute_dividends_and_incentives (owner hotkeys' incentive withheld,
// hotkey take). Per-uid results go to u64 output buffers.
import * as U from "../fixed/u96f32";
import { ldU64, stU64, ldU8, ldU32 } from "../mem/view";
import { arenaAlloc, atLeast1 } from "../mem/arena";

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
 * Inputs per uid: incentive (server emission) and dividend (validator
 * emission) from the epoch, alpha stake on the subnet and root stake of the
 * hotkey, its take (u16 as u32) and whether it is an owner hotkey.
 * Outputs per uid (u64): incentive paid, incentive withheld, alpha
 * dividends to the hotkey, alpha take to its owner, root alpha dividends
 * (claimable), root take.
 */
export function distributeEpoch(
  n: i32, incentive: usize, dividend: usize, alphaStake: usize, rootStake: usize, take: usize, ownerHotkey: usize,
  pendingServer: u64, pendingValidator: u64, pendingRoot: u64, taoWeight: u64,
  outIncentive: usize, outWithheld: usize, outAlpha: usize, outAlphaTake: usize, outRoot: usize, outRootTake: usize,
): void {
  let incSum: u64 = 0;
  for (let i = 0; i < n; i++) { const v = ldU64(incentive, i); const s = incSum + v; incSum = s < incSum ? MAXH : s; }
  // with no incentive at all, the miners' half goes to validators
  let validatorAlpha = pendingValidator;
  if (incSum == 0) { const s = pendingValidator + pendingServer; validatorAlpha = s < pendingValidator ? MAXH : s; }
  // get_tao_weight
  U.fromU64(taoWeight);
  const th = U.rh, tl = U.rl;
  U.fromU64(MAXH);
  U.divChecked(th, tl, U.rh, U.rl, MAXH);
  const twh = U.failed ? 0 : U.rh, twl = U.failed ? 0 : U.rl;
  // per hotkey alpha / root dividends (U96F32, kept as (hi, lo) pairs)
  const nn = atLeast1(n);
  const alphaDiv = arenaAlloc(nn << 4), rootDiv = arenaAlloc(nn << 4);
  let tah: u64 = 0, tal: u64 = 0, trh: u64 = 0, trl: u64 = 0;
  for (let i = 0; i < n; i++) {
    U.fromU64(ldU64(rootStake, i));
    U.mulSat(U.rh, U.rl, twh, twl, MAXH);
    const rah = U.rh, ral = U.rl;
    U.fromU64(ldU64(alphaStake, i));
    U.add(U.rh, U.rl, rah, ral);
    U.divChecked(rah, ral, U.rh, U.rl, MAXH);
    const ph = U.failed ? 0 : U.rh, pl = U.failed ? 0 : U.rl;
    U.fromU64(ldU64(dividend, i));
    const dh = U.rh, dl = U.rl;
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
      const s = withheldTotal + inc; withheldTotal = s < withheldTotal ? MAXH : s;
    } else {
      stU64(outIncentive, i, inc); stU64(outWithheld, i, 0);
    }
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

/** take = take_fraction * amount; the rest stays with the hotkey; both floored to u64. */
function splitTake(ah: u64, al: u64, kh: u64, kl: u64, outRest: usize, outTake: usize, i: i32): void {
  U.mulSat(kh, kl, ah, al, MAXH);
  const th = U.rh, tl = U.rl;
  U.subSat(ah, al, th, tl);
  stU64(outRest, i, U.toU64Sat(U.rh, U.rl));
  stU64(outTake, i, U.toU64Sat(th, tl));
}
