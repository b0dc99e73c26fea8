#!/usr/bin/env node
// yuma: command-line front end (argument parsing by commander).
import { Command, InvalidArgumentError } from "commander";
import { epochCommand } from "./epoch.js";
import { SnapshotError, EngineError } from "../snapshot/errors.js";

const io = { out: (l: string) => process.stdout.write(l + "\n"), err: (l: string) => process.stderr.write(l + "\n") };

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

const program = new Command();
program
  .name("yuma")
  .description("Bit-exact Yuma consensus epoch of the Bittensor chain (subtensor) in WebAssembly")
  .showHelpAfterError();

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

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof SnapshotError || e instanceof EngineError) {
    io.err(e.message);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
