// Benchmark suite (benchmark.js): epoch cost by n, weight density and variant,
// split into validate / copy-in / WASM / decode. Inputs come from a seeded
// generator, identical every run. `npm run bench` (add --quick for a subset).
import { createRequire } from "node:module";
import { writeFileSync, statSync } from "node:fs";
import os from "node:os";
import { Engine, validateSnapshot } from "../dist/src/index.js";
import { randomSnapshot } from "../dist/src/synth/snapshot.js";

const require = createRequire(import.meta.url);
const Benchmark = require("benchmark");

const quick = process.argv.includes("--quick");
const sizes = quick ? [256, 1024] : [64, 256, 1024, 4096];
const densities = [
  { label: "1-5/row", value: 3 },
  { label: "10%", value: 0.1 },
  { label: "50%", value: 0.5 },
  { label: "100%", value: "all" },
];
const variants = [
  { label: "yuma", yuma3: false, liquidAlpha: false },
  { label: "yuma3+LA", yuma3: true, liquidAlpha: true },
];

const engine = new Engine();
const results = [];

function caseList() {
  const list = [];
  for (const mode of ["sparse", "dense"]) {
    for (const n of sizes) {
      for (const d of densities) {
        // dense at n = 4096 materialises 16M-cell matrices several times over: skipped (seconds per epoch)
        if (mode === "dense" && n > 1024) continue;
        if (quick && d.label === "100%") continue;
        for (const v of variants) list.push({ mode, n, d, v });
      }
    }
  }
  return list;
}

for (const c of caseList()) {
  const snap = randomSnapshot({ n: c.n, density: c.d.value === "all" ? c.n : c.d.value, yuma3: c.v.yuma3, liquidAlpha: c.v.liquidAlpha, seed: 42 });
  const split = { validate: 0, copyIn: 0, wasm: 0, decode: 0, k: 0 };
  const bench = new Benchmark(`${c.mode} n=${c.n} ${c.d.label} ${c.v.label}`, () => {
    const t0 = performance.now();
    const s = validateSnapshot(snap);
    split.validate += performance.now() - t0;
    engine.run(s, { mode: c.mode });
    const t = engine.lastTimings;
    split.copyIn += t.copyIn; split.wasm += t.wasm; split.decode += t.decode; split.k++;
  }, { minSamples: 5, maxTime: c.n >= 4096 ? 2 : 1, initCount: 1 });
  bench.run();
  const s = bench.stats;
  const k = split.k || 1;
  const row = {
    name: bench.name, mode: c.mode, n: c.n, density: c.d.label, variant: c.v.label,
    medianMs: median(s.sample) * 1000, rme: s.rme, hz: bench.hz, samples: s.sample.length,
    split: { validateMs: split.validate / k, copyInMs: split.copyIn / k, wasmMs: split.wasm / k, decodeMs: split.decode / k },
  };
  results.push(row);
  console.log(fmt(row));
}

// Replay throughput: a seeded synthetic history (256 uids, 64 validators, Yuma3), bonds carried,
// through the library's replay() in one thread (parse + validate + epoch per line).
{
  const { synthHistory, replay } = await import("../dist/src/index.js");
  const epochs = quick ? 100 : 300;
  const steps = [...synthHistory({ uids: 256, validators: 64, epochs, seed: 7 })];
  const lines = steps.map((s) => JSON.parse(JSON.stringify(s))); // as if read from JSONL
  for await (const _ of replay(lines.slice(0, 20))) { /* warm up */ }
  const t0 = performance.now();
  let k = 0;
  for await (const _ of replay(lines)) k++;
  const secs = (performance.now() - t0) / 1000;
  const row = { name: `replay n=256 yuma3 (${k} epochs, 1 thread)`, epochsPerSecond: k / secs, medianMs: (secs * 1000) / k };
  results.push(row);
  console.log(`${row.name.padEnd(34)} ${row.epochsPerSecond.toFixed(1)} epochs/s (${row.medianMs.toFixed(2)} ms per epoch)`);
}

function median(xs) {
  const a = [...xs].sort((p, q) => p - q);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

function fmt(r) {
  const f = (x) => x.toFixed(x < 10 ? 2 : 1).padStart(8);
  return `${r.name.padEnd(34)} median ${f(r.medianMs)} ms ±${r.rme.toFixed(1).padStart(4)}%  ${r.hz.toFixed(1).padStart(8)} ops/s` +
    `  [validate ${f(r.split.validateMs)} copy-in ${f(r.split.copyInMs)} wasm ${f(r.split.wasmMs)} decode ${f(r.split.decodeMs)}]`;
}

const wasmBytes = statSync(new URL("../build/release.wasm", import.meta.url)).size;
const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
console.log(`\nrelease.wasm: ${(wasmBytes / 1024).toFixed(1)} KiB; machine: ${machine.cpus} x ${machine.model}, ${machine.memGiB} GiB, node ${machine.node}`);
writeFileSync(new URL("./results.json", import.meta.url), JSON.stringify({ date: new Date().toISOString(), machine, wasmBytes, results }, null, 2) + "\n");
