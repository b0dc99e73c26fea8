// yuma-engine/chain: read snapshots and epoch histories from a subtensor node
// through an ApiPromise the embedder holds. Separate entry point, so the core
// engine never loads @polkadot/api.
export { fetchSnapshot, fetchSnapshotDetailed, type FetchSnapshotOptions, type ChainSnapshot, type FetchedSnapshot } from "./fetch.js";
export { fetchHistory, epochBlocks, type FetchHistoryOptions, type HistoryEpoch } from "./history.js";
export { fetchHistoryToFile, checkpointPath, type HistoryFileOptions, type HistoryFileResult } from "./historyFile.js";
export { readStoredOutputs, compareOutputs, type Difference, type EpochOutputs } from "./verify.js";
export { layoutFor, type ChainLayout } from "./layout.js";
export { ChainError } from "./errors.js";
export { inheritStake, inheritModeFor, type InheritMode, type HotkeyStakeInput } from "../stake/inherit.js";
export { epochBlockEmission, type EpochBlockEmission } from "./epochBlockEmission.js";
export { pendingEmissionAtEpoch, type PendingEmissionInputs } from "./pendingEmission.js";
export { splitEmissions, storageIndex, type MechanismInfo } from "./mechanism.js";
export { sameBlockReveals, type SameBlockReveals } from "./sameBlockReveals.js";
