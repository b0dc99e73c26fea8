// A snapshot of one runtime version made readable by another: the fields the
// target spec does not read are dropped, the ones it reads but the snapshot
// lacks are filled (history-variants.md section 5 defaults; see README
// "Research workbench" for the list). Used by `yuma compare` variants that set
// a specVersion.
import { fieldsFor, switchesFor, DEFAULT_SPEC } from "../snapshot/versions.js";
import type { SnapshotStep } from "../snapshot/types.js";

/** Tempo assumed for a snapshot that has none (before spec 257): the chain's default tempo. */
export const DEFAULT_TEMPO = 360;
/** ActivityCutoffFactorMilli default (from spec 423). */
export const DEFAULT_ACTIVITY_FACTOR_MILLI = 13889;

type Obj = Record<string, unknown>;

export function retarget(step: SnapshotStep, spec: number): Obj {
  const from = step.specVersion ?? DEFAULT_SPEC;
  const src = step as unknown as Obj;
  const fields = fieldsFor(spec);
  const sw = switchesFor(spec);
  const out: Obj = {};
  for (const [k, v] of Object.entries(src)) if (fields.has(k)) out[k] = v;
  out.specVersion = spec;
  const n = step.n;
  const tempo = typeof src.tempo === "number" ? src.tempo : DEFAULT_TEMPO;
  const fill = (k: string, v: () => unknown) => {
    if (fields.has(k) && out[k] === undefined) out[k] = v();
  };
  fill("tempo", () => tempo);
  if (sw.activityCutoff === "stored") {
    fill("activityCutoff", () => {
      if (typeof src.activityCutoff === "number") return src.activityCutoff;
      const f = typeof src.activityCutoffFactorMilli === "number" ? src.activityCutoffFactorMilli : DEFAULT_ACTIVITY_FACTOR_MILLI;
      return Math.min(65535, Math.floor((f * tempo) / 1000));
    });
    if (typeof out.activityCutoff === "string") out.activityCutoff = Math.min(65535, Number(out.activityCutoff));
  } else {
    if (from < 423) delete out.activityCutoff; // a stored u16 is not the derived value; it is derived again
    fill("activityCutoffFactorMilli", () =>
      typeof src.activityCutoff === "number" ? Math.ceil((src.activityCutoff * 1000) / tempo) : DEFAULT_ACTIVITY_FACTOR_MILLI,
    );
  }
  const d = sw.defaults;
  fill("lastMechanismStepBlock", () => "0");
  fill("bondsPenalty", () => d.bondsPenalty ?? 65535);
  fill("liquidAlphaEnabled", () => false);
  fill("alphaLow", () => d.alphaLow ?? 45875);
  fill("alphaHigh", () => d.alphaHigh ?? 58982);
  fill("alphaSigmoidSteepness", () => d.alphaSigmoidSteepness ?? 1000);
  fill("yuma3Enabled", () => false);
  fill("stakeThreshold", () => d.stakeThreshold ?? "0");
  fill("ownerUid", () => null);
  fill("commitRevealEnabled", () => false);
  fill("commitBlocks", () => Array.from({ length: n }, () => null));
  // stake: the TAO stake before 233; alpha + TaoWeight * TAO (TaoWeight a u64 fraction of 2^64) from 233
  fill("stake", () => {
    const a = (src.alphaStake as string[] | undefined) ?? [];
    const t = (src.taoStake as string[] | undefined) ?? [];
    const w = BigInt((src.taoWeight as string | undefined) ?? "0");
    return Array.from({ length: n }, (_, i) => (BigInt(a[i] ?? "0") + ((BigInt(t[i] ?? "0") * w) >> 64n)).toString());
  });
  fill("alphaStake", () => (src.stake as string[] | undefined) ?? Array.from({ length: n }, () => "0"));
  fill("taoStake", () => Array.from({ length: n }, () => "0"));
  fill("taoWeight", () => "0");
  return out;
}
