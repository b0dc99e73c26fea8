// Block -> subnet -> epoch -> hotkey for one subnet: accumulate the pending
// alpha over the blocks of a tempo, drain it into the epoch, and distribute
// the epoch's incentive and dividends to hotkeys (childkeys included; one
// mechanism). Inputs are storage items, named as on chain. The block loop
// (assembly/emission/pending.ts) lists which step of the chain's block reads
// and writes each of them.
import { wasmModule, Engine } from "../wasm/engine.js";
import { validateSnapshot, parseU64 } from "../snapshot/validate.js";
import { SnapshotError } from "../snapshot/errors.js";
import type { EpochResult, Snapshot } from "../snapshot/types.js";
import { subnetEmissions, subnetTerms, type SubnetShareInput } from "./subnets.js";
import { blockEmission } from "./index.js";

export interface EmissionFlowInput {
  /** SubnetAlphaIn + SubnetAlphaOut at the start of the first block, rao */
  alphaIssuance: string;
  /**
   * SubnetAlphaInEmission: alpha injected into the pool per block, rao. Each block's step 3 (root
   * proportion) reads the issuance after this injection and the block's mint. Default: with `tao`,
   * get_subnet_terms' alpha in recomputed every block from that block's start issuance; else 0.
   */
  alphaInPerBlock?: string;
  /**
   * blocks accumulated into this epoch: at this commit an epoch runs when current_block -
   * LastEpochBlock >= tempo, and emit_to_subnets runs before drain_pending, so an epoch drains the
   * `tempo` blocks after the previous epoch block, its own block included
   */
  blocks: number;
  /** SubnetTAO of root, rao */
  rootTao: string;
  /** TaoWeight (raw u64) */
  taoWeight: string;
  /** SubnetOwnerCut (raw u16, default 11796 = 18%) */
  subnetOwnerCut?: number;
  /** the subnet's owner cut is enabled (default true) */
  ownerCutEnabled?: boolean;
  /** root alpha dividends are paid (root sell flag); otherwise recycled (default true) */
  rootSell?: boolean;
  /** Pending* amounts already accumulated before the first block (default 0) */
  pending?: { server?: string; validator?: string; root?: string; ownerCut?: string };
  /**
   * The TAO side of each block (optional): the subnets' share inputs, this subnet's netuid and its
   * pool price. With it, the flow starts from the block's TAO (blockEmission(totalIssuance)), and
   * alphaInPerBlock defaults to the injected alpha of get_subnet_terms for each block's own start
   * issuance (the TAO share and the pool price held constant over the blocks; the pool accepts it all).
   */
  tao?: { totalIssuance: string; netuid: number; alphaPriceBits: string; subnets: SubnetShareInput[] };
  /** the epoch's metagraph snapshot; its raoEmission is replaced by the drained total */
  snapshot: Snapshot;
  /**
   * Hotkeys: the n uids first, then `extra` hotkeys that hold no uid (parents). Per uid: Delegates
   * take (u16), stake on the subnet (TotalHotkeyAlpha) and on root (defaults: the snapshot's
   * stakes, take 0), ChildkeyTake (u16; the take applied is the largest of it, minChildkeyTake and
   * minChildkeyTakePerSubnet, as get_childkey_take), the owning coldkey (any id; default all distinct).
   */
  hotkeys?: {
    take?: number[];
    alphaStake?: string[];
    rootStake?: string[];
    ownerHotkeys?: number[];
    childkeyTake?: number[];
    owners?: number[];
    extra?: { alphaStake: string; rootStake: string; take?: number; owner?: number }[];
    /**
     * ParentKeys / ChildKeys: `child` takes stake from `parent` with this u64 proportion (both
     * hotkey indices, uid or extra). An edge to a child without a uid pays nothing through it but
     * still lowers the parent's get_self_contribution, which reads every ChildKeys entry.
     */
    parents?: { child: number; parent: number; proportion: string }[];
  };
  /** MinChildkeyTake (u16, global; default 0) */
  minChildkeyTake?: number;
  /** MinChildkeyTakePerSubnet of this subnet (u16; default 0) */
  minChildkeyTakePerSubnet?: number;
  /** CKBurn (raw u64): share of a parent's dividends recycled when the parent has another owner */
  ckBurn?: string;
}

export interface UidPayout {
  /** hotkey index: uids first, then `hotkeys.extra` */
  hotkey: number;
  /** the uid, or null for an extra (parent) hotkey */
  uid: number | null;
  incentive: string;
  incentiveWithheld: string;
  alphaDividends: string;
  alphaTake: string;
  rootDividends: string;
  rootTake: string;
}

export interface EmissionFlowResult {
  /** per block, when `tao` was given: the block's TAO, this subnet's share and its injection (U96F32 bits) */
  taoSide?: { blockEmission: string; taoEmissionBits: string; taoInBits: string; alphaInBits: string; excessTaoBits: string };
  /** alpha injected into the pool over the blocks (sum of SubnetAlphaInEmission), rao */
  alphaInjected: string;
  /** drained at the epoch, rao */
  drained: { server: string; validator: string; root: string; ownerCut: string; recycledRoot: string };
  /** server + validator + root: the epoch's raoEmission */
  raoEmission: string;
  alphaIssuanceAfter: string;
  epoch: EpochResult;
  payouts: UidPayout[];
  /** MinerBurned: share of incentive withheld from owner hotkeys */
  minerBurned: string;
  /** alpha recycled by childkey burn, rao */
  ckBurned: string;
}

interface FlowExports {
  memory: WebAssembly.Memory;
  arenaAlloc(n: number): number;
  arenaReset(): void;
  accumulatePending(
    ai: bigint,
    ain: bigint,
    terms: number,
    teH: bigint,
    teL: bigint,
    pH: bigint,
    pL: bigint,
    blocks: number,
    rootTao: bigint,
    tw: bigint,
    cut: bigint,
    enabled: number,
    rootSell: number,
  ): void;
  accServer: WebAssembly.Global;
  accValidator: WebAssembly.Global;
  accRoot: WebAssembly.Global;
  accOwnerCut: WebAssembly.Global;
  accRecycledRoot: WebAssembly.Global;
  accAlphaIssuance: WebAssembly.Global;
  accAlphaInjected: WebAssembly.Global;
  distributeEpoch(
    n: number,
    h: number,
    inc: number,
    div: number,
    alpha: number,
    root: number,
    take: number,
    ckTake: number,
    owner: number,
    ownerHk: number,
    e: number,
    ec: number,
    ep: number,
    eprop: number,
    ckBurn: bigint,
    minCkTake: number,
    ps: bigint,
    pv: bigint,
    pr: bigint,
    tw: bigint,
    oi: number,
    ow: number,
    oa: number,
    oat: number,
    or: number,
    ort: number,
  ): void;
  minerBurnedHi: WebAssembly.Global;
  minerBurnedLo: WebAssembly.Global;
  ckBurned: WebAssembly.Global;
}

const U64_MAX = (1n << 64n) - 1n;
const u64 = (g: WebAssembly.Global) => BigInt.asUintN(64, g.value as bigint);

/** An optional u64 storage value: the snapshot's own u64 rule, or the default when absent. */
function big(v: string | undefined, field: string, dflt = 0n): bigint {
  return v === undefined ? dflt : parseU64(v, field);
}

const satAdd = (a: bigint, b: bigint) => (a + b > U64_MAX ? U64_MAX : a + b);

/** An optional u16 storage value. */
function u16(v: number | undefined, field: string): number {
  if (v === undefined) return 0;
  if (!Number.isInteger(v) || v < 0 || v > 65535) throw new SnapshotError(field, `u16 out of range: ${JSON.stringify(v)}`);
  return v;
}

export function emissionFlow(input: EmissionFlowInput, engine: Engine = new Engine()): EmissionFlowResult {
  const x = new WebAssembly.Instance(wasmModule(), {
    env: {
      abort() {
        throw new Error("abort");
      },
    },
  }).exports as unknown as FlowExports;
  if (!Number.isInteger(input.blocks) || input.blocks < 1 || input.blocks > 1_000_000)
    throw new SnapshotError("blocks", `expected 1..1000000, got ${input.blocks}`);
  const cut = input.subnetOwnerCut ?? 11796;
  if (!Number.isInteger(cut) || cut < 0 || cut > 65535) throw new SnapshotError("subnetOwnerCut", `u16 out of range: ${cut}`);
  const tw = big(input.taoWeight, "taoWeight");
  const minCkTake = Math.max(
    u16(input.minChildkeyTake, "minChildkeyTake"),
    u16(input.minChildkeyTakePerSubnet, "minChildkeyTakePerSubnet"),
  );
  let taoSide: EmissionFlowResult["taoSide"];
  let terms: [bigint, bigint] | undefined; // TAO emission and pool price bits, for get_subnet_terms per block
  if (input.tao) {
    let shares;
    try {
      shares = subnetEmissions(input.tao.subnets, { totalIssuance: parseU64(input.tao.totalIssuance, "totalIssuance") });
    } catch (e) {
      throw e instanceof SnapshotError ? new SnapshotError(`tao.${e.path}`, e.reason) : e;
    }
    const mine = shares.find((s) => s.netuid === input.tao!.netuid);
    if (!mine) throw new SnapshotError("tao.netuid", `netuid ${input.tao.netuid} is not among tao.subnets`);
    let t;
    try {
      t = subnetTerms({
        taoEmissionBits: mine.taoEmissionBits,
        alphaPriceBits: input.tao.alphaPriceBits,
        alphaIssuance: input.alphaIssuance,
        rootTao: input.rootTao,
        taoWeight: input.taoWeight,
      });
    } catch (e) {
      throw e instanceof SnapshotError && e.path === "alphaPriceBits" ? new SnapshotError("tao.alphaPriceBits", e.reason) : e;
    }
    taoSide = {
      blockEmission: blockEmission(input.tao.totalIssuance).toString(),
      taoEmissionBits: mine.taoEmissionBits,
      taoInBits: t.taoInBits,
      alphaInBits: t.alphaInBits,
      excessTaoBits: t.excessTaoBits,
    };
    terms = [BigInt(mine.taoEmissionBits), BigInt(input.tao.alphaPriceBits)];
  }
  const fixedIn = input.alphaInPerBlock !== undefined || terms === undefined;
  const [te, price] = terms ?? [0n, 0n];
  const lo = (b: bigint) => BigInt.asUintN(64, b);
  x.accumulatePending(
    big(input.alphaIssuance, "alphaIssuance"),
    big(input.alphaInPerBlock, "alphaInPerBlock"),
    fixedIn ? 0 : 1,
    te >> 64n,
    lo(te),
    price >> 64n,
    lo(price),
    input.blocks,
    big(input.rootTao, "rootTao"),
    tw,
    BigInt(cut),
    input.ownerCutEnabled === false ? 0 : 1,
    input.rootSell === false ? 0 : 1,
  );
  const p = input.pending ?? {};
  const server = satAdd(big(p.server, "pending.server"), u64(x.accServer));
  const validator = satAdd(big(p.validator, "pending.validator"), u64(x.accValidator));
  const root = satAdd(big(p.root, "pending.root"), u64(x.accRoot));
  const ownerCut = satAdd(big(p.ownerCut, "pending.ownerCut"), u64(x.accOwnerCut));
  const rao = satAdd(satAdd(server, validator), root);

  let snap: Snapshot;
  try {
    snap = validateSnapshot({ ...input.snapshot, raoEmission: rao.toString() });
  } catch (e) {
    throw e instanceof SnapshotError ? new SnapshotError(`snapshot.${e.path}`, e.reason) : e;
  }
  const epoch = engine.run(snap);
  const n = snap.n;
  const hk = input.hotkeys ?? {};
  const extra = hk.extra ?? [];
  if (!Array.isArray(extra)) throw new SnapshotError("hotkeys.extra", "expected an array of {alphaStake, rootStake, take?, owner?}");
  extra.forEach((x2, k) => {
    if (x2 === null || typeof x2 !== "object")
      throw new SnapshotError(`hotkeys.extra[${k}]`, "expected {alphaStake, rootStake, take?, owner?}");
    parseU64(x2.alphaStake, `hotkeys.extra[${k}].alphaStake`);
    parseU64(x2.rootStake, `hotkeys.extra[${k}].rootStake`);
    if (x2.take !== undefined) u16(x2.take, `hotkeys.extra[${k}].take`);
    if (x2.owner !== undefined && hk.owners !== undefined && hk.owners[n + k] !== x2.owner) {
      throw new SnapshotError(`hotkeys.extra[${k}].owner`, `${x2.owner} disagrees with hotkeys.owners[${n + k}] = ${hk.owners[n + k]}`);
    }
  });
  const H = n + extra.length;
  const take = [...(hk.take ?? new Array<number>(n).fill(0)), ...extra.map((x2) => x2.take ?? 0)];
  const alphaStake = [...(hk.alphaStake ?? snap.alphaStake), ...extra.map((x2) => x2.alphaStake)];
  const rootStake = [...(hk.rootStake ?? snap.taoStake), ...extra.map((x2) => x2.rootStake)];
  const ckTake = [...(hk.childkeyTake ?? new Array<number>(n).fill(0)), ...extra.map(() => 0)];
  // default owners: every uid its own coldkey; an extra hotkey its `owner`, else one of its own
  const owners = hk.owners ?? Array.from({ length: H }, (_, i) => (i < n ? i : (extra[i - n]!.owner ?? i)));
  for (const [name, arr, len] of [
    ["hotkeys.take", hk.take, n],
    ["hotkeys.alphaStake", hk.alphaStake, n],
    ["hotkeys.rootStake", hk.rootStake, n],
    ["hotkeys.childkeyTake", hk.childkeyTake, n],
    ["hotkeys.owners", hk.owners, H],
  ] as const) {
    if (arr !== undefined && arr.length !== len) throw new SnapshotError(name, `expected length ${len}, got ${arr.length}`);
  }
  take.forEach((t, i) => {
    if (!Number.isInteger(t) || t < 0 || t > 65535) throw new SnapshotError(`hotkeys.take[${i}]`, `u16 out of range: ${t}`);
  });
  ckTake.forEach((t, i) => {
    if (!Number.isInteger(t) || t < 0 || t > 65535) throw new SnapshotError(`hotkeys.childkeyTake[${i}]`, `u16 out of range: ${t}`);
  });
  owners.forEach((o, i) => {
    if (!Number.isInteger(o) || o < 0 || o > 0xffffffff) throw new SnapshotError(`hotkeys.owners[${i}]`, `expected a u32 id, got ${o}`);
  });
  const edges = hk.parents ?? [];
  if (!Array.isArray(edges)) throw new SnapshotError("hotkeys.parents", "expected an array of {child, parent, proportion}");
  const seen = new Set<string>();
  edges.forEach((ed, k) => {
    if (ed === null || typeof ed !== "object") throw new SnapshotError(`hotkeys.parents[${k}]`, "expected {child, parent, proportion}");
    if (!Number.isInteger(ed.child) || ed.child < 0 || ed.child >= H)
      throw new SnapshotError(
        `hotkeys.parents[${k}].child`,
        `hotkey ${JSON.stringify(ed.child)} out of range (${H} hotkeys: ${n} uids + ${H - n} extra)`,
      );
    if (!Number.isInteger(ed.parent) || ed.parent < 0 || ed.parent >= H)
      throw new SnapshotError(
        `hotkeys.parents[${k}].parent`,
        `hotkey ${JSON.stringify(ed.parent)} out of range (${H} hotkeys: ${n} uids + ${H - n} extra)`,
      );
    if (ed.parent === ed.child) throw new SnapshotError(`hotkeys.parents[${k}].parent`, `hotkey ${ed.parent} cannot be its own parent`);
    const key = `${ed.parent}>${ed.child}`;
    if (seen.has(key))
      throw new SnapshotError(`hotkeys.parents[${k}]`, `duplicate edge: parent ${ed.parent} already lends to child ${ed.child}`);
    seen.add(key);
    parseU64(ed.proportion, `hotkeys.parents[${k}].proportion`);
  });

  x.arenaReset();
  const E = edges.length;
  const nb = Math.max(8, n * 8),
    hb = Math.max(8, H * 8),
    h4 = Math.max(4, H * 4),
    eb = Math.max(8, E * 8),
    e4 = Math.max(4, E * 4);
  const [inc, div, as, rs, tk, ck, own, ow, ec, ep, epr, oi, oww, oa, oat, or, ort] = [
    nb,
    nb,
    hb,
    hb,
    h4,
    h4,
    h4,
    Math.max(1, n),
    e4,
    e4,
    eb,
    nb,
    nb,
    hb,
    hb,
    hb,
    hb,
  ].map((b2) => x.arenaAlloc(b2));
  const buf = x.memory.buffer;
  new BigUint64Array(buf, inc!, n).set(epoch.serverEmission.map(BigInt));
  new BigUint64Array(buf, div!, n).set(epoch.validatorEmission.map(BigInt));
  new BigUint64Array(buf, as!, H).set(alphaStake.map((v, i) => big(v, `hotkeys.alphaStake[${i}]`)));
  new BigUint64Array(buf, rs!, H).set(rootStake.map((v, i) => big(v, `hotkeys.rootStake[${i}]`)));
  new Uint32Array(buf, tk!, H).set(take);
  new Uint32Array(buf, ck!, H).set(ckTake);
  new Uint32Array(buf, own!, H).set(owners);
  new Uint32Array(buf, ec!, E).set(edges.map((ed) => ed.child));
  new Uint32Array(buf, ep!, E).set(edges.map((ed) => ed.parent));
  new BigUint64Array(buf, epr!, E).set(edges.map((ed, k) => parseU64(ed.proportion, `hotkeys.parents[${k}].proportion`)));
  const ownerFlags = new Uint8Array(buf, ow!, n);
  ownerFlags.fill(0);
  for (const u of hk.ownerHotkeys ?? (snap.ownerUid === null ? [] : [snap.ownerUid])) {
    if (!Number.isInteger(u) || u < 0 || u >= n) throw new SnapshotError("hotkeys.ownerHotkeys", `uid ${u} out of range (n = ${n})`);
    ownerFlags[u] = 1;
  }
  x.distributeEpoch(
    n,
    H,
    inc!,
    div!,
    as!,
    rs!,
    tk!,
    ck!,
    own!,
    ow!,
    E,
    ec!,
    ep!,
    epr!,
    big(input.ckBurn, "ckBurn"),
    minCkTake,
    server,
    validator,
    root,
    tw,
    oi!,
    oww!,
    oa!,
    oat!,
    or!,
    ort!,
  );
  const read = (p2: number, len: number) => Array.from(new BigUint64Array(x.memory.buffer, p2, len), String);
  const [pi, pw] = [oi!, oww!].map((p2) => read(p2, n));
  const [pa, pat, pr, prt] = [oa!, oat!, or!, ort!].map((p2) => read(p2, H));
  const payouts = Array.from({ length: H }, (_, i) => ({
    hotkey: i,
    uid: i < n ? i : null,
    incentive: i < n ? pi![i]! : "0",
    incentiveWithheld: i < n ? pw![i]! : "0",
    alphaDividends: pa![i]!,
    alphaTake: pat![i]!,
    rootDividends: pr![i]!,
    rootTake: prt![i]!,
  }));
  const mb = (u64(x.minerBurnedHi) << 64n) | u64(x.minerBurnedLo);
  return {
    taoSide,
    alphaInjected: u64(x.accAlphaInjected).toString(),
    drained: {
      server: server.toString(),
      validator: validator.toString(),
      root: root.toString(),
      ownerCut: ownerCut.toString(),
      recycledRoot: u64(x.accRecycledRoot).toString(),
    },
    raoEmission: rao.toString(),
    alphaIssuanceAfter: u64(x.accAlphaIssuance).toString(),
    epoch,
    payouts,
    minerBurned: (Number(mb) / 2 ** 32).toFixed(6),
    ckBurned: u64(x.ckBurned).toString(),
  };
}
