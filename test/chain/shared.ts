// One node double and one ApiPromise for a whole test file: each test serves
// its own chain on the same node (node.serve) and reads it through the same
// connection, instead of starting a node and connecting per test (connecting
// decodes the runtime metadata every time).
import { ApiPromise, WsProvider } from "@polkadot/api";
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
 * connects to it. Genesis (block 0) is read with that runtime's metadata whatever is served later: serve
 * chains of that runtime when a test reads the state of block 0.
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
