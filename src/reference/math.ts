// math.rs, written plainly over BigInt (the reference model). Rows are
// arrays of [uid, I32F32 bits]; dense matrices are bigint[][]. No code is
// shared with assembly/: this is the second witness besides the fixtures.
import { fx, SAFE_OPS, type EraOps } from "./fixed.js";

export type Row = [number, bigint][];
export type Sparse = Row[];

const ZERO = 0n;

export function inplaceNormalize(x: bigint[], ops: EraOps = SAFE_OPS): void {
  const s = fx.sum(x);
  if (s === ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = ops.div(x[i]!, s);
}

/** inplace_normalize_64 (I64F64; the sum wraps) */
export function inplaceNormalize64(x: bigint[], ops: EraOps = SAFE_OPS): void {
  const s = BigInt.asIntN(
    128,
    x.reduce((a, b) => a + b, ZERO),
  );
  if (s === ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = ops.div64(x[i]!, s);
}

/** is_topk (before 273): zero stake may hold a permit */
export function isTopk(v: bigint[], k: number): boolean[] {
  const n = v.length;
  const result = v.map(() => true);
  if (n < k) return result;
  const idxs = [...Array(n).keys()];
  idxs.sort((a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0)); // stable
  for (const i of idxs.slice(0, n - k)) result[i] = false;
  return result;
}

/** vecdiv: x_i / y_i, 0 where y_i == 0 */
export function vecdiv(x: bigint[], y: bigint[], ops: EraOps = SAFE_OPS): bigint[] {
  return x.map((v, i) => (y[i]! !== ZERO ? ops.div(v, y[i]!) : ZERO));
}

export function isTopkNonzero(v: bigint[], k: number): boolean[] {
  const n = v.length;
  const result = v.map((x) => x !== ZERO);
  if (n < k) return result;
  const idxs = [...Array(n).keys()];
  idxs.sort((a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0)); // Array.prototype.sort is stable
  for (const i of idxs.slice(0, n - k)) result[i] = false;
  return result;
}

export function maskRowsSparse(mask: boolean[], m: Sparse): Sparse {
  return m.map((row, i) => ((mask[i] ?? true) ? [] : row.slice()));
}

export function maskDiagSparse(m: Sparse): Sparse {
  return m.map((row, i) => row.filter(([j]) => i !== j));
}

export function maskDiagSparseExceptIndex(m: Sparse, except: number): Sparse {
  return m.map((row, i) => row.filter(([j]) => i !== j || (i === except && j === except)));
}

export function vecMaskSparseMatrix(m: Sparse, first: bigint[], second: bigint[], f: (a: bigint, b: bigint) => boolean): Sparse {
  return m.map((row, i) => {
    const fv = first[i] ?? 0n;
    return row.filter(([j]) => !f(fv, second[j] ?? 0n));
  });
}

export function scalarVecMaskSparseMatrix(m: Sparse, scalar: bigint, v: bigint[], f: (a: bigint, b: bigint) => boolean): Sparse {
  return m.map((row) => row.filter(([j]) => !f(scalar, v[j] ?? 0n)));
}

export function inplaceRowNormalizeSparse(m: Sparse, ops: EraOps = SAFE_OPS): void {
  for (const row of m) {
    const s = fx.sum(row.map(([, v]) => v));
    if (s > ZERO) for (const e of row) e[1] = ops.div(e[1], s);
  }
}

export function rowSumSparse(m: Sparse): bigint[] {
  return m.map((row) => fx.sum(row.map(([, v]) => v)));
}

export function inplaceColNormalizeSparse(m: Sparse, columns: number, ops: EraOps = SAFE_OPS): void {
  const sums = new Array<bigint>(columns).fill(ZERO);
  for (const row of m) for (const [j, v] of row) if (j < columns) sums[j] = ops.add(sums[j]!, v);
  for (const row of m)
    for (const e of row) {
      const d = e[0] < columns ? sums[e[0]]! : ZERO;
      if (d !== ZERO) e[1] = ops.div(e[1], d);
    }
}

export function inplaceColMaxUpscaleSparse(m: Sparse, columns: number, ops: EraOps = SAFE_OPS): void {
  const maxes = new Array<bigint>(columns).fill(ZERO);
  for (const row of m) for (const [j, v] of row) if (j < columns && maxes[j]! < v) maxes[j] = v;
  for (const row of m)
    for (const e of row) {
      const d = e[0] < columns ? maxes[e[0]]! : ZERO;
      if (d !== ZERO) e[1] = ops.div(e[1], d);
    }
}

export function colClipSparse(m: Sparse, th: bigint[]): Sparse {
  return m.map((row) => {
    const out: Row = [];
    for (const [j, v] of row) {
      const t = th[j] ?? ZERO;
      if (t < v) {
        if (t > ZERO) out.push([j, t]);
      } else out.push([j, v]);
    }
    return out;
  });
}

export function matmulSparse(m: Sparse, v: bigint[], columns: number, ops: EraOps = SAFE_OPS): bigint[] {
  const r = new Array<bigint>(columns).fill(ZERO);
  m.forEach((row, i) => {
    const scale = v[i] ?? ZERO;
    for (const [j, x] of row) if (j < columns) r[j] = ops.add(r[j]!, ops.mul(scale, x));
  });
  return r;
}

export function matmulTransposeSparse(m: Sparse, v: bigint[], ops: EraOps = SAFE_OPS): bigint[] {
  return m.map((row) => row.reduce((acc, [j, x]) => ops.add(acc, ops.mul(v[j] ?? ZERO, x)), ZERO));
}

export function rowHadamardSparse(m: Sparse, v: bigint[], ops: EraOps = SAFE_OPS): Sparse {
  const out: Sparse = [];
  for (let i = 0; i < m.length && i < v.length; i++) out.push(m[i]!.map(([j, x]) => [j, ops.mul(x, v[i]!)]));
  return out;
}

export function interpolateSparse(a: Sparse, b: Sparse, columns: number, ratio: bigint): Sparse {
  if (ratio === ZERO) return a.map((r) => r.slice());
  if (ratio === fx.ONE) return b.map((r) => r.slice());
  if (a.length !== b.length) return b.map((r) => r.slice());
  return a.map((rowA, i) => {
    const r1 = new Array<bigint>(columns).fill(ZERO),
      r2 = new Array<bigint>(columns).fill(ZERO);
    for (const [j, v] of rowA) if (j < columns) r1[j] = v;
    for (const [j, v] of b[i]!) if (j < columns) r2[j] = v;
    const out: Row = [];
    for (let j = 0; j < columns; j++) {
      const x = fx.addSat(r1[j]!, fx.mulSat(ratio, fx.subSat(r2[j]!, r1[j]!)));
      if (ZERO < x) out.push([j, x]);
    }
    return out;
  });
}

export function vecMul(a: bigint[], b: bigint[]): bigint[] {
  const n = Math.min(a.length, b.length);
  const out: bigint[] = [];
  for (let i = 0; i < n; i++) out.push(fx.mulChecked(a[i]!, b[i]!) ?? ZERO);
  return out;
}

export function matVecMulSparse(m: Sparse, v: bigint[]): Sparse {
  return m.map((row) => {
    const out: Row = [];
    for (const [j, x] of row) {
      if (j >= v.length) continue;
      const y = fx.mulSat(x, v[j]!);
      if (y !== ZERO) out.push([j, y]);
    }
    return out;
  });
}

export function matEmaSparse(nw: Sparse, old: Sparse, alpha: bigint, ops: EraOps = SAFE_OPS): Sparse {
  const n = nw.length;
  if (n === 0) return [];
  const oneMinus = ops.sub(fx.ONE, alpha);
  return nw.map((row, i) => {
    const acc = new Array<bigint>(n).fill(ZERO);
    for (const [j, v] of row) if (j < n) acc[j] = ops.add(acc[j]!, ops.mul(alpha, v));
    for (const [j, v] of old[i] ?? []) if (j < n) acc[j] = ops.add(acc[j]!, ops.mul(oneMinus, v));
    const out: Row = [];
    acc.forEach((v, j) => {
      if (v > ZERO) out.push([j, v]);
    });
    return out;
  });
}

export function matEmaAlphaSparse(nw: Sparse, old: Sparse, alpha: bigint[][]): Sparse {
  if (nw.length !== old.length || nw.length !== alpha.length) return nw.map((r) => r.slice());
  return nw.map((row, i) => {
    const arow = alpha[i]!;
    const decayed = new Array<bigint>(arow.length).fill(ZERO);
    for (const [j, o] of old[i]!) if (j < arow.length) decayed[j] = fx.mulSat(fx.subSat(fx.ONE, arow[j]!), o);
    const out: Row = [];
    for (const [j, v] of row) {
      if (j >= arow.length) continue;
      const inc = max(fx.mulSat(arow[j]!, v), ZERO);
      const val = min(fx.addSat(decayed[j]!, inc), fx.ONE);
      if (val > ZERO) out.push([j, val]);
    }
    return out;
  });
}

export const min = (a: bigint, b: bigint) => (a < b ? a : b);
export const max = (a: bigint, b: bigint) => (a > b ? a : b);

/** math.rs weighted_median: the mid-pivot partition search, literally. */
export function weightedMedian(
  stake: bigint[],
  score: bigint[],
  partition: number[],
  minority: bigint,
  lo: bigint,
  hi: bigint,
  ops: EraOps = SAFE_OPS,
): bigint {
  let cur = partition.slice();
  const limit = partition.length;
  let iter = 0;
  for (;;) {
    const n = cur.length;
    if (n === 0) return ZERO;
    if (n === 1) return score[cur[0]!] ?? ZERO;
    const pivot = score[cur[n >> 1]!] ?? ZERO;
    let loStake = ZERO,
      hiStake = ZERO;
    const lower: number[] = [],
      upper: number[] = [];
    for (const idx of cur) {
      const s = score[idx] ?? ZERO;
      if (s === pivot) continue;
      if (s < pivot) {
        loStake = ops.add(loStake, stake[idx] ?? ZERO);
        lower.push(idx);
      } else {
        hiStake = ops.add(hiStake, stake[idx] ?? ZERO);
        upper.push(idx);
      }
    }
    // (the recursive form before 320 first returns the pivot when lo + loStake <= minority < hi - hiStake:
    // the complement of the two branches below)
    if (minority < ops.add(lo, loStake) && lower.length > 0) {
      cur = lower;
      hi = ops.add(lo, loStake);
    } else if (ops.sub(hi, hiStake) <= minority && upper.length > 0) {
      cur = upper;
      lo = ops.sub(hi, hiStake);
    } else {
      return pivot;
    }
    iter++;
    if (iter > limit) break;
  }
  return ZERO;
}

export function weightedMedianColSparse(
  stake: bigint[],
  score: Sparse,
  columns: number,
  majority: bigint,
  ops: EraOps = SAFE_OPS,
): bigint[] {
  const useStake = stake.filter((s) => s > ZERO);
  inplaceNormalize(useStake, ops);
  const stakeSum = fx.sum(useStake);
  const minority = ops.sub(stakeSum, majority);
  const idx = [...useStake.keys()];
  const useScore: bigint[][] = Array.from({ length: columns }, () => new Array<bigint>(useStake.length).fill(ZERO));
  let k = 0;
  for (let i = 0; i < stake.length && i < score.length; i++) {
    if (stake[i]! > ZERO) {
      for (const [c, v] of score[i]!) if (c < columns && k < useStake.length) useScore[c]![k] = v;
      k++;
    }
  }
  return useScore.map((col) => weightedMedian(useStake, col, idx, minority, ZERO, stakeSum, ops));
}

export function weightedMedianCol(stake: bigint[], score: bigint[][], majority: bigint): bigint[] {
  const columns = score[0]?.length ?? 0;
  const out: bigint[] = [];
  for (let c = 0; c < columns; c++) {
    const useStake: bigint[] = [],
      useScore: bigint[] = [];
    for (let r = 0; r < stake.length; r++) {
      if (stake[r]! > ZERO) {
        useStake.push(stake[r]!);
        useScore.push(score[r]?.[c] ?? ZERO);
      }
    }
    if (useStake.length === 0) {
      out.push(ZERO);
      continue;
    }
    inplaceNormalize(useStake);
    const s = fx.sum(useStake);
    out.push(weightedMedian(useStake, useScore, [...useStake.keys()], fx.subSat(s, majority), ZERO, s));
  }
  return out;
}
