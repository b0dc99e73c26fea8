// How a block's TAO is shared among subnets and injected, per
// coinbase/subnet_emissions.rs get_shares (moving-price EMA shares, scaled
// by 1 - MinerBurned and renormalised) and get_subnet_block_emissions
// (subnets with emission disabled get 0, the rest renormalised), then
// run_coinbase.rs get_subnet_terms (TAO in, alpha in capped by root
// proportion, alpha out, excess TAO). Per-subnet buffers in, out.
import * as Q from "../fixed/u64f64";
import * as U from "../fixed/u96f32";
import { ldU64, stU64, ldU8 } from "../mem/view";
import { arenaAlloc, atLeast1 } from "../mem/arena";
import { blockEmissionForIssuance } from "./block";
import { rootProportion } from "./rootprop";

/** U64F64::saturating_from_num(I96F32 bits (hi: i64, lo)): 32 more fraction bits, negatives to 0 */
@inline function i96ToU64F64(h: i64, l: u64): void {
  if (h < 0) { Q.rh = 0; Q.rl = 0; return; }
  const uh = <u64>h;
  if ((uh >> 32) != 0) { Q.rh = u64.MAX_VALUE; Q.rl = u64.MAX_VALUE; return; }
  Q.rh = (uh << 32) | (l >> 32);
  Q.rl = l << 32;
}

/**
 * Per subnet k: mechanism (u8: 0 = stable, price 1), moving price (I96F32
 * bits at 2k (hi) and 2k+1 (lo)), MinerBurned (U96F32 bits, likewise),
 * emission enabled (u8). Writes each subnet's TAO emission for the block
 * as U96F32 bits (hi, lo) to `out`.
 */
export function subnetBlockEmissions(m: i32, mechanism: usize, movingPrice: usize, minerBurned: usize, enabled: usize, blockEmission: u64, out: usize): void {
  const mm = atLeast1(m);
  const price = arenaAlloc(mm << 4), share = arenaAlloc(mm << 4), weighted = arenaAlloc(mm << 4);
  let th: u64 = 0, tl: u64 = 0;
  for (let k = 0; k < m; k++) {
    if (ldU8(mechanism, k) == 0) { Q.rh = 1; Q.rl = 0; }
    else i96ToU64F64(<i64>ldU64(movingPrice, 2 * k), ldU64(movingPrice, 2 * k + 1));
    stU64(price, 2 * k, Q.rh); stU64(price, 2 * k + 1, Q.rl);
    Q.addSat(th, tl, Q.rh, Q.rl); th = Q.rh; tl = Q.rl;
  }
  // price shares, then weighted by 1 - min(MinerBurned, 1)
  let wh: u64 = 0, wl: u64 = 0;
  for (let k = 0; k < m; k++) {
    Q.divChecked(ldU64(price, 2 * k), ldU64(price, 2 * k + 1), th, tl);
    const sh = Q.failed ? 0 : Q.rh, sl = Q.failed ? 0 : Q.rl;
    stU64(share, 2 * k, sh); stU64(share, 2 * k + 1, sl);
    // U64F64::saturating_from_num(U96F32 bits): shift 32 fraction bits in
    const bh = ldU64(minerBurned, 2 * k), bl = ldU64(minerBurned, 2 * k + 1);
    let burnH: u64, burnL: u64;
    if ((bh >> 32) != 0) { burnH = u64.MAX_VALUE; burnL = u64.MAX_VALUE; } else { burnH = (bh << 32) | (bl >> 32); burnL = bl << 32; }
    if (Q.gt(burnH, burnL, Q.ONE_H, Q.ONE_L)) { burnH = Q.ONE_H; burnL = Q.ONE_L; }
    Q.subSat(Q.ONE_H, Q.ONE_L, burnH, burnL);
    Q.mulSat(sh, sl, Q.rh, Q.rl);
    stU64(weighted, 2 * k, Q.rh); stU64(weighted, 2 * k + 1, Q.rl);
    Q.addSat(wh, wl, Q.rh, Q.rl); wh = Q.rh; wl = Q.rl;
  }
  const useWeighted = wh != 0 || wl != 0;
  let eh: u64 = 0, el: u64 = 0;
  let anyDisabled = false;
  for (let k = 0; k < m; k++) {
    let sh: u64, sl: u64;
    if (useWeighted) {
      Q.divChecked(ldU64(weighted, 2 * k), ldU64(weighted, 2 * k + 1), wh, wl);
      sh = Q.failed ? 0 : Q.rh; sl = Q.failed ? 0 : Q.rl;
    } else { sh = ldU64(share, 2 * k); sl = ldU64(share, 2 * k + 1); }
    stU64(share, 2 * k, sh); stU64(share, 2 * k + 1, sl);
    if (ldU8(enabled, k) != 0) { Q.addSat(eh, el, sh, sl); eh = Q.rh; el = Q.rl; } else anyDisabled = true;
  }
  // U64F64::saturating_from_num(U96F32(block_emission)) = block_emission exactly
  for (let k = 0; k < m; k++) {
    let sh = ldU64(share, 2 * k), sl = ldU64(share, 2 * k + 1);
    if (anyDisabled) {
      if (ldU8(enabled, k) != 0 && (eh != 0 || el != 0)) {
        Q.divChecked(sh, sl, eh, el);
        sh = Q.failed ? 0 : Q.rh; sl = Q.failed ? 0 : Q.rl;
      } else { sh = 0; sl = 0; }
    }
    Q.mulSat(blockEmission, 0, sh, sl);
    // U96F32::saturating_from_num(U64F64): drop 32 fraction bits (floor)
    const h = Q.rh, l = Q.rl;
    stU64(out, 2 * k, h >> 32);
    stU64(out, 2 * k + 1, (h << 32) | (l >> 32));
  }
}

export let taoIn: u64 = 0;
export let taoInLo: u64 = 0;
export let alphaIn: u64 = 0;
export let alphaInLo: u64 = 0;
export let alphaOut: u64 = 0;
export let excessTao: u64 = 0;
export let excessTaoLo: u64 = 0;

/**
 * get_subnet_terms for one subnet: TAO emission (U96F32 bits), the pool's
 * current alpha price (U96F32 bits), alpha issuance, root TAO and TaoWeight.
 * Results: U96F32 bits of tao_in, alpha_in, excess_tao (hi, lo globals) and
 * alpha_out (u64 rao, a whole number).
 */
export function subnetTerms(teH: u64, teL: u64, priceH: u64, priceL: u64, alphaIssuance: u64, rootTao: u64, taoWeight: u64): void {
  const ae = blockEmissionForIssuance(alphaIssuance);
  // alpha_in = tao_emission / price (0 when the price is 0)
  U.divChecked(teH, teL, priceH, priceL, u64.MAX_VALUE);
  let aiH = U.failed ? 0 : U.rh, aiL = U.failed ? 0 : U.rl;
  let tiH = teH, tiL = teL;
  // root proportion cap: root_proportion * alpha_emission
  rootProportion(alphaIssuance, rootTao, taoWeight);
  const rph = U.rh, rpl = U.rl;
  U.fromU64(ae);
  U.mulSat(rph, rpl, U.rh, U.rl, u64.MAX_VALUE);
  const capH = U.rh, capL = U.rl;
  if (U.ge(aiH, aiL, capH, capL) && !(aiH == capH && aiL == capL)) {
    aiH = capH; aiL = capL;
    U.mulSat(aiH, aiL, priceH, priceL, u64.MAX_VALUE);
    tiH = U.rh; tiL = U.rl;
  }
  U.subSat(teH, teL, tiH, tiL);
  excessTao = U.rh; excessTaoLo = U.rl;
  taoIn = tiH; taoInLo = tiL;
  alphaIn = aiH; alphaInLo = aiL;
  alphaOut = ae;
}
