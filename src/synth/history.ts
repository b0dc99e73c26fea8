// Seeded synthetic histories of one subnet (see README "Synthetic histories").
// The generator runs the engine as it goes: weight-copiers copy the previous
// epoch's consensus, and registrations replace the lowest-emission uid.
import { Rng } from "./rng.js";
import { Engine } from "../wasm/engine.js";
import type { EpochResult, Snapshot, SnapshotStep, SparseRow } from "../snapshot/types.js";
import { nextCarry, resolveStep, type CarryState } from "../snapshot/carry.js";
import { maxUpscaleU16 } from "../snapshot/weights.js";
import { SnapshotError } from "../snapshot/errors.js";

export interface SynthOptions {
  uids: number;
  validators: number;
  epochs: number;
  seed: number;
  /** "yuma" (original), "yuma3" or "yuma3-liquid" (default yuma3) */
  variant?: "yuma" | "yuma3" | "yuma3-liquid";
  /** Miners each honest validator weights (default min(miners, 64)). */
  weightsPerValidator?: number;
  /** Weight-copying validators (default max(1, validators / 16)). */
  copiers?: number;
  /** Epochs between registrations (default 3; 0 = none). */
  registrationEvery?: number;
}

const TEMPO = 360;
const IMMUNITY_BLOCKS = 4096; // ImmunityPeriod default
const START_BLOCK = 4_000_000;
const RAO_PER_EPOCH = 180_500_000_000n; // 0.5 alpha per block over tempo + 1 blocks

const VARIANTS = ["yuma", "yuma3", "yuma3-liquid"] as const;

/** Refuses options the generator cannot honour (SnapshotError naming the option). */
export function validateSynthOptions(o: SynthOptions): void {
  const int = (k: keyof SynthOptions, lo: number, hi: number, required: boolean) => {
    const v = o[k];
    if (v === undefined && !required) return;
    if (typeof v !== "number" || !Number.isInteger(v) || v < lo || v > hi) {
      throw new SnapshotError(k, `expected an integer in [${lo}, ${hi}], got ${typeof v === "number" ? v : typeof v}`);
    }
  };
  int("uids", 1, 65535, true);
  int("validators", 1, 65535, true);
  int("epochs", 0, 2 ** 31 - 1, true);
  int("seed", -(2 ** 31), 2 ** 32 - 1, true);
  int("weightsPerValidator", 1, 65535, false);
  int("copiers", 0, 65535, false);
  int("registrationEvery", 0, 2 ** 31 - 1, false);
  if (o.variant !== undefined && !VARIANTS.includes(o.variant)) {
    throw new SnapshotError("variant", `expected one of ${VARIANTS.join(", ")}, got ${JSON.stringify(String(o.variant).slice(0, 40))}`);
  }
}

/** Generates the history's snapshots; the first has explicit (empty) bonds, later ones "carry". */
export function* synthHistory(o: SynthOptions): Generator<SnapshotStep> {
  validateSynthOptions(o);
  const rng = new Rng(o.seed);
  const n = o.uids;
  const V = Math.max(1, Math.min(o.validators, n));
  const variant = o.variant ?? "yuma3";
  const perVal = Math.max(1, Math.min(o.weightsPerValidator ?? 64, n - V || 1));
  const copiers = Math.min(V - 1, o.copiers ?? Math.max(1, Math.floor(V / 16)));
  const regEvery = o.registrationEvery ?? 3;
  const engine = new Engine();

  // uids 0..V-1 start as validators (uid 0 is the whale and the subnet owner's hotkey)
  const stake: number[] = Array.from({ length: n }, (_, i) => {
    if (i === 0) return 0; // set below
    if (i < V) return (2e6 / Math.pow(i, 1.2)) * (0.7 + 0.6 * rng.float());
    return 50 * rng.float();
  });
  stake[0] = (0.35 / 0.65) * stake.reduce((a, b) => a + b, 0); // the whale holds ~35%
  const quality = Array.from({ length: n }, () => rng.float());
  const isCopier = (i: number) => i >= V - copiers && i < V;
  // a fifth of the honest validators pause for a stretch of epochs
  const pauseStart = Array.from({ length: n }, (_, i) => (i > 0 && i < V - copiers && rng.bool(0.2) ? rng.int(0, o.epochs) : -1));
  const pauseLen = Array.from({ length: n }, () => rng.int(10, 40));
  const blockAtReg: number[] = Array.from({ length: n }, () => rng.int(1, START_BLOCK - 2 * IMMUNITY_BLOCKS));
  const lastUpdate: number[] = Array.from({ length: n }, () => START_BLOCK - rng.int(0, TEMPO));
  let weights: SparseRow[] = Array.from({ length: n }, () => []);
  let permits: boolean[] = Array.from({ length: n }, (_, i) => i < V);
  let prevResult: EpochResult | undefined;
  let carry: CarryState | undefined;

  for (let e = 0; e < o.epochs; e++) {
    const block = START_BLOCK + e * (TEMPO + 1);
    // miners' quality drifts (mean-reverting), stake drifts a little
    for (let j = 0; j < n; j++) {
      quality[j] = Math.min(1, Math.max(0, quality[j]! + 0.1 * (0.5 - quality[j]!) + 0.05 * rng.normal()));
      stake[j] = stake[j]! * Math.exp(0.02 * rng.normal());
    }
    // a registration replaces the lowest-emission uid outside immunity (never the owner)
    if (prevResult && regEvery > 0 && e % regEvery === 0) {
      let victim = -1;
      let low = 0n;
      for (let i = 1; i < n; i++) {
        if (blockAtReg[i]! + IMMUNITY_BLOCKS >= block) continue;
        const em = BigInt(prevResult.emission[i]!);
        if (victim < 0 || em < low) {
          victim = i;
          low = em;
        }
      }
      if (victim >= 0) {
        blockAtReg[victim] = block - rng.int(1, TEMPO);
        lastUpdate[victim] = blockAtReg[victim]!;
        stake[victim] = 50 * rng.float();
        quality[victim] = rng.float();
        weights[victim] = [];
        // clear_neuron: weights *for* the uid become 0 in every row
        weights = weights.map((row) => row.map(([j, w]) => [j, j === victim ? 0 : w] as [number, number]));
      }
    }
    // validators set weights: honest ones a noisy view of quality, copiers last consensus
    const miners = [...Array(n).keys()].filter((j) => j >= V || !permits[j]);
    for (let i = 0; i < V; i++) {
      const paused = pauseStart[i]! >= 0 && e >= pauseStart[i]! && e < pauseStart[i]! + pauseLen[i]!;
      if (paused) continue;
      let row: [number, number][];
      if (isCopier(i) && prevResult) {
        row = prevResult.consensus.map((c, j) => [j, c] as [number, number]).filter(([j, c]) => c > 0 && j !== i);
      } else {
        const pick = miners.length <= perVal ? miners : rng.sample(miners.length, perVal).map((k) => miners[k]!);
        row = pick.map((j) => [j, Math.max(0, quality[j]! + 0.15 * rng.normal())] as [number, number]);
      }
      weights[i] = maxUpscale(row);
      lastUpdate[i] = block - rng.int(0, TEMPO);
    }
    const step: SnapshotStep = {
      netuid: 7,
      n,
      currentBlock: String(block),
      tempo: TEMPO,
      activityCutoffFactorMilli: 13889,
      lastMechanismStepBlock: String(e === 0 ? block - TEMPO - 1 : block - TEMPO - 1),
      raoEmission: RAO_PER_EPOCH.toString(),
      kappa: 32767,
      bondsMovingAverage: "975000",
      bondsPenalty: 65535,
      liquidAlphaEnabled: variant === "yuma3-liquid",
      alphaLow: 45875,
      alphaHigh: 58982,
      alphaSigmoidSteepness: 1000,
      yuma3Enabled: variant !== "yuma",
      maxAllowedValidators: V,
      stakeThreshold: "1000000000",
      ownerUid: 0,
      commitRevealEnabled: false,
      commitBlocks: new Array<null>(n).fill(null),
      alphaStake: stake.map((s) => BigInt(Math.floor(s * 1e9)).toString()),
      taoStake: new Array<string>(n).fill("0"),
      taoWeight: "3320413933267719290",
      lastUpdate: lastUpdate.map(String),
      blockAtRegistration: blockAtReg.map(String),
      validatorPermit: permits.slice(),
      weights: weights.map((r) => r.slice()),
      bonds: e === 0 ? Array.from({ length: n }, () => []) : "carry",
    };
    yield step;
    const snap: Snapshot = resolveStep(step, carry, `epoch ${e}`);
    prevResult = engine.run(snap);
    carry = nextCarry(snap, prevResult);
    permits = prevResult.newValidatorPermit.slice();
  }
}

/** A validator's raw preferences as the row set_weights stores (max-upscaled u16); zeros dropped. */
function maxUpscale(row: [number, number][]): SparseRow {
  const mx = Math.max(0, ...row.map(([, w]) => w));
  if (mx <= 0) return [];
  const raw = row.map(([, w]) => Math.round((w / mx) * 65535));
  const stored = maxUpscaleU16(raw);
  return row.map(([j], k) => [j, stored[k]!] as [number, number]).filter(([, w]) => w > 0);
}
