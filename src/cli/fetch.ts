// yuma fetch snapshot | history: read the chain through @polkadot/api (loaded
// only by these commands).
import fs from "node:fs";
import type { ApiPromise } from "@polkadot/api";
import { ChainError } from "../chain/errors.js";
import { createProgress } from "./progress.js";

interface Io {
  out(l: string): void;
  err(l: string): void;
}

/** @polkadot's console notices (metadata and signed-extension warnings) are noise for a CLI user. */
function quietPolkadotLogs(): () => void {
  const orig = { log: console.log, warn: console.warn, error: console.error };
  const drop = (args: unknown[]) =>
    typeof args[0] === "string" &&
    /^\d{4}-\d\d-\d\d /.test(args[0]) &&
    /^(API|REGISTRY|RPC-CORE|METADATA)/.test(String(args[1] ?? "").trim());
  for (const k of ["log", "warn", "error"] as const)
    console[k] = (...a: unknown[]) => {
      if (!drop(a)) orig[k](...a);
    };
  return () => Object.assign(console, orig);
}

export async function connect(url: string): Promise<ApiPromise> {
  if (!/^wss?:\/\//.test(url)) throw new ChainError(url, "expected a ws:// or wss:// URL");
  quietPolkadotLogs();
  const { ApiPromise, WsProvider } = await import("@polkadot/api");
  const provider = new WsProvider(url, 500);
  try {
    return await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  } catch (e) {
    await provider.disconnect().catch(() => {});
    throw new ChainError(url, `cannot connect: ${(e as Error)?.message ?? e}`);
  }
}

export async function fetchSnapshotCommand(
  opts: { url: string; netuid: number; block?: number; hash?: string; out?: string; mechanism?: number },
  io: Io,
): Promise<number> {
  const api = await connect(opts.url);
  try {
    const { fetchSnapshot } = await import("../chain/fetch.js");
    const { bestBlock } = await import("../chain/read.js");
    const at = opts.hash ?? opts.block ?? (await bestBlock(api)); // default: the best block
    const s = await fetchSnapshot(api, { netuid: opts.netuid, at, mechanism: opts.mechanism });
    return write(JSON.stringify(s), opts.out, io);
  } finally {
    await api.disconnect();
  }
}

function write(text: string, out: string | undefined, io: Io): number {
  if (out) fs.writeFileSync(out, text + "\n");
  else io.out(text);
  return 0;
}

export async function fetchHistoryCommand(
  opts: {
    url: string;
    netuid: number;
    from: number;
    to: number;
    out: string;
    verify?: boolean;
    resume?: boolean;
    concurrency?: number;
    retries?: number;
    quiet?: boolean;
    mechanism?: number;
  },
  io: Io,
): Promise<number> {
  const api = await connect(opts.url);
  const progress = createProgress(process.stderr, !!opts.quiet);
  try {
    const { fetchHistoryToFile } = await import("../chain/historyFile.js");
    const r = await fetchHistoryToFile(api, {
      netuid: opts.netuid,
      from: opts.from,
      to: opts.to,
      out: opts.out,
      verify: opts.verify,
      resume: opts.resume,
      concurrency: opts.concurrency,
      retries: opts.retries,
      mechanism: opts.mechanism,
      onProgress: (done, total) => progress.update(opts.out, done, total),
      onRetry: (block, attempt, e) => {
        if (!opts.quiet) io.err(`block ${block}: ${(e as Error)?.message ?? e}; retry ${attempt}`);
      },
    });
    progress.stop();
    io.out(`${opts.out}: ${r.epochs} epochs of netuid ${opts.netuid} in blocks ${opts.from}-${opts.to}`);
    if (opts.verify) {
      io.out(`${r.verified} epochs verified, ${r.differ} differ`);
      if (r.first)
        io.out(
          `first difference: epoch at block ${r.first.block}: ${r.first.field} of uid ${r.first.uid}: chain ${JSON.stringify(r.first.chain)}, engine ${JSON.stringify(r.first.engine)}`,
        );
      return r.differ > 0 ? 1 : 0;
    }
    return 0;
  } finally {
    progress.stop();
    await api.disconnect();
  }
}
