// The portable API of yuma-engine: the package root in browsers and bundlers.
// Everything here runs wherever WebAssembly does (browsers, workers, Node, Deno):
// no node:* modules and no npm dependencies (so it also loads unbundled, from a
// plain <script type=module>), and no side effects on import. Files, worker
// threads, the CLI and the report live behind "yuma-engine/node" (src/index.ts).
import { Engine, type RunOptions } from "./wasm/engine.js";
import { validateSnapshot, type ValidateOptions } from "./snapshot/validate.js";
import type { EpochResult } from "./snapshot/types.js";

export { Engine, wasmModule, releaseWasmBytes, type RunOptions } from "./wasm/engine.js";
export { validateSnapshot, validateStep, parseJson, parseU64, LIMITS, type ValidateOptions } from "./snapshot/validate.js";
export { SnapshotError, EngineError } from "./snapshot/errors.js";
export { toEpochFile, runSteps, firstDifference, FIXTURE_SCHEMA, type EpochFile } from "./fixture.js";
export { bondsAfter, resolveStep, nextCarry, type CarryState } from "./snapshot/carry.js";
export { toEpochResult, type PackedEpochResult } from "./wasm/packed.js";
export {
  validatePackedSnapshot,
  toPackedSnapshot,
  fromPackedSnapshot,
  packRows,
  unpackRows,
  isPackedSnapshot,
  type PackedSnapshot,
  type PackedRows,
} from "./snapshot/packed.js";
export type * from "./snapshot/types.js";
export { replaySteps, type EpochRecord, type FailedEpoch, type SkippedStep, type ReplayOptions } from "./replay/steps.js";
export { whatIf, type WhatIfChange, type WhatIfDelta, type WhatIfResult } from "./whatif.js";
export { maxUpscaleU16 } from "./snapshot/weights.js";
export { checkInvariants, stakeSumFits, type Violation, type InvariantOptions } from "./testing/invariants.js";
export {
  blockEmission,
  halvingSchedule,
  alphaOutSplit,
  networkLockCost,
  neuronToPrune,
  TOTAL_SUPPLY,
  DEFAULT_BLOCK_EMISSION,
  type HalvingRow,
  type AlphaOutSplit,
  type AlphaOutSplitInput,
  type LockCostInput,
  type PruneInput,
} from "./emission/index.js";
export { emissionFlow, type EmissionFlowInput, type EmissionFlowResult, type UidPayout } from "./emission/flow.js";
export {
  subnetEmissions,
  subnetTerms,
  type SubnetShareInput,
  type SubnetEmission,
  type SubnetTermsInput,
  type SubnetTerms,
} from "./emission/subnets.js";
export { SCENARIOS, findScenario } from "./scenario/suite.js";
export { runScenario, SETUP as SCENARIO_SETUP, type BuildOptions as ScenarioBuildOptions, type ScenarioRun } from "./scenario/build.js";
export { shiftValidator, ValidatorShift } from "./scenario/shift.js";
export type { Scenario, ScenarioHyper, WeightPhase, ScenarioEvent } from "./scenario/types.js";
export { parseVariant, parseSweep, sweepVariants, VariantError, type Variant } from "./compare/variants.js";
export { retarget } from "./compare/retarget.js";

let shared: Engine | undefined;

/**
 * Validates `snapshot` and runs one epoch on a shared engine instance.
 * `mode: "sparse"` (default) mirrors the chain's epoch_mechanism.
 */
export function runEpoch(snapshot: unknown, opts: RunOptions & ValidateOptions = {}): EpochResult {
  const s = validateSnapshot(snapshot, opts);
  shared ??= new Engine();
  return shared.run(s, opts);
}
