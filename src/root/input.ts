// Validation of root-network inputs (the `input` objects of yuma-root-fixture/1
// and of the src/root API). Every refusal is a SnapshotError naming the field.
import { SnapshotError } from "../snapshot/errors.js";
import { parseU64 } from "../snapshot/validate.js";
import type { RootEra } from "./versions.js";

/** Largest root weight matrix (root validators x TotalNetworks cells) accepted: 16 bytes each in WASM. */
export const ROOT_MAX_CELLS = 4_000_000;
/** Most weight entries accepted over all rows. */
export const ROOT_MAX_ENTRIES = 16_000_000;

export function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

export function join(prefix: string, key: string | number): string {
  if (typeof key === "number") return `${prefix}[${key}]`;
  return prefix ? `${prefix}.${key}` : key;
}

export function object(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new SnapshotError(path, `expected an object, got ${typeName(v)}`);
  return v as Record<string, unknown>;
}

/** Refuses keys outside `allowed` (with the closest allowed name) and requires `required`. */
export function keys(
  o: Record<string, unknown>,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
  why = "",
): void {
  const allowed = [...required, ...optional];
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) {
      const near = allowed.find((a) => a.toLowerCase() === k.toLowerCase() || a.startsWith(k) || k.startsWith(a));
      throw new SnapshotError(
        join(path, k),
        `unknown field${why}${near ? ` (did you mean "${near}"?)` : ""}; expected one of ${allowed.join(", ")}`,
      );
    }
  }
  for (const k of required) if (!(k in o)) throw new SnapshotError(join(path, k), `missing field${why}`);
}

export function int(v: unknown, path: string, lo: number, hi: number, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v))
    throw new SnapshotError(path, `expected ${what} (an integer JSON number), got ${typeName(v)}${typeof v === "number" ? ` ${v}` : ""}`);
  if (v < lo || v > hi) throw new SnapshotError(path, `${what} out of range [${lo}, ${hi}]: ${v}`);
  return v;
}
export const u16 = (v: unknown, path: string) => int(v, path, 0, 65535, "u16");
export const u64 = (v: unknown, path: string) => parseU64(v, path);

export function array(v: unknown, path: string, len?: number, lenWhy?: string): unknown[] {
  if (!Array.isArray(v)) throw new SnapshotError(path, `expected an array, got ${typeName(v)}`);
  if (len !== undefined && v.length !== len)
    throw new SnapshotError(path, `expected length ${len}${lenWhy ? ` (${lenWhy})` : ""}, got ${v.length}`);
  return v;
}

export const u64s = (v: unknown, path: string, len?: number, why?: string) => array(v, path, len, why).map((x, i) => u64(x, join(path, i)));

/** NetworksAdded keys: distinct u16, in storage order (Identity hasher: little-endian key bytes; ascending below 256). */
export function netuidList(v: unknown, path: string): number[] {
  const a = array(v, path).map((x, i) => u16(x, join(path, i)));
  const storageKey = (x: number) => ((x & 0xff) << 8) | (x >> 8);
  for (let i = 1; i < a.length; i++) {
    if (storageKey(a[i]!) <= storageKey(a[i - 1]!)) {
      throw new SnapshotError(
        join(path, i),
        a[i] === a[i - 1] || a.indexOf(a[i]!) < i
          ? `duplicate netuid ${a[i]}`
          : `netuid ${a[i]} after ${a[i - 1]}: not in NetworksAdded storage order (little-endian key bytes; ascending below 256)`,
      );
    }
  }
  return a;
}

export interface RootEpochInput {
  /** TotalIssuance, rao (specs 146+) */
  totalIssuance?: string;
  /** BlockEmission storage value, rao (specs 133-145) */
  blockEmission?: string;
  netuids: number[];
  totalNetworks: number;
  kappa: number;
  rho: number;
  stake: string[];
  weights: [number, number][][];
}

export interface ParsedRootEpoch {
  emissionInput: bigint;
  netuids: number[];
  totalNetworks: number;
  kappa: number;
  rho: number;
  stake: bigint[];
  weights: [number, number][][];
  entries: number;
}

export function parseRootEpochInput(v: unknown, era: RootEra, path = ""): ParsedRootEpoch {
  const o = object(v, path);
  const emissionKey = era.halving ? "totalIssuance" : "blockEmission";
  const common = ["netuids", "totalNetworks", "kappa", "rho", "stake", "weights"];
  const other = era.halving ? "blockEmission" : "totalIssuance";
  if (other in o) {
    throw new SnapshotError(
      join(path, other),
      era.halving
        ? `not read at spec ${era.spec}: from spec 146 the block emission is computed from totalIssuance`
        : `not read at spec ${era.spec}: before spec 146 the root epoch reads the BlockEmission storage value (give blockEmission)`,
    );
  }
  keys(o, path, [emissionKey, ...common], [], ` for the root epoch at spec ${era.spec}`);
  const emissionInput = u64(o[emissionKey], join(path, emissionKey));
  const netuids = netuidList(o.netuids, join(path, "netuids"));
  const totalNetworks = u16(o.totalNetworks, join(path, "totalNetworks"));
  const kappa = u16(o.kappa, join(path, "kappa"));
  const rho = u16(o.rho, join(path, "rho"));
  const stakeRaw = array(o.stake, join(path, "stake"));
  if (stakeRaw.length > 65535) throw new SnapshotError(join(path, "stake"), `at most 65535 root uids, got ${stakeRaw.length}`);
  const stake = stakeRaw.map((x, i) => u64(x, join(join(path, "stake"), i)));
  const n = stake.length;
  if (n * totalNetworks > ROOT_MAX_CELLS) {
    throw new SnapshotError(join(path, "totalNetworks"), `root weight matrix ${n} x ${totalNetworks} exceeds ${ROOT_MAX_CELLS} cells`);
  }
  const wp = join(path, "weights");
  const rows = array(o.weights, wp, n, "one row per root uid, as stake");
  let entries = 0;
  const weights = rows.map((r, i) => {
    const rp = join(wp, i);
    return array(r, rp).map((e, j) => {
      const ep = join(rp, j);
      const pair = array(e, ep);
      if (pair.length !== 2) throw new SnapshotError(ep, `expected a [netuid, weight] pair, got length ${pair.length}`);
      if (++entries > ROOT_MAX_ENTRIES) throw new SnapshotError(ep, `more than ${ROOT_MAX_ENTRIES} weight entries`);
      return [u16(pair[0], join(ep, 0)), u16(pair[1], join(ep, 1))] as [number, number];
    });
  });
  return { emissionInput, netuids, totalNetworks, kappa, rho, stake, weights, entries };
}

export interface SubnetToPruneInput {
  netuids: number[];
  emissionValues: string[];
  registeredAt: string[];
  currentBlock: string;
  immunityPeriod: string;
  /** TotalNetworks: read only by the linear scan of specs 133-135 */
  totalNetworks?: number;
}

export interface ParsedPrune {
  netuids: number[];
  emission: bigint[];
  registeredAt: bigint[];
  currentBlock: bigint;
  immunityPeriod: bigint;
  totalNetworks: number;
}

export function parseSubnetToPruneInput(v: unknown, era: RootEra, path = ""): ParsedPrune {
  const o = object(v, path);
  const base = ["netuids", "emissionValues", "registeredAt", "currentBlock", "immunityPeriod"];
  if (!era.pruneLinear && "totalNetworks" in o) {
    throw new SnapshotError(
      join(path, "totalNetworks"),
      `not read at spec ${era.spec}: from spec 136 get_subnet_to_prune iterates NetworksAdded`,
    );
  }
  keys(o, path, era.pruneLinear ? [...base, "totalNetworks"] : base, [], ` for get_subnet_to_prune at spec ${era.spec}`);
  const netuids = netuidList(o.netuids, join(path, "netuids"));
  const k = netuids.length;
  return {
    netuids,
    emission: u64s(o.emissionValues, join(path, "emissionValues"), k, "parallel to netuids"),
    registeredAt: u64s(o.registeredAt, join(path, "registeredAt"), k, "parallel to netuids"),
    currentBlock: u64(o.currentBlock, join(path, "currentBlock")),
    immunityPeriod: u64(o.immunityPeriod, join(path, "immunityPeriod")),
    totalNetworks: era.pruneLinear ? u16(o.totalNetworks, join(path, "totalNetworks")) : k,
  };
}

export interface LockCostInput {
  lastLock: string;
  minLock: string;
  lastLockBlock: string;
  currentBlock: string;
  reductionInterval: string;
}

export function parseLockCostInput(v: unknown, path = ""): Record<keyof LockCostInput, bigint> {
  const o = object(v, path);
  const names = ["lastLock", "minLock", "lastLockBlock", "currentBlock", "reductionInterval"] as const;
  keys(o, path, names, [], " for get_network_lock_cost");
  const r = {} as Record<keyof LockCostInput, bigint>;
  for (const k of names) r[k] = u64(o[k], join(path, k));
  return r;
}

export function parseBlockEmissionInput(v: unknown, path = ""): bigint {
  const o = object(v, path);
  keys(o, path, ["totalIssuance"], [], " for get_block_emission_for_issuance");
  return u64(o.totalIssuance, join(path, "totalIssuance"));
}
