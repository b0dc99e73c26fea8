// Loads the WebAssembly module and moves snapshots in and results out.
// One Engine = one instance with its own linear memory; not re-entrant.
import * as L from "./layout.js";
import { EngineError, SnapshotError } from "../snapshot/errors.js";
import { decodePacked, type PackedEpochResult } from "./packed.js";
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

const U64_MAX = (1n << 64n) - 1n;

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
  // measured peaks (bench, test/engine.test.ts): sparse <= ~63 B per weight entry and ~52 per bond
  // entry, input copy included; dense 72-88 B per matrix cell plus 8 per entry
  const base = 1 << 20;
  const perUid = 1024 * n;
  const perEntry = (mode === "dense" ? 16 : 80) * entries;
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
   * Runs one epoch on a snapshot that has passed validateSnapshot. Returns
   * the per-uid outputs in the fixture "expected" shape.
   */
  run(s: Snapshot, opts: RunOptions = {}): EpochResult {
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
   * field instead of one JS value per uid and one array per bond entry. No debug output.
   */
  runPacked(s: Snapshot, opts: Omit<RunOptions, "debug" | "debugMatrixMaxN"> = {}): PackedEpochResult {
    const out = this.execute(s, opts);
    const t2 = performance.now();
    const result = decodePacked(this.x.memory.buffer, out, s.n);
    this.lastTimings.decode = performance.now() - t2;
    return result;
  }

  /** Copies the snapshot in and runs the epoch; returns the output header's address. */
  private execute(s: Snapshot, opts: RunOptions): number {
    const n = s.n;
    const mode = opts.mode ?? "sparse";
    const wNnz = countEntries(s.weights),
      bNnz = countEntries(s.bonds);
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
    const alloc = (bytes: number): number => {
      const p = x.arenaAlloc(Math.max(bytes, 1));
      if (!p) throw new EngineError("WASM arena allocation failed");
      return p;
    };
    let header: number, vecs: number[], permit: number, w: number[], b: number[];
    try {
      header = alloc(L.IN_SLOTS * 8);
      vecs = [0, 1, 2, 3, 4, 5].map(() => alloc(n * 8));
      permit = alloc(n);
      w = [alloc((n + 1) * 4), alloc(wNnz * 4), alloc(wNnz * 4)];
      b = [alloc((n + 1) * 4), alloc(bNnz * 4), alloc(bNnz * 4)];
    } catch (e) {
      throw this.trap(e, "allocating input");
    }
    const buf = x.memory.buffer;
    const h = new BigUint64Array(buf, header, L.IN_SLOTS);
    // fields an older runtime does not read are absent: they go in as 0 (see versionFlags)
    const big = (v: string | number | boolean | undefined) => (v === undefined ? 0n : BigInt(typeof v === "boolean" ? (v ? 1 : 0) : v));
    const sw = switchesFor(s.specVersion);
    h[L.IN_FLAGS] = BigInt(versionFlags(sw));
    h[L.IN_ACTIVITY_CUTOFF] = sw.activityCutoff === "stored" ? big(s.activityCutoff) : 0n;
    h[L.IN_N] = big(n);
    h[L.IN_CURRENT_BLOCK] = big(s.currentBlock);
    h[L.IN_TEMPO] = big(s.tempo);
    h[L.IN_CUTOFF_FACTOR_MILLI] = big(s.activityCutoffFactorMilli);
    h[L.IN_LAST_MECHANISM_STEP_BLOCK] = big(s.lastMechanismStepBlock);
    h[L.IN_RAO_EMISSION] = big(s.raoEmission);
    h[L.IN_KAPPA] = big(s.kappa);
    h[L.IN_BONDS_MOVING_AVERAGE] = big(s.bondsMovingAverage);
    // before 233 the bonds EMA reads the clipped weights: interpolation with penalty 1
    h[L.IN_BONDS_PENALTY] = sw.bondsPenalty ? big(s.bondsPenalty) : 65535n;
    h[L.IN_LIQUID_ALPHA] = big(s.liquidAlphaEnabled);
    h[L.IN_ALPHA_LOW] = big(s.alphaLow);
    h[L.IN_ALPHA_HIGH] = big(s.alphaHigh);
    h[L.IN_ALPHA_STEEPNESS] = BigInt.asUintN(64, BigInt(s.alphaSigmoidSteepness ?? 0));
    h[L.IN_YUMA3] = big(s.yuma3Enabled);
    h[L.IN_MAX_VALIDATORS] = big(s.maxAllowedValidators);
    h[L.IN_STAKE_THRESHOLD] = big(s.stakeThreshold);
    h[L.IN_OWNER_UID] = s.ownerUid === null || s.ownerUid === undefined ? U64_MAX : big(s.ownerUid);
    h[L.IN_COMMIT_REVEAL] = big(s.commitRevealEnabled);
    h[L.IN_TAO_WEIGHT] = big(s.taoWeight);
    const vecSources: ((string | null)[] | undefined)[] = [
      s.alphaStake,
      s.taoStake,
      s.lastUpdate,
      s.blockAtRegistration,
      s.commitBlocks,
      s.stake,
    ];
    const vecSlots = [L.IN_ALPHA_STAKE, L.IN_TAO_STAKE, L.IN_LAST_UPDATE, L.IN_BLOCK_AT_REG, L.IN_COMMIT_BLOCKS, L.IN_STAKE];
    const words = new Uint32Array(buf);
    for (let k = 0; k < 6; k++) {
      const src = vecSources[k];
      if (src === undefined) new BigUint64Array(buf, vecs[k]!, n).fill(0n);
      else writeU64Strings(words, vecs[k]! >>> 2, src, n);
      h[vecSlots[k]!] = BigInt(vecs[k]!);
    }
    const pv = new Uint8Array(buf, permit, n);
    const vp = s.validatorPermit;
    for (let i = 0; i < n; i++) pv[i] = vp[i] ? 1 : 0;
    h[L.IN_PERMIT] = BigInt(permit);
    writeRows(buf, s.weights, n, wNnz, w);
    writeRows(buf, s.bonds, n, bNnz, b);
    h[L.IN_W_PTR] = BigInt(w[0]!);
    h[L.IN_W_COLS] = BigInt(w[1]!);
    h[L.IN_W_VALS] = BigInt(w[2]!);
    h[L.IN_B_PTR] = BigInt(b[0]!);
    h[L.IN_B_COLS] = BigInt(b[1]!);
    h[L.IN_B_VALS] = BigInt(b[2]!);

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
 * Decimal u64 strings (validated) into little-endian u64 words at word index `at`;
 * null as u64::MAX. Values below 2^53 go through Number (exact), larger ones through BigInt.
 */
function writeU64Strings(words: Uint32Array, at: number, src: readonly (string | null)[], n: number): void {
  for (let i = 0; i < n; i++) {
    const v = src[i];
    let lo: number, hi: number;
    if (v === null || v === undefined) {
      lo = 0xffffffff;
      hi = 0xffffffff;
    } else {
      const x = v.length <= 16 ? +v : Number.MAX_VALUE;
      if (x <= Number.MAX_SAFE_INTEGER) {
        lo = x >>> 0;
        hi = (x - lo) / TWO32;
      } else {
        const b = BigInt(v);
        lo = Number(b & 0xffffffffn);
        hi = Number(b >> 32n);
      }
    }
    words[at + 2 * i] = lo;
    words[at + 2 * i + 1] = hi;
  }
}

/** u64 words at word index `at` as decimal strings (Number below 2^53, else BigInt). */
function readU64Strings(words: Uint32Array, at: number, n: number): string[] {
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const lo = words[at + 2 * i]!,
      hi = words[at + 2 * i + 1]!;
    if (hi === 0) out[i] = lo === 0 ? "0" : String(lo);
    else if (hi < 0x200000) out[i] = String(hi * TWO32 + lo);
    else out[i] = ((BigInt(hi) << 32n) | BigInt(lo)).toString();
  }
  return out;
}

function readU16(buf: ArrayBuffer, p: number, n: number): number[] {
  const src = new Uint16Array(buf, p, n);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = src[i]!;
  return out;
}

function readBool(buf: ArrayBuffer, p: number, n: number): boolean[] {
  const src = new Uint8Array(buf, p, n);
  const out = new Array<boolean>(n);
  for (let i = 0; i < n; i++) out[i] = src[i] !== 0;
  return out;
}

function decode(buf: ArrayBuffer, out: number, n: number, mode: EpochMode, debug: boolean, matMaxN: number, sw: Switches): EpochResult {
  const h = new BigUint64Array(buf, out, L.OUT_SLOTS);
  const at = (slot: number) => Number(h[slot]!);
  const words = new Uint32Array(buf);
  const u16 = (slot: number) => readU16(buf, at(slot), n);
  const bool = (slot: number) => readBool(buf, at(slot), n);
  const u64 = (slot: number) => readU64Strings(words, at(slot) >>> 2, n);
  const i64 = (slot: number) => Array.from(new BigInt64Array(buf, at(slot), n), (v) => v.toString());
  const kind = new Uint8Array(buf, at(L.OUT_BOND_KIND), n);
  const bp = new Uint32Array(buf, at(L.OUT_BOND_PTR), n + 1);
  const total = n > 0 ? bp[n]! : 0;
  const bc = new Uint32Array(buf, at(L.OUT_BOND_COLS), total);
  const bv = new Uint32Array(buf, at(L.OUT_BOND_VALS), total);
  const bonds = new Array<SparseRow | null>(n);
  for (let i = 0; i < n; i++) {
    const kd = kind[i];
    if (kd === L.BOND_UNCHANGED) {
      bonds[i] = null;
      continue;
    }
    if (kd !== L.BOND_ROW) {
      bonds[i] = [];
      continue;
    }
    const start = bp[i]!,
      len = bp[i + 1]! - start;
    const row: SparseRow = new Array(len);
    for (let e = 0; e < len; e++) row[e] = [bc[start + e]!, bv[start + e]!];
    bonds[i] = row;
  }
  const result: EpochResult = {
    stakeWeight: u16(L.OUT_STAKE_WEIGHT),
    active: bool(L.OUT_ACTIVE),
    emission: u64(L.OUT_EMISSION),
    consensus: u16(L.OUT_CONSENSUS),
    incentive: u16(L.OUT_INCENTIVE),
    dividends: u16(L.OUT_DIVIDENDS),
    validatorTrust: u16(L.OUT_VTRUST),
    newValidatorPermit: bool(L.OUT_NEW_PERMIT),
    serverEmission: u64(L.OUT_SERVER_EMISSION),
    validatorEmission: u64(L.OUT_VALIDATOR_EMISSION),
    stake: u64(L.OUT_STAKE),
    bonds,
  };
  // outputs the runtime did not write are absent (src/snapshot/versions.ts)
  if (!sw.stakeWeightPersisted) delete (result as Partial<EpochResult>).stakeWeight;
  if (!sw.stakeOutput) delete (result as Partial<EpochResult>).stake;
  if (sw.rankTrustPruning) {
    result.rank = u16(L.OUT_RANK);
    result.trust = u16(L.OUT_TRUST);
    result.pruningScore = u16(L.OUT_PRUNING_SCORE);
  }
  if (debug) {
    result.debug = {
      stake: i64(L.OUT_DBG_STAKE),
      activeStake: i64(L.OUT_DBG_ACTIVE_STAKE),
      consensus: i64(L.OUT_DBG_CONSENSUS),
      validatorTrust: i64(L.OUT_DBG_VTRUST),
      incentive: i64(L.OUT_DBG_INCENTIVE),
      dividends: i64(L.OUT_DBG_DIVIDENDS),
    };
    if (n <= matMaxN) {
      const dropZeros = mode === "dense";
      result.debug.weights = matrix(buf, h, L.OUT_DBG_W_PTR, L.OUT_DBG_W_ROWS, dropZeros);
      result.debug.emaBonds = matrix(buf, h, L.OUT_DBG_B_PTR, L.OUT_DBG_B_ROWS, dropZeros);
    }
  }
  return result;
}

function matrix(buf: ArrayBuffer, h: BigUint64Array, ptrSlot: number, rowsSlot: number, dropZeros: boolean): [number, string][][] {
  const n = Number(h[rowsSlot]!);
  const p = new Uint32Array(buf, Number(h[ptrSlot]!), n + 1);
  const total = n > 0 ? p[n]! : 0;
  const c = new Uint32Array(buf, Number(h[ptrSlot + 1]!), total);
  const v = new BigInt64Array(buf, Number(h[ptrSlot + 2]!), total);
  const rows: [number, string][][] = [];
  for (let i = 0; i < n; i++) {
    const row: [number, string][] = [];
    for (let e = p[i]!; e < p[i + 1]!; e++) {
      if (dropZeros && v[e] === 0n) continue;
      row.push([c[e]!, v[e]!.toString()]);
    }
    rows.push(row);
  }
  return rows;
}
