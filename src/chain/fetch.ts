// fetchSnapshot: the snapshot the epoch of one subnet reads at a block, from a
// node. The epoch of block B runs in B's on_initialize on the state B-1 left,
// so storage is read at B-1 (with the runtime that executes B) and
// currentBlock is B.
import type { ApiPromise } from "@polkadot/api";
import { ChainError } from "./errors.js";
import { layoutFor, MIN_SPEC, type ChainLayout } from "./layout.js";
import { big, guard, nodeName, num, queryAt, resolveBlock, str, type BlockRef, type Codec, type Query } from "./read.js";
import { readCommitBlocks } from "./commitBlocks.js";
import { readCommitBlocksByBlock } from "./commitBlocksByBlock.js";
import { epochBlockEmission, EpochBlockMismatch } from "./epochBlockEmission.js";
import { readMechanism, splitEmissions, type MechanismInfo } from "./mechanism.js";
import { sameBlockReveals } from "./sameBlockReveals.js";
import { ownerCutAtDrain, pendingEmissionAtEpoch, readPendingEmissionInputs } from "./pendingEmission.js";
import { inheritStake, type HotkeyStakeInput } from "../stake/inherit.js";

export interface FetchSnapshotOptions {
  netuid: number;
  /** the epoch block: a number or a 0x block hash */
  at: number | string;
  /** the mechanism of the subnet to read (spec >= 320; default 0): its weights, bonds, last update and emission share */
  mechanism?: number;
}

/** A fetched snapshot: `specVersion` first, then the fields that version's epoch reads (fixtures/eras/README.md). */
export type ChainSnapshot = { specVersion: number } & Record<string, unknown>;

export interface FetchedSnapshot {
  snapshot: ChainSnapshot;
  layout: ChainLayout;
  /** the epoch block and the block whose state was read (its parent) */
  block: BlockRef;
  parent: BlockRef;
  /** uid -> hotkey (0x hex), for reading the epoch's outputs */
  hotkeys: (string | null)[];
  /** the mechanism read (id 0, count 1 before spec 320) */
  mechanism: MechanismInfo;
}

type Row = [number, number][];

export async function fetchSnapshot(api: ApiPromise, opts: FetchSnapshotOptions): Promise<ChainSnapshot> {
  return (await fetchSnapshotDetailed(api, opts)).snapshot;
}

export async function fetchSnapshotDetailed(api: ApiPromise, opts: FetchSnapshotOptions): Promise<FetchedSnapshot> {
  const { netuid } = opts;
  if (!Number.isInteger(netuid) || netuid < 0 || netuid > 65535) throw new ChainError(nodeName(api), `netuid ${netuid}: expected a u16`);
  const block = await resolveBlock(api, opts.at);
  if (block.number === 0) throw new ChainError(nodeName(api), "block 0 has no parent state to run an epoch on");
  const parentHash = (await guard(api, block.number - 1, () => api.rpc.chain.getBlockHash(block.number - 1))).toHex();
  const parent: BlockRef = { number: block.number - 1, hash: parentHash };
  const { q, specVersion } = await queryAt(api, parent);
  if (specVersion < MIN_SPEC)
    throw new ChainError(
      nodeName(api),
      `block ${block.number}: spec ${specVersion} is older than the earliest supported runtime (${MIN_SPEC})`,
    );
  const layout = layoutFor(specVersion);
  const read = <T>(f: () => Promise<T>) => guard(api, parent.number, f);

  const added = await read(() => q("NetworksAdded")(netuid));
  if (!added.isTrue)
    throw new ChainError(nodeName(api), `netuid ${netuid} does not exist at block ${parent.number} (NetworksAdded is false)`);

  if (layout.mechanisms && specVersion < 423) {
    // several mechanisms split the subnet's emission and aggregate their outputs (epoch_with_mechanisms, 835a2c902);
    // reading one mechanism of such a subnet is implemented for the 423+ layout only (mechanism.ts)
    const mechanisms = num(await read(() => q("MechanismCountCurrent")(netuid)));
    if (mechanisms > 1)
      throw new ChainError(
        nodeName(api),
        `netuid ${netuid} at block ${block.number}: the subnet has ${mechanisms} mechanisms (MechanismCountCurrent); reading a subnet with several mechanisms is implemented from spec 423 only, not for spec ${specVersion}`,
      );
  }
  const mechanism = await readMechanism(q, read, netuid, opts.mechanism ?? 0, specVersion, nodeName(api), block.number);
  const index = mechanism.storageIndex;
  const n = num(await read(() => q("SubnetworkN")(netuid)));
  // uid -> hotkey (Keys); a uid without an entry has no stake
  const hotkeys: (string | null)[] = new Array(n).fill(null);
  const seen = new Set<string>();
  let duplicate: string | undefined;
  for (const [k, v] of await read(() => q("Keys").entries(netuid))) {
    const uid = num(k.args[1]!);
    const hk = v.toHex();
    if (seen.has(hk)) duplicate ??= hk;
    seen.add(hk);
    if (uid < n) hotkeys[uid] = hk;
  }
  if (duplicate !== undefined && layout.skipsEpochOnDuplicateKeys)
    throw new ChainError(
      nodeName(api),
      `netuid ${netuid} at block ${block.number}: Keys holds hotkey ${duplicate} for two uids; the chain skips this subnet's epoch then (is_epoch_input_state_consistent, from spec 334)`,
    );

  const s: Record<string, unknown> = {};
  const want = new Set(layout.fields);
  const scalar = async (field: string, item: string, conv: (c: Codec) => unknown, ...args: unknown[]) => {
    if (want.has(field)) s[field] = conv(await read(() => q(item)(...args)));
  };
  s.specVersion = specVersion;
  s.netuid = netuid;
  s.n = n;
  s.currentBlock = String(block.number);
  await scalar("tempo", "Tempo", num, netuid);
  await scalar("activityCutoff", "ActivityCutoff", num, netuid);
  await scalar("activityCutoffFactorMilli", "ActivityCutoffFactorMilli", num, netuid);
  await scalar("lastMechanismStepBlock", "LastMechansimStepBlock", str, netuid);
  if (want.has("activityCutoff") && layout.specVersion < 423) s.activityCutoff = s.activityCutoff as number; // the stored u16
  const total = await raoEmission(api, q, layout, netuid, read, block);
  s.raoEmission = splitEmissions(total, mechanism.count, mechanism.split)[mechanism.id]!.toString();
  await scalar("kappa", "Kappa", num, netuid);
  await scalar("bondsMovingAverage", "BondsMovingAverage", str, netuid);
  await scalar("bondsPenalty", "BondsPenalty", num, netuid);
  await scalar("liquidAlphaEnabled", "LiquidAlphaOn", (c) => !!c.isTrue, netuid);
  if (want.has("alphaLow")) {
    const av = (await read(() => q("AlphaValues")(netuid))).toJSON() as [number, number];
    s.alphaLow = av[0];
    s.alphaHigh = av[1];
  }
  await scalar("alphaSigmoidSteepness", "AlphaSigmoidSteepness", num, netuid);
  await scalar("yuma3Enabled", "Yuma3On", (c) => !!c.isTrue, netuid);
  await scalar("maxAllowedValidators", "MaxAllowedValidators", num, netuid);
  await scalar("stakeThreshold", "StakeThreshold", str);
  if (want.has("ownerUid")) {
    const owner = (await read(() => q("SubnetOwnerHotkey")(netuid))).toHex();
    const uid = await read(() => q("Uids")(netuid, owner));
    s.ownerUid = uid.isSome ? num(uid.unwrap!()) : null;
  }
  if (want.has("commitRevealEnabled")) {
    const on = !!(await read(() => q("CommitRevealWeightsEnabled")(netuid))).isTrue;
    s.commitRevealEnabled = on;
    if (on && !layout.readsCommitBlocks && !layout.commitsByBlock)
      throw new ChainError(
        nodeName(api),
        `netuid ${netuid} at block ${block.number}: commit reveal is on; reading commit blocks is implemented for specs 297-425 only, not for spec ${specVersion}`,
      );
    if (on && mechanism.id > 0)
      throw new ChainError(
        nodeName(api),
        `netuid ${netuid} at block ${block.number}: commit reveal is on; commit blocks are read for mechanism 0 only, not mechanism ${mechanism.id}`,
      );
    const byBlock = layout.commitsByBlock;
    if (on && byBlock) {
      const c = await readCommitBlocksByBlock(q, read, { netuid, block: block.number, tempo: s.tempo as number, ...byBlock }, hotkeys);
      if (c.revealed > 0)
        throw new ChainError(
          nodeName(api),
          `netuid ${netuid} at block ${block.number}: ${c.revealed} timelocked weight commit(s) of registered hotkeys (${byBlock.timelocked} epoch ${c.revealEpoch}) are revealed in this block before the epoch (reveal_crv3_commits); the weights they set need drand timelock decryption, which this reader does not do`,
        );
      s.commitBlocks = c.commitBlocks;
    } else s.commitBlocks = on ? await readCommitBlocks(q, read, netuid, hotkeys) : new Array(n).fill(null);
  }
  if (layout.readsCommitBlocks) {
    // timelocked commits revealed in the epoch block before the epoch (whether or not commit reveal is still on)
    const r = await sameBlockReveals(api, parent, q, read, netuid, index);
    if (r.taken.length > 0)
      throw new ChainError(
        nodeName(api),
        `netuid ${netuid} at block ${block.number}: ${r.taken.length} timelocked weight commit(s) of epoch ${r.revealEpoch} (TimelockedWeightCommits, storage index ${index}; first by ${r.taken[0]!.hotkey} at block ${r.taken[0]!.commitBlock}, drand round ${r.taken[0]!.round}) are revealed in this block before its epoch runs; the weights the epoch sees are not in the state of block ${parent.number}, so no exact snapshot can be read`,
      );
  }

  // stake
  if (layout.stake === "tao") {
    const maxStake = layout.inherit ? big(await read(() => q("NetworkMaxStake")(netuid))) : undefined;
    s.stake = (await inheritedStake(q, read, layout, hotkeys, netuid, (hk) => ["TotalHotkeyStake", [hk]], maxStake)).map(String);
  } else {
    s.alphaStake = (
      await inheritedStake(q, read, layout, hotkeys, netuid, (hk) => ["TotalHotkeyAlpha", [hk, netuid]], undefined, netuid === 0)
    ).map(String);
    s.taoStake = (await inheritedStake(q, read, layout, hotkeys, netuid, (hk) => ["TotalHotkeyAlpha", [hk, 0]])).map(String);
    s.taoWeight = str(await read(() => q("TaoWeight")()));
  }

  const lu = (await read(() => q("LastUpdate")(index))).toJSON() as (number | string)[];
  s.lastUpdate = Array.from({ length: n }, (_, i) => (i < lu.length ? BigInt(lu[i]!).toString() : "0"));
  const reg: string[] = new Array(n).fill("0");
  for (const [k, v] of await read(() => q("BlockAtRegistration").entries(netuid))) {
    const uid = num(k.args[1]!);
    if (uid < n) reg[uid] = str(v);
  }
  s.blockAtRegistration = reg;
  const vp = (await read(() => q("ValidatorPermit")(netuid))).toJSON() as boolean[];
  s.validatorPermit = Array.from({ length: n }, (_, i) => vp[i] === true);
  s.weights = await sparseRows(q, read, "Weights", index, n);
  s.bonds = await sparseRows(q, read, "Bonds", index, n);

  const snapshot = { specVersion } as ChainSnapshot;
  for (const f of layout.fields) {
    if (!(f in s)) throw new Error(`internal: field ${f} of spec ${specVersion} not read`);
    snapshot[f] = s[f];
  }
  return { snapshot, layout, block, parent, hotkeys, mechanism };
}

/** rows uid 0..n-1 of a double map (netuid storage index, uid) -> Vec<(u16, u16)> as stored; absent = [] */
async function sparseRows(q: Query, read: <T>(f: () => Promise<T>) => Promise<T>, item: string, netuid: number, n: number): Promise<Row[]> {
  const rows: Row[] = Array.from({ length: n }, () => []);
  for (const [k, v] of await read(() => q(item).entries(netuid))) {
    const uid = num(k.args[1]!);
    if (uid < n) rows[uid] = (v.toJSON() as [number, number][]).map(([a, b]) => [a, b]);
  }
  return rows;
}

/**
 * Per uid, the stake after childkey inheritance as the layout's getter computes it.
 * `source(hotkey)` names the own-stake item; parents' stakes come from the same item.
 */
async function inheritedStake(
  q: Query,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  layout: ChainLayout,
  hotkeys: (string | null)[],
  netuid: number,
  source: (hk: string) => [string, unknown[]],
  maxStake?: bigint,
  noInheritance = false,
): Promise<bigint[]> {
  const present = hotkeys.map((h, i) => [h, i] as const).filter((x): x is readonly [string, number] => x[0] !== null);
  const own = async (hks: string[]): Promise<bigint[]> => {
    if (hks.length === 0) return [];
    const [item] = source(hks[0]!);
    const vals = await read(() =>
      q(item).multi(
        hks.map((h) => {
          const a = source(h)[1];
          return a.length === 1 ? a[0] : a;
        }),
      ),
    );
    return vals.map(big);
  };
  const initial = await own(present.map((p) => p[0]));
  const out: bigint[] = new Array(hotkeys.length).fill(0n);
  if (!layout.inherit || noInheritance) {
    present.forEach(([, uid], k) => {
      out[uid] = initial[k]!;
    });
    return out;
  }
  const keyArgs = present.map(([h]) => [h, netuid]);
  const children = (await read(() => q("ChildKeys").multi(keyArgs))).map((c) => c.toJSON() as [string | number, string][]);
  const parents = (await read(() => q("ParentKeys").multi(keyArgs))).map((c) => c.toJSON() as [string | number, string][]);
  const parentKeys = [...new Set(parents.flat().map(([, p]) => p))];
  const parentStake = new Map<string, bigint>();
  (await own(parentKeys)).forEach((v, i) => parentStake.set(parentKeys[i]!, v));
  const inputs: HotkeyStakeInput[] = present.map((_, k) => ({
    initial: initial[k]!,
    children: children[k]!.map(([p]) => BigInt(p)),
    parents: parents[k]!.map(([p, hk]) => ({ proportion: BigInt(p), stake: parentStake.get(hk)! })),
  }));
  const r = inheritStake(layout.inherit, inputs, maxStake);
  present.forEach(([, uid], k) => {
    out[uid] = r[k]!;
  });
  return out;
}

/**
 * The amount the epoch distributes, from the state before the epoch block (section 8 of history-variants.md):
 * - < 233: PendingEmission plus the epoch block's own EmissionValues, with the owner cut and the registration
 *   check of that version's code (pendingEmission.ts);
 * - 233-333: PendingEmission + PendingAlphaSwapped (the epoch block's own accumulation is not added);
 * - 334-342: PendingEmission + PendingRootAlphaDivs (drain_pending_emission at 6218ecc5c and 6a76ecc0d; likewise);
 * - 343-420: PendingServerEmission + PendingValidatorEmission + PendingRootAlphaDivs (likewise);
 * - >= 421: the same plus what the epoch block itself adds before draining (epochBlockEmission.ts), exact.
 * This is the subnet's total; a mechanism's share is split_emissions of it (mechanism.ts).
 */
async function raoEmission(
  api: ApiPromise,
  q: Query,
  layout: ChainLayout,
  netuid: number,
  read: <T>(f: () => Promise<T>) => Promise<T>,
  block: BlockRef,
): Promise<bigint> {
  if (layout.emissionAtEpochBlock) {
    const { q: qb } = await queryAt(api, block);
    try {
      return (await epochBlockEmission(q, read, qb, (f) => guard(api, block.number, f), netuid)).total;
    } catch (e) {
      if (e instanceof EpochBlockMismatch) throw new ChainError(nodeName(api), `netuid ${netuid} at block ${block.number}: ${e.message}`);
      throw e;
    }
  }
  const MAX = (1n << 64n) - 1n;
  const sat = (a: bigint) => (a > MAX ? MAX : a);
  if (layout.emission === "pending-emission") {
    // per era of generate_emission / run_coinbase (pendingEmission.ts)
    const { q: qb } = await queryAt(api, block);
    const inputs = await readPendingEmissionInputs(layout.specVersion, netuid, q, read, qb, (f) => guard(api, block.number, f));
    const e = pendingEmissionAtEpoch(inputs);
    if (e === null)
      throw new ChainError(
        nodeName(api),
        `netuid ${netuid} at block ${block.number}: the epoch does not run (NetworkRegistrationAllowed is false; spec ${layout.specVersion} skips such a subnet)`,
      );
    return e;
  }
  if (layout.emission === "pending-root-alpha")
    return sat(big(await read(() => q("PendingEmission")(netuid))) + big(await read(() => q("PendingRootAlphaDivs")(netuid))));
  if (layout.emission === "pending-alpha-swapped")
    return sat(big(await read(() => q("PendingEmission")(netuid))) + big(await read(() => q("PendingAlphaSwapped")(netuid))));
  return sat(
    big(await read(() => q("PendingServerEmission")(netuid))) +
      big(await read(() => q("PendingValidatorEmission")(netuid))) +
      big(await read(() => q("PendingRootAlphaDivs")(netuid))),
  );
}

/** to_num::<u64>(I96F32(e) * (I96F32(cut) / I96F32(65535))) with truncating division and flooring product (195-232) */
export const ownerCut = ownerCutAtDrain;
