// `compare`: one history replayed under several variants, in parallel
// (worker threads, one per variant up to --jobs), bonds carried within each
// variant; per-variant output files, a comparison table and an interactive report.
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { historySource, rawSteps, parseStep } from "../replay/history.js";
import { replayAll, type PoolOptions } from "../replay/pool.js";
import { removeCheckpoint } from "../replay/files.js";
import { SnapshotError } from "../snapshot/errors.js";
import { DEFAULT_SPEC } from "../snapshot/versions.js";
import { ioAt } from "../replay/io.js";
import { readVariant, type VariantData } from "../report/interactive-data.js";
import { writeReportData } from "../report/interactive.js";
import { compareCsv, compareRows, type CompareRow } from "./table.js";
import { writeVariantHistory } from "./history.js";
import type { ReplayTaskResult } from "../replay/worker.js";
import type { Variant } from "./variants.js";

/** The spec version of a history's first step (overrides are checked against it). */
export async function firstStepSpec(historyPath: string): Promise<number> {
  const src = historySource(historyPath);
  for await (const raw of rawSteps(src)) return parseStep(raw).specVersion ?? DEFAULT_SPEC;
  throw new SnapshotError("", "empty history: no snapshots", historyPath);
}

export interface CompareResult {
  name: string;
  variants: Variant[];
  results: ReplayTaskResult[];
  histories: string[];
  rows?: CompareRow[];
  csvFile?: string;
  reportFile?: string;
}

export async function compareHistory(
  historyPath: string,
  variants: Variant[],
  outDir: string,
  opts: Pick<PoolOptions, "jobs" | "onProgress"> = {},
): Promise<CompareResult> {
  const seen = new Set<string>();
  for (const v of variants) {
    if (seen.has(v.name.toLowerCase())) throw new SnapshotError("", `two variants named ${v.name}`, historyPath);
    seen.add(v.name.toLowerCase());
  }
  const src = historySource(historyPath);
  const histories: string[] = [];
  for (const v of variants) histories.push(await writeVariantHistory(src, v, join(outDir, "variants")));
  const results = await replayAll(histories, outDir, { jobs: opts.jobs, checkpointMs: 1 << 30, onProgress: opts.onProgress });
  const out: CompareResult = { name: src.name, variants, results, histories };
  if (results.some((r) => !r.ok)) return out;
  const data: VariantData[] = [];
  for (const [k, r] of results.entries()) {
    if (!r.ok) continue;
    removeCheckpoint(outDir, r.name);
    const source = { name: variants[k]!.name, epochsFile: r.epochsFile, specs: r.specs };
    data.push(await readVariant(source));
  }
  out.rows = compareRows(data);
  out.csvFile = join(outDir, `${src.name}.compare.csv`);
  ioAt(out.csvFile, () =>
    writeFileSync(
      out.csvFile!,
      compareCsv(
        variants.map((v) => v.name),
        out.rows!,
      ),
    ),
  );
  out.reportFile = writeReportData(data, join(outDir, `${src.name}.compare.html`), { title: `yuma compare: ${src.name}` });
  return out;
}
