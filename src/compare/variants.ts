// Variants of a replay: a name and overrides (a spec version and/or
// hyperparameters), parsed from `NAME=key=value,key=value` and
// `field=lo:hi:count` (a sweep), each value checked against the kind of the
// field in the version that reads it (fieldsFor).
import { fieldsFor, fieldRange, SUPPORTED_SPECS, type FieldKind } from "../snapshot/versions.js";

/** A bad variant or sweep: `option: reason` on the command line. */
export class VariantError extends Error {
  override readonly name = "VariantError";
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface Variant {
  name: string;
  /** runtime spec every step is computed with (absent: each step's own) */
  spec?: number;
  /** snapshot fields set in every step */
  overrides: Record<string, number | string | boolean | null>;
  /** delay this uid's weights by one epoch (src/scenario/shift.ts) */
  shiftValidator?: number;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$/;
/** fields that are not hyperparameters: per-uid data, or what the rest is shaped by */
const NOT_OVERRIDABLE = new Set(["n", "specVersion"]);

const q = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

function parseSpec(v: string): number {
  const n = Number(v);
  if (!/^\d{1,6}$/.test(v) || n < SUPPORTED_SPECS.oldest || n > SUPPORTED_SPECS.newest) {
    throw new VariantError(`specVersion: expected a spec version in [${SUPPORTED_SPECS.oldest}, ${SUPPORTED_SPECS.newest}], got ${q(v)}`);
  }
  return n;
}

function intIn(key: string, v: string, lo: number, hi: number, what: string): number {
  if (!/^-?\d{1,10}$/.test(v) || Number(v) < lo || Number(v) > hi)
    throw new VariantError(`${key}: expected ${what} (${lo} to ${hi}), got ${q(v)}`);
  return Number(v);
}

/** A value of `kind` from its command-line text. */
export function parseValue(key: string, kind: FieldKind, v: string): number | string | boolean | null {
  switch (kind) {
    case "u16":
      return intIn(key, v, 0, 65535, "a u16");
    case "i16":
      return intIn(key, v, -32768, 32767, "an i16");
    case "u32":
      return intIn(key, v, 0, 2 ** 32 - 1, "a u32");
    case "u16|null":
      return v === "null" ? null : intIn(key, v, 0, 65535, "a u16 or null");
    case "bool":
      if (v === "true" || v === "false") return v === "true";
      throw new VariantError(`${key}: expected true or false, got ${q(v)}`);
    case "u64":
      if (/^\d{1,20}$/.test(v) && BigInt(v) < 1n << 64n) return BigInt(v).toString();
      throw new VariantError(`${key}: expected a u64 (decimal digits), got ${q(v)}`);
    default:
      throw new VariantError(`${key}: a per-uid field (${kind}) cannot be overridden; overrides set hyperparameters`);
  }
}

/** The kind of an overridable field under `spec`, or a VariantError saying why not. */
export function overridableKind(key: string, spec: number): FieldKind {
  if (NOT_OVERRIDABLE.has(key)) throw new VariantError(`${key}: cannot be overridden`);
  const f = fieldsFor(spec).get(key);
  if (!f) {
    const range = fieldRange(key);
    throw new VariantError(range ? `${key}: not read by spec ${spec} (read by ${range})` : `${key}: unknown field`);
  }
  return f.kind;
}

/**
 * `NAME=key=value,key=value` (or `NAME=` for no override). `historySpec` is
 * the spec of the history's first step, which the overrides are checked
 * against unless a specVersion is given.
 */
export function parseVariant(text: string, historySpec: number): Variant {
  const eq = text.indexOf("=");
  if (eq < 0) throw new VariantError(`expected NAME=overrides (e.g. base= or y3=yuma3Enabled=true,bondsPenalty=0), got ${q(text)}`);
  const name = text.slice(0, eq);
  if (!NAME.test(name)) throw new VariantError(`variant name ${q(name)}: expected 1-64 letters, digits, _ . + - (it names output files)`);
  const body = text.slice(eq + 1);
  const pairs =
    body === ""
      ? []
      : body.split(",").map((p) => {
          const k = p.indexOf("=");
          if (k <= 0) throw new VariantError(`${name}: expected key=value, got ${q(p)}`);
          return [p.slice(0, k).trim(), p.slice(k + 1).trim()] as const;
        });
  const v: Variant = { name, overrides: {} };
  for (const [k, val] of pairs) if (k === "specVersion" || k === "spec") v.spec = parseSpec(val);
  const spec = v.spec ?? historySpec;
  for (const [k, val] of pairs) {
    if (k === "specVersion" || k === "spec") continue;
    if (k === "shiftValidator") {
      v.shiftValidator = intIn(`${name}: shiftValidator`, val, 0, 65535, "a uid");
      continue;
    }
    if (k in v.overrides) throw new VariantError(`${name}: ${k} given twice`);
    try {
      v.overrides[k] = parseValue(k, overridableKind(k, spec), val);
    } catch (e) {
      throw e instanceof VariantError ? new VariantError(`${name}: ${e.reason}`) : e;
    }
  }
  return v;
}

/** `field=lo:hi:count`: `count` evenly spaced integer values from lo to hi (rounded to nearest). */
export function parseSweep(text: string, spec: number): { field: string; values: number[] } {
  const m = /^([A-Za-z][A-Za-z0-9]*)=(-?\d{1,10}):(-?\d{1,10}):(\d{1,4})$/.exec(text);
  if (!m) throw new VariantError(`expected field=lo:hi:count (e.g. bondsPenalty=0:65535:8), got ${q(text)}`);
  const [, field, a, b, c] = m;
  const kind = overridableKind(field!, spec);
  if (!["u16", "i16", "u32"].includes(kind))
    throw new VariantError(`${field}: a sweep needs an integer hyperparameter (u16, i16, u32), ${field} is ${kind}`);
  const lo = Number(parseValue(field!, kind, a!)),
    hi = Number(parseValue(field!, kind, b!)),
    count = Number(c);
  if (lo > hi) throw new VariantError(`${field}: lo ${lo} is above hi ${hi}`);
  if (count < 1 || count > 1000) throw new VariantError(`count: expected 1 to 1000 points, got ${count}`);
  const values = count === 1 ? [lo] : Array.from({ length: count }, (_, k) => lo + Math.round((k * (hi - lo)) / (count - 1)));
  return { field: field!, values: [...new Set(values)] };
}

/** The variants of a sweep: over each given variant (or none), one per value. */
export function sweepVariants(base: Variant[], sweep: { field: string; values: number[] }): Variant[] {
  const bases = base.length ? base : [{ name: "", overrides: {} } as Variant];
  return bases.flatMap((b) =>
    sweep.values.map((x) => ({
      name: `${b.name ? `${b.name}.` : ""}${sweep.field}-${x}`,
      spec: b.spec,
      ...(b.shiftValidator !== undefined ? { shiftValidator: b.shiftValidator } : {}),
      overrides: { ...b.overrides, [sweep.field]: x },
    })),
  );
}
