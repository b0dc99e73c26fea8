// The amount the epoch of block B distributes before dTAO (spec < 233): what
// B's on_initialize adds to PendingEmission before draining it, per era of the
// code that does it (block_step.rs `generate_emission` until 194,
// coinbase/run_coinbase.rs `run_coinbase` from 195). P = PendingEmission before
// B, E = EmissionValues, c = SubnetOwnerCut; "owner" = a SubnetOwner entry
// exists for the subnet.
//
// | spec    | commit     | the epoch of B gets                                   | registration off (NetworkRegistrationAllowed) |
// | 121-132 | 7cd068fb5  | P + E (u64 `+=`, wraps in the release runtime)        | no check                                      |
// | 133-149 | d8cff5a65  | P + floor(E - E*c/65535) with owner, else P + E       | no check                                      |
// | 150-152 | 40a8321a3  | as 133                                                | subnet skipped: no epoch in B                 |
// | 153-194 | 535983f89  | as 133, saturating (`saturating_accrue`)              | E counts as 0; the epoch runs                 |
// | 195-210 | e79b0999d  | X = P + E (saturating), X - floor(X * (c/65535)) w/ owner | no check                                  |
// | 211-232 | 44d685972  | as 195                                                | no accumulation and no epoch in B             |
//
// The owner cut is I96F32 arithmetic: 133-194 `E.saturating_mul(c).saturating_div(65535)`,
// 195-232 `X.saturating_mul(c.saturating_div(65535))` (ownerCut in fetch.ts), each truncated by to_num.
// From 133 root_epoch runs earlier in B's on_initialize and may rewrite EmissionValues, so E is read from
// the state of B itself (what B's accumulation read, unless an extrinsic of B changed it afterwards);
// before 133 nothing in on_initialize writes it and E is read from the state of B-1.
import type { Query } from "./read.js";
import { big, num } from "./read.js";

const U64_MAX = (1n << 64n) - 1n;
const I96_ONE = 1n << 32n;

export interface PendingEmissionInputs {
  specVersion: number;
  /** PendingEmission before B */
  pending: bigint;
  /** EmissionValues as B's accumulation read it */
  emissionValue: bigint;
  registrationAllowed: boolean;
  /** a SubnetOwner entry exists */
  hasOwner: boolean;
  /** SubnetOwnerCut (u16) */
  ownerCut: number;
}

/** The drained amount, or null when the epoch does not run in B (registration off at 150-152 and 211-232). */
export function pendingEmissionAtEpoch(i: PendingEmissionInputs): bigint | null {
  const s = i.specVersion;
  const sat = (a: bigint) => (a > U64_MAX ? U64_MAX : a);
  if (!i.registrationAllowed && ((s >= 150 && s < 153) || s >= 211)) return null;
  if (s < 133) return BigInt.asUintN(64, i.pending + i.emissionValue);
  if (s < 195) {
    const e = s >= 153 && !i.registrationAllowed ? 0n : i.emissionValue;
    // remaining = I96F32(E) - I96F32(E) * I96F32(c) / I96F32(65535), each step on 32 fractional bits (floor / truncate)
    const eBits = e * I96_ONE;
    const cut = i.hasOwner ? (eBits * BigInt(i.ownerCut)) / 65535n : 0n; // (E*c) exact in bits, then the quotient truncates
    const remaining = (eBits - cut) / I96_ONE;
    return s >= 153 ? sat(i.pending + remaining) : BigInt.asUintN(64, i.pending + remaining);
  }
  const x = sat(i.pending + i.emissionValue);
  return i.hasOwner ? x - ownerCutAtDrain(x, i.ownerCut) : x;
}

/** to_num::<u64>(I96F32(x) * (I96F32(c) / I96F32(65535))): the quotient's bits truncate, the product floors */
export function ownerCutAtDrain(x: bigint, cut: number): bigint {
  const ratio = (BigInt(cut) * I96_ONE) / 65535n;
  return (x * ratio) / I96_ONE;
}

/** Reads the inputs of pendingEmissionAtEpoch: `q`/`read` at B-1, `qb`/`readB` at B. */
export async function readPendingEmissionInputs(
  specVersion: number,
  netuid: number,
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  qb: Query,
  readB: <T>(f: () => Promise<T>) => Promise<T>,
): Promise<PendingEmissionInputs> {
  const pending = big(await read(() => q("PendingEmission")(netuid)));
  const emissionValue = big(
    specVersion >= 133 ? await readB(() => qb("EmissionValues")(netuid)) : await read(() => q("EmissionValues")(netuid)),
  );
  // only read where the code checks it (150+)
  const registrationAllowed = specVersion < 150 || (await read(() => q("NetworkRegistrationAllowed")(netuid))).isTrue === true;
  const hasOwner = specVersion >= 133 && (await read(() => q("SubnetOwner").entries())).some(([k]) => num(k.args[0]!) === netuid);
  const ownerCut = hasOwner ? num(await read(() => q("SubnetOwnerCut")())) : 0;
  return { specVersion, pending, emissionValue, registrationAllowed, hasOwner, ownerCut };
}
