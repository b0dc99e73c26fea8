// Replay throughput (issue 14): seeded synthetic histories (256 uids; 20 and 64 validators;
// original Yuma and Yuma3), replayed from the history file on disk to the written epochs and
// summary files, as JSONL and as binary histories (*.yhist), with --jobs 1 and --jobs 2.
// Prints epochs per second (wall), epochs per CPU-second (per core: CPU time of the whole
// process, worker threads included) and the projected time for a year of all 128 subnets
// (934,000 epochs) on 2 cores. Checks that the binary history's outputs equal the JSONL's.
//
//   npm run bench:replay                       1000 epochs per history (4 histories)
//   node bench/replay.mjs --epochs 300         shorter
//   node bench/replay.mjs --keep               keep the generated files (printed path)
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import os from "node:os";
import { synthHistory, convertHistory, replayAll } from "../dist/src/index.js";

const argv = process.argv.slice(2);
const opt = (f, d) => {
  const i = argv.indexOf(f);
  return i >= 0 ? argv[i + 1] : d;
};
const EPOCHS = Number(opt("--epochs", 1000));
const YEAR_EPOCHS = 934_000;
const CORES = 2;
const dir = mkdtempSync(join(os.tmpdir(), "yuma-bench-replay-"));

const shapes = [];
for (const variant of ["yuma", "yuma3"]) for (const validators of [20, 64]) shapes.push({ variant, validators });

async function writeHistory(path, o) {
  const out = createWriteStream(path);
  for (const step of synthHistory(o)) if (!out.write(JSON.stringify(step) + "\n")) await once(out, "drain");
  out.end();
  await once(out, "close");
}

console.log(`generating ${shapes.length} histories of ${EPOCHS} epochs (256 uids, seed 7) in ${dir}`);
const files = { jsonl: [], binary: [] };
for (const s of shapes) {
  const base = join(dir, `${s.variant}-v${s.validators}`);
  await writeHistory(`${base}.jsonl`, { uids: 256, validators: s.validators, epochs: EPOCHS, seed: 7, variant: s.variant });
  await convertHistory(`${base}.jsonl`, `${base}.yhist`);
  files.jsonl.push(`${base}.jsonl`);
  files.binary.push(`${base}.yhist`);
}
const size = (fs) => fs.reduce((a, f) => a + statSync(f).size, 0);
console.log(`history bytes: JSONL ${size(files.jsonl)}, binary ${size(files.binary)}`);
console.log(
  `cpus: ${os.cpus().length} x ${os.cpus()[0]?.model ?? "?"}, node ${process.version}, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}\n`,
);

const rows = [];
const outDirs = {};
for (const jobs of [1, 2]) {
  for (const format of ["jsonl", "binary"]) {
    const out = join(dir, `out-${format}-j${jobs}`);
    outDirs[`${format}-${jobs}`] = out;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await replayAll(files[format], out, { jobs });
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    const bad = res.find((r) => !r.ok);
    if (bad) throw new Error(bad.error.message);
    const epochs = res.reduce((a, r) => a + r.epochs, 0);
    const perCore = epochs / cpu;
    rows.push({ format, jobs, epochs, wall, cpu, perWall: epochs / wall, perCore, yearMin: YEAR_EPOCHS / (perCore * CORES) / 60 });
  }
}
// the binary history's outputs are the JSONL history's, byte for byte
for (const s of shapes) {
  const name = `${s.variant}-v${s.validators}`;
  for (const ext of ["epochs.jsonl", "summary.csv"]) {
    const a = readFileSync(join(outDirs["jsonl-1"], `${name}.${ext}`));
    const b = readFileSync(join(outDirs["binary-2"], `${name}.${ext}`));
    if (!a.equals(b)) throw new Error(`${name}.${ext}: binary history's output differs from the JSONL history's`);
  }
}
const pad = (s, k) => String(s).padStart(k);
console.log(
  `${"history".padEnd(8)} ${pad("jobs", 4)} ${pad("epochs", 7)} ${pad("wall s", 7)} ${pad("CPU s", 7)} ${pad("epochs/s", 9)} ${pad("epochs/CPU-s", 13)} ${pad("934k epochs on 2 cores", 23)}`,
);
for (const r of rows) {
  console.log(
    `${r.format.padEnd(8)} ${pad(r.jobs, 4)} ${pad(r.epochs, 7)} ${pad(r.wall.toFixed(2), 7)} ${pad(r.cpu.toFixed(2), 7)} ${pad(r.perWall.toFixed(0), 9)} ${pad(r.perCore.toFixed(0), 13)} ${pad(`${r.yearMin.toFixed(1)} min`, 23)}`,
  );
}
console.log(
  `\noutputs of the binary histories equal the JSONL histories' (epochs.jsonl, summary.csv); goal: 934,000 epochs in 5 min = ${(YEAR_EPOCHS / 300).toFixed(0)} epochs/s`,
);
if (!argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
