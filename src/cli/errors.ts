// The CLI's one error format: bad input is `file: path: reason` (SnapshotError)
// or `option: reason` (OptionError) with exit code 2; a file-system failure is
// one line with exit code 1; nothing prints a stack trace (YUMA_DEBUG=1 does).
import { CommanderError } from "commander";
import { SnapshotError, EngineError } from "../snapshot/errors.js";
import { isSystemError, ioMessage } from "../replay/io.js";

/** A bad command-line value: prints as `option: reason`. */
export class OptionError extends Error {
  override readonly name = "OptionError";
  constructor(
    readonly option: string,
    readonly reason: string,
  ) {
    super(`${option}: ${reason}`);
  }
}

/** Longest message line printed; offending input is echoed within it. */
export const MAX_LINE = 360;

/** A value quoted for a message, at most `max` characters of it. */
export function quote(value: string, max = 40): string {
  if (value.length <= max) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`;
}

/** One line of at most MAX_LINE characters. */
export function clipLine(line: string): string {
  const one = line.replace(/\s*\r?\n\s*/g, " ");
  return one.length <= MAX_LINE ? one : `${one.slice(0, MAX_LINE - 30)}… (${one.length} characters)`;
}

/** The first token of commander's option flags ("--out <dir>" -> "--out"). */
const flagName = (flags: string) => flags.split(/[ ,|]+/).find((f) => f.startsWith("--")) ?? flags.split(" ")[0]!;

/** commander's own usage errors, as `option: reason`. */
function usageLine(e: CommanderError): string {
  const m = e.message.replace(/^error: /, "");
  let g: RegExpExecArray | null;
  if ((g = /^unknown option '([^']*)'(.*)$/s.exec(m))) return `${g[1]}: unknown option${g[2]}`;
  if ((g = /^required option '([^']*)' not specified$/.exec(m))) return `${flagName(g[1]!)}: required option not given`;
  if ((g = /^option '([^']*)' argument missing$/.exec(m))) return `${flagName(g[1]!)}: needs a value`;
  if ((g = /^missing required argument '([^']*)'$/.exec(m))) return `${g[1]}: missing required argument`;
  if ((g = /^unknown command '([^']*)'(.*)$/s.exec(m))) return `${g[1]}: unknown command${g[2]}`;
  return m;
}

/** What to print for an error that reached the top, and the exit code. */
export function describeError(e: unknown): { line?: string; code: number } {
  if (e instanceof OptionError || e instanceof SnapshotError || e instanceof EngineError) return { line: clipLine(e.message), code: 2 };
  // a node that cannot answer what was asked (src/chain ChainError; matched by name so this file does not load the chain reader)
  if (e instanceof Error && e.name === "ChainError") return { line: clipLine(e.message), code: 2 };
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return { code: e.exitCode };
    return { line: clipLine(usageLine(e)), code: 2 };
  }
  if (isSystemError(e)) return { line: clipLine(ioMessage(e)), code: 1 };
  const msg = e instanceof Error ? e.message : String(e);
  return { line: clipLine(`error: ${msg}`), code: 1 };
}
