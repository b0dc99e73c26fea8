// root_epoch (root.rs, specs 133-232) through WebAssembly: validate, copy in,
// run, decode into the `expected` shape of yuma-root-fixture/1.
import { rootWasm, putU16, putU64 } from "./wasm.js";
import { rootEra, rootEpochFlags } from "./versions.js";
import { parseRootEpochInput } from "./input.js";

export interface RootEpochDebug {
  /** I64F64 bits as signed decimal strings (value = bits / 2^64) */
  stake: string[];
  ranks: string[];
  trust: string[];
  consensus: string[];
  weightedEmission: string[];
}

export type RootEpochOutcome =
  | { blockEmission: string; emissionValues: string[]; debug?: RootEpochDebug }
  | { err: string }
  | { panic: string };

const OUTCOME: Record<number, { err: string } | { panic: string }> = {
  1: { err: "No validators to validate emission values." },
  2: { err: "No networks to validate emission values." },
  3: { err: "No stake on network" },
  4: { err: "netuids and emission must have the same length" },
  16: { panic: "temperatured_trust is on range( -rho * kappa, rho ( 1 - kappa ) ): ()" },
  17: { panic: "index out of bounds: get_root_weights writes a netuid's position beyond TotalNetworks" },
};

/**
 * `root_epoch` of runtime `specVersion` (133-232): each subnet's EmissionValues
 * from the root weights and root stake. `input` is the fixture's rootEpoch
 * input (`blockEmission` instead of `totalIssuance` before spec 146).
 * Err and panic outcomes are values, never exceptions; bad input throws SnapshotError.
 */
export function rootEpoch(input: unknown, specVersion: number, opts: { debug?: boolean } = {}): RootEpochOutcome {
  const era = rootEra(specVersion);
  const p = parseRootEpochInput(input, era);
  const x = rootWasm();
  x.arenaReset();
  const n = p.stake.length,
    tn = p.totalNetworks,
    k = p.netuids.length;
  const netuids = putU16(x, p.netuids);
  const stake = putU64(x, p.stake);
  const rows = x.arenaAlloc((n + 1) * 4);
  const entries = x.arenaAlloc(Math.max(4, p.entries * 4));
  {
    const r = new Uint32Array(x.memory.buffer, rows, n + 1);
    const e = new Uint32Array(x.memory.buffer, entries, p.entries);
    let m = 0;
    p.weights.forEach((row, i) => {
      r[i] = m;
      for (const [netuid, w] of row) e[m++] = (netuid | (w << 16)) >>> 0;
    });
    r[n] = m;
  }
  const outBytes = tn * 8 + (n + 4 * tn) * 16;
  const out = x.arenaAlloc(Math.max(16, outBytes));
  const status = x.rootEpoch(n, tn, k, netuids, stake, rows, entries, p.emissionInput, p.kappa, p.rho, rootEpochFlags(era), out);
  if (status !== 0) {
    const o = OUTCOME[status];
    if (!o) throw new Error(`rootEpoch: unknown status ${status}`);
    return { ...o };
  }
  const buf = x.memory.buffer;
  const emissionValues = Array.from(new BigUint64Array(buf, out, tn), (v) => v.toString());
  const result: RootEpochOutcome = { blockEmission: BigInt.asUintN(64, x.rootBlockEmission.value as bigint).toString(), emissionValues };
  if (opts.debug) {
    const words = new BigUint64Array(buf, out + tn * 8, (n + 4 * tn) * 2);
    const vec = (start: number, len: number) =>
      Array.from({ length: len }, (_, i) => BigInt.asIntN(128, (words[(start + i) * 2 + 1]! << 64n) | words[(start + i) * 2]!).toString());
    result.debug = {
      stake: vec(0, n),
      ranks: vec(n, tn),
      trust: vec(n + tn, tn),
      consensus: vec(n + 2 * tn, tn),
      weightedEmission: vec(n + 3 * tn, tn),
    };
  }
  return result;
}
