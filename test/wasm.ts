// Direct access to the module's scalar test exports.
import { wasmModule } from "../src/wasm/engine.js";

export interface TestExports {
  fxMulSat(a: bigint, b: bigint): bigint;
  fxMulChecked(a: bigint, b: bigint): bigint;
  fxSafeDiv(a: bigint, b: bigint): bigint;
  fxDivSat(a: bigint, b: bigint): bigint;
  fxAddSat(a: bigint, b: bigint): bigint;
  fxSubSat(a: bigint, b: bigint): bigint;
  fxFailed(): number;
  fxProportionToU16(a: bigint): number;
  fxExp(a: bigint): bigint;
  fxExpFailed(): number;
  fxExpSafe(a: bigint): bigint;
  fxAlphaSigmoid(c: bigint, w: bigint, b: bigint, lo: bigint, hi: bigint, steep: bigint): bigint;
  fxRao(x: bigint, rao: bigint): bigint;
  q64MulSat(ah: bigint, al: bigint, bh: bigint, bl: bigint): void;
  q64DivChecked(ah: bigint, al: bigint, bh: bigint, bl: bigint): number;
  q64AddSat(ah: bigint, al: bigint, bh: bigint, bl: bigint): void;
  q64ToI32F32Sat(h: bigint, l: bigint): bigint;
  q64Ratio(ah: bigint, al: bigint, bh: bigint, bl: bigint): bigint;
  q64Hi(): bigint;
  q64Lo(): bigint;
  wDivU128by64(u1: bigint, u0: bigint, v: bigint): bigint;
  wMulU128(ah: bigint, al: bigint, bh: bigint, bl: bigint): void;
  wDivU256by128(n3: bigint, n2: bigint, n1: bigint, n0: bigint, dh: bigint, dl: bigint): void;
  wLimb(i: number): bigint;
}

export function testExports(): TestExports {
  const inst = new WebAssembly.Instance(wasmModule(), {
    env: {
      abort() {
        throw new Error("abort");
      },
    },
  });
  return inst.exports as unknown as TestExports;
}

/** WASM returns u64 results as signed BigInt; reinterpret. */
export const u64 = (x: bigint) => BigInt.asUintN(64, x);

export interface MemoryExports {
  memory: WebAssembly.Memory;
  arenaAlloc(size: number): number;
  arenaReset(): void;
  medianFast(useStake: number, k: number, stakeSum: bigint, minority: bigint, rows: number, vals: number, m: number): bigint;
  medianReference(stake: number, score: number, k: number, minority: bigint, stakeSum: bigint): bigint;
  topkMask(keys: number, n: number, k: number, out: number, nonzero: number): void;
  sortByKey(idx: number, len: number, keys: number): void;
}

export function memoryExports(): MemoryExports {
  const inst = new WebAssembly.Instance(wasmModule(), {
    env: {
      abort() {
        throw new Error("abort");
      },
    },
  });
  return inst.exports as unknown as MemoryExports;
}
