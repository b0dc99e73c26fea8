// Binary histories (src/binary/format.ts): lossless both ways on every era's
// fixtures and on synthetic histories; replay of a binary history writes the
// JSONL history's outputs byte for byte; damaged, truncated, foreign and
// crafted files give errors naming the file, the record and the field.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { crc32 } from "node:zlib";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALL_FIELDS } from "../src/snapshot/versions.js";
import { validateSnapshot, validateStep } from "../src/snapshot/validate.js";
import { SnapshotError } from "../src/snapshot/errors.js";
import type { SnapshotStep } from "../src/snapshot/types.js";
import { synthHistory } from "../src/synth/history.js";
import { convertHistory } from "../src/replay/convert.js";
import { replayToFiles, ReplayStopped } from "../src/replay/files.js";
import { encodeHeader, encodeRecord } from "../src/binary/encode.js";
import { decodeRecord } from "../src/binary/decode.js";
import { binaryRecords, countBinaryRecords, readBinaryHeader } from "../src/binary/reader.js";
import { FIELDS, HEADER_BYTES } from "../src/binary/format.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const yuma = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });
const work = mkdtempSync(join(tmpdir(), "yuma-binary-"));
const erasDir = join(root, "fixtures/eras");

/** The normal form, written out here: the parsed JSON with its keys in the order versions.ts lists the fields. */
function normalLine(text: string): string {
  const o = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of ALL_FIELDS) if (k in o) out[k] = o[k];
  expect(Object.keys(out).length).toBe(Object.keys(o).length);
  return JSON.stringify(out);
}

function writeJsonl(path: string, steps: unknown[]): void {
  writeFileSync(path, steps.map((s) => JSON.stringify(s) + "\n").join(""));
}

function synthFile(name: string, variant: "yuma" | "yuma3" | "yuma3-liquid", epochs: number, validators = 20): string {
  const p = join(work, `${name}.jsonl`);
  writeJsonl(p, [...synthHistory({ uids: 64, validators, epochs, seed: 11, variant })]);
  return p;
}

/** The error a call throws (fails the test when it throws none or not a SnapshotError). */
function errorOf(f: () => unknown): SnapshotError {
  try {
    f();
  } catch (e) {
    if (e instanceof SnapshotError) return e;
    throw e;
  }
  throw new Error("expected a SnapshotError");
}

/** A record whose body was edited by `edit` (CRC recomputed, so only the content is wrong). */
function reframed(body: Buffer): Buffer {
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32LE(body.length, 0);
  body.copy(out, 4);
  out.writeUInt32LE(crc32(body), 4 + body.length);
  return out;
}

describe("format constants", () => {
  it("the frozen field table names every snapshot field (a new field needs a new format version)", () => {
    expect([...FIELDS].sort()).toEqual([...ALL_FIELDS].sort());
  });
});

describe("lossless both ways", () => {
  const eraFiles = readdirSync(erasDir)
    .filter((f) => /^spec\d+-.*\.json$/.test(f))
    .map((f) => join(erasDir, f));
  const headFiles = readdirSync(join(root, "fixtures"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(root, "fixtures", f));

  it(`every era's fixtures (and the spec-425 ones): JSONL -> binary -> JSONL is the normal form of the input, byte for byte`, async () => {
    expect(eraFiles.length).toBeGreaterThan(400);
    expect(headFiles.length).toBeGreaterThan(100);
    const specs = new Set<number>();
    for (const path of [...eraFiles, ...headFiles]) {
      const f = path.split("/").pop()!;
      const fx = JSON.parse(readFileSync(path, "utf8")) as { steps: { input: Record<string, unknown> }[] };
      const inputs = fx.steps.map((s) => s.input);
      specs.add((inputs[0]!.specVersion as number | undefined) ?? 425);
      const jsonl = join(work, `era-${f}l`);
      writeJsonl(jsonl, inputs);
      const bin = join(work, `era-${f}.yhist`);
      const back = join(work, `era-${f}.back.jsonl`);
      await convertHistory(jsonl, bin);
      await convertHistory(bin, back);
      const want = inputs.map((s) => normalLine(JSON.stringify(s)) + "\n").join("");
      expect(readFileSync(back, "utf8"), f).toBe(want);
    }
    // the eras of fixtures/eras/README.md and HEAD
    expect([...specs].sort((a, b) => a - b)).toEqual([149, 195, 233, 257, 273, 283, 297, 320, 365, 397, 425]);
  });

  it("a fixture converts with its mode: dense fixtures give a dense binary history", async () => {
    const dense = join(root, "fixtures/edge-all-weights-zero-dense.json");
    const sparse = join(root, "fixtures/edge-all-weights-zero.json");
    expect(readFileSync(dense, "utf8")).toMatch(/"function": ?"epoch_dense_mechanism"/);
    await convertHistory(dense, join(work, "dense.yhist"));
    await convertHistory(sparse, join(work, "sparse.yhist"));
    expect(readBinaryHeader(join(work, "dense.yhist")).mode).toBe("dense");
    expect(readBinaryHeader(join(work, "sparse.yhist")).mode).toBe("sparse");
    // JSONL histories replay sparse: a dense history is not written as JSONL
    await expect(convertHistory(join(work, "dense.yhist"), join(work, "dense.jsonl"))).rejects.toThrow(
      /dense .* cannot be written as JSONL/,
    );
  });

  it("synthetic histories (yuma, yuma3, yuma3-liquid): JSONL -> binary -> JSONL is byte-identical to the original", async () => {
    for (const v of ["yuma", "yuma3", "yuma3-liquid"] as const) {
      const jsonl = synthFile(`rt-${v}`, v, 40);
      await convertHistory(jsonl, join(work, `rt-${v}.yhist`));
      await convertHistory(join(work, `rt-${v}.yhist`), join(work, `rt-${v}.back.jsonl`));
      expect(readFileSync(join(work, `rt-${v}.back.jsonl`)).equals(readFileSync(jsonl)), v).toBe(true);
      // and the binary form is about half the size
      const ratio = readFileSync(join(work, `rt-${v}.yhist`)).length / readFileSync(jsonl).length;
      expect(ratio).toBeLessThan(0.6);
    }
  });

  it("u64 extremes, nulls, i16 steepness, uid >= n entries and n = 0 survive", () => {
    const fx = JSON.parse(readFileSync(join(root, "fixtures/upstream-test_yuma_3_kappa_moves_first.json"), "utf8")) as {
      steps: { input: Record<string, unknown> }[];
    };
    const s = structuredClone(fx.steps[0]!.input);
    const n = s.n as number;
    s.alphaStake = Array.from({ length: n }, (_, i) => (i === 0 ? "18446744073709551615" : i === 1 ? "9007199254740993" : String(i)));
    s.commitBlocks = Array.from({ length: n }, (_, i) => (i % 2 ? null : "18446744073709551615"));
    s.alphaSigmoidSteepness = -32768;
    s.ownerUid = null;
    s.weights = Array.from({ length: n }, (_, i) =>
      i === 0
        ? [
            [65535, 1],
            [n, 65535],
            [0, 0],
          ]
        : [],
    );
    const step = validateSnapshot(s);
    const back = decodeRecord(encodeRecord(step), "x");
    expect(JSON.stringify(back)).toBe(normalLine(JSON.stringify(s)));
    const empty = validateSnapshot({
      ...s,
      n: 0,
      alphaStake: [],
      taoStake: [],
      lastUpdate: [],
      blockAtRegistration: [],
      validatorPermit: [],
      commitBlocks: [],
      weights: [],
      bonds: [],
    });
    expect(decodeRecord(encodeRecord(empty), "x")).toEqual(empty);
  });
});

describe("replay reads binary histories", () => {
  let jsonl: string, bin: string;
  beforeAll(async () => {
    jsonl = synthFile("rp", "yuma3", 60, 16);
    bin = join(work, "rp.yhist");
    await convertHistory(jsonl, bin);
  });

  it("replay(binary) writes the JSONL history's epochs and summary files byte for byte", async () => {
    const a = await replayToFiles(jsonl, join(work, "rp-a"));
    const b = await replayToFiles(bin, join(work, "rp-b"));
    expect(b.epochs).toBe(60);
    expect(readFileSync(b.epochsFile).equals(readFileSync(a.epochsFile))).toBe(true);
    expect(readFileSync(b.summaryFile).equals(readFileSync(a.summaryFile))).toBe(true);
  });

  it("a dense fixture replays the same from its binary form", async () => {
    const dense = join(root, "fixtures/edge-all-weights-zero-dense.json");
    await convertHistory(dense, join(work, "dfx.yhist"));
    const a = await replayToFiles(dense, join(work, "dfx-a"));
    const b = await replayToFiles(join(work, "dfx.yhist"), join(work, "dfx-b"));
    expect(readFileSync(b.epochsFile, "utf8")).toBe(readFileSync(a.epochsFile, "utf8"));
  });

  it("a corrupt record stops the replay naming file, record and byte; the fixed file resumes to the uninterrupted output", async () => {
    const full = readFileSync(bin);
    const recs = [...binaryRecords(bin)];
    const k = 25;
    const offset = HEADER_BYTES + recs.slice(0, k).reduce((a, r) => a + r.bytes.length, 0);
    const damaged = Buffer.from(full);
    damaged[offset + 40] = full[offset + 40]! ^ 0x01; // a bit of record 25's body
    const dir = join(work, "rs");
    const h = join(dir, "..", "rs.yhist");
    writeFileSync(h, damaged);
    const err = await replayToFiles(h, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReplayStopped);
    const stopped = err as ReplayStopped;
    expect(stopped.epochs).toBe(k);
    expect(stopped.message).toBe(
      `${h} record ${k} (byte ${offset}): (root): corrupt record: CRC-32 of its ${recs[k]!.bytes.length - 8}-byte body is ` +
        `${stopped.message.match(/is (0x[0-9a-f]{8})/)![1]}, the record says 0x${full
          .readUInt32LE(offset + recs[k]!.bytes.length - 4)
          .toString(16)
          .padStart(8, "0")} (the file was changed or damaged)`,
    );
    writeFileSync(h, full);
    const r = await replayToFiles(h, dir, { resume: true });
    expect(r.resumedFrom).toBe(k);
    expect(readFileSync(r.epochsFile).equals(readFileSync(join(work, "rp-a", "rp.epochs.jsonl")))).toBe(true);
    expect(readFileSync(r.summaryFile).equals(readFileSync(join(work, "rp-a", "rp.summary.csv")))).toBe(true);
  });

  it("--skip-bad-lines records the damaged record and carries bonds over it", async () => {
    const full = readFileSync(bin);
    const first = [...binaryRecords(bin)][0]!.bytes.length;
    const damaged = Buffer.from(full);
    damaged[HEADER_BYTES + first + 30] = full[HEADER_BYTES + first + 30]! ^ 0x80; // record 1
    const h = join(work, "skip.yhist");
    writeFileSync(h, damaged);
    const r = await replayToFiles(h, join(work, "skip"), { skipBadLines: true });
    expect(r.skipped).toBe(1);
    const line = JSON.parse(readFileSync(r.epochsFile, "utf8").split("\n")[1]!);
    expect(line.epoch).toBe(1);
    expect(line.skipped).toBe(`${h} record 1 (byte ${HEADER_BYTES + first})`);
    expect(line.error).toMatch(/^\(root\): corrupt record: CRC-32/);
  });

  it("a truncated file stops at the cut record; the epochs before it stand", async () => {
    const full = readFileSync(bin);
    const recs = [...binaryRecords(bin)];
    const end10 = HEADER_BYTES + recs.slice(0, 10).reduce((a, r) => a + r.bytes.length, 0);
    const h = join(work, "cut.yhist");
    writeFileSync(h, full.subarray(0, end10 + 100));
    const err = (await replayToFiles(h, join(work, "cut")).catch((e: unknown) => e)) as ReplayStopped;
    expect(err).toBeInstanceOf(ReplayStopped);
    expect(err.epochs).toBe(10);
    expect(err.message).toBe(
      `${h} record 10 (byte ${end10}): (root): truncated record: it needs ${recs[10]!.bytes.length} bytes, the file ends after 100 (a partly written file?)`,
    );
    // cut inside the length field
    writeFileSync(h, full.subarray(0, end10 + 2));
    const err2 = (await replayToFiles(h, join(work, "cut2")).catch((e: unknown) => e)) as ReplayStopped;
    expect(err2.message).toBe(`${h} record 10 (byte ${end10}): (root): truncated record: the file ends 2 bytes into its length field`);
  });

  it("resume refuses a binary history whose consumed records differ, and the JSONL history under the same name", async () => {
    const dir = join(work, "rf");
    const h = join(work, "rf.yhist");
    const steps = [...binaryRecords(bin)].map((r, k) => decodeRecord(r.bytes, "x", { first: k === 0 }));
    const edited = steps.map((s, k) => (k === 3 ? { ...s, raoEmission: "1" } : s));
    writeFileSync(h, Buffer.concat([encodeHeader("sparse"), ...edited.slice(0, 30).map((s) => encodeRecord(s))]));
    const partial = await replayToFiles(h, dir);
    expect(partial.epochs).toBe(30);
    // the original history: record 3 differs from the one consumed
    writeFileSync(h, readFileSync(bin));
    const err = await replayToFiles(h, dir, { resume: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SnapshotError);
    expect((err as SnapshotError).path).toBe("inputSha256");
    expect((err as SnapshotError).reason).toMatch(/^the first 30 epochs of .*rf\.yhist differ from the ones this checkpoint consumed/);
    // a checkpoint from the JSONL form of the same history: a different input
    const jsonlSame = join(work, "rf.jsonl");
    writeFileSync(jsonlSame, readFileSync(jsonl));
    const dir2 = join(work, "rf2");
    const r = await replayToFiles(h, dir2);
    expect(r.epochs).toBe(60);
    const cp = JSON.parse(readFileSync(join(dir2, "rf.checkpoint.json"), "utf8"));
    expect(cp.done).toBe(true);
    const err2 = await replayToFiles(jsonlSame, dir2, { resume: true }).catch((e: unknown) => e);
    expect((err2 as SnapshotError).path).toBe("inputSha256");
    expect((err2 as SnapshotError).reason).toMatch(/^the first 60 epochs of .*rf\.jsonl differ from the ones this checkpoint consumed/);
  });
});

describe("errors name the file, the record and the field", () => {
  const fx = JSON.parse(readFileSync(join(root, "fixtures/upstream-test_yuma_3_kappa_moves_first.json"), "utf8")) as {
    steps: { input: Record<string, unknown> }[];
  };
  const base = fx.steps[0]!.input;

  /** Encodes an invalid snapshot (encodeRecord does not validate) and expects the decoder to refuse it as validateSnapshot does. */
  function sameRefusal(bad: Record<string, unknown>): void {
    const json = errorOf(() => validateSnapshot(bad));
    const bin = errorOf(() => decodeRecord(encodeRecord(bad as unknown as SnapshotStep), "h.yhist record 4 (byte 99)", { first: true }));
    expect(bin.message).toBe(`h.yhist record 4 (byte 99): ${json.path}: ${json.reason}`);
  }

  it("refuses what validateSnapshot refuses: duplicate uid, ownerUid >= n, a cutoff that disagrees, carry first", () => {
    const n = base.n as number;
    sameRefusal({
      ...base,
      weights: [
        [
          [1, 5],
          [2, 6],
          [1, 7],
        ],
        ...Array.from({ length: n - 1 }, () => []),
      ],
    });
    sameRefusal({ ...base, ownerUid: n });
    sameRefusal({ ...base, activityCutoff: "12345" });
    sameRefusal({ ...base, bonds: "carry" });
    // and a later step may carry
    const later = decodeRecord(encodeRecord({ ...base, bonds: "carry" } as unknown as SnapshotStep), "x");
    expect(later).toEqual(validateStep({ ...base, bonds: "carry" }));
  });

  it("before spec 320 a bond to a uid >= n is refused (the chain panics), as validateSnapshot does", () => {
    const f = readdirSync(erasDir).find((x) => /^spec195-.*\.json$/.test(x))!;
    const s = (JSON.parse(readFileSync(join(erasDir, f), "utf8")) as { steps: { input: Record<string, unknown> }[] }).steps[0]!.input;
    const n = s.n as number;
    sameRefusal({ ...s, bonds: [[[n + 3, 7]], ...Array.from({ length: n - 1 }, () => [])] });
  });

  it("before spec 144 a permitted validator's weight to a uid >= n is refused (the chain panics), as validateSnapshot does", () => {
    const f = readdirSync(erasDir).find((x) => /^spec149-.*\.json$/.test(x))!;
    const s = (JSON.parse(readFileSync(join(erasDir, f), "utf8")) as { steps: { input: Record<string, unknown> }[] }).steps[0]!.input;
    const n = s.n as number;
    const v = (s.validatorPermit as boolean[]).indexOf(true);
    expect(v).toBeGreaterThanOrEqual(0);
    const weights = Array.from({ length: n }, (_, i) => (i === v ? [[n + 2, 5]] : []));
    sameRefusal({ ...s, specVersion: 143, weights });
    // at 149 the same entry is read and ignored, as the chain does
    expect(decodeRecord(encodeRecord(validateSnapshot({ ...s, weights })), "x").weights[v]).toEqual([[n + 2, 5]]);
  });

  it("a field the record's runtime does not read, a missing one, a bad boolean, set padding bits, extra bytes", () => {
    const step = validateSnapshot(base);
    const rec = encodeRecord(step);
    const body = Buffer.from(rec.subarray(4, rec.length - 4));
    // the mask bit of `stake` (read only before 233) set on a spec-425 record
    const withStake = Buffer.from(body);
    withStake.writeUInt32LE(withStake.readUInt32LE(0) | (1 << FIELDS.indexOf("stake")), 0);
    expect(errorOf(() => decodeRecord(reframed(withStake), "w")).message).toBe(
      "w: stake: not read by the runtime of spec 425 (read at spec 121-232)",
    );
    const noKappa = Buffer.from(body);
    noKappa.writeUInt32LE(noKappa.readUInt32LE(0) & ~(1 << FIELDS.indexOf("kappa")), 0);
    expect(errorOf(() => decodeRecord(reframed(noKappa), "w")).message).toBe("w: kappa: missing field");
    // liquidAlphaEnabled is the byte after bondsPenalty: mask(8) netuid(2) n(2) currentBlock(8) tempo(2) activityCutoff(8)
    // activityCutoffFactorMilli(4) lastMechanismStepBlock(8) raoEmission(8) kappa(2) bondsMovingAverage(8) bondsPenalty(2)
    const at = 8 + 2 + 2 + 8 + 2 + 8 + 4 + 8 + 8 + 2 + 8 + 2;
    expect(body[at]).toBe(step.liquidAlphaEnabled ? 1 : 0);
    const badBool = Buffer.from(body);
    badBool[at] = 2;
    expect(errorOf(() => decodeRecord(reframed(badBool), "w")).message).toBe(
      "w: liquidAlphaEnabled: expected a boolean (byte 0 or 1), got 2",
    );
    const extra = Buffer.concat([body, Buffer.from([0, 0, 0])]);
    expect(errorOf(() => decodeRecord(reframed(extra), "w")).message).toBe(
      `w: (root): 3 bytes after the last field (the record's body is ${body.length + 3} bytes)`,
    );
    const short = body.subarray(0, body.length - 1);
    expect(errorOf(() => decodeRecord(reframed(short), "w")).message).toMatch(/^w: bonds: /);
  });

  it("header: not a binary history, another format version, unknown mode", () => {
    const good = Buffer.concat([encodeHeader("sparse"), encodeRecord(validateSnapshot(base))]);
    const v2 = Buffer.from(good);
    v2.writeUInt16LE(2, 8);
    writeFileSync(join(work, "v2.yhist"), v2);
    expect(() => [...binaryRecords(join(work, "v2.yhist"))]).toThrow(
      `${join(work, "v2.yhist")}: version: binary history format version 2 is not supported (this version of yuma-engine reads version 1)`,
    );
    const foreign = Buffer.from(good);
    foreign.write("NOTAHIST", 0, "latin1");
    writeFileSync(join(work, "foreign.yhist"), foreign);
    expect(() => [...binaryRecords(join(work, "foreign.yhist"))]).toThrow(
      /not a binary history \(the file does not start with "YUMAHIST"\)/,
    );
    const mode = Buffer.from(good);
    mode[10] = 7;
    writeFileSync(join(work, "mode.yhist"), mode);
    expect(() => readBinaryHeader(join(work, "mode.yhist"))).toThrow(/mode: unknown mode 7/);
  });
});

describe("yuma convert", () => {
  it("converts both ways and prints what it wrote; replay takes the binary history", () => {
    const jsonl = synthFile("cli", "yuma", 12);
    const out = join(work, "cli.yhist");
    const r = yuma("convert", jsonl, out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`-> ${out}: 12 steps, binary, \\d+ bytes \\(\\d+\\.\\d% of the input's \\d+ bytes\\)`));
    const back = join(work, "cli.back.ndjson");
    expect(yuma("convert", out, back).status).toBe(0);
    expect(readFileSync(back).equals(readFileSync(jsonl))).toBe(true);
    const forced = join(work, "cli.bin");
    expect(yuma("convert", jsonl, forced, "--to", "binary", "--quiet").stdout).toBe("");
    expect(readFileSync(forced).equals(readFileSync(out))).toBe(true);
    // a binary history under any name is recognised by its magic
    const rr = yuma("replay", forced, "--out", join(work, "cli-out"), "--quiet");
    expect(rr.status, rr.stderr).toBe(0);
  });

  it("bad input: file: path: reason, exit 2, no partial output", () => {
    const jsonl = join(work, "bad.jsonl");
    const good = [...synthHistory({ uids: 8, validators: 2, epochs: 3, seed: 1 })];
    writeFileSync(jsonl, `${JSON.stringify(good[0])}\n${JSON.stringify({ ...good[1], kappa: 70000 })}\n`);
    const r = yuma("convert", jsonl, join(work, "bad.yhist"));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${jsonl}:2: kappa: u16 out of range [0, 65535]: 70000\n`);
    expect(readdirSync(work).filter((f) => f.startsWith("bad.yhist"))).toEqual([]);
    const ext = yuma("convert", jsonl, join(work, "x.txt"));
    expect(ext.status).toBe(2);
    expect(ext.stderr).toMatch(/x\.txt: \(root\): cannot tell the output format from the name/);
    const same = yuma("convert", jsonl, jsonl);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/the output is the input/);
    const to = yuma("convert", jsonl, join(work, "y.jsonl"), "--to", "xml");
    expect(to.status).toBe(2);
    expect(to.stderr).toBe('--to: expected one of jsonl, binary, got "xml"\n');
  });
});

describe("counting records", () => {
  it("countBinaryRecords counts what binaryRecords yields, whole, cut and unframeable files", async () => {
    const jsonl = synthFile("cnt", "yuma", 9);
    const bin = join(work, "cnt.yhist");
    await convertHistory(jsonl, bin);
    const full = readFileSync(bin);
    const cases: [string, Buffer][] = [
      ["whole", full],
      ["header only", full.subarray(0, HEADER_BYTES)],
      ["cut in a length field", full.subarray(0, full.length - 1)],
      ["cut mid-file", full.subarray(0, Math.floor(full.length / 2))],
      ["one stray byte", Buffer.concat([full, Buffer.from([7])])],
    ];
    for (const [name, bytes] of cases) {
      const p = join(work, "cnt-case.yhist");
      writeFileSync(p, bytes);
      expect(countBinaryRecords(p), name).toBe([...binaryRecords(p)].length);
    }
    expect(countBinaryRecords(bin)).toBe(9);
  });
});
