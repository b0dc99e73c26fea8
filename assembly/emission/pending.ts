// The per-block loop of one subnet between two epochs: run_coinbase's
// emit_to_subnets, block after block, accumulating the Pending* items
// (coinbase/run_coinbase.rs at 14bc6f9f, spec 425). The alpha issuance
// I = SubnetAlphaIn + SubnetAlphaOut (get_alpha_issuance; not the alpha-assets
// pallet's TotalAlphaIssuance) is carried from block to block exactly where
// the chain writes it.
//
// Reads (R) and writes (W) of one block, in the chain's order. "prev" means
// the value the previous block (or an extrinsic in between) left.
//
// block_step (block_step.rs)
//   2. get_block_emission                R TotalIssuance (prev), TotalSupply -> mint_tao (the credit)
//   4. run_coinbase                      (below)
//   5. update_moving_prices              W SubnetMovingPrice   -> read by the NEXT block's shares and root sell flag
//   6. update_root_prop                  W RootProp            <- root_proportion after this block's inject, mint and recycle
//   7. try_set_pending_children          W ChildKeys/ParentKeys -> only after this block's distribution: an epoch
//                                          block pays out over the edges that were in force before it
// run_coinbase
//   0. SubnetRootSellTao::clear          W SubnetRootSellTao
//   1. get_all_subnet_netuids            R NetworksAdded
//   2. get_subnets_to_emit_to            R FirstEmissionBlockNumber, SubtokenEnabled, NetworkRegistrationAllowed
//   3. get_subnet_block_emissions        R SubnetMechanism, SubnetMovingPrice (prev: step 5 of the previous block),
//                                          MinerBurned (prev: this subnet's last distribution), SubnetEmissionEnabled
//      get_network_root_sell_flag        R SubnetMovingPrice (prev)
//   4. emit_to_subnets
//      4.1 get_subnet_terms, per subnet  R SubnetAlphaIn + SubnetAlphaOut = I0 (prev) -> alpha_out = E(I0)
//                                        R pool reserves SubnetTAO, SubnetAlphaIn, SwapBalancer (prev) -> price
//                                        R root_proportion(I0): I0, SubnetTAO[root] (prev), TaoWeight
//                                          -> alpha_in = min(tao_emission / price, root_proportion(I0) * E(I0))
//                                        (all subnets' terms are computed before any injection below)
//      4.2 inject_and_maybe_swap, per subnet
//          adjust_protocol_liquidity     R SubnetTAO, SubnetAlphaIn (prev), SwapBalancer; W SwapBalancer
//          W SubnetExcessTao := 0, SubnetTaoInEmission := 0
//          swap_tao_for_alpha (excess)   R the pool with the balancer of 4.2 but the reserves of before this
//                                          block's injection; W SubnetAlphaIn -= out, SubnetAlphaOut += out
//                                          (I unchanged), SubnetTAO += in, SubnetProtocolAlpha, SubnetExcessTao,
//                                          SubnetProtocolFlow (record_protocol_inflow)
//          W SubnetAlphaInEmission := alpha_injected (tou64 of 4.1's alpha_in, or 0 if the pool refused it)
//          W SubnetAlphaIn += alpha_injected                      -> I = I0 + alpha_injected
//          W SubnetTaoInEmission, SubnetTAO[netuid] += tao_in, TotalStake, SubnetProtocolFlow
//            (never SubnetTAO[root], so every subnet's step 3 reads the same root TAO)
//      4.3 step 3, per subnet            R SubnetOwnerCut (once, before the loop)
//          alpha_created = tou64(4.1's alpha_out)
//          W SubnetAlphaOutEmission := alpha_created
//          W SubnetAlphaOut += alpha_created                      -> I3 = I0 + alpha_injected + alpha_created
//          R owner cut enabled; W PendingOwnerCut +=
//          R root_proportion(I3): SubnetAlphaIn (4.2) + SubnetAlphaOut (4.2, 4.3), SubnetTAO[root] (prev), TaoWeight
//          W PendingServerEmission +=, PendingValidatorEmission +=
//          root sell: W PendingRootAlphaDivs += root_alpha
//          else recycle_subnet_alpha: W SubnetAlphaOut -= root_alpha (after the read above: seen from the next block)
//   5. drain_pending                     R Tempo, PendingEpochAt, LastEpochBlock, BlocksSinceLastStep;
//                                        R Pending* (including 4.3 of this very block) and W them to 0;
//                                        change_subnet_owner_if_needed: R SubnetAlphaOut (with 4.3's mint), conviction;
//                                          may W SubnetOwner/SubnetOwnerHotkey and register the new owner's hotkey
//                                          (a uid) before step 6's epoch and owner cut read them
//   6. distribute_emission               R TaoWeight; the epoch reads stakes, weights, bonds (prev);
//                                        per hotkey: R CKBurn, ChildkeyTake, MinChildkeyTake, MinChildkeyTakePerSubnet,
//                                        Owner, ChildKeys (get_self_contribution), ParentKeys, TotalHotkeyAlpha and root
//                                        stake of hotkey and parents (prev: no stake is written before all are read);
//                                        W SubnetAlphaOut -= childkey burn; then the owner cut, incentives (withheld:
//                                        burn, or recycle W SubnetAlphaOut -=), W MinerBurned, stakes, dividends.
//
// So: the injection cap of 4.1 sees I0, step 3's root proportion sees I3, and
// the next block starts from I0 + alpha_injected + alpha_created (- root_alpha
// when it was recycled). With the epoch at LastEpochBlock + tempo (should_run_epoch),
// an epoch drains the `tempo` blocks after the previous epoch block, its own included.
import { alphaOutSplit, pendingServer, pendingValidator, rootAlpha, ownerCut, alphaCreated } from "./split";
import { subnetTerms, alphaIn, alphaInLo } from "./shares";
import { satAdd } from "../fixed/u64sat";
import * as U from "../fixed/u96f32";

export let accServer: u64 = 0;
export let accValidator: u64 = 0;
export let accRoot: u64 = 0;
export let accOwnerCut: u64 = 0;
export let accRecycledRoot: u64 = 0;
export let accAlphaIssuance: u64 = 0;
/** alpha injected into the pool over the blocks (sum of SubnetAlphaInEmission) */
export let accAlphaInjected: u64 = 0;

/**
 * `blocks` consecutive blocks of emit_to_subnets for one subnet from alpha
 * issuance I0, accumulating the Pending* items as the chain does (each
 * block's amounts floored to u64 before adding). The alpha injected per block
 * is either `alphaInPerBlock` (a stored SubnetAlphaInEmission) or, with
 * `terms`, get_subnet_terms' alpha in for the block's own start issuance,
 * from the subnet's TAO emission and pool price (U96F32 bits, held constant).
 */
export function accumulatePending(alphaIssuance: u64, alphaInPerBlock: u64, terms: bool, teH: u64, teL: u64, priceH: u64, priceL: u64,
  blocks: u32, rootTao: u64, taoWeight: u64, ownerCutU16: u64, ownerCutEnabled: bool, rootSell: bool): void {
  accServer = 0; accValidator = 0; accRoot = 0; accOwnerCut = 0; accRecycledRoot = 0; accAlphaInjected = 0;
  let issuance = alphaIssuance;
  for (let b: u32 = 0; b < blocks; b++) {
    // 4.1: the injection reads the issuance at the start of the block
    let injected = alphaInPerBlock;
    if (terms) {
      subnetTerms(teH, teL, priceH, priceL, issuance, rootTao, taoWeight);
      injected = U.toU64Sat(alphaIn, alphaInLo);
    }
    // 4.2 + 4.3: step 3 reads issuance + injected + created
    alphaOutSplit(issuance, injected, rootTao, taoWeight, ownerCutU16, ownerCutEnabled);
    accServer = satAdd(accServer, pendingServer);
    accValidator = satAdd(accValidator, pendingValidator);
    accOwnerCut = satAdd(accOwnerCut, ownerCut);
    accAlphaInjected = satAdd(accAlphaInjected, injected);
    issuance = satAdd(satAdd(issuance, injected), alphaCreated);
    if (rootSell) {
      accRoot = satAdd(accRoot, rootAlpha);
    } else {
      accRecycledRoot = satAdd(accRecycledRoot, rootAlpha);
      issuance = issuance > rootAlpha ? issuance - rootAlpha : 0;
    }
  }
  accAlphaIssuance = issuance;
}
