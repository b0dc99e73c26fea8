// Runs the commander program with the CLI's one error format (see errors.ts)
// on every registered command, however and wherever it was registered.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Command, InvalidArgumentError, type Option } from "commander";
import { OptionError, describeError, quote } from "./errors.js";
import { anyValue } from "./options.js";

function allCommands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(allCommands)];
}

/**
 * Every option that takes a value gets the common check (not empty, not huge)
 * before its own parser, and its parse errors become OptionError(`--name`,
 * `expected ..., got "value"`) instead of commander's message.
 */
function wrapParser(o: Option): void {
  if (!o.required && !o.optional) return;
  const own = o.parseArg;
  const name = o.long ?? o.short ?? o.flags;
  o.parseArg = ((value: string, previous: unknown) => {
    try {
      anyValue(value);
      return own ? own.call(o, value, previous) : value;
    } catch (e) {
      if (!(e instanceof InvalidArgumentError)) throw e;
      const reason = o.argChoices ? `expected one of ${o.argChoices.join(", ")}` : e.message;
      throw new OptionError(name, `${reason}, got ${quote(value)}`);
    }
  }) as Option["parseArg"];
}

/** Parses argv and runs the command; sets process.exitCode; prints errors as one line. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  // a closed stdout (`yuma ... | head`) ends the process quietly
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    process.stderr.write(describeError(e).line + "\n");
    process.exit(1);
  });
  process.stderr.on("error", () => {});
  // anything that escapes the command's promise still ends as one line
  const fatal = (e: unknown) => {
    const { line, code } = describeError(e);
    if (line) process.stderr.write(line + "\n");
    process.exit(code === 2 ? 2 : 1);
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
  for (const cmd of allCommands(program)) {
    cmd.exitOverride();
    cmd.showHelpAfterError(false);
    cmd.configureOutput({ outputError: () => {} }); // printed below, in one format
    for (const o of cmd.options) wrapParser(o);
  }
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const { line, code } = describeError(e);
    if (line) process.stderr.write(line + "\n");
    if (process.env.YUMA_DEBUG && e instanceof Error && e.stack) process.stderr.write(e.stack + "\n");
    process.exitCode = code;
  }
}

/** True when `moduleUrl` is the script node was started with (bin links resolved). */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
