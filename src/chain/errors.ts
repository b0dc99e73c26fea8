// A chain read that cannot give a snapshot: names the block and the reason.
export class ChainError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = "ChainError";
  }
}

/** Translates a node's error text into a clear reason (archive node, unknown block), or undefined. */
export function explainNodeError(e: unknown, block: number | string): string | undefined {
  const msg = e instanceof Error ? e.message : String(e);
  if (/State already discarded|state.*pruned|Missing trie node/i.test(msg))
    return `the node no longer has the state of block ${block} (not an archive node: run it with --state-pruning archive, or pick a recent block)`;
  if (/UnknownBlock|Header was not found/i.test(msg)) return `the node does not know block ${block}`;
  return undefined;
}
