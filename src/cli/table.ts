// Plain-text tables for the CLI.

/** Renders rows under a header, right-aligning numeric-looking cells. */
export function renderTable(header: string[], rows: string[][]): string {
  const width = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const numeric = /^[-+]?[0-9][0-9.,_]*%?$/;
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (numeric.test(cell) ? cell.padStart(width[c]!) : cell.padEnd(width[c]!)))
      .join("  ")
      .trimEnd();
  return [line(header), width.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A u16 proportion as a fraction of 65535 with 4 decimals. */
export function u16Fraction(v: number): string {
  return (v / 65535).toFixed(4);
}

/** rao (1e-9 of a unit) as a decimal with 9 fraction digits, exact. */
export function raoToUnits(rao: string | bigint): string {
  const b = BigInt(rao);
  const whole = b / 1_000_000_000n;
  const frac = (b % 1_000_000_000n).toString().padStart(9, "0");
  return `${whole}.${frac}`;
}
