// Peak memory of one epoch at the largest inputs the chain accepts (n = 4096, every uid setting
// every weight), each case in its own process: the engine's peak arena, its WebAssembly memory
// and the process's peak RSS (which includes the snapshot held as JS arrays of [uid, value]).
//   node --max-old-space-size=12288 bench/memory.mjs [--n 4096] [--mode sparse|dense]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const argv = process.argv.slice(2);
const opt = (f, d) => {
  const i = argv.indexOf(f);
  return i >= 0 ? argv[i + 1] : d;
};

if (argv[0] === "--child") {
  const [n, bonds, mode, yuma3] = [Number(argv[1]), argv[2] === "1", argv[3], argv[4] === "1"];
  const { Engine, validateSnapshot } = await import("../dist/src/index.js");
  const { randomSnapshot } = await import("../dist/src/synth/snapshot.js");
  const s = randomSnapshot({ n, density: n, validatorShare: 1, yuma3, liquidAlpha: yuma3, seed: 42 });
  if (!bonds) s.bonds = s.bonds.map(() => []);
  const snap = validateSnapshot(s);
  let entries = 0;
  for (const r of snap.weights) entries += r.length;
  for (const r of snap.bonds) entries += r.length;
  const engine = new Engine();
  const t0 = performance.now();
  const result = engine.run(snap, { mode });
  const ms = performance.now() - t0;
  const rowsWritten = result.bonds.filter((r) => r?.length).length;
  console.log(
    JSON.stringify({
      n,
      mode,
      yuma3,
      bonds,
      entries,
      ms: Math.round(ms),
      timings: engine.lastTimings,
      rowsWritten,
      arenaMiB: Math.round(engine.lastArenaBytes / 2 ** 20),
      wasmMemoryMiB: Math.round(engine.memoryBytes() / 2 ** 20),
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} else {
  const n = opt("--n", "4096");
  const mode = opt("--mode", "sparse");
  const self = fileURLToPath(import.meta.url);
  console.log(`n = ${n}, every uid a validator setting all ${n} weights, ${mode}; one process per case`);
  for (const [bonds, yuma3] of [
    [false, false],
    [true, false],
    [true, true],
  ]) {
    const r = spawnSync(process.execPath, ["--max-old-space-size=12288", self, "--child", n, bonds ? "1" : "0", mode, yuma3 ? "1" : "0"], {
      encoding: "utf8",
    });
    if (r.status !== 0) {
      console.log(`bonds ${bonds} yuma3 ${yuma3}: FAILED ${r.stderr.slice(-400)}`);
      continue;
    }
    const x = JSON.parse(r.stdout.trim().split("\n").at(-1));
    console.log(
      `${(bonds ? "full bond rows" : "no bonds").padEnd(15)} ${(yuma3 ? "yuma3+LA" : "yuma").padEnd(9)} entries ${String(x.entries).padStart(9)}  ` +
        `epoch ${String(x.ms).padStart(6)} ms (wasm ${x.timings.wasm.toFixed(0)})  engine arena ${x.arenaMiB} MiB, wasm memory ${x.wasmMemoryMiB} MiB, process peak RSS ${x.maxRssMiB} MiB`,
    );
  }
}
