// The root-epoch variants the fixtures do not name, checked against the fixtures'
// own expected values where the upstream code says the arithmetic is the same:
// 153+ only swap plain operators for saturating ones (no fixture input overflows:
// stakes and their sums fit in i64, weights are u16, |exp argument| < 43), 146-148
// differ from 149 only when TotalNetworks < k (the position reader), and 133-145
// differ from 146 only in where E comes from. Plus a robustness sweep over extreme inputs.
import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rootEpoch, readRootFixture, rootCaseDifference, subnetToPrune, rootNetworkLockCost } from "../src/root/index.js";
import { SnapshotError } from "../src/snapshot/errors.js";

const dir = fileURLToPath(new URL("../fixtures/eras/", import.meta.url));
const epochCases = (spec: number) =>
  readdirSync(dir)
    .filter((f) => f.startsWith(`root-spec${spec}-`))
    .sort()
    .flatMap((f) =>
      readRootFixture(dir + f)
        .cases.filter((c) => c.kind === "rootEpoch")
        .map((c) => ({ file: f, c })),
    );

describe("root_epoch at 153-232: the spec-151 fixtures' expected values", () => {
  const cases = epochCases(151);
  it("has rootEpoch cases", () => expect(cases.length).toBeGreaterThan(100));
  for (const spec of [152, 153, 195, 219, 232]) {
    it(`spec ${spec}`, () => {
      for (const { file, c } of cases) {
        const got = rootEpoch(c.input, spec, { debug: "debug" in c.expected });
        expect(rootCaseDifference(c.expected, got), `${file} ${c.name}`).toBeNull();
      }
    });
  }
});

describe("root_epoch at 133-148: the spec-149 fixtures' expected values", () => {
  const cases = epochCases(149);
  const input = (c: { input: unknown }) => c.input as { totalNetworks: number; netuids: number[]; totalIssuance: string };
  it("spec 146 and 148 wherever TotalNetworks >= k (the two weight readers agree there)", () => {
    let n = 0;
    for (const { file, c } of cases) {
      if (input(c).totalNetworks < input(c).netuids.length) continue;
      n++;
      for (const spec of [146, 148])
        expect(
          rootCaseDifference(c.expected, rootEpoch(c.input, spec, { debug: "debug" in c.expected })),
          `${file} ${c.name} @${spec}`,
        ).toBeNull();
    }
    expect(n).toBeGreaterThan(100);
  });
  it("spec 133 and 145 with BlockEmission = the fixture's blockEmission", () => {
    for (const { file, c } of cases) {
      const { totalIssuance: _i, ...rest } = input(c);
      if (input(c).totalNetworks < input(c).netuids.length) continue;
      const e = c.expected as { blockEmission?: string };
      if (e.blockEmission === undefined) continue; // an Err before E is read
      for (const spec of [133, 145]) {
        const got = rootEpoch({ ...rest, blockEmission: e.blockEmission }, spec, { debug: "debug" in c.expected });
        expect(rootCaseDifference(c.expected, got), `${file} ${c.name} @${spec}`).toBeNull();
      }
    }
  });
});

describe("robustness: extreme inputs give an outcome or a SnapshotError, never a trap", () => {
  it("2000 seeded root epochs over every spec 133-232", () => {
    let s = 987654321n;
    const next = () => {
      s = (s * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
      return s;
    };
    const r = (m: number) => Number(next() >> 33n) % m;
    const u64 = () => [0n, 1n, (1n << 63n) - 1n, 1n << 63n, (1n << 64n) - 1n, next(), next() >> BigInt(r(64))][r(7)]!.toString();
    const shapes = { ok: 0, err: 0, panic: 0 };
    for (let t = 0; t < 2000; t++) {
      const k = r(6),
        n = r(5);
      const netuids = Array.from({ length: k }, (_, j) => j * (1 + r(2)) + j);
      const uniq = [...new Set(netuids)].sort((a, b) => a - b);
      const spec = 133 + r(100);
      // the emission field the spec reads, and now and then the other one (refused)
      const input = {
        [spec >= 146 !== (r(10) === 0) ? "totalIssuance" : "blockEmission"]: u64(),
        netuids: uniq,
        totalNetworks: Math.max(0, uniq.length + r(3) - 1),
        kappa: [0, 32767, 65535, r(65536)][r(4)]!,
        rho: [0, 1, 10, 43, 65535, r(65536)][r(6)]!,
        stake: Array.from({ length: n }, u64),
        weights: Array.from({ length: n }, () => Array.from({ length: r(4) }, () => [r(10), [0, 1, 65535, r(65536)][r(4)]!])),
      };
      try {
        const out = rootEpoch(input, spec, { debug: true });
        const kind = "err" in out ? "err" : "panic" in out ? "panic" : "ok";
        shapes[kind]++;
        if (kind === "ok" && "emissionValues" in out) expect(out.emissionValues.length).toBe(input.netuids.length);
      } catch (e) {
        expect(e, JSON.stringify({ spec, input })).toBeInstanceOf(SnapshotError);
      }
      try {
        subnetToPrune(
          {
            netuids: uniq,
            emissionValues: uniq.map(u64),
            registeredAt: uniq.map(u64),
            currentBlock: u64(),
            immunityPeriod: u64(),
            ...(spec < 136 ? { totalNetworks: r(8) } : {}),
          },
          spec,
        );
        rootNetworkLockCost({ lastLock: u64(), minLock: u64(), lastLockBlock: u64(), currentBlock: u64(), reductionInterval: u64() }, spec);
      } catch (e) {
        expect(e).toBeInstanceOf(SnapshotError);
      }
    }
    // the sweep reaches all three outcomes
    expect(shapes.ok).toBeGreaterThan(0);
    expect(shapes.err).toBeGreaterThan(0);
    expect(shapes.panic).toBeGreaterThan(0);
  });
});

describe("get_subnet_to_prune (136-232) and get_network_lock_cost (133-232): unchanged code, the fixtures' expected values", () => {
  const cases = (kind: string) =>
    readdirSync(dir)
      .filter((f) => f.startsWith("root-spec151-"))
      .sort()
      .flatMap((f) =>
        readRootFixture(dir + f)
          .cases.filter((c) => c.kind === kind)
          .map((c) => ({ file: f, c })),
      );
  it("subnetToPrune at 136, 153, 195, 219, 232", () => {
    const cs = cases("subnetToPrune");
    expect(cs.length).toBeGreaterThan(100);
    for (const spec of [136, 153, 195, 219, 232])
      for (const { file, c } of cs)
        expect(rootCaseDifference(c.expected, subnetToPrune(c.input, spec)), `${file} ${c.name} @${spec}`).toBeNull();
  });
  it("networkLockCost at 133, 146, 195, 232", () => {
    const cs = cases("networkLockCost");
    expect(cs.length).toBeGreaterThan(100);
    for (const spec of [133, 146, 195, 232])
      for (const { file, c } of cs)
        expect(rootCaseDifference(c.expected, rootNetworkLockCost(c.input, spec)), `${file} ${c.name} @${spec}`).toBeNull();
  });
});
