// `yuma compare HISTORY --out DIR --variant NAME=overrides ... [--sweep field=lo:hi:count]`
import { InvalidArgumentError } from "commander";
import type { Command } from "commander";
import { compareHistory, firstStepSpec } from "../compare/run.js";
import { parseSweep, parseVariant, sweepVariants, VariantError, type Variant } from "../compare/variants.js";
import { OptionError } from "./errors.js";
import { positiveInt } from "./options.js";
import { renderTable, raoToUnits } from "./table.js";
import { formatSpecSegments } from "../replay/versions.js";
import { createProgress } from "./progress.js";
import type { Output } from "./epoch.js";

export interface CompareCommandOptions {
  out: string;
  variant: string[];
  sweep?: string;
  jobs?: number;
  quiet?: boolean;
}

const signed = (x: bigint, f: (v: bigint) => string) => (x < 0n ? "-" + f(-x) : "+" + f(x));

export async function compareCommand(history: string, opts: CompareCommandOptions, io: Output): Promise<number> {
  if (opts.variant.length === 0 && !opts.sweep)
    throw new OptionError("--variant", "give at least one --variant NAME=overrides or a --sweep");
  const spec = await firstStepSpec(history);
  let variants: Variant[];
  let option = "--variant";
  try {
    variants = opts.variant.map((t) => parseVariant(t, spec));
    option = "--sweep";
    if (opts.sweep) variants = sweepVariants(variants, parseSweep(opts.sweep, variants[0]?.spec ?? spec));
  } catch (e) {
    if (e instanceof VariantError) throw new OptionError(option, e.reason);
    throw e;
  }
  const names = new Set<string>();
  for (const v of variants) {
    if (names.has(v.name.toLowerCase())) throw new OptionError("--variant", `two variants named ${v.name}`);
    names.add(v.name.toLowerCase());
  }
  const progress = createProgress(process.stderr, opts.quiet ?? false);
  const r = await compareHistory(history, variants, opts.out, {
    jobs: opts.jobs,
    onProgress: (h, done, total) => progress.update(h, done, total),
  });
  progress.stop();
  let status = 0;
  r.results.forEach((x, k) => {
    if (!x.ok) {
      io.err(x.error.message);
      status = Math.max(status, x.error.snapshot ? 2 : 1);
      return;
    }
    if (!opts.quiet)
      io.out(
        `variant ${variants[k]!.name}: ${x.epochs} epochs, ${formatSpecSegments(x.specs)} -> ${x.epochsFile}, ${x.summaryFile} (history ${r.histories[k]})`,
      );
  });
  if (status || !r.rows) return status || 1;
  if (!opts.quiet) {
    const vs = variants.map((v) => v.name);
    const head = ["uid", "role", ...vs.flatMap((v, k) => [`${v} dividends`, `${v} emission`, ...(k ? ["Δ dividends", "Δ emission"] : [])])];
    const rows = r.rows.map((row) => [
      String(row.uid),
      row.role,
      ...vs.flatMap((_, k) => [
        (row.dividends[k]! / 65535).toFixed(4),
        raoToUnits(row.emission[k]!),
        ...(k
          ? [
              (row.dividends[k]! - row.dividends[0]! >= 0 ? "+" : "") + ((row.dividends[k]! - row.dividends[0]!) / 65535).toFixed(4),
              signed(row.emission[k]! - row.emission[0]!, raoToUnits),
            ]
          : []),
      ]),
    ]);
    io.out("total dividends (sum over epochs of the u16 proportion / 65535) and total emission (alpha) per uid; Δ against " + vs[0]);
    io.out(renderTable(head, rows));
    io.out(`-> ${r.csvFile}, ${r.reportFile}`);
  }
  return 0;
}

export function registerCompareCommand(program: Command, io: Output): void {
  program
    .command("compare")
    .description(
      "replay one history under several variants (spec version and/or hyperparameter overrides), in parallel; comparison table and report",
    )
    .argument("<history>", "history file, directory or fixture")
    .requiredOption(
      "--out <dir>",
      "output directory: <history>.<variant>.epochs.jsonl and .summary.csv, variants/, <history>.compare.csv, <history>.compare.html",
    )
    .option(
      "--variant <name=overrides>",
      "NAME=key=value,... (e.g. base= or y3=yuma3Enabled=true,bondsPenalty=0 or old=specVersion=257); repeatable",
      (v: string, prev: string[]) => {
        // the form is checked here; the overrides against the history's spec version when it is read
        if (!/^[A-Za-z0-9_.+-]{1,64}=/.test(v))
          throw new InvalidArgumentError("expected NAME=overrides (e.g. base= or y3=yuma3Enabled=true,bondsPenalty=0)");
        return [...prev, v];
      },
      [] as string[],
    )
    .option("--sweep <field=lo:hi:count>", "one variant per value (over each --variant, if any), e.g. bondsPenalty=0:65535:8")
    .option("--jobs <n>", "variants replayed in parallel (worker threads)", positiveInt)
    .option("--quiet", "no progress and no table")
    .action(async (history: string, opts: CompareCommandOptions) => {
      process.exitCode = await compareCommand(history, opts, io);
    });
}
