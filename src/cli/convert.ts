// `yuma convert IN OUT [--to jsonl|binary]`: a history to JSONL or to the binary history format.
import { resolve } from "node:path";
import { statSync } from "node:fs";
import { SnapshotError } from "../snapshot/errors.js";
import { convertHistory, formatFor, type HistoryFormat } from "../replay/convert.js";
import type { Output } from "./epoch.js";

export interface ConvertCommandOptions {
  to?: HistoryFormat;
  quiet?: boolean;
}

export async function convertCommand(input: string, output: string, opts: ConvertCommandOptions, io: Output): Promise<number> {
  if (resolve(input) === resolve(output)) throw new SnapshotError("", "the output is the input; write to another file", output);
  const to = opts.to ?? formatFor(output);
  const r = await convertHistory(input, output, to);
  if (!opts.quiet) {
    const inBytes = statSync(input).isDirectory() ? undefined : statSync(input).size;
    const ratio = inBytes ? ` (${((100 * r.bytes) / inBytes).toFixed(1)}% of the input's ${inBytes} bytes)` : "";
    io.out(`${input} -> ${output}: ${r.steps} steps, ${r.format}, ${r.bytes} bytes${ratio}`);
  }
  return 0;
}
