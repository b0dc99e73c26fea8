import type { EpochMode, EpochResult, Snapshot } from "../snapshot/types.js";
interface Exports {
    memory: WebAssembly.Memory;
    arenaAlloc(size: number): number;
    arenaReset(): void;
    arenaUsed(): number;
    arenaReserve(bytes: number): number;
    memoryBytes(): number;
    epochSparse(header: number): number;
    epochDense(header: number): number;
}
export interface RunOptions {
    /** "sparse" mirrors epoch_mechanism (the chain), "dense" epoch_dense_mechanism. */
    mode?: EpochMode;
    /** Include raw I32F32 intermediates (`debug`). Matrices only when n <= debugMatrixMaxN. */
    debug?: boolean;
    /** Largest n for which debug weight/bond matrices are decoded (default 16, as the fixtures). */
    debugMatrixMaxN?: number;
}
/** The compiled release module (read once per process, Node). In browsers, pass a Module to Engine. */
export declare function wasmModule(): WebAssembly.Module;
/** Milliseconds spent in each phase of the last `run` call. */
export interface RunTimings {
    copyIn: number;
    wasm: number;
    decode: number;
}
/** Upper bound on the engine's arena bytes for an epoch (checked in tests against real runs). */
export declare function estimateArenaBytes(n: number, entries: number, mode: EpochMode): number;
/** The arena budget: WebAssembly32 memory is at most 4 GiB; leave room for the input copy. */
export declare const MAX_ARENA_BYTES: number;
export declare class Engine {
    private x;
    private readonly module;
    /** How many times a trap replaced the instance. */
    replacements: number;
    /** Phase timings of the most recent run (for benchmarks). */
    lastTimings: RunTimings;
    /** Arena bytes the most recent run used (see LIMITS / estimateArenaBytes). */
    lastArenaBytes: number;
    private abortMessage;
    /** A fresh instance of the module (pass a Module to share compilation, e.g. in browsers). */
    constructor(module?: WebAssembly.Module);
    private instantiate;
    private readString;
    /** Bytes of linear memory committed by this instance. */
    memoryBytes(): number;
    /**
     * Runs one epoch on a snapshot that has passed validateSnapshot. Returns
     * the per-uid outputs in the fixture "expected" shape.
     */
    run(s: Snapshot, opts?: RunOptions): EpochResult;
    /** The one call into the module per epoch (a seam for fault-injection tests). */
    protected callEpoch(mode: EpochMode, header: number): number;
    /** The raw module exports (tests). */
    protected get wasm(): Exports;
    /**
     * A trap leaves the instance's memory in an unknown state: report it and
     * start a fresh instance so that the caller (e.g. a long replay) can go on.
     */
    private trap;
}
export {};
