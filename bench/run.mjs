// Side by side with the chain's native epoch (issue 14). For every case of bench/cases.mjs:
// the seeded input is written to bench/.cache/, the native program (`chain-epoch time`, one
// process per round, input parsed once, K epoch calls) and this engine (validateSnapshot once,
// then K x engine.run to the finished result object, and K x engine.runPacked on the same input as a
// PackedSnapshot, converted and validated once, to the finished PackedEpochResult) are timed in
// alternating rounds, and both our results are compared with `chain-epoch run` (bit-exact, every
// field; the packed one through toEpochResult). Prints one table with both medians and the ratios;
// writes bench/results.json (generated, not tracked).
//
//   npm run bench                      the full suite
//   node bench/run.mjs --quick         a subset (no n = 4096, no n = 1024 50% full rows)
//   node bench/run.mjs --full          also the heavy n = 4096 50% cases (the native epoch takes
//                                      10-60 s per call there; the default run stays near 5 minutes)
//   node bench/run.mjs --filter sn15   cases whose name contains the text
//   node bench/run.mjs --no-check      skip the bit-exact check
//   node bench/run.mjs --fresh         regenerate inputs and re-run the oracle (ignore bench/.cache)
//   CHAIN_EPOCH=/path/to/chain-epoch   another native binary
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { Engine, toEpochResult, toPackedSnapshot, validatePackedSnapshot, validateSnapshot } from "../dist/src/index.js";
import { randomSnapshot } from "../dist/src/synth/snapshot.js";
import { firstDifference } from "../dist/src/fixture.js";
import { benchCases, INPUT_VERSION, SEED } from "./cases.mjs";
import { binaryStamp, nativeBinary, nativeRunText, nativeTime } from "./native.mjs";

const argv = process.argv.slice(2);
const flag = (f) => argv.includes(f);
const opt = (f) => {
  const i = argv.indexOf(f);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag("--quick");
const check = !flag("--no-check");
const fresh = flag("--fresh");
const full = flag("--full");
const filter = opt("--filter");
/** Target wall time of one side's K calls in a round (ms); rounds per case. */
const ROUND_MS = Number(opt("--round-ms") ?? 300);
const ROUNDS = Number(opt("--rounds") ?? 3);
const WARM_MS = Number(opt("--warm-ms") ?? 200);

const cacheDir = new URL("./.cache/", import.meta.url);
mkdirSync(cacheDir, { recursive: true });
const bin = nativeBinary();
if (!bin)
  console.log(
    "chain-epoch (the native build of the chain's epoch) not found: set CHAIN_EPOCH=/path; printing this engine's figures alone, no bit-exact check\n",
  );
const stamp = bin ? binaryStamp(bin) : "";

const cases = benchCases({ quick }).filter((c) => !filter || c.name.includes(filter) || c.key.includes(filter));
const results = [];
const t0 = performance.now();

header();
let lastInput;
for (const c of cases) {
  if (c.heavy && !full) {
    console.log(`${c.name.padEnd(44)} skipped: heavy (native epoch ~10-60 s per call, input 50-200 MB); run with --full`);
    results.push({ name: c.name, key: c.key, mode: c.mode, n: c.n, skipped: "heavy (--full)" });
    continue;
  }
  try {
    const input = lastInput?.key === c.key ? lastInput : loadInput(c);
    lastInput = input;
    results.push(runCase(c, input));
    printRow(results.at(-1));
  } catch (e) {
    console.log(`${c.name.padEnd(44)} FAILED: ${e.message ?? e}`);
    results.push({ name: c.name, key: c.key, mode: c.mode, n: c.n, error: String(e.message ?? e) });
    process.exitCode = 1;
  }
}
summary();

/** Writes (or reuses) the case's input file; returns { key, file, snapshot, entries, bytes }. */
function loadInput(c) {
  const file = new URL(`${c.key}.v${INPUT_VERSION}.json`, cacheDir).pathname;
  let text;
  if (!fresh && existsSync(file)) text = readFileSync(file, "utf8");
  else {
    const s = randomSnapshot({
      n: c.n,
      density: c.density,
      validatorShare: c.validatorShare,
      yuma3: c.yuma3,
      liquidAlpha: c.liquidAlpha,
      seed: SEED,
    });
    text = JSON.stringify(s);
    writeFileSync(file, text);
  }
  const snapshot = validateSnapshot(JSON.parse(text));
  text = undefined;
  let w = 0,
    b = 0;
  for (const r of snapshot.weights) w += r.length;
  for (const r of snapshot.bonds) b += r.length;
  const packed = validatePackedSnapshot(toPackedSnapshot(snapshot));
  return { key: c.key, file, snapshot, packed, weightEntries: w, bondEntries: b, bytes: statSync(file).size };
}

function runCase(c, input) {
  const engine = new Engine(); // fresh instance: its memory is this case's peak
  const s = input.snapshot;
  // warm-up (also the result we check)
  let t = performance.now();
  let result = engine.run(s, { mode: c.mode });
  const firstMs = performance.now() - t;
  let packedResult = toEpochResult(engine.runPacked(input.packed, { mode: c.mode }));
  const verdict = check && bin ? checkExact(c, input, result, packedResult) : bin ? "skipped" : "no native";
  result = packedResult = undefined;
  // warm-up, not timed: JIT-compile the JS copy-in / decode paths (at most WARM_MS or 300 calls);
  // K comes from the warm calls (the first, cold call can be 10-50x slower and left K at a few samples)
  let warmMs = firstMs;
  for (let k = 0, w0 = performance.now(); k < 300 && performance.now() - w0 < WARM_MS; k++) {
    t = performance.now();
    engine.run(s, { mode: c.mode });
    warmMs = performance.now() - t;
    engine.runPacked(input.packed, { mode: c.mode });
  }
  const row = {
    name: c.name,
    key: c.key,
    mode: c.mode,
    n: c.n,
    headline: !!c.headline,
    weightEntries: input.weightEntries,
    bondEntries: input.bondEntries,
    inputBytes: input.bytes,
    native: [],
    ours: [],
    oursPacked: [],
    oursWasm: [],
    oursCopyIn: [],
    oursDecode: [],
    oursFaults: 0,
    check: verdict,
  };
  // K per round from the last warm call (ours) and, after round 1, the native median
  const kOurs = Math.max(1, Math.min(500, Math.round(ROUND_MS / Math.max(warmMs, 0.01))));
  let kNative = kOurs;
  for (let r = 0; r < ROUNDS; r++) {
    if (bin) {
      const nt = nativeTime(bin, input.file, c.mode, kNative);
      row.native.push(nt.medianUs / 1000);
      row.nativeParseMs = nt.parseMs;
      kNative = Math.max(1, Math.min(500, Math.round(ROUND_MS / Math.max(nt.medianUs / 1000, 0.01))));
    }
    const times = [];
    const f0 = process.resourceUsage().minorPageFault;
    for (let k = 0; k < kOurs; k++) {
      t = performance.now();
      engine.run(s, { mode: c.mode });
      times.push(performance.now() - t);
      const lt = engine.lastTimings;
      row.oursWasm.push(lt.wasm);
      row.oursCopyIn.push(lt.copyIn);
      row.oursDecode.push(lt.decode);
    }
    row.oursFaults += process.resourceUsage().minorPageFault - f0;
    row.ours.push(...times);
    for (let k = 0; k < kOurs; k++) {
      t = performance.now();
      engine.runPacked(input.packed, { mode: c.mode });
      row.oursPacked.push(performance.now() - t);
    }
    // heavy cases (one call > 5 s on either side): a single alternation
    if (r === 0 && (firstMs > 5000 || (row.native[0] ?? 0) > 5000)) break;
  }
  row.nativeMs = row.native.length ? median(row.native) : null;
  row.oursMs = median(row.ours);
  row.oursWasmMs = median(row.oursWasm);
  row.oursPackedMs = median(row.oursPacked);
  row.ratioPacked = row.nativeMs ? row.oursPackedMs / row.nativeMs : null;
  row.oursCopyInMs = median(row.oursCopyIn);
  row.oursDecodeMs = median(row.oursDecode);
  row.ratio = row.nativeMs ? row.oursMs / row.nativeMs : null;
  row.ratioWasm = row.nativeMs ? row.oursWasmMs / row.nativeMs : null;
  row.wasmMemoryBytes = engine.memoryBytes();
  row.rssBytes = process.memoryUsage().rss;
  row.arenaBytes = engine.lastArenaBytes;
  row.rounds = row.native.length || 1;
  row.samples = row.ours.length;
  // minor page faults (fresh memory the kernel maps and zero-fills) per engine.run call
  row.oursFaultsPerRun = Math.round(row.oursFaults / row.samples);
  delete row.oursFaults;
  delete row.native;
  delete row.ours;
  delete row.oursPacked;
  delete row.oursWasm;
  delete row.oursCopyIn;
  delete row.oursDecode;
  return row;
}

/**
 * Our result against `chain-epoch run` (cached by input + binary as a SHA-256 of its canonical JSON);
 * the packed path's result (as toEpochResult) must equal it too.
 */
function checkExact(c, input, result, packedResult) {
  const ours = sha(canonical(result));
  if (sha(canonical(packedResult)) !== ours)
    return `DIFFERS: runPacked: ${firstDifference(result, packedResult) ?? "(key order or encoding)"}`;
  const cacheFile = new URL(`${c.key}.v${INPUT_VERSION}.${c.mode}.${stamp}.sha256`, cacheDir);
  let want = !fresh && existsSync(cacheFile) ? readFileSync(cacheFile, "utf8").trim() : undefined;
  let nativeResult;
  if (!want) {
    nativeResult = JSON.parse(nativeRunText(bin, input.file, c.mode)).steps[0];
    want = sha(canonical(nativeResult));
    writeFileSync(cacheFile, want + "\n");
  }
  if (want === ours) return "exact";
  nativeResult ??= JSON.parse(nativeRunText(bin, input.file, c.mode)).steps[0];
  return `DIFFERS: ${firstDifference(nativeResult, result) ?? "(key order or encoding)"}`;
}

/** JSON with the result's fields in name order (the native program's order). */
function canonical(r) {
  const o = {};
  for (const k of Object.keys(r)
    .filter((k) => k !== "debug")
    .sort())
    o[k] = r[k];
  return JSON.stringify(o);
}

function sha(text) {
  return createHash("sha256").update(text).digest("hex");
}

function median(xs) {
  const a = [...xs].sort((p, q) => p - q);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

function ms(x) {
  if (x === null || x === undefined) return "-".padStart(9);
  return (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0)).padStart(9);
}

function header() {
  console.log(
    `${"case".padEnd(44)} ${"entries".padStart(10)} ${"native ms".padStart(9)} ${"ours ms".padStart(9)} ${"wasm ms".padStart(9)} ${"packed ms".padStart(9)} ` +
      `${"ratio".padStart(6)} ${"wasm/n".padStart(6)} ${"pack/n".padStart(6)} ${"eng MiB".padStart(7)} ${"flt/run".padStart(7)}  check`,
  );
}

function printRow(r) {
  const ratio = (x) => (x === null ? "-" : x.toFixed(2)).padStart(6);
  console.log(
    `${r.name.padEnd(44)} ${String(r.weightEntries + r.bondEntries).padStart(10)} ${ms(r.nativeMs)} ${ms(r.oursMs)} ${ms(r.oursWasmMs)} ${ms(r.oursPackedMs)} ` +
      `${ratio(r.ratio)} ${ratio(r.ratioWasm)} ${ratio(r.ratioPacked)} ${(r.arenaBytes / 2 ** 20).toFixed(r.arenaBytes < 2 ** 24 ? 1 : 0).padStart(7)} ${String(r.oursFaultsPerRun).padStart(7)}  ${r.check}`,
  );
}

function summary() {
  const withRatio = results.filter((r) => r.ratio !== null && r.ratio !== undefined);
  const wasmBytes = statSync(new URL("../build/release.wasm", import.meta.url)).size;
  const cpu = os.cpus();
  const machine = {
    cpus: cpu.length,
    model: cpu[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    nativeBinary: bin ?? null,
    loadAvg: os.loadavg().map((x) => Number(x.toFixed(1))),
  };
  console.log("\nratio = ours (validated snapshot -> result object) / native (epoch call); wasm/n = our WebAssembly phase alone / native;");
  console.log("packed = Engine.runPacked on the PackedSnapshot form of the input (the same result as typed arrays), pack/n its ratio;");
  console.log("flt/run = minor page faults per engine.run call (fresh memory the kernel maps and zero-fills: the result's JS arrays);");
  console.log("medians over alternating rounds; eng MiB = this engine's peak arena (WebAssembly) bytes for the case, input copy included.");
  if (withRatio.length) {
    const worst = withRatio.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const over = withRatio.filter((r) => r.ratio > 0.5).length;
    const mismatches = results.filter((r) => r.check?.startsWith("DIFFERS")).length;
    console.log(
      `worst ratio ${worst.ratio.toFixed(2)} (${worst.name}); ${over} of ${withRatio.length} cases above 0.5; ` +
        `bit-exact: ${results.filter((r) => r.check === "exact").length} exact, ${mismatches} differ`,
    );
  }
  console.log(
    `release.wasm: ${wasmBytes} bytes (${(wasmBytes / 1024).toFixed(1)} KiB); machine: ${machine.cpus} x ${machine.model}, ${machine.memGiB} GiB, node ${machine.node}, load average ${machine.loadAvg.join(" ")}; ` +
      `${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  writeFileSync(
    new URL("./results.json", import.meta.url),
    JSON.stringify({ date: new Date().toISOString(), machine, wasmBytes, quick, results }, null, 2) + "\n",
  );
  if (results.some((r) => r.check?.startsWith("DIFFERS"))) process.exitCode = 1;
}
