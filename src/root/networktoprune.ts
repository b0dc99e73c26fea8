// Today's get_network_to_prune (coinbase/root.rs at 14bc6f9f, spec 425):
// lowest moving price outside the network immunity period.
import { rootWasm, putU16, putU64 } from "./wasm.js";
import { NETWORK_TO_PRUNE_SPEC } from "./versions.js";
import { object, keys, u64, u16, u64s, array, join, netuidList } from "./input.js";
import { SnapshotError } from "../snapshot/errors.js";

export interface NetworkToPruneInput {
  /** NetworksAdded keys in storage order (root 0 may be included; it is never chosen) */
  netuids: number[];
  /** NetworkRegisteredAt, parallel to netuids */
  registeredAt: string[];
  /** SubnetMechanism, parallel (0 = stable: price 1.0) */
  mechanism: number[];
  /** SubnetMovingPrice as raw I96F32 bits (signed decimal, value = bits / 2^32), parallel */
  movingPrice: string[];
  currentBlock: string;
  /** NetworkImmunityPeriod */
  immunityPeriod: string;
}

const I128_RE = /^-?(0|[1-9][0-9]*)$/;

/** `{ netuid }`, or `{ netuid: null }` when every subnet is immune (None). */
export function networkToPrune(input: unknown, specVersion: number = NETWORK_TO_PRUNE_SPEC): { netuid: number | null } {
  if (specVersion !== NETWORK_TO_PRUNE_SPEC) {
    throw new SnapshotError(
      "specVersion",
      `get_network_to_prune is mirrored at spec ${NETWORK_TO_PRUNE_SPEC} only (at 320 it compared U96F32 prices), got ${specVersion}`,
    );
  }
  const o = object(input, "");
  keys(o, "", ["netuids", "registeredAt", "mechanism", "movingPrice", "currentBlock", "immunityPeriod"], [], " for get_network_to_prune");
  const netuids = netuidList(o.netuids, "netuids");
  const k = netuids.length;
  const registeredAt = u64s(o.registeredAt, "registeredAt", k, "parallel to netuids");
  const mechanism = array(o.mechanism, "mechanism", k, "parallel to netuids").map((v, i) => u16(v, join("mechanism", i)));
  const price = array(o.movingPrice, "movingPrice", k, "parallel to netuids").map((v, i) => {
    const path = join("movingPrice", i);
    if (typeof v !== "string" || !I128_RE.test(v)) throw new SnapshotError(path, "expected I96F32 bits as a signed decimal string");
    const b = BigInt(v);
    if (b < -(1n << 127n) || b >= 1n << 127n) throw new SnapshotError(path, `outside the i128 range: ${v}`);
    return b;
  });
  const x = rootWasm();
  x.arenaReset();
  const nu = putU16(x, netuids),
    rg = putU64(x, registeredAt),
    me = putU16(x, mechanism);
  const pr = putU64(
    x,
    price.flatMap((b) => [BigInt.asUintN(64, b), BigInt.asUintN(64, b >> 64n)]),
  );
  const r = x.networkToPrune(k, nu, rg, me, pr, u64(o.currentBlock, "currentBlock"), u64(o.immunityPeriod, "immunityPeriod"));
  return { netuid: r < 0 ? null : r };
}
