// The interactive report's data: totals are exact sums over every epoch of
// the epochs file; past the size limits the drawn series and bond snapshots
// keep every k-th epoch and the last.
import { it, expect } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readVariant } from "../src/report/interactive-data.js";

/** An epochs file of 10 epochs, 2 uids, written by hand: uid 0 gets dividends 100 * (e + 1), emission e + 1 rao (server) + 1 rao (validator). */
function epochsFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "yuma-idata-"));
  const p = join(dir, "h.epochs.jsonl");
  const lines = Array.from({ length: 10 }, (_, e) =>
    JSON.stringify({
      epoch: e,
      block: String(100 + e),
      dividends: [100 * (e + 1), 0],
      incentive: [0, 65535],
      validatorTrust: [65535, 0],
      serverEmission: [String(e + 1), "5"],
      validatorEmission: ["1", "0"],
      newValidatorPermit: [true, false],
      bonds: e === 0 ? [[[1, 7]], []] : [null, null],
    }),
  );
  writeFileSync(p, lines.join("\n") + "\n");
  return p;
}

it("totals: dividends 100 * (1 + ... + 10) = 5500; emission (1 + ... + 10) + 10 = 65 rao; bonds carried through null rows", async () => {
  const v = await readVariant({ name: "h", epochsFile: epochsFile(), specs: [] });
  expect(v.totals).toEqual({ dividends: [5500, 0], emission: ["65", "50"] });
  expect(v.validator).toEqual([true, false]);
  expect(v.epochs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(v.bonds[9]).toEqual([[[1, 7]], []]);
});

it("over the limits: every k-th epoch and the last are drawn, totals unchanged", async () => {
  // 10 epochs x 2 uids x 4 metrics = 80 values; limit 20 -> every 4th epoch
  const v = await readVariant({ name: "h", epochsFile: epochsFile(), specs: [] }, { series: 20, bonds: 1 });
  expect(v.epochs).toEqual([0, 4, 8, 9]);
  expect(v.blocks).toEqual(["100", "104", "108", "109"]);
  expect(v.series.dividends[0]).toEqual([100, 500, 900, 1000]);
  expect(v.totals.dividends).toEqual([5500, 0]);
  // one bond entry per epoch, limit 1 per variant -> every 10th epoch and the last
  expect(v.bondEpochs).toEqual([0, 9]);
});
