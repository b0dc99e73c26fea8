// The data an interactive report shows, read from replay output files
// (<name>.epochs.jsonl): per variant, per uid and epoch the dividends,
// incentive, validator trust and emission; bond rows at (up to) every epoch;
// exact totals per uid; where the runtime version changed.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { SnapshotError } from "../snapshot/errors.js";
import type { SpecSegment } from "../replay/versions.js";
import type { SparseRow } from "../snapshot/types.js";

/** One replay output to show: a variant of a history (or a history). */
export interface ReportSource {
  name: string;
  epochsFile: string;
  /** runtime versions used, as runs of epochs (ReplayFilesResult.specs) */
  specs: SpecSegment[];
}

export interface VariantData {
  name: string;
  epochs: number[];
  blocks: string[];
  specs: SpecSegment[];
  /** metric -> uid -> value per epoch (u16 for the proportions, rao as a number for emission) */
  series: { dividends: number[][]; incentive: number[][]; validatorTrust: number[][]; emission: number[][] };
  /** uid held a validator permit after some epoch */
  validator: boolean[];
  /** exact totals per uid: sum of u16 dividends, total emission (rao, decimal) */
  totals: { dividends: number[]; emission: string[] };
  /** epochs whose bond rows are embedded, and those rows */
  bondEpochs: number[];
  bonds: SparseRow[][];
}

export interface ReportData {
  title: string;
  n: number;
  variants: VariantData[];
}

/** Most bond entries embedded per variant; beyond it only every k-th epoch's bonds are kept. */
export const MAX_BOND_ENTRIES = 1_000_000;
/** Most series values (uids x epochs x 4 metrics) embedded per variant; beyond it every k-th epoch (and the last) is drawn. Totals stay exact. */
export const MAX_SERIES_VALUES = 4_000_000;

interface Line {
  epoch: number;
  block: string;
  dividends?: number[];
  incentive: number[];
  validatorTrust: number[];
  serverEmission: string[];
  validatorEmission: string[];
  newValidatorPermit: boolean[];
  bonds: (SparseRow | null)[];
}

export async function readVariant(src: ReportSource, limits: { series?: number; bonds?: number } = {}): Promise<VariantData> {
  const v: VariantData = {
    name: src.name,
    epochs: [],
    blocks: [],
    specs: src.specs,
    series: { dividends: [], incentive: [], validatorTrust: [], emission: [] },
    validator: [],
    totals: { dividends: [], emission: [] },
    bondEpochs: [],
    bonds: [],
  };
  const emission: bigint[] = [];
  const allBonds: SparseRow[][] = [];
  let stored: SparseRow[] = [];
  let entries = 0;
  const rl = createInterface({ input: createReadStream(src.epochsFile, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const text of rl) {
    lineNo++;
    if (!text.trim()) continue;
    let rec: Line;
    try {
      rec = JSON.parse(text) as Line;
    } catch (e) {
      throw new SnapshotError("", `not valid JSON (${e instanceof Error ? e.message : String(e)})`, `${src.epochsFile}:${lineNo}`);
    }
    if (!Array.isArray(rec.dividends)) continue; // a trapped or skipped step: no result
    const k = v.epochs.length;
    v.epochs.push(rec.epoch);
    v.blocks.push(rec.block);
    const n = rec.dividends.length;
    for (let i = 0; i < n; i++) {
      for (const m of ["dividends", "incentive", "validatorTrust", "emission"] as const) {
        if (!v.series[m][i]) v.series[m][i] = [];
        const col = v.series[m][i]!;
        while (col.length < k) col.push(0); // a uid appended later: 0 before it existed
      }
      const e = BigInt(rec.serverEmission[i]!) + BigInt(rec.validatorEmission[i]!);
      v.series.dividends[i]!.push(rec.dividends[i]!);
      v.series.incentive[i]!.push(rec.incentive[i]!);
      v.series.validatorTrust[i]!.push(rec.validatorTrust[i]!);
      v.series.emission[i]!.push(Number(e));
      v.totals.dividends[i] = (v.totals.dividends[i] ?? 0) + rec.dividends[i]!;
      emission[i] = (emission[i] ?? 0n) + e;
      v.validator[i] = (v.validator[i] ?? false) || rec.newValidatorPermit[i] === true;
    }
    // the stored bonds after this epoch (null = row unchanged)
    stored = rec.bonds.map((r, i) => (r === null ? (stored[i] ?? []) : r));
    allBonds.push(stored);
    entries += stored.reduce((s, r) => s + r.length, 0);
  }
  v.totals.emission = emission.map((e) => e.toString());
  const allEpochs = v.epochs;
  const values = v.epochs.length * v.series.dividends.length * 4;
  const step = Math.max(1, Math.ceil(values / (limits.series ?? MAX_SERIES_VALUES)));
  if (step > 1) {
    const last = v.epochs.length - 1;
    const keep = (_: unknown, k: number) => k % step === 0 || k === last;
    v.epochs = v.epochs.filter(keep);
    v.blocks = v.blocks.filter(keep);
    for (const m of ["dividends", "incentive", "validatorTrust", "emission"] as const)
      v.series[m] = v.series[m].map((col) => col.filter(keep));
  }
  const every = Math.max(1, Math.ceil(entries / (limits.bonds ?? MAX_BOND_ENTRIES)));
  allBonds.forEach((b, k) => {
    if (k % every === 0 || k === allBonds.length - 1) {
      v.bondEpochs.push(allEpochs[k]!);
      v.bonds.push(b);
    }
  });
  return v;
}
