// `yuma epoch FILE...`: run snapshots or fixtures; print tables, JSON lines, or check.
import { Engine } from "../wasm/engine.js";
import { runSteps, firstDifference, type EpochFile } from "../fixture.js";
import { readEpochFile } from "../fixture-file.js";
import type { EpochResult } from "../snapshot/types.js";
import { renderTable, u16Fraction, raoToUnits } from "./table.js";
import { SnapshotError } from "../snapshot/errors.js";
import { DEFAULT_SPEC } from "../snapshot/versions.js";

export interface EpochCommandOptions {
  json?: boolean;
  check?: boolean;
  debug?: boolean;
  dense?: boolean;
  strictUids?: boolean;
  top?: number;
}

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Runs the command; returns the process exit code (0 ok, 1 check failed, 2 bad input). */
export function epochCommand(files: string[], opts: EpochCommandOptions, io: Output): number {
  const engine = new Engine();
  let passed = 0,
    failed = 0,
    badInput = 0;
  for (const path of files) {
    let file: EpochFile;
    try {
      file = readEpochFile(path, { strictUids: opts.strictUids });
      if (opts.dense && !file.fixture) file = { ...file, mode: "dense" };
    } catch (e) {
      if (e instanceof SnapshotError) {
        io.err(e.message);
        badInput++;
        if (opts.check) failed++;
        continue;
      }
      throw e;
    }
    const withDebug = opts.debug || (opts.check && file.steps.some((s) => s.expected?.debug));
    const results = runSteps(engine, file, { debug: withDebug });
    if (opts.check) {
      const problem = checkFile(file, results);
      if (problem) {
        failed++;
        io.out(`FAIL ${path}: ${problem}`);
      } else passed++;
    } else if (opts.json) {
      io.out(JSON.stringify({ file: path, steps: results }));
    } else {
      results.forEach((r, k) => {
        const s = file.steps[k]!.input;
        io.out(
          `${path}${results.length > 1 ? ` step ${k}` : ""}: spec ${s.specVersion ?? DEFAULT_SPEC} n=${s.n} block=${s.currentBlock} ` +
            `${upstreamFunction(file.mode, s.specVersion ?? DEFAULT_SPEC)} ` +
            `${s.yuma3Enabled ? (s.liquidAlphaEnabled ? "Yuma3+liquid alpha" : "Yuma3") : "original Yuma"} ` +
            `emission=${raoToUnits(s.raoEmission)}`,
        );
        io.out(formatResult(r, opts.top ?? 64));
        io.out("");
      });
    }
  }
  if (opts.check) io.out(`${passed} passed, ${failed} failed`);
  if (badInput > 0) return 2;
  return failed > 0 ? 1 : 0;
}

/** The upstream function of that runtime: `epoch`/`epoch_dense` before spec 320, `*_mechanism` from 320. */
function upstreamFunction(mode: string, spec: number): string {
  const base = mode === "dense" ? "epoch_dense" : "epoch";
  return spec >= 320 ? `${base}_mechanism` : base;
}

function checkFile(file: EpochFile, results: EpochResult[]): string | undefined {
  let any = false;
  for (let k = 0; k < results.length; k++) {
    const exp = file.steps[k]!.expected;
    if (!exp) continue;
    any = true;
    const d = firstDifference(exp, results[k]!);
    if (d) return `step ${k}: ${d}`;
  }
  return any ? undefined : "no expected values to check against";
}

/** A per-uid table; for n > top, the `top` uids by emission. */
export function formatResult(r: EpochResult, top: number): string {
  const n = r.active.length;
  let uids = [...Array(n).keys()];
  let note = "";
  if (n > top) {
    uids.sort((a, b) =>
      BigInt(r.emission[b]!) > BigInt(r.emission[a]!) ? 1 : BigInt(r.emission[b]!) < BigInt(r.emission[a]!) ? -1 : a - b,
    );
    uids = uids.slice(0, top).sort((a, b) => a - b);
    note = `\n(${top} of ${n} uids shown, by emission; --top N to change)`;
  }
  const rows = uids.map((i) => [
    String(i),
    r.active[i] ? "yes" : "no",
    r.newValidatorPermit[i] ? "yes" : "no",
    r.stake ? raoToUnits(r.stake[i]!) : "-",
    r.stakeWeight ? u16Fraction(r.stakeWeight[i]!) : "-",
    u16Fraction(r.consensus[i]!),
    u16Fraction(r.incentive[i]!),
    u16Fraction(r.dividends[i]!),
    u16Fraction(r.validatorTrust[i]!),
    r.serverEmission[i]!,
    r.validatorEmission[i]!,
    r.bonds[i] === null ? "unchanged" : String(r.bonds[i]!.length),
  ]);
  const sum = (xs: string[]) => xs.reduce((a, x) => a + BigInt(x), 0n).toString();
  rows.push(["sum", "", "", "", "", "", "", "", "", sum(r.serverEmission), sum(r.validatorEmission), ""]);
  return (
    renderTable(
      [
        "uid",
        "active",
        "permit",
        "stake",
        "stakeW",
        "consensus",
        "incentive",
        "dividends",
        "vtrust",
        "server rao",
        "validator rao",
        "bonds",
      ],
      rows,
    ) + note
  );
}
