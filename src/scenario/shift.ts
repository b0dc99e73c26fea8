// Shifted validator: one validator's weights reach the epoch one epoch late
// (the row it set for epoch e is the one epoch e+1 reads), for scenarios and
// for any history. The row's lastUpdate moves with it (it is the block the
// row was set at). The first step keeps its own row: nothing earlier is known.
import type { SnapshotStep } from "../snapshot/types.js";

export class ValidatorShift {
  private prev: { row: SnapshotStep["weights"][number]; lastUpdate: string } | undefined;

  constructor(readonly uid: number) {}

  /** The step with the validator's row and lastUpdate taken from the previous step given to apply. */
  apply(step: SnapshotStep): SnapshotStep {
    const u = this.uid;
    if (u >= step.n) {
      this.prev = undefined;
      return step;
    }
    const own = { row: step.weights[u]!, lastUpdate: step.lastUpdate[u]! };
    const prev = this.prev;
    this.prev = own;
    if (!prev) return step;
    const weights = step.weights.slice();
    weights[u] = prev.row;
    const lastUpdate = step.lastUpdate.slice();
    lastUpdate[u] = prev.lastUpdate;
    return { ...step, weights, lastUpdate };
  }
}

/** A history with `uid`'s weights delayed by one epoch. */
export async function* shiftValidator(
  steps: Iterable<SnapshotStep> | AsyncIterable<SnapshotStep>,
  uid: number,
): AsyncGenerator<SnapshotStep> {
  const shift = new ValidatorShift(uid);
  for await (const s of steps) yield shift.apply(s);
}
