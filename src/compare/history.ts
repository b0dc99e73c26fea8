// A variant's history: the input history with the variant's spec version
// and overrides applied to every step, written next to the outputs so that a
// plain `yuma replay` of it reproduces the variant.
import { createWriteStream, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { rawSteps, parseStep, type HistorySource } from "../replay/history.js";
import { parseJson } from "../snapshot/validate.js";
import { ioAt } from "../replay/io.js";
import { retarget } from "./retarget.js";
import { ValidatorShift } from "../scenario/shift.js";
import type { Variant } from "./variants.js";
import type { SnapshotStep } from "../snapshot/types.js";

/** The step as the variant runs it (`shift`: the variant's validator shift, fed every step in order). */
export function applyVariant(original: SnapshotStep, v: Variant, shift?: ValidatorShift): Record<string, unknown> {
  const step = shift ? shift.apply(original) : original;
  const base = v.spec !== undefined ? retarget(step, v.spec) : { ...(step as unknown as Record<string, unknown>) };
  return { ...base, ...v.overrides };
}

/**
 * Writes `dir/<history>.<variant>.jsonl` (a fixture history keeps its fixture
 * form, so it runs with the same upstream function: `.json`); returns its path.
 */
export async function writeVariantHistory(src: HistorySource, v: Variant, dir: string): Promise<string> {
  ioAt(dir, () => mkdirSync(dir, { recursive: true }));
  const shift = v.shiftValidator !== undefined ? new ValidatorShift(v.shiftValidator) : undefined;
  if (src.kind === "fixture") {
    const fx = parseJson(readFileSync(src.path, "utf8"), src.path) as Record<string, unknown>;
    const steps: { input: Record<string, unknown> }[] = [];
    for await (const raw of rawSteps(src)) steps.push({ input: applyVariant(parseStep(raw), v, shift) });
    const path = join(dir, `${src.name}.${v.name}.json`);
    const out = { schema: fx.schema, name: `${src.name}.${v.name}`, upstream: fx.upstream, steps };
    ioAt(path, () => writeFileSync(path, JSON.stringify(out)));
    return path;
  }
  const path = join(dir, `${src.name}.${v.name}.jsonl`);
  const sink = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => sink.on("error", reject));
  try {
    for await (const raw of rawSteps(src)) {
      const line = JSON.stringify(applyVariant(parseStep(raw), v, shift)) + "\n";
      if (!sink.write(line)) await Promise.race([new Promise<void>((r) => sink.once("drain", () => r())), failed]);
    }
  } finally {
    await Promise.race([new Promise<void>((r) => sink.end(() => r())), failed]);
  }
  return path;
}
