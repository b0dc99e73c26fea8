// What a runtime version stores that the epoch reads, and where: one table of
// switches per spec range (history-variants.md sections 1, 3, 5 and 8; the
// snapshot fields per era are those of fixtures/eras/README.md). The engine's
// own per-version switches live with the engine; this table is only about
// reading storage.
import { inheritModeFor, type InheritMode } from "../stake/inherit.js";

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
  /** epoch block rule: `blocks_until_next_epoch` (< 423) or the stored schedule `LastEpochBlock` (>= 423) */
  epochRule: "blocks-until-next-epoch" | "last-epoch-block";
  /** outputs the epoch writes, for --verify */
  writesRankTrustPruning: boolean;
  writesStakeWeight: boolean;
  /** per-hotkey (server, validator) emission stored in LoadedEmission */
  writesLoadedEmission: boolean;
}

const ORDER_ERAS = [
  "specVersion", "netuid", "n", "currentBlock", "tempo", "activityCutoff", "raoEmission", "kappa", "bondsMovingAverage",
  "bondsPenalty", "liquidAlphaEnabled", "alphaLow", "alphaHigh", "alphaSigmoidSteepness", "yuma3Enabled",
  "maxAllowedValidators", "stakeThreshold", "ownerUid", "stake", "alphaStake", "taoStake", "taoWeight", "lastUpdate",
  "blockAtRegistration", "validatorPermit", "commitRevealEnabled", "commitBlocks", "weights", "bonds",
] as const;

// HEAD (>= 423) order, as the spec-425 fixtures (fixtures/*.json) give it, with specVersion first
const ORDER_HEAD = [
  "specVersion", "netuid", "n", "currentBlock", "tempo", "activityCutoffFactorMilli", "lastMechanismStepBlock", "raoEmission",
  "kappa", "bondsMovingAverage", "bondsPenalty", "liquidAlphaEnabled", "alphaLow", "alphaHigh", "alphaSigmoidSteepness",
  "yuma3Enabled", "maxAllowedValidators", "stakeThreshold", "ownerUid", "commitRevealEnabled", "commitBlocks",
  "alphaStake", "taoStake", "taoWeight", "lastUpdate", "blockAtRegistration", "validatorPermit", "weights", "bonds",
] as const;

/** first spec at which a field is read (and, for some, the last) */
const FIELD_RANGE: Record<string, [number, number]> = {
  tempo: [257, Infinity],
  activityCutoff: [0, 422],
  activityCutoffFactorMilli: [423, Infinity],
  lastMechanismStepBlock: [423, Infinity],
  bondsPenalty: [233, Infinity],
  liquidAlphaEnabled: [154, Infinity],
  alphaLow: [154, Infinity],
  alphaHigh: [154, Infinity],
  alphaSigmoidSteepness: [273, Infinity],
  yuma3Enabled: [273, Infinity],
  stakeThreshold: [273, Infinity],
  ownerUid: [252, Infinity],
  stake: [0, 232],
  alphaStake: [233, Infinity],
  taoStake: [233, Infinity],
  taoWeight: [233, Infinity],
  commitRevealEnabled: [297, Infinity],
  commitBlocks: [297, Infinity],
};

/** Lowest spec this reader knows (the original Yuma epoch with split emission, 7cd068fb5). */
export const MIN_SPEC = 121;

export function layoutFor(specVersion: number): ChainLayout {
  const order = specVersion >= 423 ? ORDER_HEAD : ORDER_ERAS;
  const fields = order.filter((f) => {
    const r = FIELD_RANGE[f];
    return !r || (specVersion >= r[0] && specVersion <= r[1]);
  });
  return {
    specVersion,
    stake: specVersion < 233 ? "tao" : "alpha-and-root",
    inherit: inheritModeFor(specVersion),
    fields,
    emission: specVersion < 233 ? "pending-emission" : specVersion < 343 ? "pending-alpha-swapped" : "pending-server-validator-root",
    epochRule: specVersion < 423 ? "blocks-until-next-epoch" : "last-epoch-block",
    writesRankTrustPruning: specVersion < 365,
    writesStakeWeight: specVersion >= 195 && !(specVersion >= 320 && specVersion <= 322),
    writesLoadedEmission: specVersion < 233,
  };
}
