// Replay from typed-array results (Engine.runPacked): the epochs-file line, the
// carried bonds and the EpochResult are made straight from the packed arrays,
// without first building one JS value per uid and one [uid, value] array per
// bond entry. The line is byte-identical to JSON.stringify of the record that
// `engine.run` gives (test/packed-result.test.ts).
import type { PackedEpochResult } from "../wasm/packed.js";
import type { EpochResult, SparseRow } from "../snapshot/types.js";
import type { Switches } from "../snapshot/versions.js";

/** Bond kinds of PackedEpochResult.bonds.kind (src/wasm/layout.ts). */
const BOND_ROW = 0;
const BOND_UNCHANGED = 2;

/**
 * Whether runPacked carries every output this runtime writes: it has no Rank,
 * Trust or PruningScores (written before spec 365), so those runtimes use `run`.
 */
export function packedCovers(sw: Switches): boolean {
  return !sw.rankTrustPruning;
}

/** A reusable byte buffer the line is written into as ASCII (no intermediate strings; no Buffer: this runs in browsers). */
class LineWriter {
  b = new Uint8Array(1 << 16);
  pos = 0;
  reserve(bytes: number): void {
    if (bytes > this.b.length) this.b = new Uint8Array(2 ** Math.ceil(Math.log2(bytes)));
    this.pos = 0;
  }
  ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.b[this.pos++] = s.charCodeAt(i);
  }
  /** a non-negative integer below 2^53 in decimal */
  uint(x: number): void {
    const b = this.b;
    if (x < 10) {
      b[this.pos++] = 48 + x;
      return;
    }
    let digits = 1;
    for (let t = x; t >= 10; t = Math.floor(t / 10)) digits++;
    let at = this.pos + digits;
    this.pos = at;
    while (x >= 10) {
      const q = Math.floor(x / 10);
      b[--at] = 48 + (x - q * 10);
      x = q;
    }
    b[--at] = 48 + x;
  }
  u16s(a: Uint16Array): void {
    this.b[this.pos++] = 91; // [
    for (let i = 0; i < a.length; i++) {
      if (i) this.b[this.pos++] = 44; // ,
      this.uint(a[i]!);
    }
    this.b[this.pos++] = 93; // ]
  }
  bools(a: Uint8Array): void {
    this.b[this.pos++] = 91;
    for (let i = 0; i < a.length; i++) this.ascii(i ? (a[i] ? ",true" : ",false") : a[i] ? "true" : "false");
    this.b[this.pos++] = 93;
  }
  /** u64 values as quoted decimal strings */
  u64s(a: BigUint64Array): void {
    const w = new Uint32Array(a.buffer, a.byteOffset, 2 * a.length);
    this.b[this.pos++] = 91;
    for (let i = 0; i < a.length; i++) {
      if (i) this.b[this.pos++] = 44;
      this.b[this.pos++] = 34; // "
      const lo = w[2 * i]!,
        hi = w[2 * i + 1]!;
      if (hi < 0x200000) this.uint(hi * 4294967296 + lo);
      else this.ascii(a[i]!.toString());
      this.b[this.pos++] = 34;
    }
    this.b[this.pos++] = 93;
  }
  bondRows(bonds: PackedEpochResult["bonds"], n: number): void {
    const { kind, ptr, cols, vals } = bonds;
    this.b[this.pos++] = 91;
    for (let i = 0; i < n; i++) {
      if (i) this.b[this.pos++] = 44;
      if (kind[i] === BOND_UNCHANGED) {
        this.ascii("null");
        continue;
      }
      this.b[this.pos++] = 91;
      if (kind[i] === BOND_ROW) {
        for (let e = ptr[i]!, end = ptr[i + 1]!; e < end; e++) {
          if (e > ptr[i]!) this.b[this.pos++] = 44;
          this.b[this.pos++] = 91;
          this.uint(cols[e]!);
          this.b[this.pos++] = 44;
          this.uint(vals[e]!);
          this.b[this.pos++] = 93;
        }
      }
      this.b[this.pos++] = 93;
    }
    this.b[this.pos++] = 93;
  }
}

let line: LineWriter | undefined;

/**
 * The epochs-file line `{"epoch":K,"block":"B",["specVersion":S,]...result}` and its
 * newline, as bytes: what JSON.stringify writes for the EpochResult that `run` returns.
 * The buffer is reused by the next call: write or copy it first.
 */
export function packedResultLine(
  epoch: number,
  block: string,
  specVersion: number | undefined,
  p: PackedEpochResult,
  sw: Switches,
): Uint8Array {
  line ??= new LineWriter();
  const n = p.n;
  const entries = n > 0 ? p.bonds.ptr[n]! : 0;
  // at most 23 bytes per u64 value and 6 per u16 / boolean, 14 per bond entry
  line.reserve(512 + block.length + n * (4 * 23 + 7 * 6 + 6) + entries * 14);
  line.ascii(`{"epoch":${epoch},"block":${JSON.stringify(block)}`);
  if (specVersion !== undefined) line.ascii(`,"specVersion":${specVersion}`);
  if (sw.stakeWeightPersisted) {
    line.ascii(`,"stakeWeight":`);
    line.u16s(p.stakeWeight);
  }
  line.ascii(`,"active":`);
  line.bools(p.active);
  line.ascii(`,"emission":`);
  line.u64s(p.emission);
  line.ascii(`,"consensus":`);
  line.u16s(p.consensus);
  line.ascii(`,"incentive":`);
  line.u16s(p.incentive);
  line.ascii(`,"dividends":`);
  line.u16s(p.dividends);
  line.ascii(`,"validatorTrust":`);
  line.u16s(p.validatorTrust);
  line.ascii(`,"newValidatorPermit":`);
  line.bools(p.newValidatorPermit);
  line.ascii(`,"serverEmission":`);
  line.u64s(p.serverEmission);
  line.ascii(`,"validatorEmission":`);
  line.u64s(p.validatorEmission);
  if (sw.stakeOutput) {
    line.ascii(`,"stake":`);
    line.u64s(p.stake);
  }
  line.ascii(`,"bonds":`);
  line.bondRows(p.bonds, n);
  line.ascii("}\n");
  return line.b.subarray(0, line.pos);
}

/** The bond rows stored after the epoch (row replaces, [] clears, unchanged keeps `prev`), for "carry". */
export function packedBondsAfter(prev: SparseRow[], p: PackedEpochResult): SparseRow[] {
  const { kind, ptr, cols, vals } = p.bonds;
  const out: SparseRow[] = new Array(p.n);
  for (let i = 0; i < p.n; i++) {
    if (kind[i] === BOND_UNCHANGED) {
      out[i] = prev[i] ?? [];
      continue;
    }
    if (kind[i] !== BOND_ROW) {
      out[i] = [];
      continue;
    }
    const start = ptr[i]!,
      len = ptr[i + 1]! - start;
    const row: SparseRow = new Array(len);
    for (let e = 0; e < len; e++) row[e] = [cols[start + e]!, vals[start + e]!];
    out[i] = row;
  }
  return out;
}

/** The EpochResult `run` would have returned (for callers that read `result`). */
export function resultFromPacked(p: PackedEpochResult, sw: Switches): EpochResult {
  const strings = (a: BigUint64Array) => Array.from(a, (x) => x.toString());
  const bonds: (SparseRow | null)[] = packedBondsAfter([], p).map((row, i) => (p.bonds.kind[i] === BOND_UNCHANGED ? null : row));
  const r: EpochResult = {
    stakeWeight: Array.from(p.stakeWeight),
    active: Array.from(p.active, (x) => x !== 0),
    emission: strings(p.emission),
    consensus: Array.from(p.consensus),
    incentive: Array.from(p.incentive),
    dividends: Array.from(p.dividends),
    validatorTrust: Array.from(p.validatorTrust),
    newValidatorPermit: Array.from(p.newValidatorPermit, (x) => x !== 0),
    serverEmission: strings(p.serverEmission),
    validatorEmission: strings(p.validatorEmission),
    stake: strings(p.stake),
    bonds,
  };
  if (!sw.stakeWeightPersisted) delete r.stakeWeight;
  if (!sw.stakeOutput) delete r.stake;
  return r;
}
