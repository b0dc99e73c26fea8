// The one table of pre-dTAO root-network behaviour by runtime spec version
// (root.rs / block_step.rs / coinbase/run_coinbase.rs of opentensor/subtensor).
// Every other file in src/root and assembly/root reads its switches from here.
import { SnapshotError } from "../snapshot/errors.js";

/** Oldest and newest spec with a root epoch (d8cff5a65 = 133; root_epoch deleted at e2b8367b8 = 233). */
export const ROOT_SPEC_MIN = 133;
export const ROOT_SPEC_MAX = 232;

/** What a subnet with NetworkRegistrationAllowed = false gets. */
export type RegistrationDisabledRule =
  | "none" //      133-149, 195-210: treated like any subnet
  | "skip" //      150-152 (40a8321a3): no pending, no owner cut, no epoch
  | "zero" //      153-194 (de1026780): block emission counted as 0; the epoch still runs
  | "discard"; //  211-232 (44d685972, d4d8182eb): no pending; at its epoch block the pending is drained and not paid

export interface RootEra {
  spec: number;
  /** 146+ (7f8437bd5): E from the halving formula of TotalIssuance; before: the BlockEmission storage value */
  halving: boolean;
  /** 149+ (65d8367a6): get_root_weights zips the row with the netuid list; 133-148 index by position (panics past TotalNetworks) */
  zipReader: boolean;
  /** 151+ (703bdbd17): inplace_row_normalize_64 on the root weights */
  rowNormalize: boolean;
  /** 153+ (de1026780): saturating fixed-point operators in root_epoch; before: plain (wrapping) */
  saturating: boolean;
  /** 133-135 (d8cff5a65): get_subnet_to_prune is a linear scan; 136+ (2cdc67c2c): sort_by + last */
  pruneLinear: boolean;
  /** <= 194: owner cut per block before PendingEmission; 195+ (e79b0999d): once at drain */
  cutPerBlock: boolean;
  /** 153+: PendingEmission grows by saturating_accrue / saturating_add; before: wrapping += */
  pendingSaturating: boolean;
  registrationDisabled: RegistrationDisabledRule;
}

export function rootEra(spec: number, path = "specVersion"): RootEra {
  if (!Number.isInteger(spec)) throw new SnapshotError(path, `expected an integer spec version, got ${String(spec)}`);
  if (spec < ROOT_SPEC_MIN || spec > ROOT_SPEC_MAX) {
    throw new SnapshotError(path, `spec ${spec} has no pre-dTAO root network (supported: ${ROOT_SPEC_MIN}-${ROOT_SPEC_MAX})`);
  }
  return {
    spec,
    halving: spec >= 146,
    zipReader: spec >= 149,
    rowNormalize: spec >= 151,
    saturating: spec >= 153,
    pruneLinear: spec < 136,
    cutPerBlock: spec <= 194,
    pendingSaturating: spec >= 153,
    registrationDisabled: spec >= 211 ? "discard" : spec >= 195 ? "none" : spec >= 153 ? "zero" : spec >= 150 ? "skip" : "none",
  };
}

/** Flag bits of assembly/root/epoch.ts rootEpoch. */
export function rootEpochFlags(era: RootEra): number {
  return (era.halving ? 1 : 0) | (era.zipReader ? 2 : 0) | (era.rowNormalize ? 4 : 0) | (era.saturating ? 8 : 0);
}

/** The spec whose get_network_to_prune (lowest moving price) is mirrored: HEAD 14bc6f9f. */
export const NETWORK_TO_PRUNE_SPEC = 425;
