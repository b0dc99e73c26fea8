// math.rs, written plainly over BigInt (the reference model). Rows are
// arrays of [uid, I32F32 bits]; dense matrices are bigint[][]. No code is
// shared with assembly/: this is the second witness besides the fixtures.
import { fx } from "./fixed.js";

export type Row = [number, bigint][];
export type Sparse = Row[];

const ZERO = 0n;

export function inplaceNormalize(x: bigint[]): void {
  const s = fx.sum(x);
  if (s === ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = fx.safeDiv(x[i]!, s);
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

export function inplaceRowNormalizeSparse(m: Sparse): void {
  for (const row of m) {
    const s = fx.sum(row.map(([, v]) => v));
    if (s > ZERO) for (const e of row) e[1] = fx.safeDiv(e[1], s);
  }
}

export function rowSumSparse(m: Sparse): bigint[] {
  return m.map((row) => fx.sum(row.map(([, v]) => v)));
}

export function inplaceColNormalizeSparse(m: Sparse, columns: number): void {
  const sums = new Array<bigint>(columns).fill(ZERO);
  for (const row of m) for (const [j, v] of row) if (j < columns) sums[j] = fx.addSat(sums[j]!, v);
  for (const row of m) for (const e of row) {
    const d = e[0] < columns ? sums[e[0]]! : ZERO;
    if (d !== ZERO) e[1] = fx.safeDiv(e[1], d);
  }
}

export function inplaceColMaxUpscaleSparse(m: Sparse, columns: number): void {
  const maxes = new Array<bigint>(columns).fill(ZERO);
  for (const row of m) for (const [j, v] of row) if (j < columns && maxes[j]! < v) maxes[j] = v;
  for (const row of m) for (const e of row) {
    const d = e[0] < columns ? maxes[e[0]]! : ZERO;
    if (d !== ZERO) e[1] = fx.safeDiv(e[1], d);
  }
}

export function colClipSparse(m: Sparse, th: bigint[]): Sparse {
  return m.map((row) => {
    const out: Row = [];
    for (const [j, v] of row) {
      const t = th[j] ?? ZERO;
      if (t < v) { if (t > ZERO) out.push([j, t]); } else out.push([j, v]);
    }
    return out;
  });
}

export function matmulSparse(m: Sparse, v: bigint[], columns: number): bigint[] {
  const r = new Array<bigint>(columns).fill(ZERO);
  m.forEach((row, i) => {
    const scale = v[i] ?? ZERO;
    for (const [j, x] of row) if (j < columns) r[j] = fx.addSat(r[j]!, fx.mulSat(scale, x));
  });
  return r;
}

export function matmulTransposeSparse(m: Sparse, v: bigint[]): bigint[] {
  return m.map((row) => row.reduce((acc, [j, x]) => fx.addSat(acc, fx.mulSat(v[j] ?? ZERO, x)), ZERO));
}

export function rowHadamardSparse(m: Sparse, v: bigint[]): Sparse {
  const out: Sparse = [];
  for (let i = 0; i < m.length && i < v.length; i++) out.push(m[i]!.map(([j, x]) => [j, fx.mulSat(x, v[i]!)]));
  return out;
}

export function interpolateSparse(a: Sparse, b: Sparse, columns: number, ratio: bigint): Sparse {
  if (ratio === ZERO) return a.map((r) => r.slice());
  if (ratio === fx.ONE) return b.map((r) => r.slice());
  if (a.length !== b.length) return b.map((r) => r.slice());
  return a.map((rowA, i) => {
    const r1 = new Array<bigint>(columns).fill(ZERO), r2 = new Array<bigint>(columns).fill(ZERO);
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

export function matEmaSparse(nw: Sparse, old: Sparse, alpha: bigint): Sparse {
  const n = nw.length;
  if (n === 0) return [];
  const oneMinus = fx.subSat(fx.ONE, alpha);
  return nw.map((row, i) => {
    const acc = new Array<bigint>(n).fill(ZERO);
    for (const [j, v] of row) if (j < n) acc[j] = fx.addSat(acc[j]!, fx.mulSat(alpha, v));
    for (const [j, v] of old[i] ?? []) if (j < n) acc[j] = fx.addSat(acc[j]!, fx.mulSat(oneMinus, v));
    const out: Row = [];
    acc.forEach((v, j) => { if (v > ZERO) out.push([j, v]); });
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
export function weightedMedian(stake: bigint[], score: bigint[], partition: number[], minority: bigint, lo: bigint, hi: bigint): bigint {
  let cur = partition.slice();
  const limit = partition.length;
  let iter = 0;
  for (;;) {
    const n = cur.length;
    if (n === 0) return ZERO;
    if (n === 1) return score[cur[0]!] ?? ZERO;
    const pivot = score[cur[n >> 1]!] ?? ZERO;
    let loStake = ZERO, hiStake = ZERO;
    const lower: number[] = [], upper: number[] = [];
    for (const idx of cur) {
      const s = score[idx] ?? ZERO;
      if (s === pivot) continue;
      if (s < pivot) { loStake = fx.addSat(loStake, stake[idx] ?? ZERO); lower.push(idx); }
      else { hiStake = fx.addSat(hiStake, stake[idx] ?? ZERO); upper.push(idx); }
    }
    if (minority < fx.addSat(lo, loStake) && lower.length > 0) {
      cur = lower;
      hi = fx.addSat(lo, loStake);
    } else if (fx.subSat(hi, hiStake) <= minority && upper.length > 0) {
      cur = upper;
      lo = fx.subSat(hi, hiStake);
    } else {
      return pivot;
    }
    iter++;
    if (iter > limit) break;
  }
  return ZERO;
}

export function weightedMedianColSparse(stake: bigint[], score: Sparse, columns: number, majority: bigint): bigint[] {
  const useStake = stake.filter((s) => s > ZERO);
  inplaceNormalize(useStake);
  const stakeSum = fx.sum(useStake);
  const minority = fx.subSat(stakeSum, majority);
  const idx = [...useStake.keys()];
  const useScore: bigint[][] = Array.from({ length: columns }, () => new Array<bigint>(useStake.length).fill(ZERO));
  let k = 0;
  for (let i = 0; i < stake.length && i < score.length; i++) {
    if (stake[i]! > ZERO) {
      for (const [c, v] of score[i]!) if (c < columns && k < useStake.length) useScore[c]![k] = v;
      k++;
    }
  }
  return useScore.map((col) => weightedMedian(useStake, col, idx, minority, ZERO, stakeSum));
}

export function weightedMedianCol(stake: bigint[], score: bigint[][], majority: bigint): bigint[] {
  const columns = score[0]?.length ?? 0;
  const out: bigint[] = [];
  for (let c = 0; c < columns; c++) {
    const useStake: bigint[] = [], useScore: bigint[] = [];
    for (let r = 0; r < stake.length; r++) {
      if (stake[r]! > ZERO) { useStake.push(stake[r]!); useScore.push(score[r]?.[c] ?? ZERO); }
    }
    if (useStake.length === 0) { out.push(ZERO); continue; }
    inplaceNormalize(useStake);
    const s = fx.sum(useStake);
    out.push(weightedMedian(useStake, useScore, [...useStake.keys()], fx.subSat(s, majority), ZERO, s));
  }
  return out;
}
