// `yuma report DIR`: one self-contained HTML file (inline SVG and CSS, no
// scripts, no network) from a replay's <name>.epochs.jsonl and summary.csv.
import { createReadStream, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { esc, heatmap, lineChart, type Marker, type Series } from "./svg.js";
import type { EpochResult } from "../snapshot/types.js";
import { SnapshotError } from "../snapshot/errors.js";
import { ioAt } from "../replay/io.js";
import { SpecTracker, formatSpecSegments } from "../replay/versions.js";

/** Reads a replay output file; a missing or unreadable one is bad input (file: (root): reason). */
function readInput(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, path);
  }
}

export interface ReportOptions {
  /** uids per chart (default 8, by total emission) */
  top?: number;
  /** epoch index for the bonds heatmap (default: the last) */
  epoch?: number;
  /** output file (default DIR/report.html) */
  out?: string;
}

interface SummaryRow {
  cells: string[];
  uid: number;
  total: bigint;
}

function readSummary(path: string): { header: string[]; rows: SummaryRow[] } {
  const [head, ...lines] = readInput(path).trim().split("\n");
  const rows = lines.map((l) => {
    const cells = l.split(",");
    return { cells, uid: Number(cells[0]), total: BigInt(cells[4]!) };
  });
  return { header: head!.split(","), rows };
}

/** The charts' data for one history, streamed from its epochs file. */
async function collect(epochsPath: string, uids: number[], bondEpoch: number | undefined) {
  const xs: number[] = [];
  const emission = uids.map(() => [] as number[]),
    incentive = uids.map(() => [] as number[]);
  const dividends = uids.map(() => [] as number[]),
    vtrust = uids.map(() => [] as number[]);
  let bonds: { epoch: number; rows: EpochResult["bonds"] } | undefined;
  // bond rows as storage holds them: before spec 320 a sparse row may be null (left unchanged)
  let stored: EpochResult["bonds"] = [];
  // runtime versions, when the lines carry specVersion (a line without one ran the newest)
  const specs = new SpecTracker();
  let withSpec = false;
  const rl = createInterface({ input: createReadStream(epochsPath, { encoding: "utf8" }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let rec: EpochResult & { epoch: number; specVersion?: number };
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw new SnapshotError("", `not valid JSON (${e instanceof Error ? e.message : String(e)})`, `${epochsPath}:${lineNo}`);
    }
    if (!Array.isArray(rec.incentive)) continue; // a trapped or skipped step: no result
    xs.push(rec.epoch);
    if (rec.specVersion !== undefined) withSpec = true;
    specs.add(rec.epoch, rec.specVersion);
    stored = rec.bonds.map((r, i) => r ?? stored[i] ?? null);
    uids.forEach((u, k) => {
      emission[k]!.push((Number(rec.serverEmission[u] ?? 0) + Number(rec.validatorEmission[u] ?? 0)) / 1e9);
      incentive[k]!.push((rec.incentive[u] ?? 0) / 65535);
      dividends[k]!.push((rec.dividends[u] ?? 0) / 65535);
      vtrust[k]!.push((rec.validatorTrust[u] ?? 0) / 65535);
    });
    if (bondEpoch === undefined || rec.epoch === bondEpoch) bonds = { epoch: rec.epoch, rows: stored };
  }
  return { xs, emission, incentive, dividends, vtrust, bonds, specs: withSpec ? specs : undefined };
}

export async function writeReport(dir: string, opts: ReportOptions = {}): Promise<{ file: string; histories: string[]; series: number }> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    throw new SnapshotError("", `cannot read directory (${(e as NodeJS.ErrnoException).code ?? String(e)})`, dir);
  }
  const names = entries
    .filter((f) => f.endsWith(".epochs.jsonl"))
    .map((f) => f.slice(0, -".epochs.jsonl".length))
    .sort();
  if (names.length === 0) throw new SnapshotError("", `no *.epochs.jsonl files (run yuma replay --out ${dir} first)`, dir);
  const top = opts.top ?? 8;
  let series = 0;
  const sections: string[] = [];
  for (const name of names) {
    const summary = readSummary(join(dir, `${name}.summary.csv`));
    const ranked = [...summary.rows].sort((a, b) => (b.total > a.total ? 1 : b.total < a.total ? -1 : a.uid - b.uid));
    // each chart shows the uids that lead on its own measure (summary columns 4..7)
    const topBy = (col: number) =>
      [...summary.rows]
        .sort((a, b) => Number(b.cells[col]) - Number(a.cells[col]) || a.uid - b.uid)
        .slice(0, top)
        .map((r) => r.uid);
    const picks = { emission: ranked.slice(0, top).map((r) => r.uid), incentive: topBy(5), dividends: topBy(6), vtrust: topBy(7) };
    const uids = [...new Set(Object.values(picks).flat())].sort((a, b) => a - b);
    const epochsPath = join(dir, `${name}.epochs.jsonl`);
    const d = await collect(epochsPath, uids, opts.epoch);
    if (opts.epoch !== undefined && !d.bonds) {
      const range = d.xs.length ? `epochs ${d.xs[0]} to ${d.xs.at(-1)}` : "no epochs with results";
      throw new SnapshotError("epoch", `no epoch ${opts.epoch} (${range})`, epochsPath);
    }
    // a marker where the runtime version changes, on every time-series chart
    const markers: Marker[] = d.specs?.changes().map((c) => ({ x: c.epoch, label: `spec ${c.to}` })) ?? [];
    const versions = d.specs ? `<p class="spec-versions">Runtime versions: ${esc(formatSpecSegments(d.specs.segments))}</p>` : "";
    const mk = (pick: number[], vals: number[][]): Series[] => pick.map((u) => ({ label: `uid ${u}`, values: vals[uids.indexOf(u)]! }));
    const charts = [
      lineChart("Emission per epoch (server + validator)", d.xs, mk(picks.emission, d.emission), "alpha", markers),
      lineChart("Incentive", d.xs, mk(picks.incentive, d.incentive), "fraction", markers),
      lineChart("Dividends", d.xs, mk(picks.dividends, d.dividends), "fraction", markers),
      lineChart("Validator trust", d.xs, mk(picks.vtrust, d.vtrust), "fraction", markers),
    ];
    series += picks.emission.length + picks.incentive.length + picks.dividends.length + picks.vtrust.length;
    let heat = "<p>No bonds recorded.</p>";
    if (d.bonds) {
      const rows = d.bonds.rows.map((r, i) => [i, r] as const).filter(([, r]) => r && r.length > 0);
      const cells: [number, number, number][] = [];
      rows.forEach(([, r], k) => r!.forEach(([j, v]) => cells.push([k, j, v])));
      heat = heatmap(
        `Bonds after epoch ${d.bonds.epoch} (rows: validators with a bond row)`,
        rows.map(([i]) => `uid ${i}`),
        d.bonds.rows.length,
        cells,
      );
    }
    const table =
      `<table><thead><tr>${summary.header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>` +
      ranked.map((r) => `<tr>${r.cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("") +
      "</tbody></table>";
    sections.push(
      `<section><h2>${esc(name)}</h2><p>${d.xs.length} epochs; each chart shows the top ${top} uids on its own measure.</p>${versions}` +
        `<div class="charts">${charts.join("")}</div>${heat}<h3>Summary (all uids, by total emission)</h3>${table}</section>`,
    );
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>yuma replay report</title><style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{border-bottom:1px solid #ccc}
svg text{font-size:11px;fill:#333}svg .title{font-size:13px;font-weight:600}svg .small{font-size:9px}
.grid{stroke:#e5e5e5}.axis{stroke:#888}.charts{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ddd;padding:2px 6px;text-align:right}
</style></head><body><h1>yuma replay report</h1><p>Generated by yuma-engine from <code>${esc(dir)}</code>.</p>${sections.join("")}</body></html>\n`;
  const file = opts.out ?? join(dir, "report.html");
  ioAt(file, () => writeFileSync(file, html));
  return { file, histories: names, series };
}
