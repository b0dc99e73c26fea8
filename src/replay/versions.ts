// Which runtime versions a replay used, and the epochs where the version changed.
// Each history line is computed with its own specVersion (absent = the newest);
// bonds carry across a change unchanged, as the chain does not migrate them.
import { DEFAULT_SPEC } from "../snapshot/versions.js";

/** A run of consecutive epochs computed with one spec version. */
export interface SpecSegment {
  spec: number;
  fromEpoch: number;
  toEpoch: number;
}

export class SpecTracker {
  readonly segments: SpecSegment[];

  constructor(segments: SpecSegment[] = []) {
    this.segments = segments.map((s) => ({ ...s }));
  }

  /** Records that `epoch` ran with `spec` (undefined = the newest supported). */
  add(epoch: number, spec: number | undefined): void {
    const v = spec ?? DEFAULT_SPEC;
    const last = this.segments[this.segments.length - 1];
    if (last && last.spec === v) last.toEpoch = epoch;
    else this.segments.push({ spec: v, fromEpoch: epoch, toEpoch: epoch });
  }

  /** The epochs at which the version changed. */
  changes(): { epoch: number; from: number; to: number }[] {
    return this.segments.slice(1).map((s, k) => ({ epoch: s.fromEpoch, from: this.segments[k]!.spec, to: s.spec }));
  }
}

/** "spec 257 (epochs 0-3), spec 273 (epochs 4-8; changed at epoch 4)" */
export function formatSpecSegments(segments: readonly SpecSegment[]): string {
  return segments
    .map(
      (s, k) =>
        `spec ${s.spec} (epoch${s.fromEpoch === s.toEpoch ? ` ${s.fromEpoch}` : `s ${s.fromEpoch}-${s.toEpoch}`}${k > 0 ? `; changed at epoch ${s.fromEpoch}` : ""})`,
    )
    .join(", ");
}
