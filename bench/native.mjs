// The chain's own spec-425 epoch built natively (../shared/bench/chain-epoch, README there):
// `time` for the side-by-side figures, `run` as the oracle for the bit-exact check.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DEFAULT = fileURLToPath(new URL("../../shared/bench/chain-epoch", import.meta.url));

/** Path of the native binary (CHAIN_EPOCH overrides), or undefined when it is missing. */
export function nativeBinary() {
  const candidates = [process.env.CHAIN_EPOCH, DEFAULT, "/work/shared/bench/chain-epoch"].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

/** A key that changes when the binary changes (for the oracle cache). */
export function binaryStamp(bin) {
  const st = statSync(bin);
  return `${st.size}-${Math.round(st.mtimeMs)}`;
}

function call(bin, args) {
  const r = spawnSync(bin, args, { encoding: "utf8", maxBuffer: 2 ** 31 - 1 });
  if (r.status !== 0) throw new Error(`chain-epoch ${args.join(" ")}: exit ${r.status}: ${(r.stderr || "").slice(0, 400)}`);
  return r.stdout;
}

/** K epoch calls on one parsed input: { medianUs, minUs, maxUs, parseMs }. */
export function nativeTime(bin, file, mode, k) {
  return JSON.parse(call(bin, ["time", `--${mode}`, "--k", String(k), file]).trim());
}

/** The chain's output (expected shape, no debug) for the single snapshot in `file`, as JSON text. */
export function nativeRunText(bin, file, mode) {
  return call(bin, ["run", `--${mode}`, "--no-debug", file]);
}
