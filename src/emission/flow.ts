// Block -> subnet -> epoch -> hotkey for one subnet: accumulate the pending
// alpha over the blocks of a tempo, drain it into the epoch, and distribute
// the epoch's incentive and dividends to hotkeys (no childkeys; one
// mechanism). Inputs are storage items, named as on chain.
import { wasmModule, Engine } from "../wasm/engine.js";
import { validateSnapshot } from "../snapshot/validate.js";
import { SnapshotError } from "../snapshot/errors.js";
import type { EpochResult, Snapshot } from "../snapshot/types.js";
import { subnetEmissions, subnetTerms, type SubnetShareInput } from "./subnets.js";
import { blockEmission } from "./index.js";

export interface EmissionFlowInput {
  /** SubnetAlphaIn + SubnetAlphaOut at the first block, rao */
  alphaIssuance: string;
  /** SubnetAlphaInEmission: alpha injected into the pool per block (depends on the AMM; default 0) */
  alphaInPerBlock?: string;
  /** blocks accumulated into this epoch, including the epoch's own block (tempo + 1) */
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
   * alphaInPerBlock defaults to the injected alpha of get_subnet_terms (assuming the pool takes
   * it all at a constant price over the tempo).
   */
  tao?: { totalIssuance: string; netuid: number; alphaPriceBits: string; subnets: SubnetShareInput[] };
  /** the epoch's metagraph snapshot; its raoEmission is replaced by the drained total */
  snapshot: Snapshot;
  /** per uid: Delegates take (u16), stake on the subnet and on root (defaults: the snapshot's stakes, take 0) */
  hotkeys?: { take?: number[]; alphaStake?: string[]; rootStake?: string[]; ownerHotkeys?: number[] };
}

export interface UidPayout {
  uid: number;
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
  /** drained at the epoch, rao */
  drained: { server: string; validator: string; root: string; ownerCut: string; recycledRoot: string };
  /** server + validator + root: the epoch's raoEmission */
  raoEmission: string;
  alphaIssuanceAfter: string;
  epoch: EpochResult;
  payouts: UidPayout[];
  /** MinerBurned: share of incentive withheld from owner hotkeys */
  minerBurned: string;
}

interface FlowExports {
  memory: WebAssembly.Memory;
  arenaAlloc(n: number): number;
  arenaReset(): void;
  accumulatePending(ai: bigint, ain: bigint, blocks: number, rootTao: bigint, tw: bigint, cut: bigint, enabled: number, rootSell: number): void;
  accServer: WebAssembly.Global; accValidator: WebAssembly.Global; accRoot: WebAssembly.Global;
  accOwnerCut: WebAssembly.Global; accRecycledRoot: WebAssembly.Global; accAlphaIssuance: WebAssembly.Global;
  distributeEpoch(n: number, inc: number, div: number, alpha: number, root: number, take: number, owner: number,
    ps: bigint, pv: bigint, pr: bigint, tw: bigint, oi: number, ow: number, oa: number, oat: number, or: number, ort: number): void;
  minerBurnedHi: WebAssembly.Global; minerBurnedLo: WebAssembly.Global;
}

const U64_MAX = (1n << 64n) - 1n;
const u64 = (g: WebAssembly.Global) => BigInt.asUintN(64, g.value as bigint);

function big(v: string | undefined, field: string, dflt = 0n): bigint {
  if (v === undefined) return dflt;
  if (typeof v !== "string" || !/^(0|[1-9][0-9]*)$/.test(v)) throw new SnapshotError(field, `expected a u64 decimal string, got ${JSON.stringify(v)}`);
  const b = BigInt(v);
  if (b > U64_MAX) throw new SnapshotError(field, `exceeds u64: ${v}`);
  return b;
}

const satAdd = (a: bigint, b: bigint) => (a + b > U64_MAX ? U64_MAX : a + b);

export function emissionFlow(input: EmissionFlowInput, engine: Engine = new Engine()): EmissionFlowResult {
  const x = new WebAssembly.Instance(wasmModule(), { env: { abort() { throw new Error("abort"); } } }).exports as unknown as FlowExports;
  if (!Number.isInteger(input.blocks) || input.blocks < 1 || input.blocks > 1_000_000) throw new SnapshotError("blocks", `expected 1..1000000, got ${input.blocks}`);
  const cut = input.subnetOwnerCut ?? 11796;
  if (!Number.isInteger(cut) || cut < 0 || cut > 65535) throw new SnapshotError("subnetOwnerCut", `u16 out of range: ${cut}`);
  const tw = big(input.taoWeight, "taoWeight");
  let taoSide: EmissionFlowResult["taoSide"];
  let alphaInDefault = 0n;
  if (input.tao) {
    const shares = subnetEmissions(input.tao.subnets, { totalIssuance: input.tao.totalIssuance });
    const mine = shares.find((s) => s.netuid === input.tao!.netuid);
    if (!mine) throw new SnapshotError("tao.netuid", `netuid ${input.tao.netuid} is not among tao.subnets`);
    const t = subnetTerms({ taoEmissionBits: mine.taoEmissionBits, alphaPriceBits: input.tao.alphaPriceBits, alphaIssuance: input.alphaIssuance, rootTao: input.rootTao, taoWeight: input.taoWeight });
    taoSide = { blockEmission: blockEmission(input.tao.totalIssuance).toString(), taoEmissionBits: mine.taoEmissionBits, taoInBits: t.taoInBits, alphaInBits: t.alphaInBits, excessTaoBits: t.excessTaoBits };
    alphaInDefault = BigInt(t.alphaInBits) >> 32n; // tou64!(alpha_in)
  }
  x.accumulatePending(big(input.alphaIssuance, "alphaIssuance"), big(input.alphaInPerBlock, "alphaInPerBlock", alphaInDefault), input.blocks,
    big(input.rootTao, "rootTao"), tw, BigInt(cut), input.ownerCutEnabled === false ? 0 : 1, input.rootSell === false ? 0 : 1);
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
  const h = input.hotkeys ?? {};
  const take = h.take ?? new Array<number>(n).fill(0);
  const alphaStake = h.alphaStake ?? snap.alphaStake;
  const rootStake = h.rootStake ?? snap.taoStake;
  for (const [name, arr] of [["hotkeys.take", take], ["hotkeys.alphaStake", alphaStake], ["hotkeys.rootStake", rootStake]] as const) {
    if (arr.length !== n) throw new SnapshotError(name, `expected length n = ${n}, got ${arr.length}`);
  }
  take.forEach((t, i) => { if (!Number.isInteger(t) || t < 0 || t > 65535) throw new SnapshotError(`hotkeys.take[${i}]`, `u16 out of range: ${t}`); });

  x.arenaReset();
  const nb = Math.max(8, n * 8);
  const [inc, div, as, rs, tk, ow, oi, oww, oa, oat, or, ort] = [nb, nb, nb, nb, Math.max(4, n * 4), Math.max(1, n), nb, nb, nb, nb, nb, nb].map((b) => x.arenaAlloc(b));
  const buf = x.memory.buffer;
  new BigUint64Array(buf, inc!, n).set(epoch.serverEmission.map(BigInt));
  new BigUint64Array(buf, div!, n).set(epoch.validatorEmission.map(BigInt));
  new BigUint64Array(buf, as!, n).set(alphaStake.map((v, i) => big(v, `hotkeys.alphaStake[${i}]`)));
  new BigUint64Array(buf, rs!, n).set(rootStake.map((v, i) => big(v, `hotkeys.rootStake[${i}]`)));
  new Uint32Array(buf, tk!, n).set(take);
  const owners = new Uint8Array(buf, ow!, n);
  owners.fill(0);
  for (const u of h.ownerHotkeys ?? (snap.ownerUid === null ? [] : [snap.ownerUid])) {
    if (!Number.isInteger(u) || u < 0 || u >= n) throw new SnapshotError("hotkeys.ownerHotkeys", `uid ${u} out of range (n = ${n})`);
    owners[u] = 1;
  }
  x.distributeEpoch(n, inc!, div!, as!, rs!, tk!, ow!, server, validator, root, tw, oi!, oww!, oa!, oat!, or!, ort!);
  const read = (p2: number) => Array.from(new BigUint64Array(x.memory.buffer, p2, n), String);
  const [pi, pw, pa, pat, pr, prt] = [oi!, oww!, oa!, oat!, or!, ort!].map(read);
  const payouts = Array.from({ length: n }, (_, i) => ({
    uid: i, incentive: pi![i]!, incentiveWithheld: pw![i]!, alphaDividends: pa![i]!, alphaTake: pat![i]!, rootDividends: pr![i]!, rootTake: prt![i]!,
  }));
  const mb = (u64(x.minerBurnedHi) << 64n) | u64(x.minerBurnedLo);
  return {
    taoSide,
    drained: { server: server.toString(), validator: validator.toString(), root: root.toString(), ownerCut: ownerCut.toString(), recycledRoot: u64(x.accRecycledRoot).toString() },
    raoEmission: rao.toString(), alphaIssuanceAfter: u64(x.accAlphaIssuance).toString(), epoch, payouts,
    minerBurned: (Number(mb) / 2 ** 32).toFixed(6),
  };
}
