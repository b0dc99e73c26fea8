// Seeded synthetic snapshots for benchmarks and tests (one epoch, no history).
import { Rng } from "./rng.js";
import type { Snapshot, SparseRow } from "../snapshot/types.js";

export interface RandomSnapshotOptions {
  n: number;
  /** Weight entries per validator row: a count (e.g. 3) or a fraction of n (e.g. 0.5). */
  density: number;
  yuma3?: boolean;
  liquidAlpha?: boolean;
  /** Share of uids holding a validator permit (default 0.25, at least 1). */
  validatorShare?: number;
  seed?: number;
}

/** A plausible metagraph: power-law stake, permits on the top stakers, noisy weights, bonds. */
export function randomSnapshot(o: RandomSnapshotOptions): Snapshot {
  const rng = new Rng(o.seed ?? 1);
  const n = o.n;
  const perRow =
    o.density > 0 && o.density <= 1 && !Number.isInteger(o.density)
      ? Math.max(1, Math.round(o.density * n))
      : Math.min(n, Math.round(o.density));
  const block = 5_000_000;
  const stakes = Array.from({ length: n }, (_, i) => BigInt(Math.floor(((1e9 * 1e6) / Math.pow(i + 1, 1.1)) * (0.5 + rng.float()))));
  const order = [...Array(n).keys()].sort((a, b) => (stakes[b]! > stakes[a]! ? 1 : stakes[b]! < stakes[a]! ? -1 : a - b));
  const nVal = Math.max(1, Math.round(n * (o.validatorShare ?? 0.25)));
  const isVal = new Array<boolean>(n).fill(false);
  for (let k = 0; k < nVal; k++) isVal[order[k]!] = true;
  const quality = Array.from({ length: n }, () => rng.float());
  const weights: SparseRow[] = [];
  const bonds: SparseRow[] = [];
  for (let i = 0; i < n; i++) {
    if (!isVal[i]) {
      weights.push([]);
      bonds.push([]);
      continue;
    }
    const cols = rng.sample(n, perRow);
    const raw = cols.map((j) => Math.max(0, quality[j]! + 0.2 * rng.normal()));
    const mx = Math.max(...raw, 1e-9);
    weights.push(cols.map((j, k) => [j, Math.round((raw[k]! / mx) * 65535)] as [number, number]));
    const bcols = rng.sample(n, perRow);
    bonds.push(bcols.map((j) => [j, rng.int(0, 65535)] as [number, number]));
  }
  return {
    netuid: 1,
    n,
    currentBlock: String(block),
    tempo: 360,
    activityCutoffFactorMilli: 13889,
    lastMechanismStepBlock: String(block - 361),
    raoEmission: "1000000000",
    kappa: 32767,
    bondsMovingAverage: "900000",
    bondsPenalty: 65535,
    liquidAlphaEnabled: o.liquidAlpha ?? false,
    alphaLow: 45875,
    alphaHigh: 58982,
    alphaSigmoidSteepness: 1000,
    yuma3Enabled: o.yuma3 ?? false,
    maxAllowedValidators: nVal,
    stakeThreshold: "1000",
    ownerUid: 0,
    commitRevealEnabled: false,
    commitBlocks: new Array(n).fill(null),
    alphaStake: stakes.map(String),
    taoStake: new Array(n).fill("0"),
    taoWeight: "3320413933267719290",
    lastUpdate: Array.from({ length: n }, () => String(block - rng.int(0, 3000))),
    blockAtRegistration: Array.from({ length: n }, () => String(rng.int(0, block - 10000))),
    validatorPermit: isVal,
    weights,
    bonds,
  };
}
