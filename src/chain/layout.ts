// How a runtime version is read from storage. Which fields a version's epoch
// reads and what it writes come from the engine's versions table
// (src/snapshot/versions.ts); this adds only what is about storage: the stake
// getter, where the distributed amount is pending, the epoch block rule and
// LoadedEmission (history-variants.md sections 1, 3, 5 and 8).
import { inheritModeFor, type InheritMode } from "../stake/inherit.js";
import { fieldsFor, switchesFor, SUPPORTED_SPECS } from "../snapshot/versions.js";

export interface ChainLayout {
  specVersion: number;
  /** how the per-uid stake is read: `stake` from TotalHotkeyStake (< 233, inherited from 195), or alphaStake + taoStake (>= 233) */
  stake: "tao" | "alpha-and-root";
  /** childkey inheritance getter, undefined before 195 */
  inherit: InheritMode | undefined;
  /** snapshot fields this version's epoch reads, in output order */
  fields: readonly string[];
  /** where raoEmission comes from (section 8) */
  emission: "pending-emission" | "pending-alpha-swapped" | "pending-server-validator-root";
  /** raoEmission includes the epoch block's own emission, derived exactly (epochBlockEmission.ts; the 421+ coinbase) */
  emissionAtEpochBlock: boolean;
  /** epoch block rule: `blocks_until_next_epoch` (< 423) or the stored schedule `LastEpochBlock` (>= 423) */
  epochRule: "blocks-until-next-epoch" | "last-epoch-block";
  /** commitBlocks can be derived from storage (WeightCommits / TimelockedWeightCommits by SubnetEpochIndex): the spec-425 layout only */
  readsCommitBlocks: boolean;
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
    emission: specVersion < 233 ? "pending-emission" : specVersion < 343 ? "pending-alpha-swapped" : "pending-server-validator-root",
    emissionAtEpochBlock: specVersion >= 421,
    epochRule: specVersion < 423 ? "blocks-until-next-epoch" : "last-epoch-block",
    readsCommitBlocks: sw.commitReveal === "byEpoch",
    writesRankTrustPruning: sw.rankTrustPruning,
    writesStakeWeight: sw.stakeWeightPersisted,
    writesLoadedEmission: specVersion < 233,
  };
}
