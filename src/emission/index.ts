// Emission economics beyond the epoch (coinbase/*.rs, subnets/registration.rs),
// computed in WebAssembly, bit-exact. u64 values are bigint.
import { wasmModule } from "../wasm/engine.js";
import { SnapshotError } from "../snapshot/errors.js";

interface EmissionExports {
  memory: WebAssembly.Memory;
  arenaAlloc(size: number): number;
  arenaReset(): void;
  blockEmissionForIssuance(issuance: bigint): bigint;
  alphaOutSplit(alphaIssuance: bigint, alphaInjected: bigint, rootTao: bigint, taoWeight: bigint, ownerCut: bigint, enabled: number): void;
  ownerCut: WebAssembly.Global;
  pendingServer: WebAssembly.Global;
  pendingValidator: WebAssembly.Global;
  rootAlpha: WebAssembly.Global;
  alphaCreated: WebAssembly.Global;
  issuanceAtRootProportion: WebAssembly.Global;
  lockReductionInterval(interval: bigint, totalIssuance: bigint): bigint;
  networkLockCost(lastLock: bigint, minLock: bigint, lastLockBlock: bigint, currentBlock: bigint, interval: bigint): bigint;
  neuronToPrune(
    n: number,
    emission: number,
    blockAtReg: number,
    immortal: number,
    currentBlock: bigint,
    immunity: bigint,
    minNonImmune: number,
  ): number;
}

let inst: EmissionExports | undefined;
function x(): EmissionExports {
  inst ??= new WebAssembly.Instance(wasmModule(), {
    env: {
      abort() {
        throw new Error("abort");
      },
    },
  }).exports as unknown as EmissionExports;
  return inst;
}

const U64_MAX = (1n << 64n) - 1n;
const u64 = (v: bigint) => BigInt.asUintN(64, v);

function toU64(v: bigint | number | string, field: string): bigint {
  let b: bigint;
  try {
    b = BigInt(v);
  } catch {
    throw new SnapshotError(field, `not an integer: ${String(v)}`);
  }
  if (b < 0n || b > U64_MAX) throw new SnapshotError(field, `u64 out of range: ${b}`);
  return b;
}

/** TAO supply cap, rao. */
export const TOTAL_SUPPLY = 21_000_000_000_000_000n;
/** Block emission before any halving, rao. */
export const DEFAULT_BLOCK_EMISSION = 1_000_000_000n;

/** get_block_emission_for_issuance: rao minted per block at this issuance (TAO, or a subnet's alpha). */
export function blockEmission(issuance: bigint | number | string): bigint {
  return u64(x().blockEmissionForIssuance(toU64(issuance, "issuance")));
}

export interface HalvingRow {
  /** halvings so far: emission = 1e9 >> k (floored) */
  halving: number;
  /** first issuance (rao) at which this emission applies */
  fromIssuance: bigint;
  /** rao per block */
  emissionPerBlock: bigint;
  /** blocks until the next halving if issuance grows only by block emission */
  blocks: bigint;
}

/**
 * The halving table: for each emission level, the exact first issuance at
 * which the chain's function returns it (found by bisection on the
 * function itself, which is monotone), until emission reaches 0.
 */
export function halvingSchedule(): HalvingRow[] {
  const rows: HalvingRow[] = [];
  let lo = 0n;
  let e = blockEmission(0n);
  while (e > 0n) {
    // first issuance with emission < e
    let a = lo,
      b = TOTAL_SUPPLY;
    while (a < b) {
      const mid = (a + b) / 2n;
      if (blockEmission(mid) < e) b = mid;
      else a = mid + 1n;
    }
    rows.push({ halving: rows.length, fromIssuance: lo, emissionPerBlock: e, blocks: (a - lo + e - 1n) / e });
    lo = a;
    e = lo >= TOTAL_SUPPLY ? 0n : blockEmission(lo);
  }
  rows.push({ halving: rows.length, fromIssuance: lo, emissionPerBlock: 0n, blocks: 0n });
  return rows;
}

/**
 * One block of emit_to_subnets for one subnet. The chain reads the alpha issuance
 * (SubnetAlphaIn + SubnetAlphaOut) twice: get_subnet_terms reads it at the start of the
 * block (it sets the alpha created and the injection cap), and step 3's root_proportion
 * reads it after inject_and_maybe_swap added this block's injected alpha to SubnetAlphaIn
 * and step 3 minted the alpha created into SubnetAlphaOut. Both inputs are needed.
 */
export interface AlphaOutSplitInput {
  /** SubnetAlphaIn + SubnetAlphaOut at the start of the block, rao (drives the subnet's halving) */
  alphaIssuance: bigint | number | string;
  /**
   * SubnetAlphaInEmission of this block, rao: the alpha inject_and_maybe_swap added to the pool
   * before step 3 (tou64 of get_subnet_terms' alpha in when the pool accepts it; 0 when this
   * block's TAO emission for the subnet is 0). Root's proportion in step 3 reads the issuance
   * alphaIssuance + alphaInjected + alphaCreated.
   */
  alphaInjected: bigint | number | string;
  /** SubnetTAO of the root subnet, rao */
  rootTao: bigint | number | string;
  /** TaoWeight, raw u64 */
  taoWeight: bigint | number | string;
  /** SubnetOwnerCut, raw u16 (default 11796 = 18%) */
  ownerCut?: number;
  /** the subnet's owner cut is enabled (default true) */
  ownerCutEnabled?: boolean;
}

export interface AlphaOutSplit {
  alphaCreated: bigint;
  /** the issuance root_proportion read in step 3: alphaIssuance + alphaInjected + alphaCreated */
  alphaIssuanceAtRootProportion: bigint;
  ownerCut: bigint;
  pendingServer: bigint;
  pendingValidator: bigint;
  rootAlpha: bigint;
}

/** One block of emit_to_subnets step 3 for one subnet (rao, as accumulated into the Pending* items). */
export function alphaOutSplit(i: AlphaOutSplitInput): AlphaOutSplit {
  const cut = i.ownerCut ?? 11796;
  if (!Number.isInteger(cut) || cut < 0 || cut > 65535) throw new SnapshotError("ownerCut", `u16 out of range: ${cut}`);
  const e = x();
  if (i.alphaInjected === undefined)
    throw new SnapshotError("alphaInjected", "required: the alpha injected into the pool this block (0 if none)");
  e.alphaOutSplit(
    toU64(i.alphaIssuance, "alphaIssuance"),
    toU64(i.alphaInjected, "alphaInjected"),
    toU64(i.rootTao, "rootTao"),
    toU64(i.taoWeight, "taoWeight"),
    BigInt(cut),
    i.ownerCutEnabled === false ? 0 : 1,
  );
  const g = (v: WebAssembly.Global) => u64(v.value as bigint);
  return {
    alphaCreated: g(e.alphaCreated),
    alphaIssuanceAtRootProportion: g(e.issuanceAtRootProportion),
    ownerCut: g(e.ownerCut),
    pendingServer: g(e.pendingServer),
    pendingValidator: g(e.pendingValidator),
    rootAlpha: g(e.rootAlpha),
  };
}

export interface LockCostInput {
  /** NetworkLastLockCost, rao */
  lastLock: bigint | number | string;
  /** NetworkMinLockCost, rao */
  minLock: bigint | number | string;
  /** block of the last subnet registration (0: none yet) */
  lastLockBlock: bigint | number | string;
  currentBlock: bigint | number | string;
  /** NetworkLockReductionInterval, blocks */
  reductionInterval: bigint | number | string;
  /** TotalIssuance, rao: the interval shrinks with each halving */
  totalIssuance: bigint | number | string;
}

/** get_network_lock_cost: rao to lock for the next subnet registration. */
export function networkLockCost(i: LockCostInput): bigint {
  const e = x();
  const interval = u64(e.lockReductionInterval(toU64(i.reductionInterval, "reductionInterval"), toU64(i.totalIssuance, "totalIssuance")));
  return u64(
    e.networkLockCost(
      toU64(i.lastLock, "lastLock"),
      toU64(i.minLock, "minLock"),
      toU64(i.lastLockBlock, "lastLockBlock"),
      toU64(i.currentBlock, "currentBlock"),
      interval,
    ),
  );
}

export interface PruneInput {
  /** Emission per uid (rao), as stored */
  emission: (bigint | number | string)[];
  blockAtRegistration: (bigint | number | string)[];
  /** uids of the owner's immortal hotkeys (never pruned) */
  immortal?: number[];
  currentBlock: bigint | number | string;
  /** ImmunityPeriod, blocks */
  immunityPeriod: number;
  /** MinNonImmuneUids */
  minNonImmuneUids?: number;
}

/** get_neuron_to_prune: the uid a registration replaces, or null. */
export function neuronToPrune(i: PruneInput): number | null {
  const n = i.emission.length;
  if (i.blockAtRegistration.length !== n)
    throw new SnapshotError("blockAtRegistration", `expected length ${n}, got ${i.blockAtRegistration.length}`);
  const e = x();
  e.arenaReset();
  const em = e.arenaAlloc(Math.max(8, n * 8)),
    reg = e.arenaAlloc(Math.max(8, n * 8)),
    imm = e.arenaAlloc(Math.max(1, n));
  const buf = e.memory.buffer;
  new BigUint64Array(buf, em, n).set(i.emission.map((v, k) => toU64(v, `emission[${k}]`)));
  new BigUint64Array(buf, reg, n).set(i.blockAtRegistration.map((v, k) => toU64(v, `blockAtRegistration[${k}]`)));
  const flags = new Uint8Array(buf, imm, n);
  flags.fill(0);
  for (const u of i.immortal ?? []) {
    if (!Number.isInteger(u) || u < 0 || u >= n) throw new SnapshotError("immortal", `uid ${u} out of range (n = ${n})`);
    flags[u] = 1;
  }
  const r = e.neuronToPrune(n, em, reg, imm, toU64(i.currentBlock, "currentBlock"), BigInt(i.immunityPeriod), i.minNonImmuneUids ?? 0);
  return r < 0 ? null : r;
}
