// WebAssembly output -> EpochResult (the fixture "expected" shape): plain arrays of numbers,
// booleans and decimal strings, and one [uid, value] array per bond entry. The array builders
// are shared with toEpochResult (src/wasm/packed.ts), which starts from typed-array copies.
//
// Where the time goes (issue 14, measured on the bench machine): building 1M [uid, value] pairs
// costs ~250-450 ms there, and nearly all of it is the kernel zero-filling fresh pages (each
// pair is a JSArray + its 2-element store, 64 bytes without pointer compression, so ~18,700
// minor page faults per 1M pairs at ~14 us each on that VM), not the loop or V8's GC; the
// process-level fix is the typed-array result (Engine.runPacked), which needs 6 bytes per entry.
import * as L from "./layout.js";
import type { EpochMode, EpochResult, SparseRow } from "../snapshot/types.js";
import type { Switches } from "../snapshot/versions.js";

const TWO32 = 4294967296;

/** u64 words at word index `at` as decimal strings (Number below 2^53, else BigInt). */
export function u64Strings(words: Uint32Array, at: number, n: number): string[] {
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const lo = words[at + 2 * i]!,
      hi = words[at + 2 * i + 1]!;
    if (hi === 0) out[i] = lo === 0 ? "0" : String(lo);
    else if (hi < 0x200000) out[i] = String(hi * TWO32 + lo);
    else out[i] = ((BigInt(hi) << 32n) | BigInt(lo)).toString();
  }
  return out;
}

/** A u16 or u8 typed array as an array of numbers. */
export function numbers(src: Uint16Array | Uint8Array): number[] {
  const n = src.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = src[i]!;
  return out;
}

/** A u8 array as booleans (non-zero = true). */
export function booleans(src: Uint8Array): boolean[] {
  const n = src.length;
  const out = new Array<boolean>(n);
  for (let i = 0; i < n; i++) out[i] = src[i] !== 0;
  return out;
}

/** Bond rows from CSR arrays: kind BOND_ROW a row of [uid, value] pairs, BOND_CLEARED [], BOND_UNCHANGED null. */
export function bondRows(
  kind: Uint8Array,
  ptr: Uint32Array,
  cols: Uint32Array,
  vals: Uint32Array | Uint16Array,
  n: number,
): (SparseRow | null)[] {
  const bonds = new Array<SparseRow | null>(n);
  for (let i = 0; i < n; i++) {
    const kd = kind[i];
    if (kd === L.BOND_UNCHANGED) {
      bonds[i] = null;
      continue;
    }
    if (kd !== L.BOND_ROW) {
      bonds[i] = [];
      continue;
    }
    const start = ptr[i]!,
      len = ptr[i + 1]! - start;
    const row: SparseRow = new Array(len);
    for (let e = 0; e < len; e++) row[e] = [cols[start + e]!, vals[start + e]!];
    bonds[i] = row;
  }
  return bonds;
}

/** The result in the WebAssembly memory `buf` whose output header is at `out`. */
export function decode(
  buf: ArrayBuffer,
  out: number,
  n: number,
  mode: EpochMode,
  debug: boolean,
  matMaxN: number,
  sw: Switches,
): EpochResult {
  const words = new Uint32Array(buf);
  // output addresses are below 4 GiB: the low word of each u64 slot
  const at = (slot: number) => words[(out >>> 2) + 2 * slot]!;
  const u16 = (slot: number) => numbers(new Uint16Array(buf, at(slot), n));
  const bool = (slot: number) => booleans(new Uint8Array(buf, at(slot), n));
  const u64 = (slot: number) => u64Strings(words, at(slot) >>> 2, n);
  const i64 = (slot: number) => Array.from(new BigInt64Array(buf, at(slot), n), (v) => v.toString());
  const total = n > 0 ? new Uint32Array(buf, at(L.OUT_BOND_PTR), n + 1)[n]! : 0;
  const bonds = bondRows(
    new Uint8Array(buf, at(L.OUT_BOND_KIND), n),
    new Uint32Array(buf, at(L.OUT_BOND_PTR), n + 1),
    new Uint32Array(buf, at(L.OUT_BOND_COLS), total),
    new Uint32Array(buf, at(L.OUT_BOND_VALS), total),
    n,
  );
  // outputs the runtime did not write are absent (src/snapshot/versions.ts); keys in the
  // fixture order, added one by one (a spread or a delete would cost a slower object shape)
  const result = {} as EpochResult;
  if (sw.stakeWeightPersisted) result.stakeWeight = u16(L.OUT_STAKE_WEIGHT);
  result.active = bool(L.OUT_ACTIVE);
  result.emission = u64(L.OUT_EMISSION);
  result.consensus = u16(L.OUT_CONSENSUS);
  result.incentive = u16(L.OUT_INCENTIVE);
  result.dividends = u16(L.OUT_DIVIDENDS);
  result.validatorTrust = u16(L.OUT_VTRUST);
  result.newValidatorPermit = bool(L.OUT_NEW_PERMIT);
  result.serverEmission = u64(L.OUT_SERVER_EMISSION);
  result.validatorEmission = u64(L.OUT_VALIDATOR_EMISSION);
  if (sw.stakeOutput) result.stake = u64(L.OUT_STAKE);
  result.bonds = bonds;
  if (sw.rankTrustPruning) {
    result.rank = u16(L.OUT_RANK);
    result.trust = u16(L.OUT_TRUST);
    result.pruningScore = u16(L.OUT_PRUNING_SCORE);
  }
  if (debug) {
    result.debug = {
      stake: i64(L.OUT_DBG_STAKE),
      activeStake: i64(L.OUT_DBG_ACTIVE_STAKE),
      consensus: i64(L.OUT_DBG_CONSENSUS),
      validatorTrust: i64(L.OUT_DBG_VTRUST),
      incentive: i64(L.OUT_DBG_INCENTIVE),
      dividends: i64(L.OUT_DBG_DIVIDENDS),
    };
    if (n <= matMaxN) {
      const dropZeros = mode === "dense";
      result.debug.weights = matrix(buf, at, L.OUT_DBG_W_PTR, L.OUT_DBG_W_ROWS, dropZeros);
      result.debug.emaBonds = matrix(buf, at, L.OUT_DBG_B_PTR, L.OUT_DBG_B_ROWS, dropZeros);
    }
  }
  return result;
}

/** A debug matrix (I32F32 bits as decimal strings); dense matrices drop their zeros. */
function matrix(
  buf: ArrayBuffer,
  at: (slot: number) => number,
  ptrSlot: number,
  rowsSlot: number,
  dropZeros: boolean,
): [number, string][][] {
  const n = at(rowsSlot);
  const p = new Uint32Array(buf, at(ptrSlot), n + 1);
  const total = n > 0 ? p[n]! : 0;
  const c = new Uint32Array(buf, at(ptrSlot + 1), total);
  const v = new BigInt64Array(buf, at(ptrSlot + 2), total);
  const rows: [number, string][][] = [];
  for (let i = 0; i < n; i++) {
    const row: [number, string][] = [];
    for (let e = p[i]!; e < p[i + 1]!; e++) {
      if (dropZeros && v[e] === 0n) continue;
      row.push([c[e]!, v[e]!.toString()]);
    }
    rows.push(row);
  }
  return rows;
}
