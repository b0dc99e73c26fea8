// File-system failures (disk full, read-only folder, deleted file): the
// error keeps the path it happened on, and reads as one line.

/** A Node system error (ENOSPC, EACCES, ENOENT, ...). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return (
    e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && typeof (e as NodeJS.ErrnoException).syscall === "string"
  );
}

/** Runs `fn`; a system error it throws is given `path` (writes on a file descriptor carry none). */
export function ioAt<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isSystemError(e) && !e.path) e.path = path;
    throw e;
  }
}

/** `path: CODE: description (syscall)`, one line. */
export function ioMessage(e: NodeJS.ErrnoException): string {
  // Node's message is "CODE: description, syscall 'path'"; keep the description only
  const desc = /^[A-Z]+: ([^,]*)/.exec(e.message)?.[1] ?? e.message;
  return `${e.path ?? "(no path)"}: ${e.code}: ${desc} (${e.syscall})`.replace(/\s*\n\s*/g, " ");
}
