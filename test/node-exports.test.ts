// The Node entry (src/index.ts = "yuma-engine/node" and the package root under Node) exports the
// replay's SkippedStep type and its ReplayStopped error, so callers can tell a skipped line and a
// stopped history apart without reaching into internal paths.
import { describe, it, expect } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { replay, replayToFiles, ReplayStopped, SnapshotError, type SkippedStep, type EpochRecord } from "../src/index.js";
import * as core from "../src/core.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const lines = readFileSync(join(root, "fixtures/examples/history.jsonl"), "utf8").trim().split("\n");
const work = mkdtempSync(join(tmpdir(), "yuma-node-exports-"));
const bad = [...lines.slice(0, 3), '{"n": 32, this is not json', ...lines.slice(4, 6)];
const badPath = join(work, "bad.jsonl");
writeFileSync(badPath, bad.join("\n") + "\n");

describe("Node entry exports", () => {
  it("ReplayStopped: replayToFiles on a history with a bad 4th line stops after 3 epochs, naming the line", async () => {
    let caught: unknown;
    try {
      await replayToFiles(badPath, join(work, "out"));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReplayStopped);
    const stopped = caught as ReplayStopped;
    expect(stopped.name).toBe("ReplayStopped");
    expect(stopped.epochs).toBe(3);
    expect(stopped.error).toBeInstanceOf(SnapshotError);
    expect(stopped.error.file).toBe(`${badPath}:4`);
  });
  it("SkippedStep: replay with skipBadSteps yields the bad line as a SkippedStep (epoch 3, skipped: true)", async () => {
    const skipped: SkippedStep[] = [];
    const ok: EpochRecord[] = [];
    for await (const r of replay(badPath, { skipBadSteps: true })) {
      if ("skipped" in r) skipped.push(r);
      else if ("result" in r) ok.push(r);
    }
    expect(skipped.map((s) => [s.epoch, s.skipped, s.where])).toEqual([[3, true, `${badPath}:4`]]);
    expect(ok.map((r) => r.epoch)).toEqual([0, 1, 2, 4, 5]);
  });
  it("the browser-safe entry stays free of file-based replay (ReplayStopped is Node only)", () => {
    expect("ReplayStopped" in core).toBe(false);
    expect("replayToFiles" in core).toBe(false);
  });
});
