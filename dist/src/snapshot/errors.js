/**
 * Raised for any input the engine refuses. `path` names the offending field
 * in JSON-path style (`weights[17][3][0]`); `reason` is one line.
 */
export class SnapshotError extends Error {
    path;
    reason;
    file;
    name = "SnapshotError";
    constructor(path, reason, file) {
        super(`${file ? file + ": " : ""}${path || "(root)"}: ${reason}`);
        this.path = path;
        this.reason = reason;
        this.file = file;
    }
    /** The same error attributed to a file. */
    inFile(file) {
        return new SnapshotError(this.path, this.reason, file);
    }
}
/** Raised when the WebAssembly instance trapped (a bug or memory exhaustion). */
export class EngineError extends Error {
    name = "EngineError";
    constructor(message, cause) {
        super(message, { cause });
    }
}
//# sourceMappingURL=errors.js.map