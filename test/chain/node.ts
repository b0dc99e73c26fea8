// A test double of a subtensor node: a WebSocket JSON-RPC server on 127.0.0.1
// answering the methods @polkadot/api calls, from blocks and storage the test
// builds (test/chain/state.ts encodes that storage from real metadata).
import { WebSocketServer, type WebSocket } from "ws";
import type { AddressInfo } from "node:net";

/** The runtime a block runs: its spec version and the metadata hex state_getMetadata returns. */
export interface Runtime {
  specVersion: number;
  metadata: string;
  specName?: string;
}

/** Storage from `fromBlock` on (until the next entry), keys and values as 0x-hex. */
export interface StateVersion {
  fromBlock: number;
  storage: Map<string, string>;
  runtime: Runtime;
}

export interface NodeOptions {
  /** the best block (blocks above it do not exist) */
  head: number;
  /** state versions sorted by fromBlock; the first must start at 0 */
  states: StateVersion[];
  /** a pruned (non-archive) node: state older than head - keepBlocks is discarded */
  keepBlocks?: number;
  /** close the connection once after this many state_* requests (a dropped connection) */
  dropAfterStateRequests?: number;
  /** answer state_* requests after this many milliseconds (a slow node) */
  delayMs?: number;
  /** log of every method called */
  log?: string[];
  /**
   * block hashes carry this tag (default 0) on top of the serve generation: a test that swaps `states`
   * under one ApiPromise changes it so @polkadot/api's per-hash caches (storage, registry) cannot serve old state
   */
  fork?: number;
}

export interface TestNode {
  url: string;
  /** number of state_* requests answered */
  stateRequests(): number;
  /** number of connections accepted */
  connections(): number;
  /**
   * Serves another chain from now on (head, states, pruning, faults), for tests that share one node and one
   * connection. Block hashes carry a generation number, so a hash of an earlier chain is an unknown block and
   * no client cache keyed by block hash can return the earlier chain's answers.
   */
  serve(opts: NodeOptions): void;
  close(): Promise<void>;
}

const GENESIS = blockHash(0);

/** Deterministic block hash: 0xb1, the generation (4 hex digits; 0 for a node never re-served), the block number. */
export function blockHash(n: number, generation = 0): string {
  return "0xb1" + generation.toString(16).padStart(4, "0") + n.toString(16).padStart(58, "0");
}
/**
 * The block number of a hash of this generation. The first genesis (generation 0) stays known as block 0: a
 * client keeps the genesis hash it saw when it connected, and a re-served chain's genesis names it as its parent.
 */
function blockNumberOf(hash: string, generation: number): number | undefined {
  if (!/^0xb1[0-9a-f]{62}$/.test(hash)) return undefined;
  const g = Number.parseInt(hash.slice(4, 8), 16),
    n = Number.parseInt(hash.slice(8), 16);
  if (g !== generation && !(g === 0 && n === 0)) return undefined;
  return n;
}

class RpcError extends Error {
  constructor(
    public code: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startNode(first: NodeOptions): Promise<TestNode> {
  let opts = first;
  let generation = 0;
  /** the hash tag: serve generation plus the options' fork tag */
  const tag = () => generation + (opts.fork ?? 0);
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((res) => wss.once("listening", () => res()));
  const port = (wss.address() as AddressInfo).port;
  let stateCount = 0,
    conns = 0,
    dropped = false;
  const sorted = new Map<StateVersion, string[]>();
  const keysOf = (v: StateVersion) => {
    let k = sorted.get(v);
    if (!k) {
      k = [...v.storage.keys()].sort();
      sorted.set(v, k);
    }
    return k;
  };

  const versionAt = (n: number): StateVersion => {
    let v = opts.states[0]!;
    for (const s of opts.states) if (s.fromBlock <= n) v = s;
    return v;
  };
  const resolve = (hash: unknown, forState: boolean): number => {
    if (hash === undefined || hash === null) return opts.head;
    const n = blockNumberOf(String(hash), tag());
    if (n === undefined || n > opts.head)
      throw new RpcError(4003, `Client error: UnknownBlock: Header was not found in the database: ${String(hash)}`);
    if (forState && opts.keepBlocks !== undefined && n < opts.head - opts.keepBlocks)
      throw new RpcError(4003, `Client error: UnknownBlock: State already discarded for ${String(hash)}`);
    return n;
  };
  const header = (n: number) => ({
    parentHash: n > 0 ? blockHash(n - 1, tag()) : tag() === 0 ? "0x" + "00".repeat(32) : blockHash(0, 0),
    number: "0x" + n.toString(16),
    stateRoot: "0x" + "5e".repeat(32),
    extrinsicsRoot: "0x" + "e0".repeat(32),
    digest: { logs: [] },
  });
  const runtimeVersion = (rt: Runtime) => ({
    specName: rt.specName ?? "node-subtensor",
    implName: "node-subtensor",
    authoringVersion: 1,
    specVersion: rt.specVersion,
    implVersion: 1,
    apis: [],
    transactionVersion: 1,
    stateVersion: 1,
  });

  const handle = (method: string, params: unknown[]): unknown => {
    opts.log?.push(method);
    switch (method) {
      case "rpc_methods":
        return {
          methods: [
            "chain_getBlockHash",
            "chain_getHeader",
            "chain_getFinalizedHead",
            "state_getMetadata",
            "state_getRuntimeVersion",
            "state_getStorage",
            "state_getKeysPaged",
            "state_queryStorageAt",
            "system_chain",
            "system_properties",
          ],
        };
      case "system_chain":
        return "Yuma test node";
      case "system_name":
        return "yuma-test-node";
      case "system_version":
        return "0.0.0";
      case "system_properties":
        return { ss58Format: 42, tokenDecimals: 9, tokenSymbol: "TAO" };
      case "chain_getBlockHash": {
        const n = params[0] === undefined || params[0] === null ? opts.head : Number(params[0]);
        return n <= opts.head ? blockHash(n, tag()) : null;
      }
      case "chain_getFinalizedHead":
        return blockHash(opts.head, tag());
      case "chain_getHeader":
        return header(resolve(params[0], false));
      case "state_getRuntimeVersion":
        return runtimeVersion(versionAt(resolve(params[0], false)).runtime);
      case "state_getMetadata":
        return versionAt(resolve(params[0], false)).runtime.metadata;
    }
    if (method.startsWith("state_")) {
      stateCount++;
      if (method === "state_getStorage") {
        const v = versionAt(resolve(params[1], true));
        return v.storage.get(String(params[0])) ?? null;
      }
      if (method === "state_getKeysPaged") {
        const [prefix, count, startKey, at] = params as [string, number, string | null, string | undefined];
        const keys = keysOf(versionAt(resolve(at, true)));
        const out: string[] = [];
        for (const k of keys) {
          if (!k.startsWith(prefix)) continue;
          if (startKey && k <= startKey) continue;
          out.push(k);
          if (out.length >= count) break;
        }
        return out;
      }
      if (method === "state_queryStorageAt") {
        const [keys, at] = params as [string[], string | undefined];
        const n = resolve(at, true);
        const v = versionAt(n);
        return [{ block: blockHash(n, tag()), changes: keys.map((k) => [k, v.storage.get(k) ?? null]) }];
      }
    }
    throw new RpcError(-32601, `Method not found: ${method}`);
  };

  wss.on("connection", (ws: WebSocket) => {
    conns++;
    ws.on("message", (data) => {
      let req: { id: number; method: string; params?: unknown[] };
      try {
        req = JSON.parse(String(data));
      } catch {
        return;
      }
      const params = req.params ?? [];
      if (
        req.method === "state_subscribeRuntimeVersion" ||
        req.method === "chain_subscribeNewHeads" ||
        req.method === "chain_subscribeFinalizedHeads"
      ) {
        const sub = `sub-${req.id}`;
        ws.send(JSON.stringify({ jsonrpc: "2.0", id: req.id, result: sub }));
        const result = req.method === "state_subscribeRuntimeVersion" ? runtimeVersion(versionAt(opts.head).runtime) : header(opts.head);
        ws.send(JSON.stringify({ jsonrpc: "2.0", method: req.method, params: { subscription: sub, result } }));
        return;
      }
      if (req.method.startsWith("state_unsubscribe") || req.method.startsWith("chain_unsubscribe")) {
        ws.send(JSON.stringify({ jsonrpc: "2.0", id: req.id, result: true }));
        return;
      }
      if (
        req.method.startsWith("state_") &&
        opts.dropAfterStateRequests !== undefined &&
        !dropped &&
        stateCount >= opts.dropAfterStateRequests
      ) {
        dropped = true;
        ws.terminate();
        return;
      }
      const answer = () => {
        if (ws.readyState !== ws.OPEN) return;
        try {
          const result = handle(req.method, params);
          ws.send(JSON.stringify({ jsonrpc: "2.0", id: req.id, result }));
        } catch (e) {
          const err = e instanceof RpcError ? e : new RpcError(-32603, String(e));
          ws.send(JSON.stringify({ jsonrpc: "2.0", id: req.id, error: { code: err.code, message: err.message } }));
        }
      };
      if (opts.delayMs && req.method.startsWith("state_")) setTimeout(answer, opts.delayMs);
      else answer();
    });
  });

  return {
    url: `ws://127.0.0.1:${port}`,
    stateRequests: () => stateCount,
    connections: () => conns,
    serve: (next) => {
      opts = next;
      generation++;
      stateCount = 0;
      dropped = false;
      sorted.clear();
    },
    close: () =>
      new Promise<void>((res) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => res());
      }),
  };
}

export { GENESIS };
