// Every upstream fixture, every step, every field (debug bits included): exact.
import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Engine } from "../src/wasm/engine.js";
import { runSteps } from "../src/fixture.js";
import { readEpochFile } from "../src/fixture-file.js";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe("upstream fixtures (opentensor/subtensor@14bc6f9f, bit-exact)", () => {
  it("the fixture set is complete", () => {
    expect(files.length).toBe(117);
  });
  const engine = new Engine();
  for (const f of files) {
    it(f, () => {
      const file = readEpochFile(dir + f);
      const results = runSteps(engine, file, { debug: true });
      expect(results.length).toBe(file.steps.length);
      results.forEach((r, k) => {
        const expected = file.steps[k]!.expected!;
        expect(expected).toBeDefined();
        // debug matrices are only in the fixtures for n <= 16; compare what they carry
        expect({ ...r, debug: pick(r.debug, expected.debug) }).toEqual(expected);
      });
    });
  }
});

function pick<T extends object>(actual: T | undefined, expected: object | undefined): T | undefined {
  if (!actual || !expected) return actual;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(expected)) out[k] = (actual as Record<string, unknown>)[k];
  return out as T;
}
