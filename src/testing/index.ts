// yuma-engine/testing: arbitraries, invariants and helpers for property tests.
export { arbSnapshot, arbHistory, type ArbSnapshotOptions, type ArbHistoryOptions } from "./arbitraries.js";
export { checkInvariants, stakeSumFits, type Violation, type InvariantOptions } from "./invariants.js";
export { permuteSnapshot, permuteResult, canonicalResult } from "./relabel.js";
export { referenceEpoch, referenceEpochSparse, referenceEpochDense } from "../reference/epoch.js";
export { arbEraSnapshot, arbEraHistory, toEra } from "./eras.js";
