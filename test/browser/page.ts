// Runs in headless Chromium, bundled by esbuild from the package's browser entry
// ("yuma-engine" resolves through package.json exports to dist/src/core.js).
// test/browser.test.ts calls these functions and checks the results in Node.
import {
  checkInvariants,
  Engine,
  parseJson,
  replaySteps,
  runSteps,
  toEpochFile,
  validateSnapshot,
  whatIf,
  type EpochResult,
  type Snapshot,
  type Violation,
} from "yuma-engine";

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return parseJson(await res.text());
}

const engine = new Engine();

export const api = {
  /** Every step of a fixture file, run in order with carried bonds (debug bits included). */
  async fixture(name: string): Promise<EpochResult[]> {
    const file = toEpochFile(await fetchJson(`/fixtures/${name}`));
    return runSteps(engine, file, { debug: true });
  },
  /** The same fixture's steps as an in-memory history through replaySteps. */
  async replay(name: string): Promise<EpochResult[]> {
    const file = toEpochFile(await fetchJson(`/fixtures/${name}`));
    const out: EpochResult[] = [];
    for await (const rec of replaySteps(
      file.steps.map((s) => s.input),
      { mode: file.mode, engine },
    ))
      out.push(rec.result);
    return out;
  },
  async whatIf(name: string, uid: number, weights: [number, number][]): Promise<EpochResult> {
    const snapshot = validateSnapshot(await fetchJson(`/fixtures/${name}`));
    return whatIf(snapshot, { uid, weights }, { engine }).result;
  },
  /** Invariants of the engine's own result, and of the result with `extraRao` paid to uid 0. */
  async invariants(name: string, extraRao: string): Promise<{ clean: Violation[]; tampered: Violation[] }> {
    const snapshot: Snapshot = validateSnapshot(await fetchJson(`/fixtures/${name}`));
    const result = engine.run(snapshot);
    const tampered = structuredClone(result);
    tampered.serverEmission[0] = (BigInt(tampered.serverEmission[0]!) + BigInt(extraRao)).toString();
    return { clean: checkInvariants(snapshot, result), tampered: checkInvariants(snapshot, tampered) };
  },
};

(globalThis as { yuma?: typeof api }).yuma = api;
