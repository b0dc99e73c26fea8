// How a runtime version is read from storage. Which fields a version's epoch
// reads and what it writes come from the engine's versions table
// (src/snapshot/versions.ts); this adds only what is about storage: the stake
// getter, where the distributed amount is pending, the epoch block rule and
// LoadedEmission (history-variants.md sections 1, 3, 5 and 8).
import { inheritModeFor, type InheritMode } from "../stake/inherit.js";
import { fieldsFor, switchesFor, SUPPORTED_SPECS } from "../snapshot/versions.js";
import type { CommitRulesByBlock } from "./commitBlocksByBlock.js";

export interface ChainLayout {
  specVersion: number;
  /** how the per-uid stake is read: `stake` from TotalHotkeyStake (< 233, inherited from 195), or alphaStake + taoStake (>= 233) */
  stake: "tao" | "alpha-and-root";
  /** childkey inheritance getter, undefined before 195 */
  inherit: InheritMode | undefined;
  /** snapshot fields this version's epoch reads, in output order */
  fields: readonly string[];
  /** where raoEmission comes from (section 8) */
  emission: "pending-emission" | "pending-alpha-swapped" | "pending-root-alpha" | "pending-server-validator-root";
  /** raoEmission includes the epoch block's own emission, derived exactly (epochBlockEmission.ts; the 421+ coinbase) */
  emissionAtEpochBlock: boolean;
  /** epoch block rule: `blocks_until_next_epoch` (< 423) or the stored schedule `LastEpochBlock` (>= 423) */
  epochRule: "blocks-until-next-epoch" | "last-epoch-block";
  /** commitBlocks can be derived from storage (WeightCommits / TimelockedWeightCommits by SubnetEpochIndex): the spec-425 layout only */
  readsCommitBlocks: boolean;
  /**
   * commit reveal with expiry by block (297-422, src/chain/commitBlocksByBlock.ts): the map of
   * timelocked commits the epoch reads (CRV3WeightCommitsV2 297-305, TimelockedWeightCommits
   * from 306, 737e4acb1), which uid a hotkey held twice in Keys resolves to ("first" in Keys
   * order 297-319, "last" from 320, 835a2c902) and the reveal_crv3_commits rule of the epoch
   * block (297-305 or 306+); undefined outside 297-422
   */
  commitsByBlock: CommitRulesByBlock | undefined;
  /** MechanismCountCurrent exists (>= 320, 835a2c902): the reader reads mechanism 0 and refuses a subnet with several */
  mechanisms: boolean;
  /** the epoch does not run when Keys holds a hotkey twice (>= 334, is_epoch_input_state_consistent at 6218ecc5c) */
  skipsEpochOnDuplicateKeys: boolean;
  /** outputs the epoch writes, for --verify */
  writesRankTrustPruning: boolean;
  writesStakeWeight: boolean;
  /** per-hotkey (server, validator) emission stored in LoadedEmission */
  writesLoadedEmission: boolean;
}

const ORDER_ERAS = [
  "specVersion",
  "netuid",
  "n",
  "currentBlock",
  "tempo",
  "activityCutoff",
  "raoEmission",
  "kappa",
  "bondsMovingAverage",
  "bondsPenalty",
  "liquidAlphaEnabled",
  "alphaLow",
  "alphaHigh",
  "alphaSigmoidSteepness",
  "yuma3Enabled",
  "maxAllowedValidators",
  "stakeThreshold",
  "ownerUid",
  "stake",
  "alphaStake",
  "taoStake",
  "taoWeight",
  "lastUpdate",
  "blockAtRegistration",
  "validatorPermit",
  "commitRevealEnabled",
  "commitBlocks",
  "weights",
  "bonds",
] as const;

// HEAD (>= 423) order, as the spec-425 fixtures (fixtures/*.json) give it, with specVersion first
const ORDER_HEAD = [
  "specVersion",
  "netuid",
  "n",
  "currentBlock",
  "tempo",
  "activityCutoffFactorMilli",
  "lastMechanismStepBlock",
  "raoEmission",
  "kappa",
  "bondsMovingAverage",
  "bondsPenalty",
  "liquidAlphaEnabled",
  "alphaLow",
  "alphaHigh",
  "alphaSigmoidSteepness",
  "yuma3Enabled",
  "maxAllowedValidators",
  "stakeThreshold",
  "ownerUid",
  "commitRevealEnabled",
  "commitBlocks",
  "alphaStake",
  "taoStake",
  "taoWeight",
  "lastUpdate",
  "blockAtRegistration",
  "validatorPermit",
  "weights",
  "bonds",
] as const;

/** Lowest spec this reader knows (the original Yuma epoch with split emission, 7cd068fb5). */
export const MIN_SPEC = SUPPORTED_SPECS.oldest;

export function layoutFor(specVersion: number): ChainLayout {
  const order = specVersion >= 423 ? ORDER_HEAD : ORDER_ERAS;
  const read = fieldsFor(specVersion);
  // activityCutoff from 423 is derived (optional): not read from storage
  const fields = order.filter((f) => read.get(f)?.required === true || f === "specVersion");
  const sw = switchesFor(specVersion);
  return {
    specVersion,
    stake: sw.stakeSource === "tao" ? "tao" : "alpha-and-root",
    inherit: inheritModeFor(specVersion),
    fields,
    emission:
      specVersion < 233
        ? "pending-emission"
        : specVersion < 334
          ? "pending-alpha-swapped"
          : specVersion < 343
            ? "pending-root-alpha" // PendingEmission + PendingRootAlphaDivs (6218ecc5c; PendingAlphaSwapped removed)
            : "pending-server-validator-root",
    emissionAtEpochBlock: specVersion >= 421,
    epochRule: specVersion < 423 ? "blocks-until-next-epoch" : "last-epoch-block",
    readsCommitBlocks: sw.commitReveal === "byEpoch",
    commitsByBlock:
      sw.commitReveal === "byBlock"
        ? {
            timelocked: specVersion < 306 ? "CRV3WeightCommitsV2" : "TimelockedWeightCommits",
            duplicateHotkey: specVersion < 320 ? "first" : "last",
            reveal: specVersion < 306 ? "297" : "306",
          }
        : undefined,
    mechanisms: specVersion >= 320,
    skipsEpochOnDuplicateKeys: specVersion >= 334,
    writesRankTrustPruning: sw.rankTrustPruning,
    writesStakeWeight: sw.stakeWeightPersisted,
    writesLoadedEmission: specVersion < 233,
  };
}
