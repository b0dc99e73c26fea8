// The typed-array form of an epoch result (Engine.runPacked): the same values as
// EpochResult, copied out of WebAssembly memory in one slice per field instead of one JS
// value per uid and one [uid, value] array per bond entry; toEpochResult gives the EpochResult.
import * as L from "./layout.js";
import { bondRows, booleans, numbers, u64Strings } from "./decode.js";
import type { EpochResult } from "../snapshot/types.js";
import { DEFAULT_SPEC, switchesFor } from "../snapshot/versions.js";

/**
 * Per-uid outputs as typed arrays (index = uid). u64 fields are BigUint64Array;
 * `bonds` is the written bond rows in CSR form: row i is entries ptr[i]..ptr[i+1]
 * of cols/vals when kind[i] = 0 (a row), kind 1 = cleared (`[]`), 2 = unchanged (`null`).
 * Every field is present whatever the runtime version; toEpochResult drops the outputs the
 * snapshot's runtime did not write (as `run` does). rank, trust and pruningScore are
 * present for runtimes before spec 365 only.
 */
export interface PackedEpochResult {
  n: number;
  /** the runtime version the epoch ran (the snapshot's specVersion, 425 when absent) */
  specVersion: number;
  stakeWeight: Uint16Array;
  active: Uint8Array;
  emission: BigUint64Array;
  consensus: Uint16Array;
  incentive: Uint16Array;
  dividends: Uint16Array;
  validatorTrust: Uint16Array;
  newValidatorPermit: Uint8Array;
  serverEmission: BigUint64Array;
  validatorEmission: BigUint64Array;
  stake: BigUint64Array;
  rank?: Uint16Array;
  trust?: Uint16Array;
  pruningScore?: Uint16Array;
  bonds: { kind: Uint8Array; ptr: Uint32Array; cols: Uint32Array; vals: Uint16Array };
}

export function decodePacked(buf: ArrayBuffer, out: number, n: number, specVersion: number = DEFAULT_SPEC): PackedEpochResult {
  const words = new Uint32Array(buf);
  // output addresses are below 4 GiB: the low word of each u64 slot
  const at = (slot: number) => words[(out >>> 2) + 2 * slot]!;
  const u16 = (slot: number) => new Uint16Array(buf, at(slot), n).slice();
  const u8 = (slot: number) => new Uint8Array(buf, at(slot), n).slice();
  const u64 = (slot: number) => new BigUint64Array(buf, at(slot), n).slice();
  const ptr = new Uint32Array(buf, at(L.OUT_BOND_PTR), n + 1).slice();
  const total = n > 0 ? ptr[n]! : 0;
  // u32 -> u16 in one native conversion (TypedArray.prototype.set)
  const vals = new Uint16Array(total);
  vals.set(new Uint32Array(buf, at(L.OUT_BOND_VALS), total));
  const result: PackedEpochResult = {
    n,
    specVersion,
    stakeWeight: u16(L.OUT_STAKE_WEIGHT),
    active: u8(L.OUT_ACTIVE),
    emission: u64(L.OUT_EMISSION),
    consensus: u16(L.OUT_CONSENSUS),
    incentive: u16(L.OUT_INCENTIVE),
    dividends: u16(L.OUT_DIVIDENDS),
    validatorTrust: u16(L.OUT_VTRUST),
    newValidatorPermit: u8(L.OUT_NEW_PERMIT),
    serverEmission: u64(L.OUT_SERVER_EMISSION),
    validatorEmission: u64(L.OUT_VALIDATOR_EMISSION),
    stake: u64(L.OUT_STAKE),
    bonds: {
      kind: u8(L.OUT_BOND_KIND),
      ptr,
      cols: new Uint32Array(buf, at(L.OUT_BOND_COLS), total).slice(),
      vals,
    },
  };
  if (switchesFor(specVersion).rankTrustPruning) {
    result.rank = u16(L.OUT_RANK);
    result.trust = u16(L.OUT_TRUST);
    result.pruningScore = u16(L.OUT_PRUNING_SCORE);
  }
  return result;
}

/** u64 strings of a BigUint64Array (through its 32-bit words: no BigInt below 2^53). */
function strings(a: BigUint64Array): string[] {
  return u64Strings(new Uint32Array(a.buffer, a.byteOffset, 2 * a.length), 0, a.length);
}

/**
 * A packed result in the EpochResult shape `Engine.run` returns (without `debug`): the same
 * fields, values and key order, the outputs the runtime did not write left out.
 */
export function toEpochResult(p: PackedEpochResult): EpochResult {
  const sw = switchesFor(p.specVersion);
  const b = p.bonds;
  // keys in run's order, added one by one (see decode)
  const result = {} as EpochResult;
  if (sw.stakeWeightPersisted) result.stakeWeight = numbers(p.stakeWeight);
  result.active = booleans(p.active);
  result.emission = strings(p.emission);
  result.consensus = numbers(p.consensus);
  result.incentive = numbers(p.incentive);
  result.dividends = numbers(p.dividends);
  result.validatorTrust = numbers(p.validatorTrust);
  result.newValidatorPermit = booleans(p.newValidatorPermit);
  result.serverEmission = strings(p.serverEmission);
  result.validatorEmission = strings(p.validatorEmission);
  if (sw.stakeOutput) result.stake = strings(p.stake);
  result.bonds = bondRows(b.kind, b.ptr, b.cols, b.vals, p.n);
  if (sw.rankTrustPruning && p.rank && p.trust && p.pruningScore) {
    result.rank = numbers(p.rank);
    result.trust = numbers(p.trust);
    result.pruningScore = numbers(p.pruningScore);
  }
  return result;
}
