// `yuma scenario list | run NAME | shift HISTORY`: the scenario suite
// (src/scenario/suite.ts) as histories, replayed; the shifted-validator
// transform for any history.
import { mkdirSync, writeFileSync, createWriteStream } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { SCENARIOS, findScenario } from "../scenario/suite.js";
import { runScenario } from "../scenario/build.js";
import { shiftValidator } from "../scenario/shift.js";
import { replayToFiles, removeCheckpoint } from "../replay/files.js";
import { historySource, rawSteps, parseStep } from "../replay/history.js";
import { formatSpecSegments } from "../replay/versions.js";
import { SUPPORTED_SPECS } from "../snapshot/versions.js";
import { ioAt } from "../replay/io.js";
import { writeInteractiveReport } from "../report/interactive.js";
import { OptionError } from "./errors.js";
import { integer, positiveInt, u16 } from "./options.js";
import { renderTable, u16Fraction } from "./table.js";
import { summaryTable } from "./replay.js";
import type { Output } from "./epoch.js";
import type { SnapshotStep } from "../snapshot/types.js";

export const specVersion = integer(SUPPORTED_SPECS.oldest, SUPPORTED_SPECS.newest);

export interface ScenarioRunOptions {
  epochs?: number;
  out?: string;
  spec?: number;
  shiftValidator?: number;
}

export function scenarioListCommand(io: Output): number {
  io.out(
    renderTable(
      ["name", "uids", "validators", "epochs", "upstream test", "description"],
      SCENARIOS.map((s) => [
        s.name,
        String(s.stakes.length),
        String(s.validators),
        String(s.epochs),
        s.upstream?.test ?? "",
        s.description,
      ]),
    ),
  );
  return 0;
}

export async function scenarioRunCommand(name: string, opts: ScenarioRunOptions, io: Output): Promise<number> {
  const s = findScenario(name);
  if (!s)
    throw new OptionError("NAME", `unknown scenario ${JSON.stringify(name.slice(0, 60))} (yuma scenario list shows ${SCENARIOS.length})`);
  if (opts.shiftValidator !== undefined && opts.shiftValidator >= s.stakes.length) {
    throw new OptionError("--shift-validator", `uid ${opts.shiftValidator} out of range (scenario ${name} has ${s.stakes.length} uids)`);
  }
  const run = await runScenario(s, { epochs: opts.epochs, spec: opts.spec, shift: opts.shiftValidator });
  if (!opts.out) {
    // validators' dividends per epoch (the setup epoch is epoch "setup")
    const rows = run.records.map((r, k) => [
      k === 0 ? "setup" : String(k - 1),
      r.block,
      ...r.result.dividends.slice(0, s.validators).map(u16Fraction),
      ...r.result.incentive.slice(s.validators).map(u16Fraction),
    ]);
    const head = [
      "epoch",
      "block",
      ...Array.from({ length: s.validators }, (_, v) => `dividends ${v}`),
      ...Array.from({ length: s.stakes.length - s.validators }, (_, m) => `incentive ${s.validators + m}`),
    ];
    io.out(`${name}: ${s.description}`);
    io.out(renderTable(head, rows));
    return 0;
  }
  ioAt(opts.out, () => mkdirSync(opts.out!, { recursive: true }));
  const base = opts.shiftValidator !== undefined ? `${name}.shift-${opts.shiftValidator}` : name;
  const history = join(opts.out, `${base}.jsonl`);
  ioAt(history, () => writeFileSync(history, run.steps.map((st) => JSON.stringify(st)).join("\n") + "\n"));
  const r = await replayToFiles(history, opts.out, { checkpointMs: 1 << 30 });
  removeCheckpoint(opts.out, r.name);
  const report = await writeInteractiveReport([{ name: base, epochsFile: r.epochsFile, specs: r.specs }], join(opts.out, `${base}.html`), {
    title: `scenario ${name}`,
  });
  io.out(`${name}: ${r.epochs} epochs (the first is the setup epoch) -> ${history}, ${r.epochsFile}, ${r.summaryFile}, ${report}`);
  io.out(`runtime versions: ${formatSpecSegments(r.specs)}`);
  io.out(summaryTable(r.summary.csv(), 16));
  return 0;
}

/** `yuma scenario shift HISTORY --uid U [--out FILE]`: the history as JSONL with uid U's weights one epoch late. */
export async function scenarioShiftCommand(historyPath: string, opts: { uid: number; out?: string }, io: Output): Promise<number> {
  const src = historySource(historyPath);
  const steps = (async function* (): AsyncGenerator<SnapshotStep> {
    for await (const raw of rawSteps(src)) yield parseStep(raw);
  })();
  const sink = opts.out ? createWriteStream(opts.out) : undefined;
  let k = 0;
  for await (const st of shiftValidator(steps, opts.uid)) {
    const line = JSON.stringify(st);
    if (sink) {
      if (!sink.write(line + "\n")) await new Promise<void>((r) => sink.once("drain", () => r()));
    } else io.out(line);
    k++;
  }
  if (sink) {
    await new Promise<void>((resolve, reject) => sink.end((e?: Error | null) => (e ? reject(e) : resolve())));
    io.err(`${historyPath}: ${k} epochs with uid ${opts.uid} shifted by one epoch -> ${opts.out}`);
  }
  return 0;
}

export function registerScenarioCommand(program: Command, io: Output): void {
  const cmd = program
    .command("scenario")
    .description('named Yuma scenarios (see README "Research workbench") and the shifted-validator transform');
  cmd
    .command("list")
    .description("the scenario suite")
    .action(() => {
      process.exitCode = scenarioListCommand(io);
    });
  cmd
    .command("run")
    .description("turn a scenario into a history and replay it (with --out: history, epochs, summary and an interactive report)")
    .argument("<name>", "scenario name (yuma scenario list)")
    .option("--epochs <k>", "epochs after the setup epoch (default: the scenario's)", positiveInt)
    .option("--out <dir>", "write <name>.jsonl (the history), <name>.epochs.jsonl, <name>.summary.csv, <name>.html")
    .option("--spec <s>", "runtime spec version of every epoch (default 425)", specVersion)
    .option("--shift-validator <uid>", "delay this validator's weights by one epoch", u16)
    .action(async (name: string, opts: ScenarioRunOptions) => {
      process.exitCode = await scenarioRunCommand(name, opts, io);
    });
  cmd
    .command("shift")
    .description("write a history (JSONL) with one validator's weights delayed by one epoch")
    .argument("<history>", "history file or directory")
    .requiredOption("--uid <n>", "the validator's uid", u16)
    .option("--out <file>", "output JSONL file (default: stdout)")
    .action(async (history: string, opts: { uid: number; out?: string }) => {
      process.exitCode = await scenarioShiftCommand(history, opts, io);
    });
}
