// PendingEmission and the subnet owner's cut in the pre-dTAO era:
// block_step.rs generate_emission (specs 133-194: cut per block) and
// coinbase/run_coinbase.rs (195-232: cut once at drain), with the
// registration-disabled rules of 150, 153 and 211 (versions.ts).
import { rootWasm, asU64, globalU64 } from "./wasm.js";
import { rootEra } from "./versions.js";
import { object, keys, u64, u16, join } from "./input.js";
import { SnapshotError } from "../snapshot/errors.js";

/** Runtime default SubnetOwnerCut (11796 / 65535, about 18%). */
export const DEFAULT_SUBNET_OWNER_CUT = 11796;
/** Most blocks one pendingEmission call steps through. */
export const MAX_PENDING_BLOCKS = 10_000_000;

export interface PendingInput {
  /** EmissionValues(netuid), rao per block (a non-root subnet) */
  emissionValue: string;
  /** PendingEmission before, rao (default "0") */
  pending?: string;
  /** blocks to accumulate (default 1) */
  blocks?: number;
  /** SubnetOwnerCut raw u16 (default 11796) */
  ownerCut?: number;
  /** SubnetOwner(netuid) exists (default true) */
  hasOwner?: boolean;
  /** NetworkRegistrationAllowed(netuid) (default true) */
  registrationAllowed?: boolean;
}

function flag(o: Record<string, unknown>, k: string): boolean {
  const v = o[k];
  if (v === undefined) return true;
  if (typeof v !== "boolean") throw new SnapshotError(k, `expected a boolean, got ${typeof v}`);
  return v;
}

/**
 * PendingEmission of a non-root subnet after `blocks` blocks of
 * EmissionValues, and what its owner was paid on the way (specs <= 194 pay
 * the cut every block). Root (netuid 0) is not modelled: its pending was
 * skipped or accumulated depending on the release.
 */
export function pendingEmission(input: unknown, specVersion: number): { pending: string; ownerPaid: string } {
  const era = rootEra(specVersion);
  const o = object(input, "");
  keys(o, "", ["emissionValue"], ["pending", "blocks", "ownerCut", "hasOwner", "registrationAllowed"]);
  const e0 = u64(o.emissionValue, "emissionValue");
  let pending = o.pending === undefined ? 0n : u64(o.pending, "pending");
  const blocks = o.blocks === undefined ? 1 : Number(o.blocks);
  if (!Number.isInteger(blocks) || blocks < 0 || blocks > MAX_PENDING_BLOCKS)
    throw new SnapshotError("blocks", `expected an integer in [0, ${MAX_PENDING_BLOCKS}], got ${String(o.blocks)}`);
  const cut = o.ownerCut === undefined ? DEFAULT_SUBNET_OWNER_CUT : u16(o.ownerCut, "ownerCut");
  const hasOwner = flag(o, "hasOwner"),
    allowed = flag(o, "registrationAllowed");
  let e = e0;
  if (!allowed) {
    if (era.registrationDisabled === "skip" || era.registrationDisabled === "discard")
      return { pending: pending.toString(), ownerPaid: "0" };
    if (era.registrationDisabled === "zero") e = 0n;
  }
  const x = rootWasm();
  let add = e,
    paidPerBlock = 0n;
  if (era.cutPerBlock && hasOwner) {
    x.ownerCutPerBlock(e, cut);
    paidPerBlock = globalU64(x.ownerPaid);
    add = globalU64(x.afterCut);
  }
  for (let b = 0; b < blocks; b++) pending = asU64(x.pendingAdd(pending, add, era.pendingSaturating ? 1 : 0));
  return { pending: pending.toString(), ownerPaid: (paidPerBlock * BigInt(blocks)).toString() };
}

export interface DrainInput {
  pending: string;
  ownerCut?: number;
  hasOwner?: boolean;
  registrationAllowed?: boolean;
}

/**
 * The subnet's epoch block: what `epoch(netuid, amount)` receives and what the
 * owner is paid. 195-232 take the cut here (on the accumulated pending);
 * before, it was taken per block. `epochRuns` is false where the
 * registration-disabled rule skips the subnet.
 */
export function drainEmission(
  input: unknown,
  specVersion: number,
): { epochRuns: boolean; epochEmission: string; ownerPaid: string; pendingAfter: string } {
  const era = rootEra(specVersion);
  const o = object(input, "");
  keys(o, "", ["pending"], ["ownerCut", "hasOwner", "registrationAllowed"]);
  const pending = u64(o.pending, join("", "pending"));
  const cut = o.ownerCut === undefined ? DEFAULT_SUBNET_OWNER_CUT : u16(o.ownerCut, "ownerCut");
  const hasOwner = flag(o, "hasOwner"),
    allowed = flag(o, "registrationAllowed");
  if (!allowed && era.registrationDisabled === "skip")
    return { epochRuns: false, epochEmission: "0", ownerPaid: "0", pendingAfter: pending.toString() };
  if (!allowed && era.registrationDisabled === "discard")
    return { epochRuns: false, epochEmission: "0", ownerPaid: "0", pendingAfter: "0" };
  if (era.cutPerBlock || !hasOwner) return { epochRuns: true, epochEmission: pending.toString(), ownerPaid: "0", pendingAfter: "0" };
  const x = rootWasm();
  x.ownerCutAtDrain(pending, cut);
  return {
    epochRuns: true,
    epochEmission: globalU64(x.afterCut).toString(),
    ownerPaid: globalU64(x.ownerPaid).toString(),
    pendingAfter: "0",
  };
}
