// The WebAssembly exports of assembly/root/ and one shared instance for them.
import { wasmModule } from "../wasm/engine.js";

export interface RootExports {
  memory: WebAssembly.Memory;
  arenaAlloc(size: number): number;
  arenaReset(): void;
  blockEmissionForIssuance(issuance: bigint): bigint;
  rootEpoch(
    n: number,
    tn: number,
    k: number,
    netuids: number,
    stake: number,
    rows: number,
    entries: number,
    emissionInput: bigint,
    kappa: number,
    rho: number,
    flags: number,
    out: number,
  ): number;
  rootBlockEmission: WebAssembly.Global;
  subnetToPruneSorted(k: number, netuids: number, emission: number, registeredAt: number, currentBlock: bigint, immunity: bigint): number;
  subnetToPruneLinear(
    totalNetworks: number,
    k: number,
    netuids: number,
    emission: number,
    registeredAt: number,
    currentBlock: bigint,
    immunity: bigint,
  ): number;
  rootNetworkLockCost(lastLock: bigint, minLock: bigint, lastLockBlock: bigint, currentBlock: bigint, interval: bigint): bigint;
  lockCostPanicked: WebAssembly.Global;
  ownerCutPerBlock(e: bigint, ownerCut: number): void;
  ownerCutAtDrain(pending: bigint, ownerCut: number): void;
  pendingAdd(pending: bigint, amount: bigint, saturating: number): bigint;
  ownerPaid: WebAssembly.Global;
  afterCut: WebAssembly.Global;
  networkToPrune(
    k: number,
    netuids: number,
    registeredAt: number,
    mechanism: number,
    price: number,
    currentBlock: bigint,
    immunity: bigint,
  ): number;
}

let inst: RootExports | undefined;

/** The instance (created on first use; every call resets its arena first). */
export function rootWasm(): RootExports {
  inst ??= new WebAssembly.Instance(wasmModule(), {
    env: {
      abort() {
        throw new Error("abort");
      },
    },
  }).exports as unknown as RootExports;
  return inst;
}

export const asU64 = (v: bigint) => BigInt.asUintN(64, v);
export const globalU64 = (g: WebAssembly.Global) => BigInt.asUintN(64, g.value as bigint);

/** Copies u16 values into fresh arena memory; returns the address. */
export function putU16(x: RootExports, values: readonly number[]): number {
  const p = x.arenaAlloc(Math.max(2, values.length * 2));
  new Uint16Array(x.memory.buffer, p, values.length).set(values);
  return p;
}

export function putU64(x: RootExports, values: readonly bigint[]): number {
  const p = x.arenaAlloc(Math.max(8, values.length * 8));
  new BigUint64Array(x.memory.buffer, p, values.length).set(values);
  return p;
}
