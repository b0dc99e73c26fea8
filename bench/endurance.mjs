// Endurance: N consecutive epochs (default 100000, n = 256) in one WASM
// instance, cycling through 16 seeded snapshots (all variants) with bonds
// carried. Reports WASM memory pages and process RSS at start and end.
// `npm run endurance` (EPOCHS=... to change the count).
import { Engine, nextCarry, resolveStep } from "../dist/src/index.js";
import { randomSnapshot } from "../dist/src/synth/snapshot.js";

const EPOCHS = Number(process.env.EPOCHS ?? 100_000);
const engine = new Engine();
const snaps = Array.from({ length: 16 }, (_, k) =>
  randomSnapshot({ n: 256, density: [3, 0.1, 0.5][k % 3], yuma3: k % 2 === 1, liquidAlpha: k % 4 === 3, seed: 100 + k }),
);
const mb = (x) => (x / 2 ** 20).toFixed(1);
let carry;
const t0 = performance.now();
const report = (k) => {
  const pages = engine.memoryBytes() / 65536;
  console.log(
    `epoch ${String(k).padStart(6)}: wasm ${pages} pages (${mb(engine.memoryBytes())} MiB), rss ${mb(process.memoryUsage().rss)} MiB, ` +
      `${((k || 1) / ((performance.now() - t0) / 1000)).toFixed(0)} epochs/s`,
  );
};
for (let k = 0; k < EPOCHS; k++) {
  const base = snaps[k % snaps.length];
  const step = k === 0 ? base : { ...base, bonds: "carry" };
  const s = resolveStep(step, carry, `epoch ${k}`);
  const r = engine.run(s);
  carry = nextCarry(s, r);
  if (k === 0 || (k + 1) % 10_000 === 0) report(k + 1);
}
console.log(`instance replacements (traps): ${engine.replacements}`);
