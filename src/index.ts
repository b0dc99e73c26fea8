// Public API of yuma-engine for Node ("yuma-engine/node", and the package root under Node):
// the portable API (src/core.ts) plus files, worker threads and the report.
export * from "./core.js";

export { Engine, wasmModule, type RunOptions } from "./wasm/engine.js";
export type { PackedEpochResult } from "./wasm/packed.js";
export { validateSnapshot, validateStep, parseJson, parseU64, LIMITS, type ValidateOptions } from "./snapshot/validate.js";
export { SnapshotError, EngineError } from "./snapshot/errors.js";
export { toEpochFile, runSteps, firstDifference, type EpochFile } from "./fixture.js";
export { readEpochFile } from "./fixture-file.js";
export { bondsAfter, resolveStep, nextCarry, type CarryState } from "./snapshot/carry.js";
export { switchesFor, fieldsFor, outputsFor, SUPPORTED_SPECS, DEFAULT_SPEC, BOUNDARIES, type Switches } from "./snapshot/versions.js";
export { SpecTracker, formatSpecSegments, type SpecSegment } from "./replay/versions.js";
export type * from "./snapshot/types.js";
export { replay, type EpochRecord, type ReplayOptions, type HistoryInput } from "./replay/replay.js";
export type { SkippedStep } from "./replay/replay.js";
export { ReplayStopped } from "./replay/files.js";
export { replayToFiles, type ReplayFilesOptions, type ReplayFilesResult } from "./replay/files.js";
export { replayAll, type PoolOptions } from "./replay/pool.js";
export { synthHistory, type SynthOptions } from "./synth/history.js";
export { randomSnapshot, type RandomSnapshotOptions } from "./synth/snapshot.js";
export { whatIf, type WhatIfChange, type WhatIfResult } from "./whatif.js";
export { maxUpscaleU16 } from "./snapshot/weights.js";
export { writeReport, type ReportOptions } from "./report/report.js";
export { writeInteractiveReport, type ReportSource } from "./report/interactive.js";
export { compareHistory, type CompareResult } from "./compare/run.js";

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
export { exactEpoch, type ExactResult } from "./exact/epoch.js";
export { precisionReport, type PrecisionReport } from "./exact/precision.js";
export { emissionFlow, type EmissionFlowInput, type EmissionFlowResult, type UidPayout } from "./emission/flow.js";
export {
  subnetEmissions,
  subnetTerms,
  type SubnetShareInput,
  type SubnetEmission,
  type SubnetTermsInput,
  type SubnetTerms,
} from "./emission/subnets.js";
export {
  rootEpoch,
  subnetToPrune,
  rootNetworkLockCost,
  rootBlockEmission,
  pendingEmission,
  drainEmission,
  networkToPrune,
  rootEra,
  checkRootFixture,
  readRootFixture,
  runRootCase,
  rootCaseDifference,
  ROOT_SPEC_MIN,
  ROOT_SPEC_MAX,
  type RootEra,
  type RootEpochOutcome,
  type RootEpochDebug,
  type RootEpochInput,
  type SubnetToPruneInput,
  type RootLockCostInput,
  type PendingInput,
  type DrainInput,
  type NetworkToPruneInput,
  type RootFixture,
  type RootCase,
  type RootCheckResult,
} from "./root/index.js";
