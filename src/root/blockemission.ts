// get_block_emission() as the root epoch read it, by spec version.
import { rootWasm, asU64 } from "./wasm.js";
import { rootEra } from "./versions.js";
import { parseBlockEmissionInput } from "./input.js";
import { SnapshotError } from "../snapshot/errors.js";

/**
 * get_block_emission() of the root epoch: the halving formula from spec 146
 * (the same function as today's); before 146 it is the BlockEmission storage value.
 */
export function rootBlockEmission(input: unknown, specVersion: number): { blockEmission: string } {
  const era = rootEra(specVersion);
  if (!era.halving)
    throw new SnapshotError("specVersion", `spec ${specVersion} reads BlockEmission from storage (the halving formula starts at spec 146)`);
  const issuance = parseBlockEmissionInput(input);
  return { blockEmission: asU64(rootWasm().blockEmissionForIssuance(issuance)).toString() };
}
