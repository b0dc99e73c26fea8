// Block resolution and small storage helpers over an ApiPromise (type-only
// import: the chain client is the embedder's, and the engine never loads it).
import type { ApiPromise } from "@polkadot/api";
import { ChainError, explainNodeError } from "./errors.js";

export interface BlockRef {
  number: number;
  hash: string;
}

/** A query function of SubtensorModule at one block, called by storage item name (PascalCase, as in lib.rs). */
export type Query = (item: string) => {
  (...args: unknown[]): Promise<Codec>;
  entries(...args: unknown[]): Promise<[{ args: Codec[] }, Codec][]>;
  multi(args: unknown[]): Promise<Codec[]>;
};

/** The codec surface the reader uses (kept structural so the engine's types need no @polkadot import). */
export interface Codec {
  toString(): string;
  toJSON(): unknown;
  toHex(): string;
  toNumber?(): number;
  isTrue?: boolean;
  isSome?: boolean;
  isNone?: boolean;
  unwrap?(): Codec;
  toBigInt?(): bigint;
  [k: number]: Codec;
}

export function nodeName(api: ApiPromise): string {
  // biome-ignore lint/suspicious/noExplicitAny: @polkadot/api keeps the endpoint in private fields
  const p = (api as any)._options?.provider?.endpoint ?? (api as any)._rpcCore?.provider?.endpoint;
  return typeof p === "string" ? p : "node";
}

/** Wraps a node call so that pruned state, unknown blocks and the like become a ChainError. */
export async function guard<T>(api: ApiPromise, block: number | string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ChainError) throw e;
    const why = explainNodeError(e, block);
    if (why) throw new ChainError(nodeName(api), why);
    throw e;
  }
}

/** The best block's number. */
export async function bestBlock(api: ApiPromise): Promise<number> {
  const h = await api.rpc.chain.getHeader();
  return h.number.toNumber();
}

/** Block number and hash of `at` (a number or a 0x hash); a block above the best block is an error. */
export async function resolveBlock(api: ApiPromise, at: number | string): Promise<BlockRef> {
  if (typeof at === "string" && at.startsWith("0x")) {
    const h = await guard(api, at, () => api.rpc.chain.getHeader(at));
    return { number: h.number.toNumber(), hash: at };
  }
  const n = Number(at);
  if (!Number.isSafeInteger(n) || n < 0) throw new ChainError(nodeName(api), `block ${String(at)}: expected a block number or a 0x hash`);
  const best = await bestBlock(api);
  if (n > best) throw new ChainError(nodeName(api), `block ${n} is in the future (the node's best block is ${best})`);
  const hash = (await api.rpc.chain.getBlockHash(n)).toHex();
  if (/^0x0+$/.test(hash)) throw new ChainError(nodeName(api), `the node has no hash for block ${n}`);
  return { number: n, hash };
}

/** SubtensorModule queries at `hash`, with the runtime (metadata) of that block. */
export async function queryAt(api: ApiPromise, block: BlockRef): Promise<{ q: Query; specVersion: number }> {
  return guard(api, block.number, async () => {
    const at = await api.at(block.hash);
    // the code in this block's state: the runtime that executes the next block (api.at decodes this
    // block's storage with the runtime that executed it, the version at its parent)
    const rv = await api.rpc.state.getRuntimeVersion(block.hash);
    const mod = (at.query as unknown as Record<string, Record<string, unknown>>).subtensorModule;
    if (!mod) throw new ChainError(nodeName(api), `block ${block.number}: the runtime has no SubtensorModule pallet`);
    const q: Query = (item) => {
      const name = item.charAt(0).toLowerCase() + item.slice(1);
      // @polkadot/api camel-cases names by words (CRV3WeightCommitsV2 -> crv3WeightCommitsV2): match ignoring case
      const f = mod[name] ?? mod[Object.keys(mod).find((k) => k.toLowerCase() === item.toLowerCase()) ?? ""];
      if (!f)
        throw new ChainError(
          nodeName(api),
          `block ${block.number}: SubtensorModule has no storage item ${item} at spec ${rv.specVersion.toNumber()}`,
        );
      return f as ReturnType<Query>;
    };
    return { q, specVersion: rv.specVersion.toNumber() };
  });
}

export const num = (c: Codec): number => Number(c.toString());
export const big = (c: Codec): bigint => BigInt(c.toString());
export const str = (c: Codec): string => BigInt(c.toString()).toString();
