/**
 * Raised for any input the engine refuses. `path` names the offending field
 * in JSON-path style (`weights[17][3][0]`); `reason` is one line.
 */
export declare class SnapshotError extends Error {
    readonly path: string;
    readonly reason: string;
    readonly file?: string | undefined;
    readonly name = "SnapshotError";
    constructor(path: string, reason: string, file?: string | undefined);
    /** The same error attributed to a file. */
    inFile(file: string): SnapshotError;
}
/** Raised when the WebAssembly instance trapped (a bug or memory exhaustion). */
export declare class EngineError extends Error {
    readonly name = "EngineError";
    constructor(message: string, cause?: unknown);
}
