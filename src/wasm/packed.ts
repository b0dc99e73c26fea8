// The opt-in typed-array form of an epoch result (Engine.runPacked): the same values as
// EpochResult, copied out of WebAssembly memory in one slice per field instead of one JS
// value per uid and one [uid, value] array per bond entry.
import * as L from "./layout.js";

/**
 * Per-uid outputs as typed arrays (index = uid). u64 fields are BigUint64Array;
 * `bonds` is the written bond rows in CSR form: row i is entries ptr[i]..ptr[i+1]
 * of cols/vals when kind[i] = 0 (a row), kind 1 = cleared (`[]`), 2 = unchanged (`null`, dense only).
 */
export interface PackedEpochResult {
  n: number;
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
  bonds: { kind: Uint8Array; ptr: Uint32Array; cols: Uint32Array; vals: Uint16Array };
}

export function decodePacked(buf: ArrayBuffer, out: number, n: number): PackedEpochResult {
  const h = new BigUint64Array(buf, out, L.OUT_SLOTS);
  const at = (slot: number) => Number(h[slot]!);
  const u16 = (slot: number) => new Uint16Array(buf, at(slot), n).slice();
  const u8 = (slot: number) => new Uint8Array(buf, at(slot), n).slice();
  const u64 = (slot: number) => new BigUint64Array(buf, at(slot), n).slice();
  const ptr = new Uint32Array(buf, at(L.OUT_BOND_PTR), n + 1).slice();
  const total = n > 0 ? ptr[n]! : 0;
  const vals32 = new Uint32Array(buf, at(L.OUT_BOND_VALS), total);
  return {
    n,
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
      vals: Uint16Array.from(vals32),
    },
  };
}
