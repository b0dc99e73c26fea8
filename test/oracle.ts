// The BigInt model of substrate-fixed's arithmetic the WASM primitives are
// checked against: the reference model's number system (src/reference/fixed.ts),
// plus helpers for the 128-bit WASM ABI.
import { fx as fx32, fx64, fx64To32Sat, proportionToU16, exp } from "../src/reference/fixed.js";

export { I64_MIN, I64_MAX, floorDiv } from "../src/reference/fixed.js";

export const fx = { ...fx32, proportionToU16 };
export const q64 = { mulSat: fx64.mulSat, divChecked: fx64.divChecked, addSat: fx64.addSat, toI32F32Sat: fx64To32Sat };
export const expModel = exp;

/** Split a signed 128-bit value into (hi: i64, lo: u64) as the WASM ABI takes it. */
export function split128(x: bigint): [bigint, bigint] {
  const u = BigInt.asUintN(128, x);
  return [BigInt.asIntN(64, u >> 64n), BigInt.asUintN(64, u)];
}

export function join128(hi: bigint, lo: bigint): bigint {
  return BigInt.asIntN(128, (BigInt.asUintN(64, hi) << 64n) | BigInt.asUintN(64, lo));
}
