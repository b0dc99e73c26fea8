// Chain fixed point vs exact math, in rao per uid.
import { Decimal } from "decimal.js";
import { Engine } from "../wasm/engine.js";
import { exactEpoch } from "./epoch.js";
import type { Snapshot } from "../snapshot/types.js";

export interface UidPrecision {
  uid: number;
  /** server + validator emission the chain pays, rao */
  chain: bigint;
  /** the same in exact arithmetic, rao (fractional) */
  exact: string;
  /** chain - exact, rao */
  diff: string;
}

export interface PrecisionReport {
  uids: UidPrecision[];
  /** max |chain - exact| over uids, rao */
  maxAbs: string;
  /** mean |chain - exact|, rao */
  meanAbs: string;
  /** sum over uids of (chain - exact): rao the rounding leaves unpaid when negative */
  total: string;
  chainTotal: bigint;
  exactTotal: string;
}

export function precisionReport(s: Snapshot, engine: Engine = new Engine()): PrecisionReport {
  const r = engine.run(s);
  const x = exactEpoch(s);
  let maxAbs = new Decimal(0),
    sumAbs = new Decimal(0),
    total = new Decimal(0),
    exactTotal = new Decimal(0);
  let chainTotal = 0n;
  const uids = r.serverEmission.map((se, i) => {
    const chain = BigInt(se) + BigInt(r.validatorEmission[i]!);
    const exact = new Decimal(x.serverEmission[i]!.toString()).plus(x.validatorEmission[i]!.toString());
    const diff = new Decimal(chain.toString()).minus(exact);
    if (diff.abs().gt(maxAbs)) maxAbs = diff.abs();
    sumAbs = sumAbs.plus(diff.abs());
    total = total.plus(diff);
    exactTotal = exactTotal.plus(exact);
    chainTotal += chain;
    return { uid: i, chain, exact: exact.toFixed(3), diff: diff.toFixed(3) };
  });
  return {
    uids,
    maxAbs: maxAbs.toFixed(3),
    meanAbs: (s.n ? sumAbs.div(s.n) : sumAbs).toFixed(3),
    total: total.toFixed(3),
    chainTotal,
    exactTotal: exactTotal.toFixed(3),
  };
}
