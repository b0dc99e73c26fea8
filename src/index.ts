// Public API of yuma-engine.
import { Engine, type RunOptions } from "./wasm/engine.js";
import { validateSnapshot, type ValidateOptions } from "./snapshot/validate.js";
import type { EpochResult } from "./snapshot/types.js";

export { Engine, wasmModule, type RunOptions } from "./wasm/engine.js";
export { validateSnapshot, validateStep, parseJson, parseU64, LIMITS, type ValidateOptions } from "./snapshot/validate.js";
export { SnapshotError, EngineError } from "./snapshot/errors.js";
export { readEpochFile, toEpochFile, runSteps, firstDifference, type EpochFile } from "./fixture.js";
export { bondsAfter, resolveStep, nextCarry, type CarryState } from "./snapshot/carry.js";
export type * from "./snapshot/types.js";

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
