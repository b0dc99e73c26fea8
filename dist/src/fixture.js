// yuma-epoch-fixture/1 files and histories: carry resolution, running, comparison.
import { readFileSync } from "node:fs";
import { SnapshotError } from "./snapshot/errors.js";
import { parseJson, validateSnapshot, validateStep } from "./snapshot/validate.js";
import { resolveStep, nextCarry } from "./snapshot/carry.js";
export const FIXTURE_SCHEMA = "yuma-epoch-fixture/1";
/** Reads a fixture or snapshot file, validating every step. */
export function readEpochFile(path, opts = {}) {
    let text;
    try {
        text = readFileSync(path, "utf8");
    }
    catch (e) {
        throw new SnapshotError("", `cannot read file (${e.code ?? String(e)})`, path);
    }
    try {
        return toEpochFile(parseJson(text), opts);
    }
    catch (e) {
        throw e instanceof SnapshotError && !e.file ? e.inFile(path) : e;
    }
}
/** Interprets parsed JSON as a fixture (has "schema") or a bare snapshot. */
export function toEpochFile(x, opts = {}) {
    if (typeof x === "object" && x !== null && !Array.isArray(x) && "schema" in x) {
        const f = x;
        if (f.schema !== FIXTURE_SCHEMA)
            throw new SnapshotError("schema", `unsupported schema ${JSON.stringify(f.schema)} (expected "${FIXTURE_SCHEMA}")`);
        const up = f.upstream;
        const fn = up?.function;
        if (fn !== "epoch_mechanism" && fn !== "epoch_dense_mechanism") {
            throw new SnapshotError("upstream.function", `expected "epoch_mechanism" or "epoch_dense_mechanism", got ${JSON.stringify(fn)}`);
        }
        if (!Array.isArray(f.steps) || f.steps.length === 0)
            throw new SnapshotError("steps", "expected a non-empty array of steps");
        const steps = f.steps.map((st, k) => {
            if (typeof st !== "object" || st === null)
                throw new SnapshotError(`steps[${k}]`, "expected an object with input/expected");
            const s = st;
            try {
                const input = k > 0 ? validateStep(s.input, opts) : validateSnapshot(s.input, opts);
                return { input, expected: s.expected };
            }
            catch (e) {
                if (e instanceof SnapshotError)
                    throw new SnapshotError(`steps[${k}].input${e.path ? "." + e.path : ""}`.replace(".[", "["), e.reason);
                throw e;
            }
        });
        return { mode: fn === "epoch_dense_mechanism" ? "dense" : "sparse", steps, fixture: x };
    }
    return { mode: "sparse", steps: [{ input: validateSnapshot(x, opts) }] };
}
/** Runs a file's steps in order, resolving "carry" bonds from the previous step. */
export function runSteps(engine, file, opts = {}) {
    const results = [];
    let carry;
    file.steps.forEach((step, k) => {
        const snap = resolveStep(step.input, carry, `steps[${k}]`);
        const result = engine.run(snap, { mode: file.mode, ...opts });
        results.push(result);
        carry = nextCarry(snap, result);
    });
    return results;
}
/** First difference between expected and actual, as "field[uid]: expected X, got Y". */
export function firstDifference(expected, actual) {
    return diffValue(expected, actual, "");
}
function diffValue(e, a, path) {
    if (Array.isArray(e)) {
        if (!Array.isArray(a))
            return `${path}: expected an array, got ${JSON.stringify(a)}`;
        if (e.length !== a.length)
            return `${path}: expected length ${e.length}, got ${a.length}`;
        for (let i = 0; i < e.length; i++) {
            const d = diffValue(e[i], a[i], `${path}[${i}]`);
            if (d)
                return d;
        }
        return undefined;
    }
    if (typeof e === "object" && e !== null) {
        if (typeof a !== "object" || a === null)
            return `${path}: expected an object, got ${JSON.stringify(a)}`;
        for (const k of Object.keys(e)) {
            const d = diffValue(e[k], a[k], path ? `${path}.${k}` : k);
            if (d)
                return d;
        }
        return undefined;
    }
    return e === a ? undefined : `${path}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`;
}
//# sourceMappingURL=fixture.js.map