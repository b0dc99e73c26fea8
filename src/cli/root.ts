// `yuma root --check FILE... | epoch | prune | lock-cost | network-to-prune | pending | drain`:
// the pre-dTAO root network (specs 133-232) and today's get_network_to_prune.
import { readJsonFile } from "../fixture-file.js";
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import {
  rootEpoch,
  subnetToPrune,
  rootNetworkLockCost,
  pendingEmission,
  drainEmission,
  networkToPrune,
  checkRootFixture,
} from "../root/index.js";
import { SnapshotError } from "../snapshot/errors.js";
import { renderTable, raoToUnits } from "./table.js";
import type { Output } from "./epoch.js";
import { positiveInt, u16 } from "./options.js";

function specArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a spec version (integer)");
  return n;
}

/** `yuma root --check FILE...`: every case of yuma-root-fixture/1 files; exit 1 on a difference, 2 on bad input. */
export function rootCheckCommand(files: string[], io: Output): number {
  let passed = 0,
    failed = 0,
    bad = 0;
  for (const file of files) {
    try {
      for (const r of checkRootFixture(file)) {
        if (r.ok) passed++;
        else {
          failed++;
          io.out(`FAIL ${file} ${r.case}: ${r.difference}`);
        }
      }
    } catch (e) {
      if (!(e instanceof SnapshotError)) throw e;
      io.err(e.message);
      bad++;
    }
  }
  io.out(`${passed} passed, ${failed} failed`);
  if (bad > 0) return 2;
  return failed > 0 ? 1 : 0;
}

export function registerRootCommand(program: Command, io: Output): void {
  const root = program
    .command("root")
    .description("pre-dTAO root network (specs 133-232): root_epoch, subnet pruning, lock cost, owner cut; today's get_network_to_prune")
    .argument("[files...]", "with --check: yuma-root-fixture/1 files")
    .option("--check", 'run every case of yuma-root-fixture/1 files; "N passed, M failed"; exit 1 on failure')
    .action((files: string[], opts: { check?: boolean }) => {
      if (!opts.check || files.length === 0) {
        root.help({ error: true });
        return;
      }
      process.exitCode = rootCheckCommand(files, io);
    });

  root
    .command("epoch")
    .description("root_epoch: EmissionValues per subnet from a JSON input (fixture rootEpoch input)")
    .argument("<file>", "JSON: totalIssuance (blockEmission before 146), netuids, totalNetworks, kappa, rho, stake, weights")
    .requiredOption("--spec <n>", "runtime spec version (133-232)", specArg)
    .option("--json", "print the outcome as JSON")
    .option("--debug", "include I64F64 intermediates (with --json)")
    .action((file: string, opts: { spec: number; json?: boolean; debug?: boolean }) => {
      const r = readJsonFile(file, (input) => rootEpoch(input, opts.spec, { debug: opts.debug }));
      if (opts.json) {
        io.out(JSON.stringify(r));
        return;
      }
      if ("err" in r) {
        io.out(`Err: ${r.err} (EmissionValues unchanged)`);
        return;
      }
      if ("panic" in r) {
        io.out(`panic: ${r.panic} (the block fails)`);
        return;
      }
      const netuids = readJsonFile(file, (input) => (input as { netuids: number[] }).netuids);
      io.out(`block emission ${r.blockEmission} rao (spec ${opts.spec})`);
      io.out(
        renderTable(
          ["netuid", "EmissionValues (rao)", "TAO per block"],
          r.emissionValues.map((v, j) => [String(netuids[j]), v, raoToUnits(v)]),
        ),
      );
    });

  root
    .command("prune")
    .description("get_subnet_to_prune: the subnet a registration at the subnet limit replaces (0: none)")
    .argument("<file>", "JSON: netuids, emissionValues, registeredAt, currentBlock, immunityPeriod (+ totalNetworks at 133-135)")
    .requiredOption("--spec <n>", "runtime spec version (133-232)", specArg)
    .action((file: string, opts: { spec: number }) => {
      io.out(String(readJsonFile(file, (input) => subnetToPrune(input, opts.spec)).netuid));
    });

  root
    .command("lock-cost")
    .description("get_network_lock_cost of specs 133-232 (no halving scaling; an interval of 0 panics)")
    .requiredOption("--spec <n>", "runtime spec version (133-232)", specArg)
    .requiredOption("--last-lock <rao>", "NetworkLastLockCost")
    .requiredOption("--min-lock <rao>", "NetworkMinLockCost")
    .requiredOption("--last-lock-block <block>", "NetworkLastRegistered (0: none yet)")
    .requiredOption("--current-block <block>", "current block")
    .requiredOption("--interval <blocks>", "NetworkLockReductionInterval")
    .action((opts: { spec: number; lastLock: string; minLock: string; lastLockBlock: string; currentBlock: string; interval: string }) => {
      const r = rootNetworkLockCost(
        {
          lastLock: opts.lastLock,
          minLock: opts.minLock,
          lastLockBlock: opts.lastLockBlock,
          currentBlock: opts.currentBlock,
          reductionInterval: opts.interval,
        },
        opts.spec,
      );
      if ("panic" in r) {
        io.out(`panic: ${r.panic} (the registration fails)`);
        return;
      }
      io.out(`${r.lockCost} rao (${raoToUnits(r.lockCost)} TAO)`);
    });

  root
    .command("network-to-prune")
    .description("today's get_network_to_prune (spec 425): lowest moving price outside immunity")
    .argument("<file>", "JSON: netuids, registeredAt, mechanism, movingPrice (I96F32 bits), currentBlock, immunityPeriod")
    .action((file: string) => {
      const r = readJsonFile(file, (input) => networkToPrune(input));
      io.out(r.netuid === null ? "None" : String(r.netuid));
    });

  root
    .command("pending")
    .description("PendingEmission of a subnet after some blocks, and the owner's cut paid on the way (specs <= 194)")
    .requiredOption("--spec <n>", "runtime spec version (133-232)", specArg)
    .requiredOption("--emission <rao>", "EmissionValues(netuid) per block")
    .option("--blocks <n>", "blocks", positiveInt, 1)
    .option("--pending <rao>", "PendingEmission before", "0")
    .option("--owner-cut <u16>", "SubnetOwnerCut (raw u16)", u16, 11796)
    .option("--no-owner", "the subnet has no SubnetOwner")
    .option("--registration-disabled", "NetworkRegistrationAllowed is false")
    .action(
      (opts: {
        spec: number;
        emission: string;
        blocks: number;
        pending: string;
        ownerCut: number;
        owner: boolean;
        registrationDisabled?: boolean;
      }) => {
        const r = pendingEmission(
          {
            emissionValue: opts.emission,
            blocks: opts.blocks,
            pending: opts.pending,
            ownerCut: opts.ownerCut,
            hasOwner: opts.owner,
            registrationAllowed: !opts.registrationDisabled,
          },
          opts.spec,
        );
        io.out(`pending ${r.pending} rao, owner paid ${r.ownerPaid} rao`);
      },
    );

  root
    .command("drain")
    .description("a subnet's epoch block: what epoch() receives and the owner's cut (taken here from spec 195)")
    .requiredOption("--spec <n>", "runtime spec version (133-232)", specArg)
    .requiredOption("--pending <rao>", "PendingEmission")
    .option("--owner-cut <u16>", "SubnetOwnerCut (raw u16)", u16, 11796)
    .option("--no-owner", "the subnet has no SubnetOwner")
    .option("--registration-disabled", "NetworkRegistrationAllowed is false")
    .action((opts: { spec: number; pending: string; ownerCut: number; owner: boolean; registrationDisabled?: boolean }) => {
      const r = drainEmission(
        { pending: opts.pending, ownerCut: opts.ownerCut, hasOwner: opts.owner, registrationAllowed: !opts.registrationDisabled },
        opts.spec,
      );
      io.out(
        r.epochRuns
          ? `epoch gets ${r.epochEmission} rao, owner paid ${r.ownerPaid} rao`
          : `epoch skipped (registration disabled); pending after ${r.pendingAfter} rao`,
      );
    });
}
