// get_network_lock_cost of specs 133-232 (root.rs; coinbase/root.rs from 195) through WebAssembly.
import { rootWasm, asU64 } from "./wasm.js";
import { rootEra } from "./versions.js";
import { parseLockCostInput } from "./input.js";

/** get_network_lock_cost of specs 133-232: `{ lockCost }`, or `{ panic }` for a reduction interval of 0. */
export function rootNetworkLockCost(input: unknown, specVersion: number): { lockCost: string } | { panic: string } {
  rootEra(specVersion);
  const p = parseLockCostInput(input);
  const x = rootWasm();
  const cost = asU64(x.rootNetworkLockCost(p.lastLock, p.minLock, p.lastLockBlock, p.currentBlock, p.reductionInterval));
  if (x.lockCostPanicked.value) return { panic: "attempt to divide by zero" };
  return { lockCost: cost.toString() };
}
