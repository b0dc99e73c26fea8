// The chain's sparse epoch (epoch_mechanism) in exact arithmetic: decimal.js
// at 60 significant digits, no fixed-point rounding, saturation or wrapping,
// and the true exponential in liquid alpha. Same steps and masks as the
// chain; the difference to the engine is what fixed point costs.
import { Decimal } from "decimal.js";
import type { Snapshot } from "../snapshot/types.js";
import { SnapshotError } from "../snapshot/errors.js";

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
type Dec = InstanceType<typeof D>;
type Row = [number, Dec][];

const ZERO = new D(0);
const ONE = new D(1);
const U16 = new D(65535);
const U64_MAX = (1n << 64n) - 1n;

export interface ExactResult {
  /** rao, exact (not floored) */
  serverEmission: Dec[];
  validatorEmission: Dec[];
  incentive: Dec[];
  dividends: Dec[];
  consensus: Dec[];
  validatorTrust: Dec[];
  /** normalised stake after the threshold filter, and the active validators' share of it */
  stake: Dec[];
  activeStake: Dec[];
}

const sum = (xs: Dec[]) => xs.reduce((a, b) => a.plus(b), ZERO);
const normalize = (xs: Dec[]) => {
  const s = sum(xs);
  return s.isZero() ? xs : xs.map((x) => x.div(s));
};
const dmin = (a: Dec, b: Dec) => (a.lt(b) ? a : b);
const dmax = (a: Dec, b: Dec) => (a.gt(b) ? a : b);

function colNormalize(m: Row[], n: number): Row[] {
  const s = new Array<Dec>(n).fill(ZERO);
  for (const r of m) for (const [j, v] of r) if (j < n) s[j] = s[j]!.plus(v);
  return m.map((r) => r.map(([j, v]) => [j, j < n && !s[j]!.isZero() ? v.div(s[j]!) : v] as [number, Dec]));
}

/** Stake-weighted median: smallest score whose cumulative stake exceeds the minority. */
function weightedMedianCol(stake: Dec[], w: Row[], n: number, kappa: Dec): Dec[] {
  const rows = stake.map((s, i) => [s, i] as const).filter(([s]) => s.gt(0));
  const total = sum(rows.map(([s]) => s));
  const use = rows.map(([s, i]) => [s.div(total), i] as const);
  const minority = ONE.minus(kappa);
  const cols: [Dec, Dec][][] = Array.from({ length: n }, () => []);
  for (const [s, i] of use) {
    const seen = new Map<number, Dec>();
    for (const [j, v] of w[i]!) if (j < n) seen.set(j, v);
    for (let j = 0; j < n; j++) cols[j]!.push([seen.get(j) ?? ZERO, s]);
  }
  return cols.map((col) => {
    if (col.length === 0) return ZERO;
    col.sort((a, b) => a[0].cmp(b[0]));
    let f = ZERO;
    for (let k = 0; k < col.length; k++) {
      f = f.plus(col[k]![1]);
      const last = k + 1 === col.length || !col[k + 1]![0].eq(col[k]![0]);
      if (last && f.gt(minority)) return col[k]![0];
    }
    return col[col.length - 1]![0];
  });
}

export function exactEpoch(s: Snapshot): ExactResult {
  // this model follows the spec-423+ epoch; older runtimes (src/snapshot/versions.ts) are refused
  if (s.specVersion !== undefined && s.specVersion < 423) {
    throw new SnapshotError("specVersion", `the exact-arithmetic model covers the epoch of spec 423-425 only, not spec ${s.specVersion}`);
  }
  const n = s.n;
  const cur = BigInt(s.currentBlock);
  const cutoff = (() => {
    const c = (BigInt(s.activityCutoffFactorMilli) * BigInt(s.tempo)) / 1000n;
    return c > 1n ? c : 1n;
  })();
  const inactive = s.lastUpdate.map((u) => BigInt(u) + cutoff < cur);
  const tw = new D(s.taoWeight).div(new D(U64_MAX.toString()));
  const total = s.alphaStake.map((a, i) => new D(a).plus(new D(s.taoStake[i]!).times(tw)));
  const min = new D(s.stakeThreshold);
  const stake = normalize(total.map((t, i) => (s.ownerUid !== i && t.floor().lt(min) ? ZERO : t)));
  const permits = s.validatorPermit.map((p, i) => p || s.ownerUid === i);
  const active = normalize(stake.map((x, i) => (inactive[i] || !permits[i] ? ZERO : x)));
  const lu = s.lastUpdate.map(BigInt),
    reg = s.blockAtRegistration.map(BigInt);
  const cb = s.commitBlocks.map((b) => (b === null ? U64_MAX : BigInt(b)));
  let w: Row[] = s.weights.map((row, i) =>
    row
      .filter(
        ([j]) =>
          j < n && permits[i] && (i !== j || i === s.ownerUid) && !(lu[i]! <= reg[j]!) && !(s.commitRevealEnabled && cb[i]! < reg[j]!),
      )
      .map(([j, v]) => [j, new D(v)] as [number, Dec]),
  );
  w = w.map((r) => {
    const t = sum(r.map(([, v]) => v));
    return t.gt(0) ? r.map(([j, v]) => [j, v.div(t)] as [number, Dec]) : r;
  });
  const consensus = weightedMedianCol(active, w, n, new D(s.kappa).div(U16));
  // as col_clip_sparse: an entry above a zero consensus is dropped, a zero weight is kept
  const clipped = w.map((r) =>
    r.flatMap(([j, v]): [number, Dec][] => (consensus[j]!.lt(v) ? (consensus[j]!.gt(0) ? [[j, consensus[j]!]] : []) : [[j, v]])),
  );
  const vtrust = clipped.map((r) => sum(r.map(([, v]) => v)));
  const ranks = new Array<Dec>(n).fill(ZERO);
  clipped.forEach((r, i) =>
    r.forEach(([j, v]) => {
      ranks[j] = ranks[j]!.plus(active[i]!.times(v));
    }),
  );
  const incentive = normalize(ranks);
  const bp = new D(s.bondsPenalty).div(U16);
  // as interpolate_sparse: the penalty's end points return a matrix as is (zero entries included),
  // which matters for Yuma3, whose bond EMA only visits the columns a weight row lists
  const wfb: Row[] = bp.isZero()
    ? w
    : bp.eq(1)
      ? clipped
      : w.map((r, i) => {
          const a = new Map(r.map(([j, v]) => [j, v])),
            c = new Map(clipped[i]!.map(([j, v]) => [j, v]));
          return [...new Set([...a.keys(), ...c.keys()])]
            .sort((x, y) => x - y)
            .map((j) => {
              const v1 = a.get(j) ?? ZERO;
              return [j, v1.plus(bp.times((c.get(j) ?? ZERO).minus(v1)))] as [number, Dec];
            })
            .filter(([, v]) => v.gt(0));
        });
  const lms = BigInt(s.lastMechanismStepBlock);
  const lastTempo = lms === 0n ? (cur > BigInt(s.tempo) ? cur - BigInt(s.tempo) : 0n) : lms + 1n;
  const recent = (j: number) => lastTempo <= (reg[j] ?? 0n);
  let dividends: Dec[];
  if (s.yuma3Enabled) {
    const bonds: Row[] = s.bonds.map((r) =>
      r.filter(([j]) => j < n && !recent(j)).map(([j, v]) => [j, new D(v).div(U16)] as [number, Dec]),
    );
    const liquid = s.liquidAlphaEnabled && consensus.some((c) => !c.isZero());
    const low = new D(s.alphaLow).div(U16),
      high = new D(s.alphaHigh).div(U16);
    const steep = new D(s.alphaSigmoidSteepness);
    const fixedAlpha = ONE.minus(new D(s.bondsMovingAverage).div(1_000_000));
    const ema: Row[] = wfb.map((r, i) => {
      const old = new Map(bonds[i]!.map(([j, v]) => [j, v]));
      if (liquid) {
        return r
          .map(([j, wv]) => {
            const b = old.get(j) ?? ZERO;
            const diff = wv.gte(b) ? dmax(dmin(wv.minus(consensus[j]!), ONE), ZERO) : dmax(dmin(b.minus(wv), ONE), ZERO);
            const sig = ONE.div(ONE.plus(steep.div(-100).times(diff.minus(0.5)).exp()));
            const a = dmax(dmin(low.plus(sig.times(high.minus(low))), high), low);
            return [
              j,
              dmin(
                ONE.minus(a)
                  .times(b)
                  .plus(dmax(a.times(wv), ZERO)),
                ONE,
              ),
            ] as [number, Dec];
          })
          .filter(([, v]) => v.gt(0));
      }
      const cols = new Map<number, Dec>();
      for (const [j, v] of r) cols.set(j, fixedAlpha.times(v));
      for (const [j, v] of old) cols.set(j, (cols.get(j) ?? ZERO).plus(ONE.minus(fixedAlpha).times(v)));
      return [...cols].sort((a, b) => a[0] - b[0]).filter(([, v]) => v.gt(0));
    });
    const norm = colNormalize(ema, n);
    const perValidator = norm.map((r) => sum(r.map(([j, v]) => v.times(incentive[j]!))));
    dividends = normalize(perValidator.map((x, i) => x.times(active[i]!)));
  } else {
    const bonds = colNormalize(
      s.bonds.map((r) => r.filter(([j]) => j < n && !recent(j)).map(([j, v]) => [j, new D(v)] as [number, Dec])),
      n,
    );
    const delta = colNormalize(
      wfb.map((r, i) => r.map(([j, v]) => [j, v.times(active[i]!)] as [number, Dec])),
      n,
    );
    const alpha = ONE.minus(new D(s.bondsMovingAverage).div(1_000_000));
    const ema = colNormalize(
      delta.map((r, i) => {
        const cols = new Map<number, Dec>();
        for (const [j, v] of r) cols.set(j, alpha.times(v));
        for (const [j, v] of bonds[i]!) cols.set(j, (cols.get(j) ?? ZERO).plus(ONE.minus(alpha).times(v)));
        return [...cols].filter(([, v]) => v.gt(0));
      }),
      n,
    );
    dividends = normalize(ema.map((r) => sum(r.map(([j, v]) => v.times(incentive[j]!)))));
  }
  const rao = new D(s.raoEmission);
  const emissionSum = sum(incentive).plus(sum(dividends));
  let server: Dec[], validator: Dec[];
  if (emissionSum.isZero()) {
    server = incentive.map(() => ZERO);
    const src = sum(active).isZero() ? stake : active;
    validator = src.map((x) => x.times(rao));
  } else {
    server = incentive.map((x) => x.div(emissionSum).times(rao));
    validator = dividends.map((x) => x.div(emissionSum).times(rao));
  }
  return {
    serverEmission: server,
    validatorEmission: validator,
    incentive,
    dividends,
    consensus,
    validatorTrust: vtrust,
    stake,
    activeStake: active,
  };
}
