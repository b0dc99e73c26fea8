// `yuma whatif SNAPSHOT --uid U --weights W.json`
import { readFileSync } from "node:fs";
import { readEpochFile } from "../fixture-file.js";
import { parseJson } from "../snapshot/validate.js";
import { SnapshotError } from "../snapshot/errors.js";
import { whatIf } from "../whatif.js";
import { OptionError } from "./errors.js";
import { renderTable, u16Fraction, raoToUnits } from "./table.js";
import type { Output } from "./epoch.js";
import type { Snapshot, SparseRow } from "../snapshot/types.js";

export function whatifCommand(file: string, opts: { uid: number; weights: string; asStored?: boolean; json?: boolean }, io: Output): number {
  const f = readEpochFile(file);
  if (f.steps.length !== 1 || f.steps[0]!.input.bonds === "carry") throw new SnapshotError("", "whatif needs a single snapshot (or a one-step fixture)", file);
  const n = f.steps[0]!.input.n;
  if (opts.uid >= n) throw new OptionError("--uid", `uid ${opts.uid} out of range (${file} has n = ${n})`);
  let text: string;
  try { text = readFileSync(opts.weights, "utf8"); } catch (e) {
    throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, opts.weights);
  }
  const w = parseJson(text, opts.weights);
  if (!Array.isArray(w)) throw new SnapshotError("", "expected an array of [uid, weight] pairs", opts.weights);
  let r;
  try {
    r = whatIf(f.steps[0]!.input as Snapshot, { uid: opts.uid, weights: w as SparseRow, asStored: opts.asStored }, { mode: f.mode });
  } catch (e) {
    throw e instanceof SnapshotError && !e.file ? e.inFile(opts.weights) : e;
  }
  if (opts.json) {
    io.out(JSON.stringify({ uid: r.uid, deltas: r.deltas, result: r.result }));
    return 0;
  }
  const u = r.uid;
  const d = r.deltas;
  io.out(`${file}: uid ${u} sets ${r.snapshot.weights[u]!.length} weights (stored as ${JSON.stringify(r.snapshot.weights[u]!.slice(0, 8))}${r.snapshot.weights[u]!.length > 8 ? "…" : ""})`);
  io.out(renderTable(["uid " + u, "before", "after", "change"], [
    ["validator trust", u16Fraction(Number(d.validatorTrust.before)), u16Fraction(Number(d.validatorTrust.after)), signed(Number(d.validatorTrust.delta) / 65535)],
    ["dividends", u16Fraction(Number(d.dividends.before)), u16Fraction(Number(d.dividends.after)), signed(Number(d.dividends.delta) / 65535)],
    ["validator emission", raoToUnits(d.validatorEmission.before), raoToUnits(d.validatorEmission.after), (BigInt(d.validatorEmission.delta) >= 0n ? "+" : "-") + raoToUnits(absBig(BigInt(d.validatorEmission.delta)))],
  ]));
  return 0;
}

function signed(x: number): string {
  return (x >= 0 ? "+" : "") + x.toFixed(4);
}

function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}
