// What-if: the epoch with one uid's weights replaced, against the unchanged snapshot.
// Both epochs run the runtime the snapshot's specVersion selects (absent = the newest):
// set_weights max-upscales the row and (commit-reveal off) sets LastUpdate to the current block in every
// supported version (spec 121-425), so the change itself does not depend on the version.
import { Engine, type RunOptions } from "./wasm/engine.js";
import { validateSnapshot } from "./snapshot/validate.js";
import { SnapshotError } from "./snapshot/errors.js";
import { maxUpscaleU16 } from "./snapshot/weights.js";
import { DEFAULT_SPEC } from "./snapshot/versions.js";
import type { EpochResult, Snapshot, SparseRow } from "./snapshot/types.js";

export interface WhatIfChange {
  uid: number;
  /** `[uid, weight]` pairs, u16 weights as given to set_weights. */
  weights: SparseRow;
  /**
   * Store the weights as given instead of max-upscaling them the way
   * set_weights does (default false).
   */
  asStored?: boolean;
  /** Leave lastUpdate[uid] as is (default: set to currentBlock, as set_weights does). */
  keepLastUpdate?: boolean;
}

export interface WhatIfDelta {
  before: string;
  after: string;
  delta: string;
}

export interface WhatIfResult {
  baseline: EpochResult;
  result: EpochResult;
  /** The snapshot as changed. */
  snapshot: Snapshot;
  uid: number;
  /** The runtime spec version both epochs ran (the snapshot's specVersion, or the newest supported). */
  specVersion: number;
  /** u16 values as decimal strings (delta signed), rao for validatorEmission */
  deltas: { validatorTrust: WhatIfDelta; dividends: WhatIfDelta; validatorEmission: WhatIfDelta };
}

function delta(a: bigint | number, b: bigint | number): WhatIfDelta {
  const x = BigInt(a),
    y = BigInt(b);
  return { before: x.toString(), after: y.toString(), delta: (y - x).toString() };
}

export function whatIf(snapshot: Snapshot, change: WhatIfChange, opts: RunOptions & { engine?: Engine } = {}): WhatIfResult {
  const { uid } = change;
  if (!Number.isInteger(uid) || uid < 0 || uid >= snapshot.n) throw new SnapshotError("uid", `uid ${uid} out of range (n = ${snapshot.n})`);
  const row = change.weights;
  const seen = new Set<number>();
  row.forEach(([j, w], e) => {
    if (!Number.isInteger(j) || j < 0 || j >= snapshot.n)
      throw new SnapshotError(`weights[${e}][0]`, `uid ${j} out of range (n = ${snapshot.n})`);
    if (!Number.isInteger(w) || w < 0 || w > 65535) throw new SnapshotError(`weights[${e}][1]`, `u16 value out of range [0, 65535]: ${w}`);
    if (seen.has(j)) throw new SnapshotError(`weights[${e}][0]`, `duplicate uid ${j}`);
    seen.add(j);
  });
  const stored: SparseRow = change.asStored
    ? row.map(([j, w]) => [j, w])
    : (() => {
        const up = maxUpscaleU16(row.map(([, w]) => w));
        return row.map(([j], k) => [j, up[k]!] as [number, number]);
      })();
  const weights = snapshot.weights.slice();
  weights[uid] = stored;
  const lastUpdate = snapshot.lastUpdate.slice();
  if (!change.keepLastUpdate) lastUpdate[uid] = snapshot.currentBlock;
  const changed = validateSnapshot({ ...snapshot, weights, lastUpdate });
  const engine = opts.engine ?? new Engine();
  const baseline = engine.run(snapshot, opts);
  const result = engine.run(changed, opts);
  return {
    baseline,
    result,
    snapshot: changed,
    uid,
    specVersion: snapshot.specVersion ?? DEFAULT_SPEC,
    deltas: {
      validatorTrust: delta(baseline.validatorTrust[uid]!, result.validatorTrust[uid]!),
      dividends: delta(baseline.dividends[uid]!, result.dividends[uid]!),
      validatorEmission: delta(BigInt(baseline.validatorEmission[uid]!), BigInt(result.validatorEmission[uid]!)),
    },
  };
}
