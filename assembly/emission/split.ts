// coinbase/run_coinbase.rs emit_to_subnets, step 3 (one subnet, one block):
// the alpha created for participants, minus the owner cut, split 50/50
// between miners and validators, with root's share taken from the
// validators' half (block_step.rs root_proportion). U96F32 throughout.
import * as U from "../fixed/u96f32";
import { blockEmissionForIssuance } from "./block";
import { satAdd } from "../fixed/u64sat";

const U64MAX: u64 = u64.MAX_VALUE;
const HALF_BITS: u64 = 1 << 31; // U96F32::from_num(0.5)

/**
 * block_step.rs root_proportion into (U.rh, U.rl): tao_weight / (tao_weight +
 * alpha_issuance) with tao_weight = root_tao * get_tao_weight(); 0 on failure.
 */
export function rootProportion(alphaIssuance: u64, rootTao: u64, taoWeight: u64): void {
  U.fromU64(taoWeight);
  const twh = U.rh, twl = U.rl;
  U.fromU64(U64MAX);
  U.divChecked(twh, twl, U.rh, U.rl, U64MAX); // get_tao_weight: safe_div by u64::MAX
  const gh = U.failed ? 0 : U.rh, gl = U.failed ? 0 : U.rl;
  U.fromU64(rootTao);
  U.mulSat(U.rh, U.rl, gh, gl, U64MAX);
  const wh = U.rh, wl = U.rl;
  U.fromU64(alphaIssuance);
  U.add(wh, wl, U.rh, U.rl); // saturating_add: cannot overflow U96F32 from two u64-sized values
  U.divChecked(wh, wl, U.rh, U.rl, U64MAX);
  if (U.failed) { U.rh = 0; U.rl = 0; }
}

export let ownerCut: u64 = 0;
export let pendingServer: u64 = 0;
export let pendingValidator: u64 = 0;
export let rootAlpha: u64 = 0;
export let alphaCreated: u64 = 0;

/**
 * One block's alpha-out split for a subnet. Inputs are the storage items:
 * alpha issuance, SubnetTAO of root, TaoWeight, SubnetOwnerCut (u16) and
 * whether the owner cut is enabled. Results land in the exported globals
 * (rao, each floored with saturating_to_num as the chain accumulates them).
 */
export function alphaOutSplit(alphaIssuance: u64, rootTao: u64, taoWeight: u64, ownerCutU16: u64, ownerCutEnabled: bool): void {
  const alphaEmission = blockEmissionForIssuance(alphaIssuance);
  U.fromU64(alphaEmission);
  let oh = U.rh, ol = U.rl;
  alphaCreated = U.toU64Sat(oh, ol);
  ownerCut = 0;
  if (ownerCutEnabled) {
    // cut_percent = U96F32(SubnetOwnerCut).safe_div(U96F32(u16::MAX))
    U.fromU64(ownerCutU16);
    const ch = U.rh, cl = U.rl;
    U.fromU64(65535);
    U.divChecked(ch, cl, U.rh, U.rl, U64MAX);
    const ph = U.failed ? 0 : U.rh, pl = U.failed ? 0 : U.rl;
    U.mulSat(oh, ol, ph, pl, U64MAX);
    const cutH = U.rh, cutL = U.rl;
    U.subSat(oh, ol, cutH, cutL);
    oh = U.rh; ol = U.rl;
    ownerCut = U.toU64Sat(cutH, cutL);
  }
  rootProportion(alphaIssuance, rootTao, taoWeight);
  const rph = U.rh, rpl = U.rl;
  // root_alpha = root_proportion * alpha_out * 0.5
  U.mulSat(rph, rpl, oh, ol, U64MAX);
  U.mulSat(U.rh, U.rl, 0, HALF_BITS, U64MAX);
  const rah = U.rh, ral = U.rl;
  // server = alpha_out * 0.5; validator = (alpha_out - server) - root_alpha
  U.mulSat(oh, ol, 0, HALF_BITS, U64MAX);
  const sh = U.rh, sl = U.rl;
  U.subSat(oh, ol, sh, sl);
  U.subSat(U.rh, U.rl, rah, ral);
  pendingValidator = U.toU64Sat(U.rh, U.rl);
  pendingServer = U.toU64Sat(sh, sl);
  rootAlpha = U.toU64Sat(rah, ral);
}

export let accServer: u64 = 0;
export let accValidator: u64 = 0;
export let accRoot: u64 = 0;
export let accOwnerCut: u64 = 0;
export let accRecycledRoot: u64 = 0;
export let accAlphaIssuance: u64 = 0;

/**
 * `blocks` consecutive blocks of emit_to_subnets step 3 for one subnet,
 * accumulating the Pending* items as the chain does (each block's amounts
 * floored to u64 before adding). Alpha issuance grows by the alpha created
 * and `alphaInPerBlock` (the pool injection, an input here) and shrinks by
 * the root alpha that is recycled when root selling is off.
 */
export function accumulatePending(alphaIssuance: u64, alphaInPerBlock: u64, blocks: u32, rootTao: u64, taoWeight: u64,
  ownerCutU16: u64, ownerCutEnabled: bool, rootSell: bool): void {
  accServer = 0; accValidator = 0; accRoot = 0; accOwnerCut = 0; accRecycledRoot = 0;
  let issuance = alphaIssuance;
  for (let b: u32 = 0; b < blocks; b++) {
    alphaOutSplit(issuance, rootTao, taoWeight, ownerCutU16, ownerCutEnabled);
    accServer = satAdd(accServer, pendingServer);
    accValidator = satAdd(accValidator, pendingValidator);
    accOwnerCut = satAdd(accOwnerCut, ownerCut);
    issuance = satAdd(satAdd(issuance, alphaCreated), alphaInPerBlock);
    if (rootSell) {
      accRoot = satAdd(accRoot, rootAlpha);
    } else {
      accRecycledRoot = satAdd(accRecycledRoot, rootAlpha);
      issuance = issuance > rootAlpha ? issuance - rootAlpha : 0;
    }
  }
  accAlphaIssuance = issuance;
}
