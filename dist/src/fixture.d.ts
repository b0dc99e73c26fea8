import { type ValidateOptions } from "./snapshot/validate.js";
import type { EpochMode, EpochResult, Fixture, FixtureStep } from "./snapshot/types.js";
import { Engine, type RunOptions } from "./wasm/engine.js";
export declare const FIXTURE_SCHEMA = "yuma-epoch-fixture/1";
/** A parsed input file: a fixture (several steps) or a bare snapshot (one step). */
export interface EpochFile {
    mode: EpochMode;
    steps: FixtureStep[];
    fixture?: Fixture;
}
/** Reads a fixture or snapshot file, validating every step. */
export declare function readEpochFile(path: string, opts?: ValidateOptions): EpochFile;
/** Interprets parsed JSON as a fixture (has "schema") or a bare snapshot. */
export declare function toEpochFile(x: unknown, opts?: ValidateOptions): EpochFile;
/** Runs a file's steps in order, resolving "carry" bonds from the previous step. */
export declare function runSteps(engine: Engine, file: EpochFile, opts?: RunOptions): EpochResult[];
/** First difference between expected and actual, as "field[uid]: expected X, got Y". */
export declare function firstDifference(expected: EpochResult, actual: EpochResult): string | undefined;
