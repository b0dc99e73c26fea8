// fetchHistory: one snapshot per epoch a subnet ran in a block range, in
// block order, with optional --verify against what the chain wrote. Epoch
// blocks: `blocks_until_next_epoch == 0` with the Tempo of the block before
// (spec < 423), the stored schedule `LastEpochBlock` (spec >= 423).
import type { ApiPromise } from "@polkadot/api";
import { ChainError } from "./errors.js";
import { fetchSnapshotDetailed, type ChainSnapshot } from "./fetch.js";
import { bestBlock, guard, nodeName, num, queryAt, resolveBlock, type BlockRef } from "./read.js";
import { compareOutputs, readStoredOutputs, type Difference } from "./verify.js";
import { Engine } from "../wasm/engine.js";
import { validateSnapshot } from "../snapshot/validate.js";

export interface FetchHistoryOptions {
  netuid: number;
  from: number;
  to: number;
  /** compare each epoch's engine result with what the chain stored at the epoch block */
  verify?: boolean;
  /** the subnet's mechanism to read (default 0; fetchSnapshot's `mechanism`) */
  mechanism?: number;
  /** epochs fetched at once (each fetch has one request in flight at a time); default 2 */
  concurrency?: number;
  /** attempts per epoch on a dropped connection or other transient error; default 5 */
  retries?: number;
  /** first retry delay, doubled per attempt; default 500 ms */
  backoffMs?: number;
  /** start after this epoch block (resume) */
  after?: number;
  engine?: Engine;
  /** called with the epoch blocks once they are known */
  onPlan?(blocks: number[]): void;
  /** called when a transient error is retried */
  onRetry?(block: number, attempt: number, error: unknown): void;
}

export interface HistoryEpoch {
  block: number;
  snapshot: ChainSnapshot;
  /** with verify: the differences between the chain's stored outputs and the engine (empty = verified) */
  differences?: Difference[];
}

/** Epoch blocks of `netuid` in [from, to] (section 8 of history-variants.md; stored schedule from 423). */
export async function epochBlocks(
  api: ApiPromise,
  netuid: number,
  from: number,
  to: number,
  retry: <T>(b: number, f: () => Promise<T>) => Promise<T> = (_b, f) => f(),
): Promise<number[]> {
  const best = await bestBlock(api);
  if (to > best) throw new ChainError(nodeName(api), `block ${to} is in the future (the node's best block is ${best})`);
  if (from < 1 || from > to) throw new ChainError(nodeName(api), `--from ${from} --to ${to}: expected 1 <= from <= to`);
  const at = (b: number) =>
    retry(b, async () => {
      const ref = await resolveBlock(api, b);
      return queryAt(api, ref);
    });
  // the state before block b decides whether b runs the epoch
  const out: number[] = [];
  let b = from;
  while (b <= to) {
    const { q, specVersion } = await at(b - 1);
    const added = await retry(b, () => guard(api, b - 1, () => q("NetworksAdded")(netuid)));
    if (!added.isTrue) throw new ChainError(nodeName(api), `netuid ${netuid} does not exist at block ${b - 1} (NetworksAdded is false)`);
    if (specVersion >= 423) {
      // stored schedule: walk LastEpochBlock back from `to` (read at `to`, then before each epoch found)
      const found: number[] = [];
      let e = to;
      while (e >= b) {
        const last = num(
          await retry(e, async () => {
            const { q: qe } = await at(e);
            return guard(api, e, () => qe("LastEpochBlock")(netuid));
          }),
        );
        if (last < b || last > e || last === 0) break;
        found.push(last);
        e = last - 1;
      }
      out.push(...found.reverse());
      break;
    }
    const tempo = num(await retry(b, () => guard(api, b - 1, () => q("Tempo")(netuid))));
    if (tempo === 0) {
      b = to + 1;
      break;
    } // tempo 0 never runs the epoch
    // blocks_until_next_epoch(netuid, tempo, block) = tempo - (block + netuid + 1) % (tempo + 1) == 0, i.e. the remainder is tempo
    const period = tempo + 1;
    const r = (b + netuid + 1) % period;
    const e = b + ((tempo - r + period) % period);
    if (e > to) break;
    // accept e if the tempo before e still puts the epoch there
    const { q: qe } = await at(e - 1);
    const t2 = num(await retry(e, () => guard(api, e - 1, () => qe("Tempo")(netuid))));
    if (t2 !== 0 && (e + netuid + 1) % (t2 + 1) === t2) out.push(e);
    b = e + 1;
  }
  return out;
}

const TRANSIENT = /disconnected|not connected|WebSocket|socket|ECONNRESET|ECONNREFUSED|timeout|Abnormal Closure|No response received/i;

/** Snapshots of every epoch in [from, to], in block order; resumable by `after`. */
export async function* fetchHistory(api: ApiPromise, opts: FetchHistoryOptions): AsyncGenerator<HistoryEpoch> {
  const retries = opts.retries ?? 5,
    backoff = opts.backoffMs ?? 500;
  // @polkadot/rpc-core keeps a memoized call's "disconnected" error for the same parameters, so after a
  // dropped connection the retries run on a fresh clone of the embedder's api (own connection and caches)
  let cur = api;
  let generation = 0;
  const refresh = async (seen: number) => {
    if (seen !== generation) return; // another epoch already refreshed
    generation++;
    const old = cur;
    cur = api.clone();
    if (old !== api) old.disconnect().catch(() => {});
    await cur.isReadyOrError;
  };
  const retry = async <T>(block: number, f: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const seen = generation;
      try {
        return await f();
      } catch (e) {
        if (e instanceof ChainError || attempt >= retries || !TRANSIENT.test(String((e as Error)?.message ?? e))) {
          if (e instanceof ChainError) throw e;
          if (attempt >= retries)
            throw new ChainError(nodeName(api), `block ${block}: gave up after ${attempt} attempts: ${(e as Error)?.message ?? e}`);
          throw e;
        }
        opts.onRetry?.(block, attempt, e);
        await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
        await refresh(seen).catch(() => {});
      }
    }
  };
  let blocks: number[];
  try {
    blocks = await retry(opts.from, () => epochBlocks(cur, opts.netuid, opts.from, opts.to, (_b, f) => f()));
  } catch (e) {
    if (cur !== api) await cur.disconnect().catch(() => {});
    throw e;
  }
  if (opts.after !== undefined) blocks = blocks.filter((b) => b > opts.after!);
  opts.onPlan?.(blocks);
  const engine = opts.verify ? (opts.engine ?? new Engine()) : undefined;
  const one = async (block: number): Promise<HistoryEpoch> =>
    retry(block, async () => {
      const got = await fetchSnapshotDetailed(cur, { netuid: opts.netuid, at: block, mechanism: opts.mechanism });
      const ep: HistoryEpoch = { block, snapshot: got.snapshot };
      if (engine) {
        const result = engine.run(validateSnapshot(got.snapshot)) as unknown as Record<string, unknown>;
        const stored = await readStoredOutputs(
          cur,
          got.block as BlockRef,
          opts.netuid,
          got.snapshot.n as number,
          got.layout,
          got.hotkeys,
          got.mechanism,
        );
        ep.differences = compareOutputs(stored, result, got.snapshot.bonds as [number, number][][]);
      }
      return ep;
    });
  // bounded window: at most `concurrency` epochs in flight, yielded in block order
  const width = Math.max(1, opts.concurrency ?? 2);
  const window: Promise<HistoryEpoch>[] = [];
  let next = 0;
  const start = (b: number) => {
    const p = one(b);
    p.catch(() => {}); // awaited in order below; avoids an unhandled rejection while an earlier epoch is awaited
    window.push(p);
  };
  while (next < blocks.length && window.length < width) start(blocks[next++]!);
  try {
    while (window.length > 0) {
      const ep = await window.shift()!;
      if (next < blocks.length) start(blocks[next++]!);
      yield ep;
    }
  } finally {
    if (cur !== api) await cur.disconnect().catch(() => {});
  }
}
