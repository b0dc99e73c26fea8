// yuma-epoch-fixture/1 files and histories: carry resolution, running, comparison.
import { SnapshotError } from "./snapshot/errors.js";
import { validateSnapshot, validateStep, type ValidateOptions } from "./snapshot/validate.js";
import type { EpochMode, EpochResult, Fixture, FixtureStep } from "./snapshot/types.js";
import { resolveStep, nextCarry, type CarryState } from "./snapshot/carry.js";
import type { Engine, RunOptions } from "./wasm/engine.js";

export const FIXTURE_SCHEMA = "yuma-epoch-fixture/1";

/** A parsed input file: a fixture (several steps) or a bare snapshot (one step). */
export interface EpochFile {
  mode: EpochMode;
  steps: FixtureStep[];
  fixture?: Fixture;
}

/** Interprets parsed JSON as a fixture (has "schema") or a bare snapshot. */
export function toEpochFile(x: unknown, opts: ValidateOptions = {}): EpochFile {
  if (typeof x === "object" && x !== null && !Array.isArray(x) && "schema" in x) {
    const f = x as Record<string, unknown>;
    if (f.schema !== FIXTURE_SCHEMA)
      throw new SnapshotError("schema", `unsupported schema ${JSON.stringify(f.schema)} (expected "${FIXTURE_SCHEMA}")`);
    const up = f.upstream as Record<string, unknown> | undefined;
    const fn = up?.function;
    // "epoch"/"epoch_dense": the names before spec 320 (eras fixtures)
    if (fn !== "epoch_mechanism" && fn !== "epoch_dense_mechanism" && fn !== "epoch" && fn !== "epoch_dense") {
      throw new SnapshotError(
        "upstream.function",
        `expected "epoch_mechanism", "epoch_dense_mechanism", "epoch" or "epoch_dense", got ${JSON.stringify(fn)}`,
      );
    }
    if (!Array.isArray(f.steps) || f.steps.length === 0) throw new SnapshotError("steps", "expected a non-empty array of steps");
    const steps: FixtureStep[] = f.steps.map((st: unknown, k: number) => {
      if (typeof st !== "object" || st === null) throw new SnapshotError(`steps[${k}]`, "expected an object with input/expected");
      const s = st as Record<string, unknown>;
      try {
        const input = k > 0 ? validateStep(s.input, opts) : validateSnapshot(s.input, opts);
        return { input, expected: s.expected as EpochResult | undefined };
      } catch (e) {
        if (e instanceof SnapshotError)
          throw new SnapshotError(`steps[${k}].input${e.path ? "." + e.path : ""}`.replace(".[", "["), e.reason);
        throw e;
      }
    });
    const dense = fn === "epoch_dense_mechanism" || fn === "epoch_dense";
    return { mode: dense ? "dense" : "sparse", steps, fixture: x as Fixture };
  }
  return { mode: "sparse", steps: [{ input: validateSnapshot(x, opts) }] };
}

/** Runs a file's steps in order, resolving "carry" bonds from the previous step. */
export function runSteps(engine: Engine, file: EpochFile, opts: RunOptions = {}): EpochResult[] {
  const results: EpochResult[] = [];
  let carry: CarryState | undefined;
  file.steps.forEach((step, k) => {
    const snap = resolveStep(step.input, carry, `steps[${k}]`);
    const result = engine.run(snap, { mode: file.mode, ...opts });
    results.push(result);
    carry = nextCarry(snap, result);
  });
  return results;
}

/** First difference between expected and actual, as "field[uid]: expected X, got Y". */
export function firstDifference(expected: EpochResult, actual: EpochResult): string | undefined {
  return diffValue(expected, actual, "");
}

function diffValue(e: unknown, a: unknown, path: string): string | undefined {
  if (Array.isArray(e)) {
    if (!Array.isArray(a)) return `${path}: expected an array, got ${JSON.stringify(a)}`;
    if (e.length !== a.length) return `${path}: expected length ${e.length}, got ${a.length}`;
    for (let i = 0; i < e.length; i++) {
      const d = diffValue(e[i], a[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (typeof e === "object" && e !== null) {
    if (typeof a !== "object" || a === null) return `${path}: expected an object, got ${JSON.stringify(a)}`;
    for (const k of Object.keys(e)) {
      const d = diffValue((e as Record<string, unknown>)[k], (a as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return undefined;
  }
  return e === a ? undefined : `${path}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`;
}
