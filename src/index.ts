// Public API of yuma-engine for Node ("yuma-engine/node", and the package root under Node):
// the portable API (src/core.ts) plus files, worker threads and the report.
export * from "./core.js";

export type { PackedEpochResult } from "./wasm/packed.js";
export { readEpochFile } from "./fixture-file.js";
export { switchesFor, fieldsFor, outputsFor, SUPPORTED_SPECS, DEFAULT_SPEC, BOUNDARIES, type Switches } from "./snapshot/versions.js";
export { SpecTracker, formatSpecSegments, type SpecSegment } from "./replay/versions.js";
// replay of history files (the in-memory replaySteps is in core); its options add the history reader's
export { replay, type ReplayOptions, type HistoryInput } from "./replay/replay.js";
export { ReplayStopped, replayToFiles, type ReplayFilesOptions, type ReplayFilesResult } from "./replay/files.js";
export { replayAll, type PoolOptions } from "./replay/pool.js";
export { synthHistory, type SynthOptions } from "./synth/history.js";
export { randomSnapshot, type RandomSnapshotOptions } from "./synth/snapshot.js";
export { writeReport, type ReportOptions } from "./report/report.js";
export { writeInteractiveReport, type ReportSource } from "./report/interactive.js";
export { compareHistory, type CompareResult } from "./compare/run.js";
export { exactEpoch, type ExactResult } from "./exact/epoch.js";
export { precisionReport, type PrecisionReport } from "./exact/precision.js";
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
// binary histories (src/binary/format.ts) and the converter
export { convertHistory, type ConvertResult, type HistoryFormat } from "./replay/convert.js";
export { encodeHeader, encodeRecord } from "./binary/encode.js";
export { decodeBody, decodeHeader, decodeRecord, type DecodeOptions } from "./binary/decode.js";
export { binaryRecords, readBinaryHeader, type BinaryRecord } from "./binary/reader.js";
