// fast-check arbitraries for snapshots of a historical runtime: an arbSnapshot
// reshaped to the fields that spec reads (fieldsFor in src/snapshot/versions.ts):
// TAO `stake` before 233, the stored u16 `activityCutoff` before 423, a u16
// steepness at 273-282, and nothing a version does not read.
import fc from "fast-check";
import { arbSnapshot, arbHistory, type ArbSnapshotOptions, type ArbHistoryOptions } from "./arbitraries.js";
import { fieldsFor } from "../snapshot/versions.js";
import type { Snapshot, SnapshotStep } from "../snapshot/types.js";

export function arbEraSnapshot(spec: number | fc.Arbitrary<number>, o: ArbSnapshotOptions = {}): fc.Arbitrary<Snapshot> {
  const specs = typeof spec === "number" ? fc.constant(spec) : spec;
  return fc
    .tuple(specs, arbSnapshot(o), fc.oneof(fc.constantFrom(5000, 100, 10, 0, 65535), fc.integer({ min: 0, max: 65535 })), fc.boolean())
    .map(([sp, s, cutoff, swapAlpha]) => toEra(s, sp, cutoff, swapAlpha));
}

/** The snapshot as a runtime of `spec` reads it. */
export function toEra(s: Snapshot, spec: number, cutoff: number, swapAlpha = false): Snapshot {
  const fields = fieldsFor(spec);
  const all: Record<string, unknown> = {
    ...s,
    specVersion: spec,
    // before 233 the epoch reads one TAO stake per uid
    stake: s.alphaStake,
    activityCutoff: spec < 423 ? cutoff : s.activityCutoff,
    alphaSigmoidSteepness: spec < 283 && s.alphaSigmoidSteepness < 0 ? s.alphaSigmoidSteepness + 65536 : s.alphaSigmoidSteepness,
    // AlphaValues may hold low > high (no ordering check at set time before 273)
    alphaLow: swapAlpha ? s.alphaHigh : s.alphaLow,
    alphaHigh: swapAlpha ? s.alphaLow : s.alphaHigh,
  };
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(all)) if (fields.has(k) && all[k] !== undefined) out[k] = all[k];
  return out as unknown as Snapshot;
}

/** arbHistory reshaped to a runtime of `spec` ("carry" bonds kept). */
export function arbEraHistory(spec: number, o: ArbHistoryOptions = {}): fc.Arbitrary<SnapshotStep[]> {
  return fc.tuple(arbHistory(o), fc.oneof(fc.constantFrom(5000, 100, 10), fc.integer({ min: 0, max: 65535 }))).map(([steps, cutoff]) =>
    steps.map((st) => {
      const { bonds, ...rest } = st;
      return { ...toEra({ ...rest, bonds: [] } as Snapshot, spec, cutoff), bonds } as SnapshotStep;
    }),
  );
}
