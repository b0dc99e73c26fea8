// The one table of runtime versions: which epoch arithmetic a spec version ran,
// which snapshot fields it reads, and which outputs it wrote. Every version
// difference in the engine is decided here (switchesFor) and nowhere else.
//
// Sources: ../shared/design/history-variants.md sections 1-5 and the upstream
// epoch code at each boundary commit (opentensor/subtensor, run_epoch.rs /
// epoch.rs `epoch` then `epoch_mechanism`). Spec numbers are the
// `spec_version` of runtime/src/lib.rs at those commits.

/** Oldest and newest spec versions the engine computes. */
export const SUPPORTED_SPECS = { oldest: 121, newest: 425 } as const;

/** The spec a snapshot without `specVersion` is computed with. */
export const DEFAULT_SPEC = SUPPORTED_SPECS.newest;

export type StakeSource =
  /** per-uid TAO stake given as `stake` (TotalHotkeyStake <195; inherited and NetworkMaxStake-capped 195-232) */
  | "tao"
  /** alphaStake + taoWeight * taoStake (get_stake_weights_for_network, 233+) */
  | "alphaTaoWeight";

export type BondRegistrationMask =
  /** bond (i, j) dropped iff lastUpdate_i <= blockAtRegistration_j (<257) */
  | "lastUpdate"
  /** dropped iff currentBlock - tempo <= blockAtRegistration_j (257-422) */
  | "blockMinusTempo"
  /** dropped iff lastMechanismStepBlock + 1 (or currentBlock - tempo when 0) <= reg_j (423+) */
  | "lastMechStepPlus1";

export interface Switches {
  spec: number;
  /** short name of the algorithm family (history-variants.md section 9) */
  engine: "yuma-v1" | "yuma-v2" | "yuma-v3";
  stakeSource: StakeSource;
  /** plain (wrapping) fixed-point operators in math.rs/epoch.rs (<153; de1026780) */
  wrappingOps: boolean;
  /** weight entries with uid >= n dropped on read (>=144; 3f44be0b8) */
  filterWeightUidsGeN: boolean;
  /** bond rows with uid_i >= n dropped on read (>=151; 703bdbd17) */
  filterBondRowsGeN: boolean;
  /** "v1": logistic-fit per-column alpha (154-272, LiquidAlphaOn); "v2": sigmoid per cell (273+, Yuma3 only) */
  liquidAlpha: "none" | "v1" | "v2";
  /** weights_for_bonds = interpolate(W, clipped W, BondsPenalty) (>=233; e2b8367b8). Before: clipped W (= penalty 1) */
  bondsPenalty: boolean;
  /** safe_div (/0 -> 0) replaces saturating_div (>=233) */
  safeDiv: boolean;
  /** subnet owner's self weight kept by the diagonal mask (>=252; b61dd3020) */
  ownerSelfWeight: boolean;
  bondRegistrationMask: BondRegistrationMask;
  /** StakeThreshold filter and is_topk_nonzero permits (>=273; 1b0c63a71). Before: is_topk, zero stake may hold a permit */
  stakeThreshold: boolean;
  /** Yuma3On branch available (>=273) */
  yuma3Available: boolean;
  /** liquid-alpha-v2 sigmoid form: 273 `-(s*(d-.5))`+safe_exp, 283 `(s/-100)*(d-.5)`+safe_exp, 365 same + exp_safe */
  sigmoidForm: 0 | 273 | 283 | 365;
  /** commit-reveal weight mask (>=297): expiry by commit block (<423) or by commit epoch (>=423) */
  commitReveal: "none" | "byBlock" | "byEpoch";
  /** every uid's bond row is written, [] without a new permit (>=320; 835a2c902). Before: null (unchanged) when neither permit */
  writeAllBondRows: boolean;
  /** Rank, Trust, PruningScores computed and written (<365; removed at 6e3d24cea) */
  rankTrustPruning: boolean;
  /** StakeWeight written (>=195 except 320-322) */
  stakeWeightPersisted: boolean;
  /** owner uid exempt from the stake threshold and always permitted (>=397; e7f05a051) */
  ownerExemptAndPermitted: boolean;
  /** activity cutoff: the stored u16 ActivityCutoff (<423) or ActivityCutoffFactorMilli*tempo/1000 (>=423) */
  activityCutoff: "stored" | "factorTempo";
  /** EpochTerms.stake output (380, then 385+; reverted in between at the commit labelled 377) */
  stakeOutput: boolean;
  /** AlphaSigmoidSteepness storage type (u16 273-282, i16 283+) */
  steepnessType: "u16" | "i16" | "none";
  /** runtime defaults of hyperparameters a raw-storage reader needs (history-variants.md section 5) */
  defaults: RuntimeDefaults;
}

/** Values a ValueQuery item returns for an absent key under this runtime. */
export interface RuntimeDefaults {
  kappa: number;
  bondsMovingAverage: string;
  /** stored ActivityCutoff (<423) */
  activityCutoff: number;
  /** BondsPenalty: 0 at 233-256, 65535 from 257 (no migration at 8de0d23ca) */
  bondsPenalty?: number;
  alphaLow?: number;
  alphaHigh?: number;
  alphaSigmoidSteepness?: number;
  stakeThreshold?: string;
  /** NetworkMaxStake (195-232): caps the inherited TAO stake before the epoch */
  networkMaxStake?: string;
}

/** Spec ranges where a version boundary falls (for reports and README). */
export const BOUNDARIES: readonly { spec: number; commit: string; date: string; what: string }[] = [
  { spec: 121, commit: "7cd068fb5", date: "2023-05-29", what: "original Yuma: server/validator emission split (oldest supported)" },
  { spec: 144, commit: "3f44be0b8", date: "2024-03-17", what: "weight entries with uid >= n ignored" },
  { spec: 151, commit: "703bdbd17", date: "2024-06-11", what: "bond rows with uid >= n ignored" },
  { spec: 153, commit: "de1026780", date: "2024-07-02", what: "saturating instead of wrapping arithmetic" },
  { spec: 154, commit: "8cb6cb1c6", date: "2024-07-02", what: "liquid alpha v1 (LiquidAlphaOn)" },
  { spec: 195, commit: "e79b0999d", date: "2024-08-29", what: "childkey-inherited, NetworkMaxStake-capped TAO stake; StakeWeight output" },
  { spec: 233, commit: "e2b8367b8", date: "2025-02-13", what: "dTAO: alpha + TaoWeight*root stake; BondsPenalty interpolation; safe_div" },
  { spec: 252, commit: "b61dd3020", date: "2025-03-19", what: "subnet owner's self weight kept" },
  { spec: 257, commit: "8de0d23ca", date: "2025-03-28", what: "bond mask currentBlock - tempo; BondsPenalty default 65535" },
  {
    spec: 273,
    commit: "1b0c63a71",
    date: "2025-05-28",
    what: "Yuma3, liquid alpha v2, StakeThreshold, is_topk_nonzero; liquid alpha v1 removed",
  },
  { spec: 283, commit: "e9bbb6134", date: "2025-06-30", what: "AlphaSigmoidSteepness i16, sigmoid (s/-100)*(d-0.5)" },
  { spec: 297, commit: "7b541095b", date: "2025-07-23", what: "commit-reveal weight mask" },
  { spec: 320, commit: "835a2c902", date: "2025-09-24", what: "epoch_mechanism; every bond row written; StakeWeight not written" },
  { spec: 323, commit: "79010a36c", date: "2025-09-30", what: "StakeWeight written again" },
  { spec: 365, commit: "6e3d24cea", date: "2025-12-19", what: "Rank/Trust/PruningScores removed; sigmoid uses exp_safe" },
  { spec: 380, commit: "0c6868f75", date: "2026-02-20", what: "EpochTerms.stake output (reverted at 377, re-added at 385)" },
  { spec: 397, commit: "e7f05a051", date: "2026-04-22", what: "owner uid exempt from stake threshold, always permitted" },
  {
    spec: 423,
    commit: "06032d518",
    date: "2026-06-25",
    what: "activity cutoff = factor*tempo; bond mask LastMechanismStepBlock+1; commit expiry by epoch",
  },
];

const cache = new Map<number, Switches>();

/**
 * The behaviour switches of a spec version. Throws RangeError for a spec
 * outside SUPPORTED_SPECS (validation turns that into a SnapshotError).
 */
export function switchesFor(spec: number = DEFAULT_SPEC): Switches {
  const hit = cache.get(spec);
  if (hit) return hit;
  if (!Number.isInteger(spec) || spec < SUPPORTED_SPECS.oldest || spec > SUPPORTED_SPECS.newest) {
    throw new RangeError(`spec version ${spec} is not supported (${SUPPORTED_SPECS.oldest}..${SUPPORTED_SPECS.newest})`);
  }
  const s: Switches = {
    spec,
    engine: spec < 233 ? "yuma-v1" : spec < 273 ? "yuma-v2" : "yuma-v3",
    stakeSource: spec < 233 ? "tao" : "alphaTaoWeight",
    wrappingOps: spec < 153,
    filterWeightUidsGeN: spec >= 144,
    filterBondRowsGeN: spec >= 151,
    liquidAlpha: spec < 154 ? "none" : spec < 273 ? "v1" : "v2",
    bondsPenalty: spec >= 233,
    safeDiv: spec >= 233,
    ownerSelfWeight: spec >= 252,
    bondRegistrationMask: spec < 257 ? "lastUpdate" : spec < 423 ? "blockMinusTempo" : "lastMechStepPlus1",
    stakeThreshold: spec >= 273,
    yuma3Available: spec >= 273,
    sigmoidForm: spec < 273 ? 0 : spec < 283 ? 273 : spec < 365 ? 283 : 365,
    commitReveal: spec < 297 ? "none" : spec < 423 ? "byBlock" : "byEpoch",
    writeAllBondRows: spec >= 320,
    rankTrustPruning: spec < 365,
    stakeWeightPersisted: spec >= 195 && !(spec >= 320 && spec <= 322),
    ownerExemptAndPermitted: spec >= 397,
    activityCutoff: spec < 423 ? "stored" : "factorTempo",
    stakeOutput: spec === 380 || spec >= 385,
    steepnessType: spec < 273 ? "none" : spec < 283 ? "u16" : "i16",
    defaults: defaultsFor(spec),
  };
  cache.set(spec, s);
  return s;
}

function defaultsFor(spec: number): RuntimeDefaults {
  const d: RuntimeDefaults = { kappa: 32767, bondsMovingAverage: "900000", activityCutoff: 5000 };
  if (spec >= 154) {
    d.alphaLow = 45875;
    d.alphaHigh = 58982;
  }
  if (spec >= 195 && spec < 233) d.networkMaxStake = "18446744073709551615";
  if (spec >= 233) d.bondsPenalty = spec < 257 ? 0 : 65535;
  if (spec >= 273) {
    d.alphaSigmoidSteepness = 1000;
    d.stakeThreshold = "0";
  }
  return d;
}

/** JSON type of a snapshot field (fixture encodings). */
export type FieldKind = "u16" | "u32" | "i16" | "bool" | "u64" | "u16|null" | "u64[]" | "u64|null[]" | "bool[]" | "rows";

/** Every snapshot field the engine knows, with the spec range that reads it. */
interface FieldRule {
  kind: FieldKind | ((spec: number) => FieldKind);
  from?: number;
  /** last spec that reads it (inclusive) */
  until?: number;
  /** present in the range but may be omitted */
  optional?: boolean;
}

const FIELDS: Record<string, FieldRule> = {
  specVersion: { kind: "u32", optional: true },
  netuid: { kind: "u16" },
  n: { kind: "u16" },
  currentBlock: { kind: "u64" },
  tempo: { kind: "u16", from: 257 },
  activityCutoff: { kind: (s) => (s < 423 ? "u16" : "u64"), optional: undefined },
  activityCutoffFactorMilli: { kind: "u32", from: 423 },
  lastMechanismStepBlock: { kind: "u64", from: 423 },
  raoEmission: { kind: "u64" },
  kappa: { kind: "u16" },
  bondsMovingAverage: { kind: "u64" },
  bondsPenalty: { kind: "u16", from: 233 },
  liquidAlphaEnabled: { kind: "bool", from: 154 },
  alphaLow: { kind: "u16", from: 154 },
  alphaHigh: { kind: "u16", from: 154 },
  alphaSigmoidSteepness: { kind: (s) => (s < 283 ? "u16" : "i16"), from: 273 },
  yuma3Enabled: { kind: "bool", from: 273 },
  maxAllowedValidators: { kind: "u16" },
  stakeThreshold: { kind: "u64", from: 273 },
  ownerUid: { kind: "u16|null", from: 252 },
  commitRevealEnabled: { kind: "bool", from: 297 },
  commitBlocks: { kind: "u64|null[]", from: 297 },
  stake: { kind: "u64[]", until: 232 },
  alphaStake: { kind: "u64[]", from: 233 },
  taoStake: { kind: "u64[]", from: 233 },
  taoWeight: { kind: "u64", from: 233 },
  lastUpdate: { kind: "u64[]" },
  blockAtRegistration: { kind: "u64[]" },
  validatorPermit: { kind: "bool[]" },
  weights: { kind: "rows" },
  bonds: { kind: "rows" },
};

/** All snapshot field names of any version. */
export const ALL_FIELDS: readonly string[] = Object.keys(FIELDS);

export interface FieldSpec {
  kind: FieldKind;
  required: boolean;
}

const fieldCache = new Map<number, ReadonlyMap<string, FieldSpec>>();

/** The fields a spec reads: name -> (kind, required). Fields not in the map are refused. */
export function fieldsFor(spec: number): ReadonlyMap<string, FieldSpec> {
  const hit = fieldCache.get(spec);
  if (hit) return hit;
  const m = new Map<string, FieldSpec>();
  for (const [name, r] of Object.entries(FIELDS)) {
    if (r.from !== undefined && spec < r.from) continue;
    if (r.until !== undefined && spec > r.until) continue;
    const kind = typeof r.kind === "function" ? r.kind(spec) : r.kind;
    // activityCutoff: the stored u16 is read before 423; from 423 it is derived and optional (checked)
    const optional = name === "activityCutoff" ? spec >= 423 : r.optional === true;
    m.set(name, { kind, required: !optional });
  }
  fieldCache.set(spec, m);
  return m;
}

/** The spec range in which a field is read, for error messages ("233+", "121-232"). */
export function fieldRange(name: string): string | undefined {
  const r = FIELDS[name];
  if (!r) return undefined;
  const lo = r.from ?? SUPPORTED_SPECS.oldest;
  return r.until !== undefined ? `${lo}-${r.until}` : `${lo}+`;
}

/** Output fields of EpochResult a spec writes beyond the common ones. */
export function outputsFor(spec: number): {
  rank: boolean;
  trust: boolean;
  pruningScore: boolean;
  stakeWeight: boolean;
  stake: boolean;
  nullBondRows: boolean;
} {
  const s = switchesFor(spec);
  return {
    rank: s.rankTrustPruning,
    trust: s.rankTrustPruning,
    pruningScore: s.rankTrustPruning,
    stakeWeight: s.stakeWeightPersisted,
    stake: s.stakeOutput,
    nullBondRows: !s.writeAllBondRows,
  };
}
