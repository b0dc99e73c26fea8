// A BigInt model of root_epoch (root.rs, specs 133-232), written from the
// upstream code independently of assembly/root: I64F64 values are BigInt bits,
// plain operators wrap to 128 bits (release build), saturating_* clamp,
// checked_* return null. Used by test/root-reference.test.ts.
const ONE = 1n << 64n;
const MAX = (1n << 127n) - 1n;
const MIN = -(1n << 127n);
const wrap = (x: bigint) => BigInt.asIntN(128, x);
const clamp = (x: bigint) => (x > MAX ? MAX : x < MIN ? MIN : x);
const fits = (x: bigint) => x >= MIN && x <= MAX;
const floorDiv = (a: bigint, b: bigint) => {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

interface Ops {
  add(a: bigint, b: bigint): bigint;
  sub(a: bigint, b: bigint): bigint;
  mul(a: bigint, b: bigint): bigint;
  div(a: bigint, b: bigint): bigint;
  neg(a: bigint): bigint;
}
const plain: Ops = {
  add: (a, b) => wrap(a + b),
  sub: (a, b) => wrap(a - b),
  mul: (a, b) => wrap(floorDiv(a * b, ONE)),
  div: (a, b) => wrap((a * ONE) / b),
  neg: (a) => wrap(-a),
};
const saturating: Ops = {
  add: (a, b) => clamp(a + b),
  sub: (a, b) => clamp(a - b),
  mul: (a, b) => clamp(floorDiv(a * b, ONE)),
  div: (a, b) => clamp((a * ONE) / b),
  neg: (a) => clamp(-a),
};
const sum = (v: bigint[]) => v.reduce((s, x) => wrap(s + x), 0n); // Iterator::sum wraps in every era

/** substrate-fixed transcendental::exp::<I64F64>; null = Err */
function exp(x: bigint): bigint | null {
  if (x === 0n) return ONE;
  if (x === ONE) return 22802600n << 41n; // consts::E as I9F23
  const neg = x < 0n;
  if (neg) {
    if (!fits(-x)) return null;
    x = -x;
  }
  let result = x + ONE;
  if (!fits(result)) return null;
  let term = x;
  for (let i = 2n; i < 64n; i++) {
    term = floorDiv(term * x, ONE);
    if (!fits(term)) return null;
    term = (term * ONE) / (i * ONE);
    result += term;
    if (!fits(result)) return null;
  }
  if (neg) {
    const q = (ONE * ONE) / result;
    if (!fits(q)) return null;
    result = q;
  }
  return result;
}

export interface RefInput {
  netuids: number[];
  totalNetworks: number;
  kappa: number;
  rho: number;
  stake: string[];
  weights: [number, number][][];
}

/** Outcome kinds as the API returns them; values as decimal strings. */
export function referenceRootEpoch(
  i: RefInput,
  spec: number,
  E: bigint,
): { emissionValues: string[]; debug: Record<string, string[]> } | { err: true } | { panic: true } {
  const op = spec >= 153 ? saturating : plain;
  const n = i.stake.length,
    k = i.netuids.length,
    tn = i.totalNetworks;
  if (n === 0 || k === 0) return { err: true };
  const normalize = (v: bigint[]) => {
    const s = sum(v);
    return s === 0n ? v : v.map((x) => op.div(x, s));
  };
  const S = normalize(i.stake.map((s) => BigInt.asIntN(64, BigInt(s)) * ONE));
  const W: bigint[][] = i.weights.map(() => Array<bigint>(tn).fill(0n));
  for (let r = 0; r < n; r++) {
    for (const [netuid, w] of i.weights[r]!) {
      if (spec >= 149) {
        const j = i.netuids.slice(0, Math.min(tn, k)).indexOf(netuid);
        if (j >= 0) W[r]![j] = BigInt(w) * ONE;
      } else {
        const j = i.netuids.indexOf(netuid);
        if (j < 0) continue;
        if (j >= tn) return { panic: true };
        W[r]![j] = BigInt(w) * ONE;
      }
    }
  }
  if (spec >= 151) {
    for (const row of W) {
      const s = sum(row);
      if (s > 0n)
        row.forEach((x, j) => {
          row[j] = op.div(x, s);
        });
    }
  }
  const R = Array<bigint>(tn).fill(0n),
    T = Array<bigint>(tn).fill(0n);
  for (let r = 0; r < n; r++) for (let j = 0; j < tn; j++) R[j] = op.add(R[j]!, op.mul(S[r]!, W[r]![j]!));
  let total = 0n;
  for (let r = 0; r < n; r++) {
    total = op.add(total, S[r]!);
    for (let j = 0; j < tn; j++) if (W[r]![j]! > 0n) T[j] = op.add(T[j]!, S[r]!);
  }
  if (total === 0n) return { err: true };
  for (let j = 0; j < tn; j++) {
    const q = (T[j]! * ONE) / total;
    if (fits(q)) T[j] = q;
  }
  const kappa = ((BigInt(i.kappa) << 32n) / 65535n) << 32n;
  const C: bigint[] = [];
  for (let j = 0; j < tn; j++) {
    const e = exp(op.neg(op.mul(op.sub(T[j]!, kappa), BigInt(i.rho) * ONE)));
    if (e === null) return { panic: true };
    C.push(op.div(ONE, op.add(ONE, e)));
  }
  const WE = normalize(C.map((c, j) => op.mul(c, R[j]!)));
  const emission = WE.map((v) => BigInt.asUintN(64, op.mul(v, BigInt.asIntN(64, E) * ONE) >> 64n).toString());
  if (k !== tn) return { err: true };
  const str = (v: bigint[]) => v.map(String);
  return { emissionValues: emission, debug: { stake: str(S), ranks: str(R), trust: str(T), consensus: str(C), weightedEmission: str(WE) } };
}
