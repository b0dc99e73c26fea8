// Loads the WebAssembly module and moves snapshots in and results out.
// One Engine = one instance with its own linear memory; not re-entrant.
import * as L from "./layout.js";
import { EngineError, SnapshotError } from "../snapshot/errors.js";
import { decode } from "./decode.js";
import { decodePacked, type PackedEpochResult } from "./packed.js";
import { isPackedSnapshot, type PackedRows, type PackedSnapshot } from "../snapshot/packed.js";
import type { EpochMode, EpochResult, Snapshot, SparseRow } from "../snapshot/types.js";
import { switchesFor, type Switches } from "../snapshot/versions.js";
import { releaseWasmBase64 } from "./release-wasm.js";

interface Exports {
  memory: WebAssembly.Memory;
  arenaAlloc(size: number): number;
  arenaReset(): void;
  arenaUsed(): number;
  arenaReserve(bytes: number): number;
  memoryBytes(): number;
  epochSparse(header: number): number;
  epochDense(header: number): number;
}

export interface RunOptions {
  /** "sparse" mirrors epoch_mechanism (the chain), "dense" epoch_dense_mechanism. */
  mode?: EpochMode;
  /** Include raw I32F32 intermediates (`debug`). Matrices only when n <= debugMatrixMaxN. */
  debug?: boolean;
  /** Largest n for which debug weight/bond matrices are decoded (default 16, as the fixtures). */
  debugMatrixMaxN?: number;
}

/** The release module's bytes, decoded from the base64 copy that `npm run build:wasm` inlines. */
export function releaseWasmBytes(): Uint8Array<ArrayBuffer> {
  const text = atob(releaseWasmBase64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

let cachedModule: WebAssembly.Module | undefined;

/**
 * The compiled release module, compiled once per realm. The module is inlined
 * in the JavaScript, so it loads the same way in Node, bundlers and
 * browsers, with no file access, fetch or bundler configuration.
 */
export function wasmModule(): WebAssembly.Module {
  cachedModule ??= new WebAssembly.Module(releaseWasmBytes());
  return cachedModule;
}

/** Milliseconds spent in each phase of the last `run` call. */
export interface RunTimings {
  copyIn: number;
  wasm: number;
  decode: number;
}

/** Upper bound on the engine's arena bytes for an epoch (checked in tests against real runs). */
export function estimateArenaBytes(n: number, entries: number, mode: EpochMode): number {
  // measured peaks (bench/memory.mjs, test/engine.test.ts): sparse <= ~40 B per weight entry and ~28 per
  // entry with full bond rows, input copy included (56 leaves a margin); dense 72-88 B per matrix cell plus 8 per entry
  const base = 1 << 20;
  const perUid = 1024 * n;
  const perEntry = (mode === "dense" ? 16 : 56) * entries;
  return base + perUid + perEntry + (mode === "dense" ? 96 * n * n : 0);
}

/** The arena budget: WebAssembly32 memory is at most 4 GiB; leave room for the input copy. */
export const MAX_ARENA_BYTES = 3 * 2 ** 30;

export class Engine {
  private x!: Exports;
  private readonly module: WebAssembly.Module;
  /** How many times a trap replaced the instance. */
  replacements = 0;
  /** Phase timings of the most recent run (for benchmarks). */
  lastTimings: RunTimings = { copyIn: 0, wasm: 0, decode: 0 };
  /** Arena bytes the most recent run used (see LIMITS / estimateArenaBytes). */
  lastArenaBytes = 0;
  private abortMessage = "";

  /** A fresh instance of the module (pass a Module to share compilation, e.g. in browsers). */
  constructor(module: WebAssembly.Module = wasmModule()) {
    this.module = module;
    this.instantiate();
  }

  private instantiate(): void {
    const self = this;
    const instance = new WebAssembly.Instance(this.module, {
      env: {
        abort(msgPtr: number, filePtr: number, line: number, col: number) {
          self.abortMessage = `${self.readString(msgPtr)} at ${self.readString(filePtr)}:${line}:${col}`;
        },
      },
    });
    this.x = instance.exports as unknown as Exports;
  }

  private readString(ptr: number): string {
    if (!ptr) return "";
    const buf = this.x.memory.buffer;
    const len = new Uint32Array(buf, ptr - 4, 1)[0]! >>> 1;
    return String.fromCharCode(...new Uint16Array(buf, ptr, len));
  }

  /** Bytes of linear memory committed by this instance. */
  memoryBytes(): number {
    return this.x.memory.buffer.byteLength;
  }

  /**
   * Runs one epoch on a snapshot that has passed validateSnapshot (or a PackedSnapshot that
   * has passed validatePackedSnapshot). Returns the per-uid outputs in the fixture "expected" shape.
   */
  run(s: Snapshot | PackedSnapshot, opts: RunOptions = {}): EpochResult {
    const out = this.execute(s, opts);
    const t2 = performance.now();
    const result = decode(
      this.x.memory.buffer,
      out,
      s.n,
      opts.mode ?? "sparse",
      opts.debug ?? false,
      opts.debugMatrixMaxN ?? 16,
      switchesFor(s.specVersion),
    );
    this.lastTimings.decode = performance.now() - t2;
    return result;
  }

  /**
   * The same epoch as `run`, its result as typed arrays (PackedEpochResult): one copy per
   * field instead of one JS value per uid and one array per bond entry (6 bytes per bond
   * entry instead of ~64); `toEpochResult(packed)` gives the `run` shape. Takes a Snapshot or
   * a PackedSnapshot (typed CSR weights and bonds: the path for n = 4096 full rows). No debug output.
   */
  runPacked(s: Snapshot | PackedSnapshot, opts: Omit<RunOptions, "debug" | "debugMatrixMaxN"> = {}): PackedEpochResult {
    const out = this.execute(s, opts);
    const t2 = performance.now();
    const result = decodePacked(this.x.memory.buffer, out, s.n, s.specVersion);
    this.lastTimings.decode = performance.now() - t2;
    return result;
  }

  /** Copies the snapshot in and runs the epoch; returns the output header's address. */
  private execute(s: Snapshot | PackedSnapshot, opts: RunOptions): number {
    const n = s.n;
    const mode = opts.mode ?? "sparse";
    const packed = isPackedSnapshot(s);
    const wNnz = packed ? s.weights.ptr[n]! : countEntries(s.weights),
      bNnz = packed ? s.bonds.ptr[n]! : countEntries(s.bonds);
    const entries = wNnz + bNnz;
    const need = estimateArenaBytes(n, entries, mode);
    if (need > MAX_ARENA_BYTES) {
      throw new SnapshotError(
        mode === "dense" ? "n" : "weights",
        `needs about ${(need / 2 ** 30).toFixed(2)} GiB of engine memory (n = ${n}, ${entries} weight + bond entries, ${mode}); the limit is ${MAX_ARENA_BYTES / 2 ** 30} GiB`,
      );
    }
    const x = this.x;
    const t0 = performance.now();
    x.arenaReset();
    // one memory.grow up front instead of many small ones during the epoch
    x.arenaReserve(need);
    // every input array in one arena block (each part 16-byte aligned, as arenaAlloc aligns)
    const a16 = (bytes: number) => (bytes + 15) & ~15;
    const vecBytes = a16(n * 8);
    const offVecs = a16(L.IN_SLOTS * 8);
    const offPermit = offVecs + 6 * vecBytes;
    const offW = offPermit + a16(n);
    const offB = offW + a16((n + 1) * 4) + 2 * a16(wNnz * 4);
    const size = offB + a16((n + 1) * 4) + 2 * a16(bNnz * 4);
    let header: number;
    try {
      header = x.arenaAlloc(size);
    } catch (e) {
      throw this.trap(e, "allocating input");
    }
    if (!header) throw new EngineError("WASM arena allocation failed");
    const buf = x.memory.buffer;
    const words = new Uint32Array(buf);
    const hw = header >>> 2; // word index of the header
    // fields an older runtime does not read are absent: they go in as 0 (see versionFlags)
    const put = (slot: number, v: string | number | boolean | undefined | null) => writeU64(words, hw + 2 * slot, v);
    const sw = switchesFor(s.specVersion);
    put(L.IN_FLAGS, versionFlags(sw));
    put(L.IN_ACTIVITY_CUTOFF, sw.activityCutoff === "stored" ? s.activityCutoff : 0);
    put(L.IN_N, n);
    put(L.IN_CURRENT_BLOCK, s.currentBlock);
    put(L.IN_TEMPO, s.tempo);
    put(L.IN_CUTOFF_FACTOR_MILLI, s.activityCutoffFactorMilli);
    put(L.IN_LAST_MECHANISM_STEP_BLOCK, s.lastMechanismStepBlock);
    put(L.IN_RAO_EMISSION, s.raoEmission);
    put(L.IN_KAPPA, s.kappa);
    put(L.IN_BONDS_MOVING_AVERAGE, s.bondsMovingAverage);
    // before 233 the bonds EMA reads the clipped weights: interpolation with penalty 1
    put(L.IN_BONDS_PENALTY, sw.bondsPenalty ? s.bondsPenalty : 65535);
    put(L.IN_LIQUID_ALPHA, s.liquidAlphaEnabled);
    put(L.IN_ALPHA_LOW, s.alphaLow);
    put(L.IN_ALPHA_HIGH, s.alphaHigh);
    put(L.IN_ALPHA_STEEPNESS, s.alphaSigmoidSteepness); // i16: sign-extended by writeU64
    put(L.IN_YUMA3, s.yuma3Enabled);
    put(L.IN_MAX_VALIDATORS, s.maxAllowedValidators);
    put(L.IN_STAKE_THRESHOLD, s.stakeThreshold);
    put(L.IN_OWNER_UID, s.ownerUid === undefined ? null : s.ownerUid); // null: u64::MAX (no owner)
    put(L.IN_COMMIT_REVEAL, s.commitRevealEnabled);
    put(L.IN_TAO_WEIGHT, s.taoWeight);
    const vecSources: ((string | null)[] | undefined)[] = [
      s.alphaStake,
      s.taoStake,
      s.lastUpdate,
      s.blockAtRegistration,
      s.commitBlocks,
      s.stake,
    ];
    for (let k = 0; k < 6; k++) {
      const src = vecSources[k];
      const at = header + offVecs + k * vecBytes;
      if (src === undefined) words.fill(0, at >>> 2, (at >>> 2) + 2 * n);
      else writeU64Strings(words, at >>> 2, src, n);
      put(VEC_SLOTS[k]!, at);
    }
    const permit = header + offPermit;
    const pv = new Uint8Array(buf, permit, n);
    const vp = s.validatorPermit;
    for (let i = 0; i < n; i++) pv[i] = vp[i] ? 1 : 0;
    put(L.IN_PERMIT, permit);
    const w = [header + offW, header + offW + a16((n + 1) * 4), header + offW + a16((n + 1) * 4) + a16(wNnz * 4)];
    const b = [header + offB, header + offB + a16((n + 1) * 4), header + offB + a16((n + 1) * 4) + a16(bNnz * 4)];
    if (packed) {
      writePackedRows(buf, s.weights, n, wNnz, w);
      writePackedRows(buf, s.bonds, n, bNnz, b);
    } else {
      writeRows(buf, s.weights, n, wNnz, w);
      writeRows(buf, s.bonds, n, bNnz, b);
    }
    put(L.IN_W_PTR, w[0]);
    put(L.IN_W_COLS, w[1]);
    put(L.IN_W_VALS, w[2]);
    put(L.IN_B_PTR, b[0]);
    put(L.IN_B_COLS, b[1]);
    put(L.IN_B_VALS, b[2]);

    let out: number;
    const t1 = performance.now();
    try {
      out = this.callEpoch(mode, header);
    } catch (e) {
      throw this.trap(e, `epoch (${mode})`);
    }
    const t2 = performance.now();
    this.lastTimings = { copyIn: t1 - t0, wasm: t2 - t1, decode: 0 };
    this.lastArenaBytes = x.arenaUsed();
    return out;
  }

  /** The one call into the module per epoch (a seam for fault-injection tests). */
  protected callEpoch(mode: EpochMode, header: number): number {
    return mode === "dense" ? this.x.epochDense(header) : this.x.epochSparse(header);
  }

  /** The raw module exports (tests). */
  protected get wasm(): Exports {
    return this.x;
  }

  /**
   * A trap leaves the instance's memory in an unknown state: report it and
   * start a fresh instance so that the caller (e.g. a long replay) can go on.
   */
  private trap(e: unknown, where: string): EngineError {
    const msg = this.abortMessage || (e instanceof Error ? e.message : String(e));
    this.abortMessage = "";
    this.instantiate();
    this.replacements++;
    return new EngineError(`WebAssembly trap while ${where}: ${msg} (instance replaced)`, e);
  }
}

function countEntries(rows: SparseRow[]): number {
  let total = 0;
  for (const r of rows) total += r.length;
  return total;
}

function writePackedRows(buf: ArrayBuffer, rows: PackedRows, n: number, total: number, p: number[]): void {
  new Uint32Array(buf, p[0]!, n + 1).set(rows.ptr);
  new Uint32Array(buf, p[1]!, total).set(rows.cols);
  new Uint32Array(buf, p[2]!, total).set(rows.vals);
}

function writeRows(buf: ArrayBuffer, rows: SparseRow[], n: number, total: number, p: number[]): void {
  const ptr = new Uint32Array(buf, p[0]!, n + 1);
  const cols = new Uint32Array(buf, p[1]!, total);
  const vals = new Uint32Array(buf, p[2]!, total);
  let k = 0;
  for (let i = 0; i < n; i++) {
    ptr[i] = k;
    const row = rows[i]!;
    for (let e = 0, len = row.length; e < len; e++) {
      const pair = row[e]!;
      cols[k] = pair[0];
      vals[k] = pair[1];
      k++;
    }
  }
  ptr[n] = k;
}

/** The IN_FLAGS bits of a runtime version (assembly/epoch/layout.ts FL_*); 0 for 423+. */
export function versionFlags(sw: Switches): number {
  let f = 0;
  if (sw.stakeSource === "tao") f |= L.FL_TAO_STAKE;
  if (sw.wrappingOps) f |= L.FL_WRAP_ADD;
  if (sw.activityCutoff === "stored") f |= L.FL_STORED_CUTOFF;
  if (!sw.stakeThreshold) f |= L.FL_PLAIN_TOPK;
  if (sw.bondRegistrationMask === "lastUpdate") f |= L.FL_BOND_MASK_LAST_UPDATE;
  if (!sw.writeAllBondRows) f |= L.FL_UNCHANGED_BOND_ROWS;
  if (sw.rankTrustPruning) f |= L.FL_RANK_TRUST;
  if (!sw.ownerExemptAndPermitted) f |= L.FL_OWNER_NOT_EXEMPT;
  if (sw.liquidAlpha === "v1") f |= L.FL_LIQUID_V1;
  if (sw.sigmoidForm === 273) f |= L.FL_SIGMOID_273 | L.FL_SIGMOID_SAFE_EXP;
  if (sw.sigmoidForm === 283) f |= L.FL_SIGMOID_SAFE_EXP;
  if (!sw.safeDiv) f |= L.FL_SATURATING_DIV;
  return f;
}

const TWO32 = 4294967296;

/**
 * A validated u64 decimal string's value when it is at most 2^53 - 1 (exact), else a number
 * above Number.MAX_SAFE_INTEGER. Short strings through `+v` (V8 caches the value of index-like
 * strings), longer ones by a digit loop (~3x faster than `+v` at 15-16 digits): every partial
 * value is below the final one, so the loop is exact whenever the result is <= 2^53 - 1.
 */
function decimalValue(v: string): number {
  const len = v.length;
  if (len <= 9) return +v;
  if (len > 16) return Number.MAX_VALUE;
  let x = 0;
  for (let k = 0; k < len; k++) x = x * 10 + (v.charCodeAt(k) - 48);
  return x;
}

/** The header slots of the six u64 vectors, in the order execute writes them. */
const VEC_SLOTS = [L.IN_ALPHA_STAKE, L.IN_TAO_STAKE, L.IN_LAST_UPDATE, L.IN_BLOCK_AT_REG, L.IN_COMMIT_BLOCKS, L.IN_STAKE];

/**
 * One header value as a little-endian u64 at word index `at`: a validated decimal string, a
 * non-negative integer (a negative one, an i16, is sign-extended), a boolean (0 / 1),
 * undefined (a field the runtime does not read) as 0, null as u64::MAX.
 */
function writeU64(words: Uint32Array, at: number, v: string | number | boolean | undefined | null): void {
  if (typeof v === "string") {
    writeDecimalU64(words, at, v);
    return;
  }
  let lo: number, hi: number;
  if (v === undefined || v === false) lo = hi = 0;
  else if (v === true) {
    lo = 1;
    hi = 0;
  } else if (v === null) lo = hi = 0xffffffff;
  else {
    lo = v >>> 0;
    hi = v < 0 ? 0xffffffff : (v - lo) / TWO32;
  }
  words[at] = lo;
  words[at + 1] = hi;
}

/** A validated decimal u64 string as two little-endian u32 words at word index `at`: below 2^53 through Number (exact), above through BigInt. */
function writeDecimalU64(words: Uint32Array, at: number, v: string): void {
  const x = decimalValue(v);
  if (x <= Number.MAX_SAFE_INTEGER) {
    const lo = x >>> 0;
    words[at] = lo;
    words[at + 1] = (x - lo) / TWO32;
  } else {
    const b = BigInt(v);
    words[at] = Number(b & 0xffffffffn);
    words[at + 1] = Number(b >> 32n);
  }
}

/**
 * Decimal u64 strings (validated) into little-endian u64 words at word index `at`;
 * null as u64::MAX. Values below 2^53 go through Number (exact), larger ones through BigInt.
 */
function writeU64Strings(words: Uint32Array, at: number, src: readonly (string | null)[], n: number): void {
  for (let i = 0; i < n; i++) {
    const v = src[i];
    if (v === null || v === undefined) {
      words[at + 2 * i] = 0xffffffff;
      words[at + 2 * i + 1] = 0xffffffff;
    } else writeDecimalU64(words, at + 2 * i, v);
  }
}
