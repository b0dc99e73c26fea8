// `yuma whatif SNAPSHOT --uid U --weights W.json [--step K]`
import { readFileSync } from "node:fs";
import { readEpochFile } from "../fixture-file.js";
import type { EpochFile } from "../fixture.js";
import { Engine } from "../wasm/engine.js";
import { nextCarry, resolveStep, type CarryState } from "../snapshot/carry.js";
import { parseJson } from "../snapshot/validate.js";
import { SnapshotError } from "../snapshot/errors.js";
import { whatIf } from "../whatif.js";
import { OptionError } from "./errors.js";
import { renderTable, u16Fraction, raoToUnits } from "./table.js";
import type { Output } from "./epoch.js";
import type { Snapshot, SparseRow } from "../snapshot/types.js";

/**
 * Step `k` of a fixture file with its bonds resolved: "carry" takes the rows storage held
 * after the previous step (the step's expected result where the file gives one, else the engine's).
 */
function stepSnapshot(f: EpochFile, k: number, file: string): Snapshot {
  if (k >= f.steps.length)
    throw new OptionError("--step", `step ${k} out of range (${file} has ${f.steps.length} step${f.steps.length === 1 ? "" : "s"})`);
  let carry: CarryState | undefined;
  const engine = f.steps.slice(0, k).every((s) => s.expected) ? undefined : new Engine();
  for (let t = 0; ; t++) {
    const snap = resolveStep(f.steps[t]!.input, carry, `${file}: steps[${t}]`);
    if (t === k) return snap;
    carry = nextCarry(snap, f.steps[t]!.expected ?? engine!.run(snap, { mode: f.mode }));
  }
}

export function whatifCommand(
  file: string,
  opts: { uid: number; weights: string; asStored?: boolean; json?: boolean; step?: number },
  io: Output,
): number {
  const f = readEpochFile(file);
  if (opts.step === undefined && (f.steps.length !== 1 || f.steps[0]!.input.bonds === "carry")) {
    throw new SnapshotError(
      "",
      `whatif needs a single snapshot, a one-step fixture, or --step K (this file has ${f.steps.length} steps)`,
      file,
    );
  }
  const snapshot = stepSnapshot(f, opts.step ?? 0, file);
  const n = snapshot.n;
  if (opts.uid >= n) throw new OptionError("--uid", `uid ${opts.uid} out of range (${file} has n = ${n})`);
  let text: string;
  try {
    text = readFileSync(opts.weights, "utf8");
  } catch (e) {
    throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, opts.weights);
  }
  const w = parseJson(text, opts.weights);
  if (!Array.isArray(w)) throw new SnapshotError("", "expected an array of [uid, weight] pairs", opts.weights);
  let r;
  try {
    r = whatIf(snapshot, { uid: opts.uid, weights: w as SparseRow, asStored: opts.asStored }, { mode: f.mode });
  } catch (e) {
    throw e instanceof SnapshotError && !e.file ? e.inFile(opts.weights) : e;
  }
  if (opts.json) {
    io.out(JSON.stringify({ uid: r.uid, specVersion: r.specVersion, deltas: r.deltas, result: r.result }));
    return 0;
  }
  const u = r.uid;
  const d = r.deltas;
  io.out(
    `${file}${opts.step === undefined ? "" : ` step ${opts.step}`}: runtime spec ${r.specVersion}${snapshot.specVersion === undefined ? " (no specVersion given: the newest)" : ""}`,
  );
  io.out(
    `${file}: uid ${u} sets ${r.snapshot.weights[u]!.length} weights (stored as ${JSON.stringify(r.snapshot.weights[u]!.slice(0, 8))}${r.snapshot.weights[u]!.length > 8 ? "…" : ""})`,
  );
  io.out(
    renderTable(
      ["uid " + u, "before", "after", "change"],
      [
        [
          "validator trust",
          u16Fraction(Number(d.validatorTrust.before)),
          u16Fraction(Number(d.validatorTrust.after)),
          signed(Number(d.validatorTrust.delta) / 65535),
        ],
        [
          "dividends",
          u16Fraction(Number(d.dividends.before)),
          u16Fraction(Number(d.dividends.after)),
          signed(Number(d.dividends.delta) / 65535),
        ],
        [
          "validator emission",
          raoToUnits(d.validatorEmission.before),
          raoToUnits(d.validatorEmission.after),
          (BigInt(d.validatorEmission.delta) >= 0n ? "+" : "-") + raoToUnits(absBig(BigInt(d.validatorEmission.delta))),
        ],
      ],
    ),
  );
  return 0;
}

function signed(x: number): string {
  return (x >= 0 ? "+" : "") + x.toFixed(4);
}

function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}
