// Peak memory of one epoch at the largest inputs the chain accepts (n = 4096, every uid a
// validator setting all 4096 weights, with and without full bond rows), each case in its own
// process. Default path: a PackedSnapshot (typed CSR weights and bonds, validatePackedSnapshot)
// through Engine.runPacked, so no JS [uid, value] arrays exist; `--pairs` also runs the pair
// form (validateSnapshot + Engine.run) for comparison. Per case: the process's peak RSS
// (process.resourceUsage().maxRSS), split into the JS side (the process's RSS once the input is
// built and validated, before the engine exists, plus the result's bytes) and the WebAssembly
// side (the rest), with the engine's peak arena and its reserved WebAssembly memory.
//   node bench/memory.mjs [--n 4096] [--mode sparse|dense] [--pairs]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const argv = process.argv.slice(2);
const opt = (f, d) => {
  const i = argv.indexOf(f);
  return i >= 0 ? argv[i + 1] : d;
};
const MiB = (b) => Math.round(b / 2 ** 20);

if (argv[0] === "--child") {
  const [n, bonds, mode, yuma3, form] = [Number(argv[1]), argv[2] === "1", argv[3], argv[4] === "1", argv[5]];
  const api = await import("../dist/src/index.js");
  const { randomSnapshot } = await import("../dist/src/synth/snapshot.js");
  const rssStart = process.memoryUsage().rss;
  // the per-uid fields from the seeded generator (one weight per row), then full rows
  const s = randomSnapshot({ n, density: 1, validatorShare: 1, yuma3, liquidAlpha: yuma3, seed: 42 });
  const packed = { ...s, weights: fullRows(n, 1, true), bonds: bonds ? fullRows(n, 2, false) : emptyRows(n) };
  const inputBytes = [packed.weights, packed.bonds].reduce((t, r) => t + r.ptr.byteLength + r.cols.byteLength + r.vals.byteLength, 0);
  let snap, validateMs;
  let t0 = performance.now();
  if (form === "pairs") {
    snap = api.validateSnapshot(api.fromPackedSnapshot(packed));
  } else snap = api.validatePackedSnapshot(packed);
  validateMs = performance.now() - t0;
  const rssInput = process.memoryUsage().rss;
  const engine = new api.Engine();
  t0 = performance.now();
  const result = form === "pairs" ? engine.run(snap, { mode }) : engine.runPacked(snap, { mode });
  const ms = performance.now() - t0;
  const entries = packed.weights.ptr[n] + packed.bonds.ptr[n];
  const outEntries = form === "pairs" ? result.bonds.reduce((t, r) => t + (r?.length ?? 0), 0) : result.bonds.ptr[n];
  const wasmBytes = engine.memoryBytes();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  // the result's own bytes (typed arrays; the pair form: ~64 B per bond entry plus the per-uid arrays)
  const resultBytes =
    form === "pairs"
      ? outEntries * 64 + n * 8 * 16
      : Object.values(result).reduce((t, v) => t + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0) +
        Object.values(result.bonds).reduce((t, v) => t + v.byteLength, 0);
  // JS side: the process before the engine existed (Node, modules, the input) plus the result
  const jsSide = rssInput + resultBytes;
  console.log(
    JSON.stringify({
      n,
      mode,
      yuma3,
      bonds,
      form,
      entries,
      outEntries,
      validateMs: Math.round(validateMs),
      ms: Math.round(ms),
      timings: engine.lastTimings,
      inputMiB: MiB(inputBytes),
      rssStartMiB: MiB(rssStart),
      rssInputMiB: MiB(rssInput),
      arenaMiB: MiB(engine.lastArenaBytes),
      wasmMemoryMiB: MiB(wasmBytes),
      maxRssMiB: MiB(maxRss),
      resultMiB: MiB(resultBytes),
      jsSideMiB: MiB(jsSide),
      wasmSideMiB: MiB(maxRss - jsSide),
    }),
  );
} else {
  const n = opt("--n", "4096");
  const mode = opt("--mode", "sparse");
  const forms = argv.includes("--pairs") ? ["packed", "pairs"] : ["packed"];
  const self = fileURLToPath(import.meta.url);
  console.log(`n = ${n}, every uid a validator setting all ${n} weights, ${mode}; one process per case`);
  for (const form of forms) {
    for (const [bonds, yuma3] of [
      [false, false],
      [true, false],
      [true, true],
    ]) {
      const args = [
        ...(form === "pairs" ? ["--max-old-space-size=12288"] : []),
        self,
        "--child",
        n,
        bonds ? "1" : "0",
        mode,
        yuma3 ? "1" : "0",
        form,
      ];
      const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 2 ** 26 });
      const label = `${form.padEnd(6)} ${(bonds ? "full bond rows" : "no bonds").padEnd(15)} ${(yuma3 ? "yuma3+LA" : "yuma").padEnd(9)}`;
      if (r.status !== 0) {
        console.log(`${label} FAILED (exit ${r.status}${r.signal ? `, ${r.signal}` : ""}): ${(r.stderr || "").slice(-400)}`);
        continue;
      }
      const x = JSON.parse(r.stdout.trim().split("\n").at(-1));
      console.log(
        `${label} entries ${String(x.entries).padStart(9)} (bonds out ${x.outEntries})  validate ${x.validateMs} ms, epoch ${x.ms} ms ` +
          `(copy-in ${x.timings.copyIn.toFixed(0)}, wasm ${x.timings.wasm.toFixed(0)}, decode ${x.timings.decode.toFixed(0)})  ` +
          `process peak RSS ${x.maxRssMiB} MiB = JS side ${x.jsSideMiB} MiB (RSS with the input ${x.rssInputMiB}: Node ${x.rssStartMiB} + input rows ${x.inputMiB} + fields; result ${x.resultMiB}) ` +
          `+ WebAssembly ${x.wasmSideMiB} MiB (the rest; arena peak ${x.arenaMiB} MiB, memory reserved ${x.wasmMemoryMiB} MiB)`,
      );
    }
  }
}

/** Full rows (every uid in every row), seeded u16 values with each row's maximum 65535 (as set_weights stores them). */
function fullRows(n, seed, maxUpscaled) {
  const ptr = new Uint32Array(n + 1);
  const cols = new Uint16Array(n * n);
  const vals = new Uint16Array(n * n);
  let x = (0x9e3779b9 * seed) >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    ptr[i] = i * n;
    for (let j = 0; j < n; j++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      cols[i * n + j] = j;
      vals[i * n + j] = x & 0xffff;
    }
    if (maxUpscaled) vals[i * n + (x % n)] = 65535;
  }
  ptr[n] = n * n;
  return { ptr, cols, vals };
}

function emptyRows(n) {
  return { ptr: new Uint32Array(n + 1), cols: new Uint16Array(0), vals: new Uint16Array(0) };
}
