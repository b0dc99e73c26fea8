/**
 * A metagraph snapshot: the chain state one epoch reads. Field names and
 * encodings follow the `yuma-epoch-fixture/1` "input" schema
 * (fixtures/README.md): u64 values are decimal strings, per-uid arrays are
 * indexed by uid, sparse rows are `[uid, value]` pairs in stored order.
 */
export interface Snapshot {
  netuid: number;
  n: number;
  currentBlock: string;
  tempo: number;
  activityCutoffFactorMilli: number;
  /** Derived by the chain from the two fields above; optional here, checked when given. */
  activityCutoff?: string;
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
  stakeWeight: number[];
  active: boolean[];
  emission: string[];
  consensus: number[];
  incentive: number[];
  dividends: number[];
  validatorTrust: number[];
  newValidatorPermit: boolean[];
  serverEmission: string[];
  validatorEmission: string[];
  stake: string[];
  /** Bond row written per uid: a row, `[]` (cleared) or `null` (unchanged; dense only). */
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
  upstream: { repo: string; commit: string; function: "epoch_mechanism" | "epoch_dense_mechanism" };
  steps: FixtureStep[];
}
