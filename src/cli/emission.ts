// `yuma emission schedule | split | lock-cost | prune`
import { readFileSync } from "node:fs";
import { halvingSchedule, alphaOutSplit, networkLockCost, neuronToPrune } from "../emission/index.js";
import { emissionFlow, type EmissionFlowInput } from "../emission/flow.js";
import { subnetEmissions, subnetTerms, type SubnetShareInput } from "../emission/subnets.js";
import { parseJson } from "../snapshot/validate.js";
import { SnapshotError } from "../snapshot/errors.js";
import { renderTable, raoToUnits } from "./table.js";
import type { Output } from "./epoch.js";

const YEAR_SECONDS = 365.25 * 24 * 3600;

export function scheduleCommand(opts: { blockSeconds: number; fromIssuance?: string; fromDate?: string }, io: Output): number {
  const rows = halvingSchedule();
  const start = BigInt(opts.fromIssuance ?? "0");
  const startDate = opts.fromDate ? new Date(opts.fromDate) : undefined;
  if (startDate && Number.isNaN(startDate.getTime())) throw new Error(`--from-date: not a date: ${opts.fromDate}`);
  let blocks = 0n;
  const table: string[][] = [];
  for (const r of rows) {
    // blocks from the start issuance to this row's threshold, minting only block emission
    const reached = r.fromIssuance <= start;
    const when = reached
      ? "reached"
      : startDate
        ? new Date(startDate.getTime() + Number(blocks) * opts.blockSeconds * 1000).toISOString().slice(0, 10)
        : `+${((Number(blocks) * opts.blockSeconds) / YEAR_SECONDS).toFixed(2)} y`;
    table.push([String(r.halving), raoToUnits(r.fromIssuance), raoToUnits(r.emissionPerBlock), r.blocks.toString(), when]);
    const next = r.fromIssuance + r.blocks * r.emissionPerBlock;
    if (r.emissionPerBlock > 0n && next > start) {
      const from = start > r.fromIssuance ? start : r.fromIssuance;
      blocks += (next - from + r.emissionPerBlock - 1n) / r.emissionPerBlock;
    }
  }
  io.out(
    renderTable(["halving", "from issuance (TAO)", "TAO per block", "blocks", startDate ? "date (approx.)" : "time from start"], table),
  );
  io.out(
    `\n${rows.length - 1} halvings until the 21M cap; times assume ${opts.blockSeconds} s blocks and issuance growing by block emission only` +
      ` (from issuance ${raoToUnits(start)} TAO${startDate ? ` on ${startDate.toISOString().slice(0, 10)}` : ""}).`,
  );
  return 0;
}

export function splitCommand(
  opts: { alphaIssuance: string; alphaInjected: string; rootTao: string; taoWeight: string; ownerCut: number; noOwnerCut?: boolean },
  io: Output,
): number {
  const r = alphaOutSplit({
    alphaIssuance: opts.alphaIssuance,
    alphaInjected: opts.alphaInjected,
    rootTao: opts.rootTao,
    taoWeight: opts.taoWeight,
    ownerCut: opts.ownerCut,
    ownerCutEnabled: !opts.noOwnerCut,
  });
  io.out(
    renderTable(
      ["per block", "alpha (rao)", "alpha"],
      [
        ["created (alpha out)", r.alphaCreated.toString(), raoToUnits(r.alphaCreated)],
        ["owner cut", r.ownerCut.toString(), raoToUnits(r.ownerCut)],
        ["miners (pending server)", r.pendingServer.toString(), raoToUnits(r.pendingServer)],
        ["validators (pending)", r.pendingValidator.toString(), raoToUnits(r.pendingValidator)],
        ["root dividends", r.rootAlpha.toString(), raoToUnits(r.rootAlpha)],
      ],
    ),
  );
  io.out(
    `alpha issuance read by root_proportion in step 3: ${r.alphaIssuanceAtRootProportion} rao (start of block ${opts.alphaIssuance} + injected ${opts.alphaInjected} + created ${r.alphaCreated})`,
  );
  return 0;
}

export function lockCostCommand(
  opts: { lastLock: string; minLock: string; lastLockBlock: string; currentBlock: string; interval: string; issuance: string },
  io: Output,
): number {
  const c = networkLockCost({
    lastLock: opts.lastLock,
    minLock: opts.minLock,
    lastLockBlock: opts.lastLockBlock,
    currentBlock: opts.currentBlock,
    reductionInterval: opts.interval,
    totalIssuance: opts.issuance,
  });
  io.out(`${c} rao (${raoToUnits(c)} TAO)`);
  return 0;
}

export function pruneCommand(
  opts: { emission: string; registered: string; immortal?: string; block: string; immunity: number; minNonImmune: number },
  io: Output,
): number {
  const list = (s: string) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x.length > 0);
  const r = neuronToPrune({
    emission: list(opts.emission),
    blockAtRegistration: list(opts.registered),
    immortal: opts.immortal ? list(opts.immortal).map(Number) : [],
    currentBlock: opts.block,
    immunityPeriod: opts.immunity,
    minNonImmuneUids: opts.minNonImmune,
  });
  io.out(r === null ? "none" : String(r));
  return 0;
}

export function flowCommand(file: string, opts: { json?: boolean; top?: number }, io: Output): number {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, file);
  }
  let r;
  try {
    r = emissionFlow(parseJson(text, file) as EmissionFlowInput);
  } catch (e) {
    throw e instanceof SnapshotError && !e.file ? e.inFile(file) : e;
  }
  if (opts.json) {
    io.out(JSON.stringify(r));
    return 0;
  }
  const d = r.drained;
  if (r.taoSide) {
    const t = r.taoSide;
    io.out(
      `${file}: first block: ${raoToUnits(t.blockEmission)} TAO minted; this subnet's share ${raoBits(t.taoEmissionBits)} rao, ` +
        `injected ${raoBits(t.taoInBits)} rao TAO + ${raoBits(t.alphaInBits)} rao alpha, excess ${raoBits(t.excessTaoBits)} rao TAO`,
    );
  }
  io.out(
    `${file}: drained at the epoch: miners ${raoToUnits(d.server)}, validators ${raoToUnits(d.validator)}, root ${raoToUnits(d.root)}, owner cut ${raoToUnits(d.ownerCut)}` +
      `${d.recycledRoot !== "0" ? `, root alpha recycled ${raoToUnits(d.recycledRoot)}` : ""} alpha; epoch raoEmission ${r.raoEmission}; miner burned ${r.minerBurned}`,
  );
  if (r.alphaInjected !== "0")
    io.out(
      `${file}: alpha injected into the pool over the blocks ${raoToUnits(r.alphaInjected)}; alpha issuance after ${raoToUnits(r.alphaIssuanceAfter)}`,
    );
  const rows = r.payouts
    .filter(
      (p) =>
        p.incentive !== "0" || p.incentiveWithheld !== "0" || p.alphaDividends !== "0" || p.rootDividends !== "0" || p.alphaTake !== "0",
    )
    .slice(0, opts.top ?? 64)
    .map((p) => [
      p.uid === null ? `hotkey ${p.hotkey}` : String(p.uid),
      raoToUnits(p.incentive),
      raoToUnits(p.incentiveWithheld),
      raoToUnits(p.alphaDividends),
      raoToUnits(p.alphaTake),
      raoToUnits(p.rootDividends),
      raoToUnits(p.rootTake),
    ]);
  io.out(renderTable(["uid", "incentive", "withheld", "alpha dividends", "alpha take", "root dividends", "root take"], rows));
  return 0;
}

/** U96F32 bits of a rao amount, shown as rao with 3 decimals (floored). */
function raoBits(bits: string): string {
  const b = BigInt(bits);
  const whole = b >> 32n,
    frac = ((b & 0xffffffffn) * 1000n) >> 32n;
  return `${whole}.${frac.toString().padStart(3, "0")}`;
}

export function subnetsCommand(file: string, io: Output): number {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SnapshotError("", `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, file);
  }
  const o = parseJson(text, file) as {
    totalIssuance?: string;
    rootTao?: string;
    taoWeight?: string;
    subnets?: (SubnetShareInput & { alphaPriceBits?: string; alphaIssuance?: string })[];
  };
  if (!Array.isArray(o.subnets)) throw new SnapshotError("subnets", "expected an array of subnets", file);
  let shares;
  try {
    shares = subnetEmissions(o.subnets, { totalIssuance: o.totalIssuance ?? "0" });
  } catch (e) {
    throw e instanceof SnapshotError && !e.file ? e.inFile(file) : e;
  }
  const byNet = new Map(o.subnets.map((s, k) => [s.netuid, { s, k }]));
  const rows = shares.map((s) => {
    const { s: sub, k } = byNet.get(s.netuid)!;
    let t;
    try {
      t = subnetTerms({
        taoEmissionBits: s.taoEmissionBits,
        alphaPriceBits: sub.alphaPriceBits ?? "0",
        alphaIssuance: sub.alphaIssuance ?? "0",
        rootTao: o.rootTao ?? "0",
        taoWeight: o.taoWeight ?? "0",
      });
    } catch (e) {
      if (!(e instanceof SnapshotError)) throw e;
      const path = e.path === "rootTao" || e.path === "taoWeight" ? e.path : `subnets[${k}].${e.path}`;
      throw new SnapshotError(path, e.reason, file);
    }
    return [
      String(s.netuid),
      raoBits(s.taoEmissionBits),
      raoBits(t.taoInBits),
      raoBits(t.alphaInBits),
      raoBits(t.excessTaoBits),
      t.alphaOut,
    ];
  });
  io.out(renderTable(["netuid", "TAO (rao)", "TAO in", "alpha in", "excess TAO", "alpha out"], rows));
  return 0;
}
