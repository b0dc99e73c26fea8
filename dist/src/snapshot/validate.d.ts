import type { Snapshot, SnapshotStep, SparseRow } from "./types.js";
export interface ValidateOptions {
    /**
     * Refuse sparse entries whose uid is >= n. The chain accepts such stored
     * entries (weights drop them on read, sparse bonds keep them), so the
     * default is to accept them too and compute what the chain computes.
     */
    strictUids?: boolean;
    /** internal: allow `bonds: "carry"` (see validateStep) */
    allowCarry?: boolean;
    /** Upper bound on stored entries (weights + bonds) accepted; see README "Limits". */
    maxEntries?: number;
}
/** Hard limits (README "Limits"). */
export declare const LIMITS: {
    /** uids are u16 on chain */
    readonly maxN: 65535;
    /** stored weight + bond entries per snapshot (the engine needs <= 160 bytes each; see README "Limits") */
    readonly maxEntries: 16000000;
};
/** The closest known field name, when it is close enough to be a typo. */
export declare function suggestField(name: string, known?: Iterable<string>): string | undefined;
/** Parses a u64 decimal string (no sign, exponent, spaces or leading zeros). */
export declare function parseU64(v: unknown, path: string): bigint;
/**
 * Checks that `x` is a well-formed snapshot (fixture "input" schema) and
 * returns it typed. Throws SnapshotError naming the first bad field.
 */
export declare function validateSnapshot(x: unknown, opts?: ValidateOptions): Snapshot;
/** Like validateSnapshot, but `bonds` may be "carry" (a history step after the first). */
export declare function validateStep(x: unknown, opts?: ValidateOptions): SnapshotStep;
/** mirrors utils/misc.rs get_activity_cutoff_blocks */
export declare function deriveActivityCutoff(factorMilli: number, tempo: number): bigint;
/** Parses JSON text, turning syntax errors (including truncation) into SnapshotError. */
export declare function parseJson(text: string, file?: string): unknown;
export type { SparseRow };
