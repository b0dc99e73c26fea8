// Test helpers: start a node double for a fixture input (and optionally the
// outputs stored at the epoch block), connect @polkadot/api to it.
import fs from "node:fs";
import { ApiPromise, WsProvider } from "@polkadot/api";
import { startNode, type NodeOptions, type Runtime, type StateVersion, type TestNode } from "./node.js";
import { StateBuilder } from "./state.js";
import { writeInput, writeOutputs } from "./fromSnapshot.js";
import { metadata425 } from "./metadata425.js";

export function runtime219(): Runtime {
  const f = JSON.parse(fs.readFileSync(new URL("../../fixtures/chain/finney-spec219-block4898328.json", import.meta.url), "utf8"));
  return { specVersion: 219, metadata: f.metadata };
}
export { metadata425 };

export function readFixture(
  path: string,
): { steps: { input: Record<string, unknown>; expected: Record<string, unknown> }[] } & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
}

/** States for one epoch: the input state before block currentBlock, the outputs from it on (when `expected` is given). */
export function epochStates(
  rt: Runtime,
  input: Record<string, unknown>,
  expected?: Record<string, unknown>,
  edit?: (b: StateBuilder) => void,
): StateVersion[] {
  const before = writeInput(new StateBuilder(rt), input);
  edit?.(before);
  const states: StateVersion[] = [{ fromBlock: 0, storage: before.storage, runtime: rt }];
  if (expected)
    states.push({ fromBlock: Number(input.currentBlock), storage: writeOutputs(before.clone(), input, expected).storage, runtime: rt });
  return states;
}

export async function connect(opts: NodeOptions): Promise<{ node: TestNode; api: ApiPromise; close(): Promise<void> }> {
  const node = await startNode(opts);
  const api = await ApiPromise.create({ provider: new WsProvider(node.url, 200), noInitWarn: true, throwOnConnect: true });
  return {
    node,
    api,
    close: async () => {
      await api.disconnect();
      await node.close();
    },
  };
}
