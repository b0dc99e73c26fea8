// One node double and one ApiPromise for a whole test file: each test serves
// its own chain on the same node (node.serve) and reads it through the same
// connection, instead of starting a node and connecting per test (connecting
// decodes the runtime metadata every time).
import { ApiPromise, WsProvider } from "@polkadot/api";
import { beforeAll, afterAll } from "vitest";
import { startNode, type NodeOptions, type Runtime, type TestNode } from "./node.js";
import { StateBuilder } from "./state.js";
import { metadata425 } from "./metadata425.js";

export interface SharedNode {
  node: TestNode;
  api: ApiPromise;
  /** serves this chain from now on (blocks of earlier chains become unknown) */
  serve(opts: NodeOptions): void;
  close(): Promise<void>;
}

/**
 * Starts a node serving an empty chain of runtime `rt` (spec 425 by default) until the first `serve`, and
 * connects to it. Serve chains of that runtime to a test that reads the state of block 0 (an epoch at block 1):
 * the client decodes its genesis with the runtime it connected to.
 */
export async function sharedNode(rt: Runtime = metadata425()): Promise<SharedNode> {
  const node = await startNode({ head: 1, states: [{ fromBlock: 0, storage: new StateBuilder(rt).storage, runtime: rt }] });
  const api = await ApiPromise.create({ provider: new WsProvider(node.url, 200), noInitWarn: true, throwOnConnect: true });
  return {
    node,
    api,
    serve: (opts) => node.serve(opts),
    close: async () => {
      await api.disconnect();
      await node.close();
    },
  };
}

/**
 * For a describe block: one shared node and connection (started before its first test, closed after its last),
 * and a drop-in for harness.ts `connect` that serves the test's chain on it (its `close` leaves both open).
 */
export function useSharedNode(
  rt: Runtime = metadata425(),
): (opts: NodeOptions) => Promise<{ node: TestNode; api: ApiPromise; close(): Promise<void> }> {
  let shared: SharedNode | undefined;
  beforeAll(async () => {
    shared = await sharedNode(rt);
  });
  afterAll(async () => {
    await shared?.close();
  });
  return async (opts) => {
    if (!shared) throw new Error("useSharedNode: used outside the describe block's tests");
    shared.serve(opts);
    return { node: shared.node, api: shared.api, close: async () => {} };
  };
}
