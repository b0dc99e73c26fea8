// Option-value parsers for commander (`.option(flags, desc, parser)`). Each
// throws InvalidArgumentError("expected ..."); the CLI runner adds the option
// name and the offending value (quoted, clipped) to make `option: reason`.
import { InvalidArgumentError } from "commander";

/** An integer in [min, max], written in decimal digits. */
export function integer(min: number, max: number): (v: string) => number {
  return (v: string) => {
    const ok = /^[+-]?\d{1,16}$/.test(v) && Number(v) >= min && Number(v) <= max;
    if (!ok) throw new InvalidArgumentError(`expected an integer in [${min}, ${max}]`);
    return Number(v);
  };
}

/** 1 .. 2^31 - 1 (counts, sizes, rows shown). */
export const positiveInt = integer(1, 2 ** 31 - 1);
/** 0 .. 2^31 - 1. */
export const nonNegativeInt = integer(0, 2 ** 31 - 1);
/** A u16 storage value. */
export const u16 = integer(0, 65535);

const U64_MAX = (1n << 64n) - 1n;

/** A u64 in decimal digits; returned as the (normalised) decimal string. */
export function u64(v: string): string {
  if (!/^\d{1,20}$/.test(v) || BigInt(v) > U64_MAX) throw new InvalidArgumentError("expected a u64 (decimal digits)");
  return BigInt(v).toString();
}

/** Comma-separated u64 values; returned as given (trimmed). */
export function u64List(v: string): string {
  const items = v.split(",").map((x) => x.trim());
  if (items.length === 0 || items.some((x) => !/^\d{1,20}$/.test(x) || BigInt(x) > U64_MAX)) {
    throw new InvalidArgumentError("expected comma-separated u64 values");
  }
  return items.join(",");
}

/** Comma-separated uids (u16). */
export function uidList(v: string): string {
  const items = v.split(",").map((x) => x.trim());
  if (items.some((x) => !/^\d{1,5}$/.test(x) || Number(x) > 65535))
    throw new InvalidArgumentError("expected comma-separated uids (0 to 65535)");
  return items.join(",");
}

/** A finite number > 0. */
export function positiveNumber(v: string): number {
  const n = Number(v);
  if (!/^[0-9.eE+-]+$/.test(v) || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a number > 0");
  return n;
}

/** An ISO 8601 date or date-time; returned as given. */
export function isoDate(v: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(new Date(v).getTime());
  if (!ok) throw new InvalidArgumentError("expected a date (ISO 8601, e.g. 2025-02-13)");
  return v;
}

/** Longest option value accepted at all (paths included). */
export const MAX_VALUE = 4096;

/** What every option value must be: not empty, not huge, no NUL. */
export function anyValue(v: string): string {
  if (v.length === 0) throw new InvalidArgumentError("expected a non-empty value");
  if (v.length > MAX_VALUE) throw new InvalidArgumentError(`expected at most ${MAX_VALUE} characters`);
  if (v.includes("\0")) throw new InvalidArgumentError("expected no NUL character");
  return v;
}
