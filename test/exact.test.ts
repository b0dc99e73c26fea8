// The exact-arithmetic model (decimal.js) and `yuma precision`.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { exactEpoch } from "../src/exact/epoch.js";
import { precisionReport } from "../src/exact/precision.js";
import type { Snapshot } from "../src/snapshot/types.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Two validators (stake 1 and 3) both put all weight on miner 2; original Yuma, no bonds yet. */
const simple: Snapshot = {
  netuid: 1,
  n: 3,
  currentBlock: "1000",
  tempo: 360,
  activityCutoffFactorMilli: 13889,
  lastMechanismStepBlock: "600",
  raoEmission: "1000000000",
  kappa: 32767,
  bondsMovingAverage: "900000",
  bondsPenalty: 65535,
  liquidAlphaEnabled: false,
  alphaLow: 0,
  alphaHigh: 0,
  alphaSigmoidSteepness: 0,
  yuma3Enabled: false,
  maxAllowedValidators: 64,
  stakeThreshold: "0",
  ownerUid: null,
  commitRevealEnabled: false,
  commitBlocks: [null, null, null],
  alphaStake: ["1000000000", "3000000000", "0"],
  taoStake: ["0", "0", "0"],
  taoWeight: "0",
  lastUpdate: ["999", "999", "999"],
  blockAtRegistration: ["1", "1", "1"],
  validatorPermit: [true, true, false],
  weights: [[[2, 65535]], [[2, 65535]], []],
  bonds: [[], [], []],
};

describe("exact model", () => {
  it("hand-derived: miner gets half the emission, validators 1:3 of the other half", () => {
    const x = exactEpoch(simple);
    // consensus on miner 2 is 1.0; incentive [0, 0, 1]; bonds = delta = stake share 0.25 / 0.75; dividends the same
    expect(x.consensus.map(String)).toEqual(["0", "0", "1"]);
    expect(x.dividends.map(String)).toEqual(["0.25", "0.75", "0"]);
    expect(x.serverEmission.map(String)).toEqual(["0", "0", "500000000"]);
    expect(x.validatorEmission.map(String)).toEqual(["125000000", "375000000", "0"]);
  });
  it("precision report: the chain pays within a few rao of exact math here", () => {
    const rep = precisionReport(simple);
    expect(rep.exactTotal).toBe("1000000000.000");
    expect(BigInt(rep.chainTotal) <= 1000000000n).toBe(true);
    expect(Number(rep.maxAbs)).toBeLessThan(3);
    expect(rep.uids.map((u) => u.uid)).toEqual([0, 1, 2]);
  });
  it("yuma precision prints a table and a summary line", () => {
    const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "precision", "fixtures/examples/snapshot.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/uid\s+chain rao\s+exact rao\s+chain - exact/);
    expect(r.stdout).toMatch(
      /max \|diff\| \d+\.\d{3} rao, mean \|diff\| \d+\.\d{3} rao, total -?\d+\.\d{3} rao \(chain pays \d+, exact math \d+\.\d{3}\)/,
    );
  });
});
