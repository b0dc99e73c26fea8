// get_subnet_to_prune (root.rs, specs 133-232) and get_network_lock_cost of
// the same era, and get_block_emission_for_issuance as the root epoch used it.
import { rootWasm, putU16, putU64, asU64 } from "./wasm.js";
import { rootEra } from "./versions.js";
import { parseSubnetToPruneInput, parseLockCostInput, parseBlockEmissionInput } from "./input.js";
import { SnapshotError } from "../snapshot/errors.js";

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
  const nu = putU16(x, p.netuids), em = putU64(x, p.emission), rg = putU64(x, p.registeredAt);
  const netuid = era.pruneLinear
    ? x.subnetToPruneLinear(p.totalNetworks, k, nu, em, rg, p.currentBlock, p.immunityPeriod)
    : x.subnetToPruneSorted(k, nu, em, rg, p.currentBlock, p.immunityPeriod);
  return { netuid };
}

/** get_network_lock_cost of specs 133-232: `{ lockCost }`, or `{ panic }` for a reduction interval of 0. */
export function rootNetworkLockCost(input: unknown, specVersion: number): { lockCost: string } | { panic: string } {
  rootEra(specVersion);
  const p = parseLockCostInput(input);
  const x = rootWasm();
  const cost = asU64(x.rootNetworkLockCost(p.lastLock, p.minLock, p.lastLockBlock, p.currentBlock, p.reductionInterval));
  if (x.lockCostPanicked.value) return { panic: "attempt to divide by zero" };
  return { lockCost: cost.toString() };
}

/**
 * get_block_emission() of the root epoch: the halving formula from spec 146
 * (the same function as today's); before 146 it is the BlockEmission storage value.
 */
export function rootBlockEmission(input: unknown, specVersion: number): { blockEmission: string } {
  const era = rootEra(specVersion);
  if (!era.halving) throw new SnapshotError("specVersion", `spec ${specVersion} reads BlockEmission from storage (the halving formula starts at spec 146)`);
  const issuance = parseBlockEmissionInput(input);
  return { blockEmission: asU64(rootWasm().blockEmissionForIssuance(issuance)).toString() };
}

