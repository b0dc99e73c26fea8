#!/usr/bin/env node
// yuma: command-line front end (argument parsing by commander).
import { Command, Option } from "commander";
import { epochCommand } from "./epoch.js";
import { replayCommand } from "./replay.js";
import { synthCommand } from "./synth.js";
import { convertCommand } from "./convert.js";
import { writeReport } from "../report/report.js";
import { whatifCommand } from "./whatif.js";
import { precisionCommand } from "./precision.js";
import { scheduleCommand, splitCommand, lockCostCommand, pruneCommand, flowCommand, subnetsCommand } from "./emission.js";
import { runCli, isMain } from "./run.js";
import { registerRootCommand } from "./root.js";
import { registerScenarioCommand } from "./scenario.js";
import { registerCompareCommand } from "./compare.js";
import { clipLine } from "./errors.js";
import { positiveInt, nonNegativeInt, integer, u16, u64, u64List, uidList, positiveNumber, isoDate } from "./options.js";

const io = { out: (l: string) => process.stdout.write(l + "\n"), err: (l: string) => process.stderr.write(clipLine(l) + "\n") };

const program = new Command();
program.name("yuma").description("Bit-exact Yuma consensus epoch of the Bittensor chain (subtensor) in WebAssembly");

program
  .command("epoch")
  .description("run the epoch on snapshot or fixture files (fixture steps run in order, carrying bonds)")
  .argument("<files...>", "snapshot JSON files or yuma-epoch-fixture/1 files")
  .option("--json", "print one JSON line per file: {file, steps: [result...]}")
  .option("--check", "compare each step with its expected values; exit 1 on any difference")
  .option("--debug", "include raw I32F32 intermediates (with --json)")
  .option("--dense", "run epoch_dense_mechanism on bare snapshots (fixtures say which function)")
  .option("--strict-uids", "refuse sparse entries whose uid is >= n (the chain accepts and ignores them)")
  .option("--top <n>", "rows shown per table for large n", positiveInt, 64)
  .action((files: string[], opts) => {
    process.exitCode = epochCommand(files, opts, io);
  });

program
  .command("replay")
  .description("replay histories (JSONL, directory of snapshots, or fixture) with bonds carried; resumable")
  .argument("<histories...>", "history files or directories")
  .requiredOption("--out <dir>", "output directory: <history>.epochs.jsonl, <history>.summary.csv")
  .option("--jobs <n>", "histories replayed in parallel (worker threads)", positiveInt)
  .option("--resume", "continue an interrupted run from its checkpoint")
  .option("--quiet", "no progress and no tables")
  .option("--top <n>", "uids shown in each summary table", positiveInt, 16)
  .option("--checkpoint-ms <ms>", "minimum milliseconds between checkpoints (0: after every epoch)", nonNegativeInt, 200)
  .option("--skip-bad-lines", "record a step that cannot be read or validated in the epochs file and go on (bonds carry over it)")
  .option("--allow-duplicate-blocks", "directory histories: run snapshots with the same currentBlock (in name order) instead of refusing")
  .action(async (histories: string[], opts) => {
    process.exitCode = await replayCommand(histories, opts, io);
  });

program
  .command("synth")
  .description('write a seeded synthetic history (JSONL) to stdout; see README "Synthetic histories"')
  .requiredOption("--uids <n>", "subnet size n", integer(1, 65535))
  .requiredOption("--validators <n>", "validator slots (maxAllowedValidators)", integer(1, 65535))
  .requiredOption("--epochs <n>", "epochs to generate", positiveInt)
  .option("--seed <n>", "random seed", integer(0, 2 ** 32 - 1), 1)
  .addOption(new Option("--variant <v>", "yuma | yuma3 | yuma3-liquid").choices(["yuma", "yuma3", "yuma3-liquid"]).default("yuma3"))
  .option("--weights-per-validator <n>", "miners each honest validator weights", positiveInt)
  .option("--registration-every <n>", "epochs between registrations (0: none)", nonNegativeInt)
  .action(async (opts) => {
    await synthCommand(opts, process.stdout);
  });

program
  .command("convert")
  .description('convert a history to JSONL or to the binary history format (*.yhist; README "Binary histories")')
  .argument("<in>", "history: JSONL, directory of snapshots, fixture or binary")
  .argument("<out>", "output file: *.yhist (binary) or *.jsonl, or give --to")
  .addOption(new Option("--to <format>", "jsonl | binary (default: from the output's extension)").choices(["jsonl", "binary"]))
  .option("--quiet", "print nothing")
  .action(async (input: string, output: string, opts) => {
    process.exitCode = await convertCommand(input, output, opts, io);
  });

program
  .command("report")
  .description("write one self-contained HTML report (inline SVG) from a replay output directory")
  .argument("<dir>", "directory written by yuma replay --out")
  .option("--top <n>", "uids per chart (by total emission)", positiveInt, 8)
  .option("--epoch <k>", "epoch for the bonds heatmap (default: last)", integer(0, 2 ** 32 - 1))
  .option("--out <file>", "output file (default DIR/report.html)")
  .action(async (dir: string, opts) => {
    const r = await writeReport(dir, opts);
    io.out(`${r.file}: ${r.histories.length} histories, ${r.series} series`);
  });

program
  .command("whatif")
  .description("epoch result if one uid set the given weights, with the change in its trust, dividends and emission")
  .argument("<snapshot>", "snapshot file (or one-step fixture)")
  .requiredOption("--uid <n>", "the validator's uid", u16)
  .requiredOption("--weights <file>", "JSON array of [uid, weight] pairs (u16, as passed to set_weights)")
  .option("--as-stored", "use the weights as stored values (skip set_weights' max-upscaling)")
  .option(
    "--step <k>",
    'step K (0-based) of a fixture file; "carry" bonds are the rows stored after the step before (its expected result)',
    nonNegativeInt,
  )
  .option("--json", "print JSON")
  .action((snapshot: string, opts) => {
    process.exitCode = whatifCommand(snapshot, opts, io);
  });

program
  .command("precision")
  .description("per uid: rao the chain's fixed point pays vs exact arithmetic (decimal.js, 60 digits)")
  .argument("<files...>", "snapshot or fixture files")
  .option("--top <n>", "uids shown (largest difference first)", positiveInt, 16)
  .option("--json", "print JSON lines")
  .action((files: string[], opts) => {
    process.exitCode = precisionCommand(files, opts, io);
  });

const emission = program.command("emission").description("emission economics: halving schedule, per-block split, lock cost, pruning");
emission
  .command("schedule")
  .description("the halving table of get_block_emission_for_issuance (21M cap)")
  .option("--block-seconds <s>", "seconds per block for the time column", positiveNumber, 12)
  .option("--from-issuance <rao>", "issuance at the start (rao)", u64)
  .option("--from-date <date>", "date of --from-issuance (ISO), to print dates", isoDate)
  .action((opts) => {
    process.exitCode = scheduleCommand(opts, io);
  });
emission
  .command("split")
  .description("one block's alpha out for a subnet: owner cut, miners, validators, root (emit_to_subnets)")
  .requiredOption("--alpha-issuance <rao>", "the subnet's alpha issuance", u64)
  .requiredOption(
    "--alpha-injected <rao>",
    "alpha injected into the pool this block (SubnetAlphaInEmission; 0 if none): root's proportion reads the issuance after it and the mint",
    u64,
  )
  .option("--root-tao <rao>", "SubnetTAO of root", u64, "0")
  .option("--tao-weight <u64>", "TaoWeight (raw)", u64, "0")
  .option("--owner-cut <u16>", "SubnetOwnerCut (raw u16)", u16, 11796)
  .option("--no-owner-cut", "the subnet's owner cut is disabled")
  .action((opts) => {
    process.exitCode = splitCommand({ ...opts, noOwnerCut: opts.ownerCut === false }, io);
  });
emission
  .command("subnets")
  .description("one block's TAO among subnets (moving-price shares) and each subnet's injection terms")
  .argument(
    "<file>",
    "JSON: totalIssuance, rootTao, taoWeight, subnets[{netuid, mechanism, movingPrice, minerBurned, emissionEnabled, alphaPriceBits, alphaIssuance}]",
  )
  .action((file: string) => {
    process.exitCode = subnetsCommand(file, io);
  });
emission
  .command("flow")
  .description('block -> subnet -> epoch -> hotkey for one subnet from a storage snapshot (see README "Emission")')
  .argument("<file>", "JSON of storage items: alphaIssuance, blocks, rootTao, taoWeight, subnetOwnerCut, snapshot, hotkeys")
  .option("--json", "print JSON")
  .option("--top <n>", "rows shown", positiveInt, 64)
  .action((file: string, opts) => {
    process.exitCode = flowCommand(file, opts, io);
  });
emission
  .command("lock-cost")
  .description("get_network_lock_cost: rao to lock for the next subnet registration")
  .requiredOption("--last-lock <rao>", "NetworkLastLockCost", u64)
  .requiredOption("--min-lock <rao>", "NetworkMinLockCost", u64)
  .requiredOption("--last-lock-block <block>", "block of the last subnet registration (0: none)", u64)
  .requiredOption("--current-block <block>", "current block", u64)
  .requiredOption("--interval <blocks>", "NetworkLockReductionInterval", u64)
  .option("--issuance <rao>", "TotalIssuance (the interval shrinks with halvings)", u64, "0")
  .action((opts) => {
    process.exitCode = lockCostCommand(opts, io);
  });
emission
  .command("prune")
  .description("get_neuron_to_prune: the uid a new registration replaces")
  .requiredOption("--emission <list>", "Emission per uid, comma-separated rao", u64List)
  .requiredOption("--registered <list>", "BlockAtRegistration per uid, comma-separated", u64List)
  .option("--immortal <list>", "uids of the owner's immortal hotkeys", uidList)
  .requiredOption("--block <block>", "current block", u64)
  .requiredOption("--immunity <blocks>", "ImmunityPeriod", u16)
  .option("--min-non-immune <n>", "MinNonImmuneUids", u16, 0)
  .action((opts) => {
    process.exitCode = pruneCommand(opts, io);
  });

registerRootCommand(program, io);
registerScenarioCommand(program, io);
registerCompareCommand(program, io);

const fetchCmd = program.command("fetch").description("read snapshots and epoch histories from a subtensor node (@polkadot/api)");
fetchCmd
  .command("snapshot")
  .description("the snapshot the epoch of subnet N reads at a block (state of the block before, runtime of that block)")
  .requiredOption("--url <ws>", "node WebSocket URL, e.g. ws://127.0.0.1:9944")
  .requiredOption("--netuid <n>", "subnet", u16)
  .option("--block <b>", "the epoch block (default: the best block)", nonNegativeInt)
  .option("--hash <0x>", "the epoch block by hash")
  .option("--out <file>", "write the snapshot here (default: stdout)")
  .option("--mechanism <m>", "the subnet's mechanism (spec >= 320; default 0)", integer(0, 15))
  .action(async (opts) => {
    process.exitCode = await (await import("./fetch.js")).fetchSnapshotCommand(opts, io);
  });
fetchCmd
  .command("history")
  .description("one snapshot per epoch of subnet N in [from, to] as JSONL for yuma replay; resumable")
  .requiredOption("--url <ws>", "node WebSocket URL (an archive node for old blocks)")
  .requiredOption("--netuid <n>", "subnet", u16)
  .requiredOption("--from <b>", "first block", nonNegativeInt)
  .requiredOption("--to <b>", "last block", nonNegativeInt)
  .requiredOption("--out <file>", "JSONL output (checkpoint: FILE.checkpoint.json)")
  .option("--verify", 'compare each epoch with what the chain wrote: "N epochs verified, M differ"')
  .option("--resume", "continue an interrupted run from its checkpoint")
  .option("--concurrency <n>", "epochs fetched at once", positiveInt, 2)
  .option("--retries <n>", "attempts per epoch on a dropped connection", positiveInt, 5)
  .option("--quiet", "no progress")
  .option("--mechanism <m>", "the subnet's mechanism (spec >= 320; default 0)", integer(0, 15))
  .action(async (opts) => {
    process.exitCode = await (await import("./fetch.js")).fetchHistoryCommand(opts, io);
  });

export { program };
if (isMain(import.meta.url)) await runCli(program, process.argv);
