/**
 * A metagraph snapshot: the chain state one epoch reads. Field names and
 * encodings follow the `yuma-epoch-fixture/1` "input" schema
 * (fixtures/README.md): u64 values are decimal strings, per-uid arrays are
 * indexed by uid, sparse rows are `[uid, value]` pairs in stored order.
 *
 * `specVersion` (absent = 425) selects the runtime whose epoch is computed
 * (src/snapshot/versions.ts). Older runtimes read fewer fields: a validated
 * snapshot of spec < 423 holds exactly the fields `fieldsFor(spec)` lists
 * (fixtures/eras/README.md), so the HEAD-only fields typed as required below
 * are then absent; code that reads them must first check the spec.
 */
export interface Snapshot {
  /** runtime spec version (u32); absent = 425 */
  specVersion?: number;
  /** per-uid TAO stake (u64 strings), read instead of alpha/tao stake before spec 233 */
  stake?: string[];
  netuid: number;
  n: number;
  currentBlock: string;
  tempo: number;
  activityCutoffFactorMilli: number;
  /**
   * From spec 423: derived by the chain from the two fields above (u64 string); optional, checked when given.
   * Before 423: the stored u16 `ActivityCutoff` (a number), required.
   */
  activityCutoff?: string | number;
  lastMechanismStepBlock: string;
  raoEmission: string;
  kappa: number;
  bondsMovingAverage: string;
  bondsPenalty: number;
  liquidAlphaEnabled: boolean;
  alphaLow: number;
  alphaHigh: number;
  alphaSigmoidSteepness: number;
  yuma3Enabled: boolean;
  maxAllowedValidators: number;
  stakeThreshold: string;
  ownerUid: number | null;
  commitRevealEnabled: boolean;
  commitBlocks: (string | null)[];
  alphaStake: string[];
  taoStake: string[];
  taoWeight: string;
  lastUpdate: string[];
  blockAtRegistration: string[];
  validatorPermit: boolean[];
  weights: SparseRow[];
  bonds: SparseRow[];
}

/** One stored sparse row: `[uid, u16 value]` pairs. */
export type SparseRow = [number, number][];

/** A snapshot whose bonds may be "carry" (taken from the previous epoch's result). */
export type SnapshotStep = Omit<Snapshot, "bonds"> & { bonds: SparseRow[] | "carry" };

/** Which upstream function to mirror. */
export type EpochMode = "sparse" | "dense";

/** Per-uid result of one epoch, in the fixture "expected" shape. */
export interface EpochResult {
  /** StakeWeight (absent where the runtime did not write it: < 195, 320-322) */
  stakeWeight?: number[];
  active: boolean[];
  emission: string[];
  consensus: number[];
  incentive: number[];
  dividends: number[];
  validatorTrust: number[];
  newValidatorPermit: boolean[];
  serverEmission: string[];
  validatorEmission: string[];
  /** EpochTerms.stake (absent before spec 380 and at 381-384) */
  stake?: string[];
  /** Rank, Trust, PruningScores (written before spec 365 only) */
  rank?: number[];
  trust?: number[];
  pruningScore?: number[];
  /** Bond row written per uid: a row, `[]` (cleared) or `null` (unchanged; sparse before spec 320, dense). */
  bonds: (SparseRow | null)[];
  debug?: EpochDebug;
}

/** Intermediates as raw I32F32 bits (decimal strings of signed 64-bit integers). */
export interface EpochDebug {
  stake: string[];
  activeStake: string[];
  consensus: string[];
  validatorTrust: string[];
  incentive: string[];
  dividends: string[];
  weights?: [number, string][][];
  emaBonds?: [number, string][][];
}

export interface FixtureStep {
  input: SnapshotStep;
  expected?: EpochResult;
}

export interface Fixture {
  schema: "yuma-epoch-fixture/1";
  name: string;
  description?: string;
  upstream: {
    repo: string;
    commit: string;
    function: "epoch_mechanism" | "epoch_dense_mechanism" | "epoch" | "epoch_dense";
    file?: string;
    specVersion?: number;
  };
  steps: FixtureStep[];
}
