// A named scenario as data: who holds stake, which weights each validator
// sets at which epoch, and the subnet's hyperparameters. build.ts turns one
// into a history of snapshots (the chain state each epoch reads).

/** Hyperparameters a scenario may set (snapshot field names and encodings). */
export interface ScenarioHyper {
  kappa?: number;
  bondsMovingAverage?: string;
  bondsPenalty?: number;
  liquidAlphaEnabled?: boolean;
  alphaLow?: number;
  alphaHigh?: number;
  alphaSigmoidSteepness?: number;
  yuma3Enabled?: boolean;
  maxAllowedValidators?: number;
  raoEmission?: string;
}

/**
 * From epoch `from` each validator sets `rows[v]` (one value per miner, in
 * miner order, as passed to set_weights; stored max-upscaled). The phase
 * lasts until the next phase starts; with `once` the weights are set only at
 * `from` (the stored row stays, its lastUpdate ages), otherwise every epoch.
 * A validator whose row is `null` sets nothing in this phase.
 */
export interface WeightPhase {
  from: number;
  rows: (number[] | null)[];
  once?: boolean;
}

/** Something done to the subnet before an epoch runs. */
export interface ScenarioEvent {
  epoch: number;
  /** do_reset_bonds for this uid: its column is removed from every bond row (BondsResetOn) */
  resetBondsOf?: number;
  /** hyperparameters changed from this epoch on */
  hyper?: ScenarioHyper;
  /** stakes (per uid) from this epoch on */
  stakes?: string[];
}

export interface Scenario {
  name: string;
  description: string;
  /** the upstream test this scenario reproduces (its asserted dividends are in test/scenario-upstream.test.ts) */
  upstream?: { test: string; commit: string };
  /** stake (alpha, rao) per uid: validators first, then miners (stake 0) */
  stakes: string[];
  /** uids 0..validators-1 are validators; the rest are miners */
  validators: number;
  /** epochs after the setup epoch, by default */
  epochs: number;
  /** over the setup defaults (build.ts SETUP) */
  hyper?: ScenarioHyper;
  phases: WeightPhase[];
  /** a validator that, every epoch, sets the consensus of the previous epoch as its weights (a weight copier) */
  copier?: number;
  events?: ScenarioEvent[];
}
