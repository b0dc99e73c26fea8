// The comparison table: per uid (validators and miners), total dividends and
// total emission under each variant, and the difference against the first.
import type { VariantData } from "../report/interactive-data.js";

export interface CompareRow {
  uid: number | "validators" | "miners";
  role: "validator" | "miner" | "";
  /** per variant: sum of u16 dividends, total emission (rao) */
  dividends: number[];
  emission: bigint[];
}

/** A uid counts as a validator if it held a validator permit after some epoch of the first variant. */
export function compareRows(variants: VariantData[]): CompareRow[] {
  const n = Math.max(0, ...variants.map((v) => v.totals.emission.length));
  const first = variants[0]!;
  const rows: CompareRow[] = [];
  const sums = {
    validator: { d: variants.map(() => 0), e: variants.map(() => 0n) },
    miner: { d: variants.map(() => 0), e: variants.map(() => 0n) },
  };
  for (let i = 0; i < n; i++) {
    const role = first.validator[i] ? "validator" : "miner";
    const dividends = variants.map((v) => v.totals.dividends[i] ?? 0);
    const emission = variants.map((v) => BigInt(v.totals.emission[i] ?? "0"));
    dividends.forEach((d, k) => {
      sums[role].d[k]! += d;
      sums[role].e[k]! += emission[k]!;
    });
    rows.push({ uid: i, role, dividends, emission });
  }
  rows.push({ uid: "validators", role: "", dividends: sums.validator.d, emission: sums.validator.e });
  rows.push({ uid: "miners", role: "", dividends: sums.miner.d, emission: sums.miner.e });
  return rows;
}

/** CSV, one row per uid and variant, exact integers (u16 sums, rao). */
export function compareCsv(names: string[], rows: CompareRow[]): string {
  const head = "uid,role,variant,total_dividends_u16,total_emission_rao,delta_dividends_u16,delta_emission_rao";
  const lines = rows.flatMap((r) =>
    names.map((name, k) =>
      [r.uid, r.role, name, r.dividends[k], r.emission[k], r.dividends[k]! - r.dividends[0]!, r.emission[k]! - r.emission[0]!].join(","),
    ),
  );
  return [head, ...lines].join("\n") + "\n";
}
