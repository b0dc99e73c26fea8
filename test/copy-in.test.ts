// The copy-in writes every header field and u64 vector into WebAssembly memory with its exact
// value: the decimal parser's fast paths (index-like strings, the digit loop up to 16 digits,
// BigInt above 2^53 - 1) at their boundaries, for the pair and the packed input alike.
import { describe, it, expect } from "vitest";
import { Engine } from "../src/wasm/engine.js";
import * as L from "../src/wasm/layout.js";
import { toPackedSnapshot } from "../src/snapshot/packed.js";
import { validateSnapshot } from "../src/snapshot/validate.js";
import { randomSnapshot } from "../src/synth/snapshot.js";
import type { EpochMode, Snapshot } from "../src/snapshot/types.js";

/** Captures the input header and the u64 words the engine wrote, just before the epoch runs. */
class CapturingEngine extends Engine {
  header: bigint[] = [];
  vectors = new Map<number, bigint[]>();
  permit: number[] = [];
  rows: number[][] = [];
  protected override callEpoch(mode: EpochMode, header: number): number {
    const buf = this.wasm.memory.buffer;
    const h = new BigUint64Array(buf, header, L.IN_SLOTS);
    this.header = [...h];
    const n = Number(h[L.IN_N]);
    for (const slot of [L.IN_ALPHA_STAKE, L.IN_TAO_STAKE, L.IN_LAST_UPDATE, L.IN_BLOCK_AT_REG, L.IN_COMMIT_BLOCKS, L.IN_STAKE])
      this.vectors.set(slot, [...new BigUint64Array(buf, Number(h[slot]), n)]);
    this.permit = [...new Uint8Array(buf, Number(h[L.IN_PERMIT]), n)];
    const wNnz = new Uint32Array(buf, Number(h[L.IN_W_PTR]), n + 1)[n]!;
    this.rows = [
      [...new Uint32Array(buf, Number(h[L.IN_W_PTR]), n + 1)],
      [...new Uint32Array(buf, Number(h[L.IN_W_COLS]), wNnz)],
      [...new Uint32Array(buf, Number(h[L.IN_W_VALS]), wNnz)],
    ];
    return super.callEpoch(mode, header);
  }
}

// index-like (<= 9 digits), the digit loop (10-16), 2^53 - 1 / 2^53 / 2^53 + 1, 17-20 digits, u64::MAX
const VALUES = [
  "0",
  "7",
  "4294967295",
  "4294967296",
  "999999999999999",
  "1000000000000000",
  "9007199254740991",
  "9007199254740992",
  "9007199254740993",
  "9999999999999999",
  "10000000000000000",
  "12345678901234567890",
  "18446744073709551615",
];

function snapshot(): Snapshot {
  const n = VALUES.length;
  const s = randomSnapshot({ n, density: 3, validatorShare: 0.5, seed: 3 });
  s.alphaStake = [...VALUES];
  s.taoStake = [...VALUES].reverse();
  s.lastUpdate = [...VALUES];
  s.commitBlocks = VALUES.map((v, i) => (i % 3 === 0 ? null : v));
  s.currentBlock = "9007199254740993";
  s.raoEmission = "18446744073709551615";
  s.stakeThreshold = "9007199254740992";
  s.alphaSigmoidSteepness = -1000;
  s.ownerUid = 2;
  return validateSnapshot(s);
}

describe("copy-in", () => {
  for (const form of ["pairs", "packed"] as const) {
    it(`writes exact u64 values, flags and rows (${form} input)`, () => {
      const s = snapshot();
      const e = new CapturingEngine();
      e.run(form === "packed" ? toPackedSnapshot(s) : s);
      const big = VALUES.map(BigInt);
      expect(e.vectors.get(L.IN_ALPHA_STAKE)).toEqual(big);
      expect(e.vectors.get(L.IN_TAO_STAKE)).toEqual([...big].reverse());
      expect(e.vectors.get(L.IN_LAST_UPDATE)).toEqual(big);
      // null = no active commit = u64::MAX
      expect(e.vectors.get(L.IN_COMMIT_BLOCKS)).toEqual(big.map((v, i) => (i % 3 === 0 ? 2n ** 64n - 1n : v)));
      // spec 425 reads no TAO stake vector: zeros
      expect(e.vectors.get(L.IN_STAKE)).toEqual(VALUES.map(() => 0n));
      expect(e.header[L.IN_N]).toBe(BigInt(VALUES.length));
      expect(e.header[L.IN_CURRENT_BLOCK]).toBe(9007199254740993n);
      expect(e.header[L.IN_RAO_EMISSION]).toBe(18446744073709551615n);
      expect(e.header[L.IN_STAKE_THRESHOLD]).toBe(9007199254740992n);
      // i16 steepness sign-extended to 64 bits
      expect(e.header[L.IN_ALPHA_STEEPNESS]).toBe(2n ** 64n - 1000n);
      expect(e.header[L.IN_OWNER_UID]).toBe(2n);
      expect(e.header[L.IN_LIQUID_ALPHA]).toBe(0n);
      expect(e.header[L.IN_FLAGS]).toBe(0n);
      expect(e.permit).toEqual(s.validatorPermit.map((p) => (p ? 1 : 0)));
      const pairs = s.weights.flat();
      expect(e.rows[1]).toEqual(pairs.map((p) => p[0]));
      expect(e.rows[2]).toEqual(pairs.map((p) => p[1]));
      expect(e.rows[0]!.at(-1)).toBe(pairs.length);
    });
  }
  it("no owner is u64::MAX", () => {
    const s = { ...snapshot(), ownerUid: null };
    const e = new CapturingEngine();
    e.run(s);
    expect(e.header[L.IN_OWNER_UID]).toBe(2n ** 64n - 1n);
  });
});
