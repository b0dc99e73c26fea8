// The amount the epoch of block B distributes, exactly, for the spec-421+
// coinbase (coinbase/run_coinbase.rs at 6016381e4, 06032d518 and 14bc6f9f: step 3,
// get_subnets_to_emit_to and root_proportion are the same; at 421-422 the root
// sell flag sums in U96F32 instead of U64F64, which differs only beyond a total
// moving price of 2^64, and the pool records the alpha it was given instead of
// what adjust_protocol_liquidity accepted, so SubnetAlphaInEmission is again what
// was minted into SubnetAlphaIn). In B, run_coinbase first
// accumulates B's own emission into PendingServerEmission /
// PendingValidatorEmission / PendingRootAlphaDivs (emit_to_subnets step 3) and
// only then drains them (drain_pending) and runs the epoch with their sum. The
// state of B-1 misses that one block; this adds it back from:
//   - B-1 (what on_initialize of B reads; no extrinsic of B has run yet):
//     the Pending* items, get_subnets_to_emit_to's inputs (FirstEmissionBlockNumber,
//     SubtokenEnabled, NetworkRegistrationAllowed) of every subnet, the root sell
//     flag's inputs (SubnetMechanism, SubnetMovingPrice: update_moving_prices runs
//     after run_coinbase), SubnetAlphaIn + SubnetAlphaOut (I0), SubnetTAO of root,
//     TaoWeight, SubnetOwnerCut, OwnerCutEnabled;
//   - B itself: SubnetAlphaInEmission (the alpha inject_and_maybe_swap added to
//     the pool in B) and SubnetAlphaOutEmission (tou64 of the alpha created in B),
//     both written unconditionally for every subnet emitted to in B.
// Step 3 itself is the engine's alphaOutSplit (assembly/emission/split.ts), which
// recomputes the alpha created from I0; a stored SubnetAlphaOutEmission that
// disagrees means this model does not describe block B, and the read is refused.
import { alphaOutSplit } from "../emission/index.js";
import type { Query } from "./read.js";
import { big, num } from "./read.js";

const U64_MAX = (1n << 64n) - 1n;
const U128 = 128;
const sat = (a: bigint) => (a > U64_MAX ? U64_MAX : a);

export interface EpochBlockEmission {
  /** the Pending* items as the state before B holds them */
  before: { server: bigint; validator: bigint; root: bigint };
  /** what step 3 of B adds (0 when the subnet is not emitted to in B) */
  added: { server: bigint; validator: bigint; root: bigint };
  /** the subnet is in get_subnets_to_emit_to in B */
  emitted: boolean;
  /** get_network_root_sell_flag in B (root alpha accumulates; else it is recycled) */
  rootSell: boolean;
  /** the amount drained in B: server + validator + root, each saturating (epoch_with_mechanisms' rao_emission) */
  total: bigint;
}

type Read = <T>(f: () => Promise<T>) => Promise<T>;

/** U64F64 bits of get_moving_alpha_price: 1 for a stable subnet (SubnetMechanism 0), else U64F64::saturating_from_num(I96F32 SubnetMovingPrice) */
export function movingPriceU64F64(mechanism: number, movingPriceI96F32Bits: bigint): bigint {
  if (mechanism === 0) return 1n << 64n;
  if (movingPriceI96F32Bits <= 0n) return 0n;
  const bits = movingPriceI96F32Bits << 32n; // 32 -> 64 fractional bits
  return bits >= 1n << 128n ? (1n << 128n) - 1n : bits;
}

/** get_network_root_sell_flag: the U64F64 sum of the moving prices (wrapping, as `Sum` of the release runtime) > 1 */
export function rootSellFlag(pricesU64F64: bigint[]): boolean {
  const sum = pricesU64F64.reduce((a, p) => BigInt.asUintN(U128, a + p), 0n);
  return sum > 1n << 64n;
}

/** I96F32 bits from a decoded fixed-point codec (a struct { bits } or the bare integer) */
function fixedBits(json: unknown): bigint {
  if (json !== null && typeof json === "object" && "bits" in json) return BigInt((json as { bits: string | number }).bits);
  return BigInt(json as string | number);
}

/**
 * The exact raoEmission of the epoch at block B (spec >= 423). `q`/`read` query the state of B-1,
 * `qb`/`readB` the state of B.
 */
export async function epochBlockEmission(q: Query, read: Read, qb: Query, readB: Read, netuid: number): Promise<EpochBlockEmission> {
  const before = {
    server: big(await read(() => q("PendingServerEmission")(netuid))),
    validator: big(await read(() => q("PendingValidatorEmission")(netuid))),
    root: big(await read(() => q("PendingRootAlphaDivs")(netuid))),
  };
  // get_subnets_to_emit_to over every added subnet but root
  const subnets = (await read(() => q("NetworksAdded").entries()))
    .filter(([, v]) => v.isTrue === true)
    .map(([k]) => num(k.args[0]!))
    .filter((s) => s !== 0)
    .sort((a, b) => a - b);
  const first = await read(() => q("FirstEmissionBlockNumber").multi(subnets));
  const subtoken = await read(() => q("SubtokenEnabled").multi(subnets));
  const regAllowed = await read(() => q("NetworkRegistrationAllowed").multi(subnets));
  const toEmit = subnets.filter((_, i) => first[i]!.isSome === true && subtoken[i]!.isTrue === true && regAllowed[i]!.isTrue === true);
  const emitted = toEmit.includes(netuid);
  const added = { server: 0n, validator: 0n, root: 0n };
  let rootSell = false;
  if (emitted) {
    const mech = (await read(() => q("SubnetMechanism").multi(toEmit))).map(num);
    const moving = (await read(() => q("SubnetMovingPrice").multi(toEmit))).map((c) => fixedBits(c.toJSON()));
    rootSell = rootSellFlag(toEmit.map((_, i) => movingPriceU64F64(mech[i]!, moving[i]!)));
    const issuance = sat(big(await read(() => q("SubnetAlphaIn")(netuid))) + big(await read(() => q("SubnetAlphaOut")(netuid))));
    const injected = big(await readB(() => qb("SubnetAlphaInEmission")(netuid)));
    const createdStored = big(await readB(() => qb("SubnetAlphaOutEmission")(netuid)));
    const split = alphaOutSplit({
      alphaIssuance: issuance,
      alphaInjected: injected,
      rootTao: big(await read(() => q("SubnetTAO")(0))),
      taoWeight: big(await read(() => q("TaoWeight")())),
      ownerCut: num(await read(() => q("SubnetOwnerCut")())),
      ownerCutEnabled: (await read(() => q("OwnerCutEnabled")(netuid))).isTrue === true,
    });
    if (split.alphaCreated !== createdStored)
      throw new EpochBlockMismatch(
        `SubnetAlphaOutEmission at the epoch block is ${createdStored}, but the alpha emission for the issuance before it (SubnetAlphaIn + SubnetAlphaOut = ${issuance}) is ${split.alphaCreated}: the block's own emission cannot be derived`,
      );
    added.server = split.pendingServer;
    added.validator = split.pendingValidator;
    if (rootSell) added.root = split.rootAlpha;
  }
  const server = sat(before.server + added.server);
  const validator = sat(before.validator + added.validator);
  const root = sat(before.root + added.root);
  return { before, added, emitted, rootSell, total: sat(sat(server + validator) + root) };
}

/** The stored per-block values of the epoch block disagree with the model of run_coinbase. */
export class EpochBlockMismatch extends Error {}
