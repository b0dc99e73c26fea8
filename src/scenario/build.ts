// A scenario as a history: one snapshot per epoch, the first being the setup
// epoch that hands out validator permits (as setup_yuma_3_scenario does:
// everyone registered at block 1, the setup epoch at block 2, test epoch k at
// block k + 3 with the weights set at block k + 2). Bonds are carried from
// epoch to epoch; the steps are built while the engine runs them because a
// weight copier reads the previous consensus and a bonds reset edits the
// carried bonds.
import type { Engine } from "../wasm/engine.js";
import { replaySteps, type EpochRecord } from "../replay/steps.js";
import { bondsAfter } from "../snapshot/carry.js";
import { maxUpscaleU16 } from "../snapshot/weights.js";
import { DEFAULT_SPEC, fieldsFor, switchesFor } from "../snapshot/versions.js";
import { validateSnapshot, validateStep } from "../snapshot/validate.js";
import { SnapshotError } from "../snapshot/errors.js";
import type { SnapshotStep, SparseRow } from "../snapshot/types.js";
import type { Scenario, ScenarioHyper } from "./types.js";
import { ValidatorShift } from "./shift.js";

/** The subnet every scenario starts from (setup_yuma_3_scenario at subtensor 14bc6f9f, with the mock runtime's defaults). */
export const SETUP = {
  netuid: 1,
  tempo: 1,
  activityCutoffFactorMilli: 13889,
  /** the stored ActivityCutoff read before spec 423 (the runtime default) */
  activityCutoff: 5000,
  lastMechanismStepBlock: "0",
  raoEmission: "1000000000",
  kappa: 32767,
  bondsMovingAverage: "975000",
  bondsPenalty: 0,
  liquidAlphaEnabled: true,
  alphaLow: 6553,
  alphaHigh: 19660,
  alphaSigmoidSteepness: 1000,
  yuma3Enabled: true,
  maxAllowedValidators: 3,
  stakeThreshold: "0",
  taoWeight: "0",
} as const;

export interface BuildOptions {
  /** epochs after the setup epoch (default: the scenario's) */
  epochs?: number;
  /** runtime spec version of every step (default 425, written without specVersion) */
  spec?: number;
  /** delay this validator's weights by one epoch (shift.ts) */
  shift?: number;
  engine?: Engine;
}

export interface ScenarioRun {
  steps: SnapshotStep[];
  records: EpochRecord[];
}

/** Checks a scenario definition against itself (uids, row lengths); returns the number of uids. */
function checkScenario(s: Scenario): number {
  const n = s.stakes.length;
  const miners = n - s.validators;
  const bad = (path: string, reason: string) => new SnapshotError(path, reason, `scenario ${s.name}`);
  if (s.validators < 1 || miners < 1) throw bad("validators", `needs at least one validator and one miner (n = ${n})`);
  s.phases.forEach((p, k) => {
    if (p.rows.length !== s.validators) throw bad(`phases[${k}].rows`, `expected ${s.validators} rows, got ${p.rows.length}`);
    p.rows.forEach((r, v) => {
      if (r && r.length !== miners) throw bad(`phases[${k}].rows[${v}]`, `expected ${miners} values (one per miner), got ${r.length}`);
    });
  });
  if (s.copier !== undefined && (s.copier < 0 || s.copier >= s.validators)) throw bad("copier", `not a validator uid: ${s.copier}`);
  return n;
}

/** Runs a scenario on the engine; returns the history it is and each epoch's record. */
export async function runScenario(s: Scenario, opts: BuildOptions = {}): Promise<ScenarioRun> {
  const n = checkScenario(s);
  const epochs = opts.epochs ?? s.epochs;
  const spec = opts.spec ?? DEFAULT_SPEC;
  switchesFor(spec); // RangeError for an unsupported spec
  if (opts.shift !== undefined && (opts.shift < 0 || opts.shift >= n)) {
    throw new SnapshotError("shift", `uid ${opts.shift} out of range (n = ${n})`, `scenario ${s.name}`);
  }
  const fields = fieldsFor(spec);
  const shift = opts.shift !== undefined ? new ValidatorShift(opts.shift) : undefined;
  const steps: SnapshotStep[] = [];
  const records: EpochRecord[] = [];
  const miners = Array.from({ length: n - s.validators }, (_, k) => s.validators + k);
  // stored state that persists between epochs
  const weights: SparseRow[] = Array.from({ length: n }, () => []);
  const lastUpdate: string[] = Array.from({ length: n }, () => "1");
  let hyper: ScenarioHyper = { ...s.hyper };
  let stakes = s.stakes;

  const setRow = (uid: number, values: number[], block: number) => {
    const up = maxUpscaleU16(values);
    weights[uid] = miners.map((j, k) => [j, up[k]!] as [number, number]);
    lastUpdate[uid] = String(block);
  };

  /** The snapshot of test epoch `e` (-1: the setup epoch). */
  const stepAt = (e: number): SnapshotStep => {
    const block = e + 3;
    const prev = records[records.length - 1];
    if (e >= 0) {
      for (const ev of s.events ?? []) {
        if (ev.epoch !== e) continue;
        if (ev.hyper) hyper = { ...hyper, ...ev.hyper };
        if (ev.stakes) stakes = ev.stakes;
      }
      let phase: Scenario["phases"][number] | undefined;
      for (const p of s.phases) if (p.from <= e && (!phase || p.from >= phase.from)) phase = p;
      if (phase && (!phase.once || phase.from === e)) {
        phase.rows.forEach((r, v) => {
          if (r) setRow(v, r, block - 1);
        });
      }
      if (s.copier !== undefined && prev) {
        const c = miners.map((j) => prev.result.consensus[j]!);
        if (c.some((x) => x > 0)) setRow(s.copier, c, block - 1);
      }
    }
    let bonds: SnapshotStep["bonds"] = e < 0 ? weights.map(() => []) : "carry";
    const reset = (s.events ?? []).filter((ev) => ev.epoch === e && ev.resetBondsOf !== undefined).map((ev) => ev.resetBondsOf!);
    if (reset.length && prev) {
      // do_reset_bonds: the uid's column removed from every stored bond row
      bonds = bondsAfter(prev.snapshot.bonds, prev.result).map((row) => row.filter(([j]) => !reset.includes(j)));
    }
    const all: Record<string, unknown> = {
      ...(opts.spec !== undefined ? { specVersion: spec } : {}),
      ...SETUP,
      ...hyper,
      n,
      currentBlock: String(block),
      ownerUid: null,
      commitRevealEnabled: false,
      commitBlocks: weights.map(() => null),
      stake: stakes,
      alphaStake: stakes,
      taoStake: stakes.map(() => "0"),
      lastUpdate: lastUpdate.slice(),
      blockAtRegistration: weights.map(() => "1"),
      validatorPermit: prev ? prev.result.newValidatorPermit : weights.map(() => false),
      weights: weights.map((r) => r.slice()),
      bonds,
    };
    const picked: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(all)) if (k === "specVersion" || fields.has(k)) picked[k] = v;
    if (switchesFor(spec).activityCutoff === "factorTempo") delete picked.activityCutoff; // derived from the factor
    let step = e < 0 ? (validateSnapshot(picked) as SnapshotStep) : validateStep(picked);
    if (shift) step = shift.apply(step);
    steps.push(step);
    return step;
  };
  const history = function* () {
    for (let e = -1; e < epochs; e++) yield stepAt(e);
  };
  for await (const rec of replaySteps(history(), { engine: opts.engine })) records.push(rec);
  return { steps, records };
}
