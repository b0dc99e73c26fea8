// Engine robustness: traps replace the instance, memory limits, worker threads.
import { describe, it, expect } from "vitest";
import { Worker } from "node:worker_threads";
import { Engine, estimateArenaBytes, MAX_ARENA_BYTES } from "../src/wasm/engine.js";
import { EngineError, SnapshotError } from "../src/snapshot/errors.js";
import { LIMITS } from "../src/snapshot/validate.js";
import { randomSnapshot } from "../src/synth/snapshot.js";
import type { EpochMode } from "../src/snapshot/types.js";

/** Injects a real WebAssembly trap (`unreachable`) into the next epoch call. */
class FaultyEngine extends Engine {
  failNext = false;
  protected override callEpoch(mode: EpochMode, header: number): number {
    if (this.failNext) {
      this.failNext = false;
      (this.wasm as unknown as { testTrap(): void }).testTrap();
    }
    return super.callEpoch(mode, header);
  }
}

describe("traps", () => {
  it("a trap surfaces as EngineError, the instance is replaced, and later epochs are unaffected", () => {
    const s = randomSnapshot({ n: 64, density: 0.3, yuma3: true, liquidAlpha: true, seed: 5 });
    const e = new FaultyEngine();
    const before = JSON.stringify(e.run(s));
    e.failNext = true;
    let err: unknown;
    try {
      e.run(s);
    } catch (x) {
      err = x;
    }
    expect(err).toBeInstanceOf(EngineError);
    expect((err as Error).message).toMatch(/WebAssembly trap while epoch \(sparse\): .*unreachable.*\(instance replaced\)/);
    expect(e.replacements).toBe(1);
    expect(JSON.stringify(e.run(s))).toBe(before);
  });
});

describe("memory", () => {
  it("estimateArenaBytes bounds the arena actually used (sparse and dense, several shapes)", () => {
    const e = new Engine();
    for (const mode of ["sparse", "dense"] as const) {
      for (const [n, density, y3, share] of [
        [16, 0.5, false, 1],
        [256, 0.5, true, 1],
        [512, 3, true, 0.5],
        [700, 0.2, false, 0.3],
        [1024, 0.05, true, 1],
      ] as const) {
        const s = randomSnapshot({ n, density, yuma3: y3, liquidAlpha: y3, validatorShare: share, seed: n });
        s.bondsPenalty = 30000; // exercise the interpolation buffers too
        e.run(s, { mode });
        const entries = s.weights.reduce((a, r) => a + r.length, 0) + s.bonds.reduce((a, r) => a + r.length, 0);
        expect(e.lastArenaBytes).toBeLessThanOrEqual(estimateArenaBytes(n, entries, mode));
      }
    }
  });
  it("every n <= 4096 input the chain accepts fits: full weight and bond rows (2 n^2 entries) pass the entry limit and the sparse and dense budgets", () => {
    const n = 4096,
      entries = 2 * n * n;
    expect(LIMITS.maxEntries).toBeGreaterThanOrEqual(entries);
    expect(estimateArenaBytes(n, entries, "sparse")).toBeLessThanOrEqual(MAX_ARENA_BYTES);
    expect(estimateArenaBytes(n, entries, "dense")).toBeLessThanOrEqual(MAX_ARENA_BYTES);
  });
  it("a dense epoch beyond the budget is refused with a SnapshotError before WASM runs", () => {
    const n = 6000;
    expect(estimateArenaBytes(n, 0, "dense")).toBeGreaterThan(MAX_ARENA_BYTES);
    const s = randomSnapshot({ n, density: 1, seed: 1, validatorShare: 0.01 });
    const e = new Engine();
    try {
      e.run(s, { mode: "dense" });
      expect.unreachable();
    } catch (x) {
      expect(x).toBeInstanceOf(SnapshotError);
      expect((x as SnapshotError).path).toBe("n");
      expect((x as SnapshotError).reason).toMatch(/needs about \d+\.\d+ GiB of engine memory \(n = 6000/);
    }
    expect(e.memoryBytes()).toBeLessThan(64 << 20); // nothing was allocated for it
    // the sparse epoch of the same snapshot fits and runs
    expect(e.run(s).stake?.length).toBe(n);
  });
  it("memory stays flat over repeated epochs in one instance", () => {
    const e = new Engine();
    const s = randomSnapshot({ n: 256, density: 0.5, yuma3: true, liquidAlpha: true, seed: 9 });
    e.run(s);
    const pages = e.memoryBytes();
    for (let k = 0; k < 300; k++) e.run(s);
    expect(e.memoryBytes()).toBe(pages);
  });
});

describe("threads", () => {
  it("a worker thread computes byte-identical results", async () => {
    const s = randomSnapshot({ n: 128, density: 0.4, yuma3: true, liquidAlpha: true, seed: 21 });
    const here = JSON.stringify(new Engine().run(s, { debug: true }));
    const engineUrl = new URL("../dist/src/wasm/engine.js", import.meta.url).href;
    const code = `
      const { parentPort, workerData } = require("node:worker_threads");
      import(workerData.engineUrl).then(({ Engine }) => {
        parentPort.postMessage(JSON.stringify(new Engine().run(workerData.s, { debug: true })));
      });`;
    const there = await new Promise<string>((resolve, reject) => {
      const w = new Worker(code, { eval: true, workerData: { s, engineUrl } });
      w.once("message", (m: string) => {
        resolve(m);
        void w.terminate();
      });
      w.once("error", reject);
    });
    expect(there).toBe(here);
  });
});
