// Small SVG builders for the HTML report (no dependencies, no scripts).

export const PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#637939",
];

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface Series {
  label: string;
  values: number[];
}

/** A vertical line across a chart at epoch `x`, labelled (e.g. where the runtime version changes). */
export interface Marker {
  x: number;
  label: string;
}

/**
 * A line chart: one <path class="series"> per series, with axes and a legend; each marker is a
 * <g class="marker" data-x=...> holding a dashed vertical line and its label.
 */
export function lineChart(title: string, xs: number[], series: Series[], yLabel: string, markers: readonly Marker[] = []): string {
  const W = 720,
    H = 260,
    L = 64,
    R = 150,
    T = 28,
    B = 36;
  const pw = W - L - R,
    ph = H - T - B;
  const xMin = xs[0] ?? 0,
    xMax = xs[xs.length - 1] ?? 1;
  const yMax = Math.max(1e-12, ...series.flatMap((s) => s.values));
  const px = (x: number) => L + (xMax > xMin ? ((x - xMin) / (xMax - xMin)) * pw : pw / 2);
  const py = (y: number) => T + ph - (y / yMax) * ph;
  const paths = series
    .map((s, k) => {
      const d = s.values.map((v, i) => `${i ? "L" : "M"}${px(xs[i]!).toFixed(1)},${py(v).toFixed(1)}`).join("");
      return `<path class="series" data-label="${esc(s.label)}" d="${d}" fill="none" stroke="${PALETTE[k % PALETTE.length]}" stroke-width="1.5"/>`;
    })
    .join("");
  const legend = series
    .map(
      (s, k) =>
        `<g transform="translate(${W - R + 12},${T + k * 16})"><rect width="10" height="10" fill="${PALETTE[k % PALETTE.length]}"/><text x="14" y="9">${esc(s.label)}</text></g>`,
    )
    .join("");
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (f) =>
        `<line x1="${L}" x2="${L + pw}" y1="${py(f * yMax)}" y2="${py(f * yMax)}" class="grid"/><text x="${L - 6}" y="${py(f * yMax) + 4}" text-anchor="end">${fmt(f * yMax)}</text>`,
    )
    .join("");
  const marks = markers
    .map((m) => {
      const x = px(m.x).toFixed(1);
      return (
        `<g class="marker" data-x="${m.x}"><line x1="${x}" x2="${x}" y1="${T}" y2="${T + ph}" stroke="#555" stroke-dasharray="4 3"/>` +
        `<text x="${x}" y="${T + 10}" dx="3" class="small">${esc(m.label)}</text></g>`
      );
    })
    .join("");
  const xt = [xMin, Math.round((xMin + xMax) / 2), xMax]
    .map((x) => `<text x="${px(x)}" y="${T + ph + 16}" text-anchor="middle">${x}</text>`)
    .join("");
  return (
    `<figure><svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">` +
    `<text x="${L}" y="18" class="title">${esc(title)}</text>${ticks}${xt}` +
    `<text x="${L + pw / 2}" y="${H - 4}" text-anchor="middle">epoch</text>` +
    `<text transform="translate(12,${T + ph / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>` +
    `<line x1="${L}" y1="${T + ph}" x2="${L + pw}" y2="${T + ph}" class="axis"/><line x1="${L}" y1="${T}" x2="${L}" y2="${T + ph}" class="axis"/>` +
    `${paths}${marks}${legend}</svg></figure>`
  );
}

/** A heatmap of u16 values: rows x columns of <rect class="cell">. */
export function heatmap(title: string, rowLabels: string[], cols: number, cells: [number, number, number][]): string {
  const cell = Math.max(2, Math.min(14, Math.floor(640 / Math.max(cols, 1))));
  const vmax = Math.max(1, ...cells.map((c) => c[2]));
  const L = 48,
    T = 28;
  const W = L + cols * cell + 20,
    H = T + rowLabels.length * cell + 30;
  const rects = cells
    .map(
      ([r, c, v]) =>
        `<rect class="cell" x="${L + c * cell}" y="${T + r * cell}" width="${cell}" height="${cell}" fill="${heat(v / vmax)}"><title>${esc(rowLabels[r]!)} -> uid ${c}: ${v}</title></rect>`,
    )
    .join("");
  const labels = rowLabels
    .map((l, r) =>
      cell >= 8 || r % 4 === 0 ? `<text x="${L - 4}" y="${T + r * cell + cell - 1}" text-anchor="end" class="small">${esc(l)}</text>` : "",
    )
    .join("");
  return (
    `<figure><svg class="heatmap" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">` +
    `<text x="${L}" y="18" class="title">${esc(title)}</text>` +
    `<rect x="${L}" y="${T}" width="${cols * cell}" height="${rowLabels.length * cell}" fill="#f4f4f4"/>${rects}${labels}` +
    `<text x="${L}" y="${H - 8}" class="small">columns: uid 0..${cols - 1}; colour: bond (u16), white 0 to dark red ${vmax} (the largest)</text></svg></figure>`
  );
}

function heat(f: number): string {
  const t = Math.max(0, Math.min(1, f));
  const r = Math.round(255 - 120 * t),
    g = Math.round(245 - 225 * t),
    b = Math.round(235 - 215 * t);
  return `rgb(${r},${g},${b})`;
}

function fmt(v: number): string {
  if (v === 0) return "0";
  if (Math.abs(v) >= 1e6) return v.toExponential(1);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  return v.toPrecision(2);
}
