// Bonds between epochs: what the chain's Bonds storage holds when the next
// epoch reads it, for histories that say `"bonds": "carry"`.
import { SnapshotError } from "./errors.js";
import type { EpochResult, Snapshot, SnapshotStep, SparseRow } from "./types.js";

/**
 * What the chain's Bonds storage holds after an epoch, seen by the next one:
 * the bond-row rule applied to the previous bonds (row replaces, [] clears,
 * null leaves unchanged).
 */
export function bondsAfter(prevBonds: SparseRow[], result: EpochResult): SparseRow[] {
  return result.bonds.map((r, i) => (r === null ? (prevBonds[i] ?? []) : r));
}

/**
 * Resolves a step's bonds. With "carry", starts from the stored bonds after
 * the previous epoch, then applies what the chain does between epochs:
 * a uid whose blockAtRegistration changed was re-registered
 * (replace_neuron -> clear_neuron removes its bond row), and uids appended
 * since (n grew) start with empty rows. A shrinking n cannot be carried.
 */
export function resolveStep(step: SnapshotStep, prev: CarryState | undefined, where: string): Snapshot {
  if (step.bonds !== "carry") return step as Snapshot;
  if (!prev) throw new SnapshotError("bonds", `"carry" in the first epoch of a history`, where);
  if (step.n < prev.bonds.length) {
    throw new SnapshotError("n", `n shrank from ${prev.bonds.length} to ${step.n}: give bonds explicitly instead of "carry"`, where);
  }
  const bonds: SparseRow[] = [];
  for (let i = 0; i < step.n; i++) {
    const reregistered = i < prev.blockAtRegistration.length && prev.blockAtRegistration[i] !== step.blockAtRegistration[i];
    bonds.push(i >= prev.bonds.length || reregistered ? [] : prev.bonds[i]!);
  }
  return { ...step, bonds };
}

/** What one epoch hands to the next when bonds are carried. */
export interface CarryState {
  bonds: SparseRow[];
  blockAtRegistration: string[];
}

export function nextCarry(snapshot: Snapshot, result: EpochResult): CarryState {
  return { bonds: bondsAfter(snapshot.bonds, result), blockAtRegistration: snapshot.blockAtRegistration };
}
