// get_subnet_to_prune (root.rs, specs 133-232) through WebAssembly.
import { rootWasm, putU16, putU64 } from "./wasm.js";
import { rootEra } from "./versions.js";
import { parseSubnetToPruneInput } from "./input.js";

/**
 * The subnet `user_add_network` deregisters at the subnet limit: `{ netuid }`,
 * 0 when every candidate is immune. Specs 133-135 scan netuids 1..TotalNetworks-1
 * (give `totalNetworks`); 136+ sort the NetworksAdded keys (Rust's stable sort_by).
 */
export function subnetToPrune(input: unknown, specVersion: number): { netuid: number } {
  const era = rootEra(specVersion);
  const p = parseSubnetToPruneInput(input, era);
  const x = rootWasm();
  x.arenaReset();
  const k = p.netuids.length;
  const nu = putU16(x, p.netuids),
    em = putU64(x, p.emission),
    rg = putU64(x, p.registeredAt);
  const netuid = era.pruneLinear
    ? x.subnetToPruneLinear(p.totalNetworks, k, nu, em, rg, p.currentBlock, p.immunityPeriod)
    : x.subnetToPruneSorted(k, nu, em, rg, p.currentBlock, p.immunityPeriod);
  return { netuid };
}
