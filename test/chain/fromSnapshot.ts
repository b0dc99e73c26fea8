// Chain state from a fixture input: what storage holds when the epoch reads
// exactly that input (no childkeys, so inherited stake = own stake; the
// pending emission = raoEmission; no subnet owner cut before 233).
import { StateBuilder, account } from "./state.js";
import type { Runtime } from "./node.js";

type Input = Record<string, unknown>;
const hot = (uid: number) => account(uid, 0xaa);
const NOT_REGISTERED = account(0xffff, 0xee);

/** Writes the subnet's input state of `s` into `b` (at spec b.runtime.specVersion). */
export function writeInput(b: StateBuilder, s: Input): StateBuilder {
  const spec = b.runtime.specVersion;
  const netuid = s.netuid as number,
    n = s.n as number;
  b.set("NetworksAdded", [netuid], true).set("SubnetworkN", [netuid], n);
  for (let i = 0; i < n; i++) {
    b.set("Keys", [netuid, i], hot(i));
    b.set("Uids", [netuid, hot(i)], i);
    b.set("BlockAtRegistration", [netuid, i], BigInt((s.blockAtRegistration as string[])[i]!));
  }
  const opt = (field: string, item: string, conv: (v: unknown) => unknown = (v) => v, ...args: unknown[]) => {
    if (field in s) b.set(item, args.length ? args : [netuid], conv(s[field]));
  };
  opt("tempo", "Tempo");
  if (spec < 423) opt("activityCutoff", "ActivityCutoff");
  if (spec >= 423) opt("activityCutoffFactorMilli", "ActivityCutoffFactorMilli");
  opt("lastMechanismStepBlock", "LastMechansimStepBlock", (v) => BigInt(v as string));
  opt("kappa", "Kappa");
  opt("bondsMovingAverage", "BondsMovingAverage", (v) => BigInt(v as string));
  opt("bondsPenalty", "BondsPenalty");
  opt("liquidAlphaEnabled", "LiquidAlphaOn");
  if ("alphaLow" in s) b.set("AlphaValues", [netuid], [s.alphaLow, s.alphaHigh]);
  opt("alphaSigmoidSteepness", "AlphaSigmoidSteepness");
  opt("yuma3Enabled", "Yuma3On");
  opt("maxAllowedValidators", "MaxAllowedValidators");
  if ("stakeThreshold" in s) b.set("StakeThreshold", [], BigInt(s.stakeThreshold as string));
  if ("ownerUid" in s) b.set("SubnetOwnerHotkey", [netuid], s.ownerUid === null ? NOT_REGISTERED : hot(s.ownerUid as number));
  opt("commitRevealEnabled", "CommitRevealWeightsEnabled");
  if ("stake" in s) (s.stake as string[]).forEach((v, i) => b.set("TotalHotkeyStake", [hot(i)], BigInt(v)));
  if ("alphaStake" in s) (s.alphaStake as string[]).forEach((v, i) => b.set("TotalHotkeyAlpha", [hot(i), netuid], BigInt(v)));
  if ("taoStake" in s) (s.taoStake as string[]).forEach((v, i) => b.set("TotalHotkeyAlpha", [hot(i), 0], BigInt(v)));
  if ("taoWeight" in s) b.set("TaoWeight", [], BigInt(s.taoWeight as string));
  b.set("LastUpdate", [netuid], (s.lastUpdate as string[]).map(BigInt));
  b.set("ValidatorPermit", [netuid], s.validatorPermit);
  writeRows(b, "Weights", netuid, s.weights as [number, number][][]);
  writeRows(b, "Bonds", netuid, s.bonds as [number, number][][]);
  const rao = BigInt(s.raoEmission as string);
  if (spec < 233) {
    b.set("PendingEmission", [netuid], rao).set("NetworkRegistrationAllowed", [netuid], true).set("EmissionValues", [netuid], 0n);
  } else if (spec < 343) {
    b.set("PendingEmission", [netuid], rao);
  } else {
    b.set("PendingServerEmission", [netuid], rao);
  }
  return b;
}

/** stored rows; an empty row is an absent key (ValueQuery default []) */
export function writeRows(b: StateBuilder, item: string, netuid: number, rows: [number, number][][]): void {
  rows.forEach((row, uid) => {
    if (row.length > 0) b.set(item, [netuid, uid], row);
    else b.unset(item, netuid, uid);
  });
}

/** Storage after the epoch: the outputs the chain writes (per layout), from a fixture's expected block. */
export function writeOutputs(b: StateBuilder, s: Input, expected: Input): StateBuilder {
  const spec = b.runtime.specVersion;
  const netuid = s.netuid as number;
  const n = s.n as number;
  const u64s = (v: unknown) => (v as string[]).map(BigInt);
  b.set("Active", [netuid], expected.active);
  b.set("Consensus", [netuid], expected.consensus);
  b.set("Incentive", [netuid], expected.incentive);
  b.set("Dividends", [netuid], expected.dividends);
  b.set("ValidatorTrust", [netuid], expected.validatorTrust);
  b.set("ValidatorPermit", [netuid], expected.newValidatorPermit);
  b.set("Emission", [netuid], u64s(expected.emission));
  if (spec < 365) {
    b.set("Rank", [netuid], expected.rank);
    b.set("Trust", [netuid], expected.trust);
    b.set("PruningScores", [netuid], expected.pruningScore);
  }
  if (expected.stakeWeight) b.set("StakeWeight", [netuid], expected.stakeWeight);
  if (spec < 233) {
    const server = u64s(expected.serverEmission),
      validator = u64s(expected.validatorEmission);
    b.set(
      "LoadedEmission",
      [netuid],
      Array.from({ length: n }, (_, i) => [hot(i), server[i], validator[i]]),
    );
  }
  const prev = s.bonds as [number, number][][];
  (expected.bonds as ([number, number][] | null)[]).forEach((row, uid) => {
    const r = row === null ? prev[uid]! : row;
    if (r.length > 0) b.set("Bonds", [netuid, uid], r);
    else b.unset("Bonds", netuid, uid);
  });
  return b;
}

export function builder(rt: Runtime): StateBuilder {
  return new StateBuilder(rt);
}

export { hot };
