// A block's TAO among subnets (get_shares / get_subnet_block_emissions) and
// each subnet's injection terms (get_subnet_terms). Fixed-point storage
// values are passed as raw bits (decimal strings), as they are stored.
import { wasmModule } from "../wasm/engine.js";
import { SnapshotError } from "../snapshot/errors.js";
import { parseU64 } from "../snapshot/validate.js";
import { blockEmission } from "./index.js";

interface SharesExports {
  memory: WebAssembly.Memory;
  arenaAlloc(n: number): number;
  arenaReset(): void;
  subnetBlockEmissions(m: number, mech: number, price: number, burned: number, enabled: number, be: bigint, out: number): void;
  subnetTerms(teH: bigint, teL: bigint, pH: bigint, pL: bigint, ai: bigint, rootTao: bigint, tw: bigint): void;
  taoIn: WebAssembly.Global;
  taoInLo: WebAssembly.Global;
  alphaIn: WebAssembly.Global;
  alphaInLo: WebAssembly.Global;
  alphaOut: WebAssembly.Global;
  excessTao: WebAssembly.Global;
  excessTaoLo: WebAssembly.Global;
}

let inst: SharesExports | undefined;
const x = () =>
  (inst ??= new WebAssembly.Instance(wasmModule(), {
    env: {
      abort() {
        throw new Error("abort");
      },
    },
  }).exports as unknown as SharesExports);
const U128 = (1n << 128n) - 1n;
const g = (v: WebAssembly.Global) => BigInt.asUintN(64, v.value as bigint);

function bits(v: string, field: string, signed: boolean): bigint {
  if (typeof v !== "string" || !(signed ? /^-?(0|[1-9][0-9]*)$/ : /^(0|[1-9][0-9]*)$/).test(v)) {
    throw new SnapshotError(field, `expected raw ${signed ? "I96F32" : "U96F32"} bits as a decimal string, got ${JSON.stringify(v)}`);
  }
  const b = BigInt(v);
  if (signed ? b < -(1n << 127n) || b >= 1n << 127n : b > U128) throw new SnapshotError(field, `out of range for 128-bit bits: ${v}`);
  return b;
}

/** A u64 storage value given as a bigint or a decimal string. */
function u64(v: bigint | string, field: string): bigint {
  if (typeof v === "bigint") {
    if (v < 0n || v > (1n << 64n) - 1n) throw new SnapshotError(field, `u64 out of range: ${v}`);
    return v;
  }
  return parseU64(v, field);
}

export interface SubnetShareInput {
  netuid: number;
  /** SubnetMechanism: 0 = stable (price 1), else dynamic */
  mechanism: number;
  /** SubnetMovingPrice: raw I96F32 bits */
  movingPrice: string;
  /** MinerBurned: raw U96F32 bits (default "0") */
  minerBurned?: string;
  /** SubnetEmissionEnabled (default true) */
  emissionEnabled?: boolean;
}

export interface SubnetEmission {
  netuid: number;
  /** TAO for this block, U96F32 raw bits */
  taoEmissionBits: string;
  /** the same, floored to rao */
  taoEmission: string;
}

/** get_subnet_block_emissions over the subnets to emit to (in netuid order, as the chain's BTreeMap). */
export function subnetEmissions(
  subnets: SubnetShareInput[],
  opts: { totalIssuance?: bigint | string; blockEmission?: bigint | string } = {},
): SubnetEmission[] {
  const be = opts.blockEmission !== undefined ? BigInt(opts.blockEmission) : blockEmission(opts.totalIssuance ?? 0n);
  if (!Array.isArray(subnets)) throw new SnapshotError("subnets", "expected an array of subnets");
  const netuids = new Set<number>();
  subnets.forEach((s, k) => {
    if (s === null || typeof s !== "object") throw new SnapshotError(`subnets[${k}]`, "expected {netuid, mechanism, movingPrice, ...}");
    if (!Number.isInteger(s.netuid) || s.netuid < 0 || s.netuid > 65535)
      throw new SnapshotError(`subnets[${k}].netuid`, `expected a u16 netuid, got ${JSON.stringify(s.netuid)}`);
    if (netuids.has(s.netuid)) throw new SnapshotError(`subnets[${k}].netuid`, `duplicate netuid ${s.netuid}`);
    netuids.add(s.netuid);
    if (!Number.isInteger(s.mechanism) || s.mechanism < 0 || s.mechanism > 65535)
      throw new SnapshotError(`subnets[${k}].mechanism`, `expected a u16, got ${JSON.stringify(s.mechanism)}`);
  });
  const order = subnets.map((_, k) => k).sort((a, b) => subnets[a]!.netuid - subnets[b]!.netuid);
  const list = order.map((k) => subnets[k]!);
  const m = list.length;
  const e = x();
  e.arenaReset();
  const mech = e.arenaAlloc(Math.max(1, m)),
    price = e.arenaAlloc(Math.max(16, m * 16)),
    burned = e.arenaAlloc(Math.max(16, m * 16));
  const enabled = e.arenaAlloc(Math.max(1, m)),
    out = e.arenaAlloc(Math.max(16, m * 16));
  const buf = e.memory.buffer;
  const mv = new Uint8Array(buf, mech, m),
    ev = new Uint8Array(buf, enabled, m);
  const pv = new BigUint64Array(buf, price, 2 * m),
    bv = new BigUint64Array(buf, burned, 2 * m);
  list.forEach((s, k) => {
    mv[k] = s.mechanism === 0 ? 0 : 1;
    ev[k] = s.emissionEnabled === false ? 0 : 1;
    const p = BigInt.asUintN(128, bits(s.movingPrice, `subnets[${order[k]}].movingPrice`, true));
    pv[2 * k] = p >> 64n;
    pv[2 * k + 1] = BigInt.asUintN(64, p);
    const b = bits(s.minerBurned ?? "0", `subnets[${order[k]}].minerBurned`, false);
    bv[2 * k] = b >> 64n;
    bv[2 * k + 1] = BigInt.asUintN(64, b);
  });
  e.subnetBlockEmissions(m, mech, price, burned, enabled, be, out);
  const o = new BigUint64Array(e.memory.buffer, out, 2 * m);
  return list.map((s, k) => {
    const b = (o[2 * k]! << 64n) | o[2 * k + 1]!;
    return { netuid: s.netuid, taoEmissionBits: b.toString(), taoEmission: (b >> 32n).toString() };
  });
}

export interface SubnetTermsInput {
  /** the subnet's TAO for the block, U96F32 raw bits (from subnetEmissions) */
  taoEmissionBits: string;
  /** the pool's current alpha price (swap pallet), U96F32 raw bits */
  alphaPriceBits: string;
  /**
   * SubnetAlphaIn + SubnetAlphaOut at the start of the block: get_subnet_terms runs before any
   * injection or mint of the block (step 3's root proportion reads it later; see alphaOutSplit)
   */
  alphaIssuance: bigint | string;
  rootTao: bigint | string;
  taoWeight: bigint | string;
}

export interface SubnetTerms {
  taoInBits: string;
  alphaInBits: string;
  excessTaoBits: string;
  /** alpha out, rao */
  alphaOut: string;
}

/** get_subnet_terms: TAO and alpha to inject, alpha out, and the excess TAO swapped for alpha. */
export function subnetTerms(i: SubnetTermsInput): SubnetTerms {
  const te = bits(i.taoEmissionBits, "taoEmissionBits", false),
    p = bits(i.alphaPriceBits, "alphaPriceBits", false);
  const e = x();
  e.subnetTerms(
    te >> 64n,
    BigInt.asUintN(64, te),
    p >> 64n,
    BigInt.asUintN(64, p),
    u64(i.alphaIssuance, "alphaIssuance"),
    u64(i.rootTao, "rootTao"),
    u64(i.taoWeight, "taoWeight"),
  );
  const pair = (h: WebAssembly.Global, l: WebAssembly.Global) => ((g(h) << 64n) | g(l)).toString();
  return {
    taoInBits: pair(e.taoIn, e.taoInLo),
    alphaInBits: pair(e.alphaIn, e.alphaInLo),
    excessTaoBits: pair(e.excessTao, e.excessTaoLo),
    alphaOut: g(e.alphaOut).toString(),
  };
}
