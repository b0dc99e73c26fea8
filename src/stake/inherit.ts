// Childkey stake inheritance (assembly/stake/inherit.ts), bit-exact per chain
// version. No chain client here: the chain reader (src/chain/) gathers the
// stakes and proportions and calls this.
import { wasmModule } from "../wasm/engine.js";
import { SnapshotError } from "../snapshot/errors.js";

/**
 * Which getter a spec version runs:
 * - "tao-per-child" (spec 195-232): `get_stake_for_hotkey_on_subnet` of run_epoch.rs, TotalHotkeyStake,
 *   each share truncated to u64, u64 saturating sums, capped by NetworkMaxStake;
 * - "i96-accumulate" (233-272): `get_inherited_for_hotkey_on_subnet` / `get_tao_inherited_for_hotkey_on_subnet`
 *   in I96F32 (one truncation at the end);
 * - "u96-accumulate" (273-425): the same in U96F32.
 */
export type InheritMode = "tao-per-child" | "i96-accumulate" | "u96-accumulate";

const MODE: Record<InheritMode, number> = { "tao-per-child": 0, "i96-accumulate": 1, "u96-accumulate": 2 };

/** The inheritance mode of a runtime spec version (undefined before 195: no inheritance). */
export function inheritModeFor(specVersion: number): InheritMode | undefined {
  if (specVersion < 195) return undefined;
  if (specVersion < 233) return "tao-per-child";
  if (specVersion < 273) return "i96-accumulate";
  return "u96-accumulate";
}

export interface HotkeyStakeInput {
  /** the hotkey's own stake: TotalHotkeyStake (pre-dTAO), TotalHotkeyAlpha(hotkey, netuid) or (hotkey, root) */
  initial: bigint;
  /** ChildKeys(hotkey, netuid) proportions (u64, u64::MAX = 100%) */
  children: bigint[];
  /** ParentKeys(hotkey, netuid): each parent's proportion and that parent's own stake (same source as `initial`) */
  parents: { proportion: bigint; stake: bigint }[];
}

interface StakeExports {
  memory: WebAssembly.Memory;
  arenaAlloc(size: number): number;
  arenaReset(): void;
  stakeInherit(
    mode: number,
    n: number,
    initial: number,
    childOff: number,
    childProp: number,
    parentOff: number,
    parentProp: number,
    parentStake: number,
    out: number,
    maxStake: bigint,
  ): void;
}

let inst: StakeExports | undefined;
function x(): StakeExports {
  inst ??= new WebAssembly.Instance(wasmModule(), {
    env: {
      abort() {
        throw new Error("abort");
      },
    },
  }).exports as unknown as StakeExports;
  return inst;
}

const U64_MAX = (1n << 64n) - 1n;
function u64(v: bigint, field: string): bigint {
  if (typeof v !== "bigint" || v < 0n || v > U64_MAX) throw new SnapshotError(field, `u64 out of range: ${String(v)}`);
  return v;
}

/**
 * Stake each hotkey counts after inheritance, as the chain's getter of `mode` computes it.
 * `networkMaxStake` applies to "tao-per-child" only (NetworkMaxStake, default u64::MAX).
 */
export function inheritStake(mode: InheritMode, hotkeys: HotkeyStakeInput[], networkMaxStake: bigint = U64_MAX): bigint[] {
  const n = hotkeys.length;
  let nc = 0,
    np = 0;
  for (const h of hotkeys) {
    nc += h.children.length;
    np += h.parents.length;
  }
  const e = x();
  e.arenaReset();
  const a = (bytes: number) => e.arenaAlloc(Math.max(8, bytes));
  const pInit = a(n * 8),
    pCo = a((n + 1) * 4),
    pCp = a(nc * 8),
    pPo = a((n + 1) * 4),
    pPp = a(np * 8),
    pPs = a(np * 8),
    pOut = a(n * 8);
  const buf = e.memory.buffer;
  const init = new BigUint64Array(buf, pInit, n),
    co = new Uint32Array(buf, pCo, n + 1),
    cp = new BigUint64Array(buf, pCp, nc);
  const po = new Uint32Array(buf, pPo, n + 1),
    pp = new BigUint64Array(buf, pPp, np),
    ps = new BigUint64Array(buf, pPs, np);
  let c = 0,
    p = 0;
  hotkeys.forEach((h, k) => {
    init[k] = u64(h.initial, `stake[${k}].initial`);
    co[k] = c;
    po[k] = p;
    h.children.forEach((v, j) => {
      cp[c++] = u64(v, `stake[${k}].children[${j}]`);
    });
    h.parents.forEach((v, j) => {
      pp[p] = u64(v.proportion, `stake[${k}].parents[${j}].proportion`);
      ps[p++] = u64(v.stake, `stake[${k}].parents[${j}].stake`);
    });
  });
  co[n] = c;
  po[n] = p;
  e.stakeInherit(MODE[mode], n, pInit, pCo, pCp, pPo, pPp, pPs, pOut, u64(networkMaxStake, "networkMaxStake"));
  return Array.from(new BigUint64Array(e.memory.buffer, pOut, n));
}
