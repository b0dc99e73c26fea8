// coinbase/run_coinbase.rs emit_to_subnets, step 3 (one subnet, one block):
// the alpha created for participants, minus the owner cut, split 50/50
// between miners and validators, with root's share taken from the
// validators' half (block_step.rs root_proportion). U96F32 throughout.
//
// Two different alpha issuances enter this step (pending.ts lists every read
// and write of the block in order):
// * alpha_created = get_block_emission_for_issuance(I0), computed by
//   get_subnet_terms (step 1) from the issuance at the start of the block,
//   I0 = SubnetAlphaIn + SubnetAlphaOut as the previous block left them;
// * root_proportion, called inside step 3, reads SubnetAlphaIn +
//   SubnetAlphaOut again, after inject_and_maybe_swap (step 2) added this
//   block's injected alpha to SubnetAlphaIn (its excess-TAO buy moves alpha
//   from SubnetAlphaIn to SubnetAlphaOut, leaving the sum unchanged) and after
//   step 3 itself minted alpha_created into SubnetAlphaOut:
//   I3 = I0 + alpha_injected + alpha_created.
import * as U from "../fixed/u96f32";
import { blockEmissionForIssuance } from "./block";
import { rootProportion } from "./rootprop";
import { satAdd } from "../fixed/u64sat";

const U64MAX: u64 = u64.MAX_VALUE;
const HALF_BITS: u64 = 1 << 31; // U96F32::from_num(0.5)

export let ownerCut: u64 = 0;
export let pendingServer: u64 = 0;
export let pendingValidator: u64 = 0;
export let rootAlpha: u64 = 0;
export let alphaCreated: u64 = 0;
/** I3: the alpha issuance root_proportion read in step 3 */
export let issuanceAtRootProportion: u64 = 0;

/**
 * One block's alpha-out split for a subnet. Inputs are the storage items:
 * the alpha issuance at the start of the block (I0), the alpha injected into
 * the pool this block (SubnetAlphaInEmission, written by
 * inject_and_maybe_swap before step 3), SubnetTAO of root, TaoWeight,
 * SubnetOwnerCut (u16) and whether the owner cut is enabled. Results land in
 * the exported globals (rao, each floored with saturating_to_num as the
 * chain accumulates them).
 */
export function alphaOutSplit(alphaIssuance: u64, alphaInjected: u64, rootTao: u64, taoWeight: u64, ownerCutU16: u64, ownerCutEnabled: bool): void {
  // get_subnet_terms: alpha_out_i from I0
  const alphaEmission = blockEmissionForIssuance(alphaIssuance);
  U.fromU64(alphaEmission);
  let oh = U.rh, ol = U.rl;
  // alpha_created = tou64!(alpha_out_i), minted into SubnetAlphaOut before anything below reads it
  alphaCreated = U.toU64Sat(oh, ol);
  issuanceAtRootProportion = satAdd(satAdd(alphaIssuance, alphaInjected), alphaCreated);
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
  rootProportion(issuanceAtRootProportion, rootTao, taoWeight);
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
