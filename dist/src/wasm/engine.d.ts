import type { EpochMode, EpochResult, Snapshot } from "../snapshot/types.js";
export interface RunOptions {
    /** "sparse" mirrors epoch_mechanism (the chain), "dense" epoch_dense_mechanism. */
    mode?: EpochMode;
    /** Include raw I32F32 intermediates (`debug`). Matrices only when n <= debugMatrixMaxN. */
    debug?: boolean;
    /** Largest n for which debug weight/bond matrices are decoded (default 16, as the fixtures). */
    debugMatrixMaxN?: number;
}
/** The compiled release module (read once per process). */
export declare function wasmModule(): WebAssembly.Module;
/** Milliseconds spent in each phase of the last `run` call. */
export interface RunTimings {
    copyIn: number;
    wasm: number;
    decode: number;
}
export declare class Engine {
    private readonly x;
    /** Phase timings of the most recent run (for benchmarks). */
    lastTimings: RunTimings;
    private abortMessage;
    /** A fresh instance of the module (pass a Module to share compilation, e.g. in browsers). */
    constructor(module?: WebAssembly.Module);
    private readString;
    /** Bytes of linear memory committed by this instance. */
    memoryBytes(): number;
    /**
     * Runs one epoch on a snapshot that has passed validateSnapshot. Returns
     * the per-uid outputs in the fixture "expected" shape.
     */
    run(s: Snapshot, opts?: RunOptions): EpochResult;
    private trap;
}
