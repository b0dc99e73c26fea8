// `yuma synth --uids N --validators V --epochs E --seed S > history.jsonl`
import { once } from "node:events";
import { synthHistory, type SynthOptions } from "../synth/history.js";

/**
 * Writes the history line by line, waiting for the reader when it falls
 * behind and yielding to the event loop between epochs (so a closed pipe
 * ends the process instead of generating the rest).
 */
export async function synthCommand(opts: SynthOptions, out: NodeJS.WritableStream): Promise<void> {
  for (const step of synthHistory(opts)) {
    if (!out.write(JSON.stringify(step) + "\n")) await once(out, "drain");
    else await new Promise((r) => setImmediate(r));
  }
}
