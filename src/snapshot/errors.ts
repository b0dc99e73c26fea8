/**
 * Raised for any input the engine refuses. `path` names the offending field
 * in JSON-path style (`weights[17][3][0]`); `reason` is one line.
 */
export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly file?: string,
  ) {
    super(`${file ? file + ": " : ""}${path || "(root)"}: ${reason}`);
  }

  /** The same error attributed to a file. */
  inFile(file: string): SnapshotError {
    return new SnapshotError(this.path, this.reason, file);
  }
}

/** Raised when the WebAssembly instance trapped (a bug or memory exhaustion). */
export class EngineError extends Error {
  override readonly name = "EngineError";
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}
