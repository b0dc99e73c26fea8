// `yuma synth --uids N --validators V --epochs E --seed S > history.jsonl`
import { synthHistory, type SynthOptions } from "../synth/history.js";

export function synthCommand(opts: SynthOptions, write: (s: string) => boolean): void {
  for (const step of synthHistory(opts)) write(JSON.stringify(step) + "\n");
}
