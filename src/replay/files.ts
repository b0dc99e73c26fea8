// Replay of one history into DIR/<name>.epochs.jsonl and DIR/<name>.summary.csv,
// appending per epoch and checkpointing atomically, so a run killed at any
// point resumes (--resume) to byte-identical files. The checkpoint names what
// it consumed (sha256 of the steps read) and what it wrote (sha256 of the
// epochs file's prefix) and carries its own checksum; resume refuses any
// mismatch and never extends a file.
import {
  closeSync,
  existsSync,
  ftruncateSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
  writeSync,
  fstatSync,
  rmSync,
  statSync,
} from "node:fs";
import { createHash, type Hash } from "node:crypto";
import { join } from "node:path";
import type { Engine } from "../wasm/engine.js";
import { SnapshotError } from "../snapshot/errors.js";
import { historySource, rawSteps, type HistorySource } from "./history.js";
import { nextCarry, type CarryState } from "../snapshot/carry.js";
import { replay, stepSource } from "./replay.js";
import { Summary } from "./summary.js";
import { SpecTracker, type SpecSegment } from "./versions.js";
import { ioAt } from "./io.js";
import { countBinaryRecords } from "../binary/reader.js";
import { switchesFor } from "../snapshot/versions.js";
import { packedBondsAfter, packedResultLine } from "./packed-result.js";

export const CHECKPOINT_FORMAT = "yuma-replay-checkpoint/2";

/** Settings that change what a replay writes; a resume must use the same. */
interface OutputSettings {
  skipBadLines: boolean;
  allowDuplicateBlocks: boolean;
}

interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  history: string;
  settings: OutputSettings;
  /** steps consumed (epochs written, skipped lines included) */
  completed: number;
  /** sha256 of the consumed steps' text (binary histories: each record's bytes), each followed by "\n" */
  inputSha256: string;
  /** steps passed over with --skip-bad-lines */
  skipped: number;
  /** length of epochs.jsonl after `completed` steps */
  epochsBytes: number;
  /** sha256 of those bytes */
  epochsSha256: string;
  carry: CarryState | null;
  summary: unknown;
  done: boolean;
  /** runtime versions used so far, as runs of epochs */
  specs?: SpecSegment[];
  /** sha256 of this object's JSON text without this field */
  checksum?: string;
}

export interface ReplayFilesOptions {
  resume?: boolean;
  engine?: Engine;
  /** Called after each epoch with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Called when an epoch trapped (it is recorded as an error line and the replay goes on). */
  onError?: (epoch: number, message: string, snapshotFile: string) => void;
  /** Minimum milliseconds between checkpoints (default 200; 0 = every epoch). */
  checkpointMs?: number;
  /** Record a step that cannot be read or validated in the epochs file and go on (default: stop). */
  skipBadLines?: boolean;
  /** Called for each skipped step (with skipBadLines). */
  onSkip?: (epoch: number, message: string) => void;
  /** Directory histories: run snapshots sharing a currentBlock instead of refusing. */
  allowDuplicateBlocks?: boolean;
}

export interface ReplayFilesResult {
  name: string;
  /** steps consumed: epochs computed, trapped or skipped */
  epochs: number;
  skipped: number;
  epochsFile: string;
  summaryFile: string;
  summary: Summary;
  resumedFrom: number;
  /** runtime spec versions used, as runs of epochs */
  specs: SpecSegment[];
}

/** A history stopped by bad input after `epochs` steps; the checkpoint is at that point. */
export class ReplayStopped extends Error {
  override readonly name = "ReplayStopped";
  constructor(
    readonly error: SnapshotError,
    readonly epochs: number,
    readonly resumedFrom: number,
    readonly epochsFile: string,
  ) {
    super(error.message);
  }
}

/** Epochs-file bytes gathered before one write. */
const BATCH_BYTES = 1 << 20;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function atomicWrite(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    const fd = ioAt(tmp, () => openSync(tmp, "w"));
    try {
      ioAt(tmp, () => {
        writeAll(fd, Buffer.from(text), 0);
        fsyncSync(fd);
      });
    } finally {
      closeSync(fd);
    }
    ioAt(path, () => renameSync(tmp, path));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes all of `buf` at `position`; returns its length. */
function writeAll(fd: number, buf: Buffer, position: number): number {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off, position + off);
  return buf.length;
}

export function outputPaths(outDir: string, name: string) {
  return {
    epochs: join(outDir, `${name}.epochs.jsonl`),
    summary: join(outDir, `${name}.summary.csv`),
    checkpoint: join(outDir, `${name}.checkpoint.json`),
  };
}

/** A resume refused: what differs, and how to start over. */
function refuse(checkpointPath: string, field: string, reason: string): SnapshotError {
  return new SnapshotError(field, `${reason}; to start over, run again without --resume (the outputs are rewritten)`, checkpointPath);
}

function readCheckpoint(path: string): Checkpoint {
  const text = ioAt(path, () => readFileSync(path, "utf8"));
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch (e) {
    throw refuse(path, "", `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof x !== "object" || x === null || Array.isArray(x)) throw refuse(path, "", "not a checkpoint object");
  const { checksum, ...body } = x as Checkpoint;
  if (body.format !== CHECKPOINT_FORMAT) {
    throw refuse(
      path,
      "format",
      `unknown checkpoint format ${JSON.stringify(String(body.format).slice(0, 60))} (this version reads ${CHECKPOINT_FORMAT})`,
    );
  }
  if (checksum !== sha256(JSON.stringify(body))) {
    throw refuse(path, "checksum", "the checkpoint was changed or damaged after it was written (its checksum does not match)");
  }
  return body as Checkpoint;
}

/** Steps in the history, and the sha256 state after its first `upTo` steps. */
async function scanInput(src: HistorySource, upTo: number): Promise<{ total: number; hash: Hash }> {
  const hash = createHash("sha256");
  // a binary history is counted from its records' length fields (nothing to hash on a fresh run)
  if (src.kind === "binary" && upTo === 0) return { total: countBinaryRecords(src.path), hash };
  let total = 0;
  for await (const raw of rawSteps(src)) {
    if (total < upTo) hash.update(stepSource(raw)).update("\n");
    total++;
  }
  return { total, hash };
}

function checkInput(cp: Checkpoint, src: HistorySource, scan: { total: number; hash: Hash }, cpPath: string): void {
  if (scan.total < cp.completed) {
    throw refuse(cpPath, "completed", `the checkpoint consumed ${cp.completed} epochs of ${cp.history}, but ${src.path} has ${scan.total}`);
  }
  const now = scan.hash.copy().digest("hex");
  if (now !== cp.inputSha256) {
    throw refuse(
      cpPath,
      "inputSha256",
      `the first ${cp.completed} epochs of ${src.path} differ from the ones this checkpoint consumed ` +
        `(from ${cp.history}; sha256 ${cp.inputSha256.slice(0, 12)}… then, ${now.slice(0, 12)}… now)`,
    );
  }
  if (cp.done && scan.total !== cp.completed) {
    throw refuse(
      cpPath,
      "done",
      `the finished run consumed all ${cp.completed} epochs of ${cp.history}, but ${src.path} now has ${scan.total}`,
    );
  }
}

function checkSettings(cp: Checkpoint, now: OutputSettings, cpPath: string): void {
  const flag = { skipBadLines: "--skip-bad-lines", allowDuplicateBlocks: "--allow-duplicate-blocks" } as const;
  for (const k of Object.keys(flag) as (keyof OutputSettings)[]) {
    if (Boolean(cp.settings?.[k]) !== now[k]) {
      throw refuse(
        cpPath,
        `settings.${k}`,
        `the run was started ${cp.settings?.[k] ? "with" : "without"} ${flag[k]}, this resume is ${now[k] ? "with" : "without"} it`,
      );
    }
  }
}

/** Checks the epochs file holds the checkpoint's bytes; returns the sha256 state after them. */
function checkEpochsFile(path: string, cp: Checkpoint, cpPath: string): Hash {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw refuse(
      cpPath,
      "epochsBytes",
      `${path} is missing (${(e as NodeJS.ErrnoException).code ?? String(e)}); the checkpoint expects its first ${cp.epochsBytes} bytes`,
    );
  }
  if (size < cp.epochsBytes) {
    throw refuse(
      cpPath,
      "epochsBytes",
      `${path} has ${size} bytes, fewer than the ${cp.epochsBytes} the checkpoint recorded (files are never extended)`,
    );
  }
  const hash = createHash("sha256");
  const fd = ioAt(path, () => openSync(path, "r"));
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let pos = 0; pos < cp.epochsBytes; ) {
      const n = ioAt(path, () => readSync(fd, buf, 0, Math.min(buf.length, cp.epochsBytes - pos), pos));
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  if (hash.copy().digest("hex") !== cp.epochsSha256) {
    throw refuse(cpPath, "epochsSha256", `the first ${cp.epochsBytes} bytes of ${path} differ from what this run wrote`);
  }
  return hash;
}

/** A reason for an output line: at most 300 characters of it. */
const clipped = (s: string) => (s.length <= 300 ? s : `${s.slice(0, 280)}… (${s.length} characters)`);

export async function replayToFiles(historyPath: string, outDir: string, opts: ReplayFilesOptions = {}): Promise<ReplayFilesResult> {
  const settings: OutputSettings = { skipBadLines: opts.skipBadLines ?? false, allowDuplicateBlocks: opts.allowDuplicateBlocks ?? false };
  const src = historySource(historyPath, settings);
  const paths = outputPaths(outDir, src.name);
  const cp = opts.resume && existsSync(paths.checkpoint) ? readCheckpoint(paths.checkpoint) : undefined;
  if (cp) checkSettings(cp, settings, paths.checkpoint);
  const scan = await scanInput(src, cp?.completed ?? 0);
  const total = scan.total;
  if (total === 0) throw new SnapshotError("", "empty history: no snapshots", historyPath);
  if (cp) checkInput(cp, src, scan, paths.checkpoint);
  const epochsHash = cp ? checkEpochsFile(paths.epochs, cp, paths.checkpoint) : createHash("sha256");
  const inputHash = scan.hash;
  ioAt(outDir, () => mkdirSync(outDir, { recursive: true }));
  // a checkpoint must not outlive the files it describes
  if (!cp) ioAt(paths.checkpoint, () => rmSync(paths.checkpoint, { force: true }));

  const summary = cp ? Summary.fromJSON(cp.summary) : new Summary();
  const resumedFrom = cp?.completed ?? 0;
  let completed = resumedFrom,
    skipped = cp?.skipped ?? 0,
    bytes = cp?.epochsBytes ?? 0;
  // the carry state after the last epoch, made when a checkpoint needs it
  let carryOf: () => CarryState | null = () => cp?.carry ?? null;
  const specs = new SpecTracker(cp?.specs);
  const fd = ioAt(paths.epochs, () => openSync(paths.epochs, cp ? "r+" : "w"));
  // lines are batched (up to BATCH_BYTES) and always on disk before a checkpoint records them
  const batch = Buffer.allocUnsafe(BATCH_BYTES);
  let batched = 0;
  const flushEpochs = () => {
    if (batched === 0) return;
    const at = bytes - batched;
    ioAt(paths.epochs, () => writeAll(fd, batch.subarray(0, batched), at));
    batched = 0;
  };
  const appendBytes = (bytes8: Uint8Array) => {
    const buf = Buffer.from(bytes8.buffer, bytes8.byteOffset, bytes8.byteLength);
    epochsHash.update(buf);
    if (batched + buf.length > BATCH_BYTES) flushEpochs();
    if (buf.length > BATCH_BYTES) ioAt(paths.epochs, () => writeAll(fd, buf, bytes));
    else batched += buf.copy(batch, batched);
    bytes += buf.length;
  };
  const append = (line: string) => appendBytes(Buffer.from(line + "\n"));
  let lastCheckpoint = Date.now();
  const every = opts.checkpointMs ?? 200;
  const checkpoint = (done: boolean) => {
    flushEpochs();
    const body: Checkpoint = {
      format: CHECKPOINT_FORMAT,
      history: historyPath,
      settings,
      completed,
      inputSha256: inputHash.copy().digest("hex"),
      skipped,
      epochsBytes: bytes,
      epochsSha256: epochsHash.copy().digest("hex"),
      carry: carryOf(),
      summary: summary.toJSON(),
      done,
      specs: specs.segments,
    };
    const text = JSON.stringify(body);
    atomicWrite(paths.checkpoint, `${text.slice(0, -1)},"checksum":"${sha256(text)}"}`);
    lastCheckpoint = Date.now();
  };
  try {
    // drop what was written after the last checkpoint (the file was checked to hold at least this much)
    if (cp) ioAt(paths.epochs, () => ftruncateSync(fd, bytes));
    try {
      for await (const rec of replay(src, {
        engine: opts.engine,
        skip: resumedFrom,
        carry: cp?.carry ?? undefined,
        continueOnTrap: true,
        skipBadSteps: settings.skipBadLines,
        packed: true,
      })) {
        inputHash.update(rec.source ?? "").update("\n");
        if ("skipped" in rec) {
          const reason = clipped(`${rec.error.path || "(root)"}: ${rec.error.reason}`);
          append(JSON.stringify({ epoch: rec.epoch, skipped: rec.where, error: reason }));
          skipped++;
          opts.onSkip?.(rec.epoch, `${rec.where}: ${reason}`);
        } else if ("error" in rec) {
          specs.add(rec.epoch, rec.snapshot.specVersion);
          // keep the snapshot that trapped for a bug report; record the failure in place of the epoch
          const dump = join(outDir, `${src.name}.epoch-${rec.epoch}.failed.json`);
          ioAt(dump, () => writeFileSync(dump, JSON.stringify(rec.snapshot)));
          append(JSON.stringify({ epoch: rec.epoch, block: rec.block, error: rec.error.message, snapshot: dump }));
          const c = { bonds: rec.snapshot.bonds, blockAtRegistration: rec.snapshot.blockAtRegistration };
          carryOf = () => c;
          opts.onError?.(rec.epoch, rec.error.message, dump);
        } else if (rec.packed) {
          const { snapshot, packed } = rec;
          const sw = switchesFor(snapshot.specVersion);
          specs.add(rec.epoch, snapshot.specVersion);
          appendBytes(packedResultLine(rec.epoch, rec.block, snapshot.specVersion, packed, sw));
          summary.addPacked(packed, snapshot.blockAtRegistration);
          carryOf = () => ({ bonds: packedBondsAfter(snapshot.bonds, packed), blockAtRegistration: snapshot.blockAtRegistration });
        } else {
          specs.add(rec.epoch, rec.snapshot.specVersion);
          // the runtime version is recorded per line when the history gives one (lines without it are unchanged)
          const spec = rec.snapshot.specVersion !== undefined ? { specVersion: rec.snapshot.specVersion } : {};
          append(JSON.stringify({ epoch: rec.epoch, block: rec.block, ...spec, ...rec.result }));
          summary.add(rec.result, rec.snapshot.blockAtRegistration);
          const { snapshot, result } = rec;
          carryOf = () => nextCarry(snapshot, result);
        }
        completed = rec.epoch + 1;
        if (Date.now() - lastCheckpoint >= every) checkpoint(false);
        opts.onProgress?.(completed, total);
      }
    } catch (e) {
      if (!(e instanceof SnapshotError)) throw e;
      checkpoint(false); // the epochs before the bad step stand; --resume continues after a fix
      throw new ReplayStopped(e, completed, resumedFrom, paths.epochs);
    }
    flushEpochs();
    if (fstatSync(fd).size !== bytes) ioAt(paths.epochs, () => ftruncateSync(fd, bytes));
    ioAt(paths.epochs, () => fsyncSync(fd));
    atomicWrite(paths.summary, summary.csv());
    checkpoint(true);
    return {
      name: src.name,
      epochs: completed,
      skipped,
      epochsFile: paths.epochs,
      summaryFile: paths.summary,
      summary,
      resumedFrom,
      specs: specs.segments,
    };
  } finally {
    closeSync(fd);
  }
}

/** Removes a finished run's checkpoint (outputs stay). */
export function removeCheckpoint(outDir: string, name: string): void {
  rmSync(outputPaths(outDir, name).checkpoint, { force: true });
}
