// fast-check arbitraries for snapshots and histories (yuma-engine/testing).
// Every generated snapshot passes validateSnapshot; shrinking goes toward
// small n, few weights, default hyperparameters.
import fc from "fast-check";
import type { Snapshot, SnapshotStep, SparseRow } from "../snapshot/types.js";

export interface ArbSnapshotOptions {
  /** uids (default 0..16) */
  minN?: number;
  maxN?: number;
  /** Weight rows: fraction of uids weighted per validator row (default any). */
  maxWeightsPerRow?: number;
  /** Force Yuma3 on/off (default: either). */
  yuma3?: boolean;
  /** Force liquid alpha on/off (default: either). */
  liquidAlpha?: boolean;
  /** Allow rows stored out of uid order, as the chain keeps caller order (default true). */
  unsortedRows?: boolean;
  /** Allow sparse entries with uid >= n, which the chain accepts (default false). */
  outOfRangeUids?: boolean;
  /**
   * Allow stakes up to u64::MAX; the I64F64 stake sum can then wrap, which
   * breaks conservation on chain too (default false: the sum stays < 2^63).
   */
  extremeStake?: boolean;
  /**
   * Allow BondsMovingAverage up to u64::MAX (root can set any u64; before 233 a
   * value >= 2^63 wraps in I64F64::from_num) (default false: at most 2e6).
   */
  extremeBondsMovingAverage?: boolean;
  /** Force the owner uid to exist / not exist (default: either). */
  owner?: boolean;
}

const u16 = fc.integer({ min: 0, max: 65535 });
const biasedU16 = (common: number[]) => fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...common) }, { weight: 2, arbitrary: u16 });

/** A stake in rao: zeros, dust, typical, whales. */
function arbStake(extreme: boolean, n: number) {
  const cap = extreme ? (1n << 64n) - 1n : (1n << 62n) / BigInt(Math.max(n, 1));
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.constant(0n) },
      { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 1_000_000_000n }) },
      { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 15n < cap ? 10n ** 15n : cap }) },
      { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: cap }) },
    )
    .map(String);
}

/** A row over uids `0..limit-1` drawn as raw numbers and fitted to n later (so n can shrink). */
function arbRawRow(maxPerRow: number) {
  return fc.record({
    entries: fc.array(fc.tuple(fc.nat(), biasedU16([0, 65535, 32768])), { maxLength: maxPerRow }),
    shuffled: fc.boolean(),
  });
}

type RawRow = { entries: [number, number][]; shuffled: boolean };

/** Fits a raw row to n: uids mod limit, first occurrence kept, sorted unless shuffled is allowed. */
function fitRow(raw: RawRow, limit: number, unsorted: boolean): SparseRow {
  if (limit === 0) return [];
  const seen = new Set<number>();
  const row: SparseRow = [];
  for (const [j, v] of raw.entries) {
    const u = j % limit;
    if (seen.has(u)) continue;
    seen.add(u);
    row.push([u, v]);
  }
  return unsorted && raw.shuffled ? row : row.sort((x, y) => x[0] - y[0]);
}

/**
 * A valid snapshot (fixture "input" schema). Each uid is one record of an
 * array, so shrinking can drop any uid (not only the last) and then clear
 * what is left: counterexamples come out with few uids and default values.
 */
export function arbSnapshot(o: ArbSnapshotOptions = {}): fc.Arbitrary<Snapshot> {
  const minN = o.minN ?? 0,
    maxN = o.maxN ?? 16;
  const perRow = o.maxWeightsPerRow ?? maxN;
  const uid = fc.record({
    commitBack: fc.option(fc.integer({ min: 0, max: 20_000 })),
    alphaStake: arbStake(o.extremeStake ?? false, maxN),
    taoStake: fc.oneof({ weight: 3, arbitrary: fc.constant("0") }, { weight: 1, arbitrary: arbStake(o.extremeStake ?? false, maxN) }),
    updateBack: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 20_000 })),
    regBack: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 5_000_000 })),
    permit: fc.boolean(),
    weights: arbRawRow(perRow),
    bonds: arbRawRow(perRow),
  });
  return fc
    .record({
      uids: fc.array(uid, { minLength: minN, maxLength: maxN }),
      currentBlock: fc.integer({ min: 0, max: 10_000_000 }),
      tempo: biasedU16([360, 99, 0, 1]),
      activityCutoffFactorMilli: fc.oneof(fc.constantFrom(13889, 1000, 0), fc.integer({ min: 0, max: 100_000 })),
      lmsBack: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 1000 })),
      raoEmission: fc
        .oneof(fc.constantFrom(1_000_000_000n, 0n, (1n << 64n) - 1n), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }))
        .map(String),
      kappa: biasedU16([32767, 0, 65535]),
      bondsMovingAverage: (o.extremeBondsMovingAverage
        ? fc.oneof(
            fc.constantFrom(900_000n, 0n, 1n << 63n, (1n << 63n) - 1n, (1n << 64n) - 1n),
            fc.bigInt({ min: 0n, max: 2_000_000n }),
            fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
          )
        : fc.oneof(fc.constantFrom(900_000n, 975_000n, 0n, 1_000_000n), fc.bigInt({ min: 0n, max: 2_000_000n }))
      ).map(String),
      bondsPenalty: biasedU16([65535, 0, 32767]),
      liquidAlphaEnabled: o.liquidAlpha === undefined ? fc.boolean() : fc.constant(o.liquidAlpha),
      alphaPair: fc.tuple(u16, u16).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      alphaSigmoidSteepness: fc.oneof(fc.constantFrom(1000, 100, 0, -100), fc.integer({ min: -32768, max: 32767 })),
      yuma3Enabled: o.yuma3 === undefined ? fc.boolean() : fc.constant(o.yuma3),
      maxAllowedValidators: fc.oneof(fc.constantFrom(64, 1, 0), fc.integer({ min: 0, max: maxN + 1 })),
      stakeThreshold: fc.oneof(fc.constant("0"), fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String)),
      owner: o.owner === false ? fc.constant(null) : o.owner === true ? fc.nat() : fc.option(fc.nat()),
      commitRevealEnabled: fc.boolean(),
      taoWeight: fc
        .oneof(fc.constantFrom(0n, 3320413933267719290n, (1n << 64n) - 1n), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }))
        .map(String),
    })
    .map((r): Snapshot => {
      const n = r.uids.length;
      const cur = r.currentBlock;
      const back = (b: number) => String(Math.max(0, cur - b));
      const limit = (o.outOfRangeUids ?? false) ? Math.min(65536, n + 3) : n;
      const unsorted = o.unsortedRows ?? true;
      const u = r.uids;
      return {
        netuid: 1,
        n,
        currentBlock: String(cur),
        tempo: r.tempo,
        activityCutoffFactorMilli: r.activityCutoffFactorMilli,
        lastMechanismStepBlock: r.lmsBack < 0 ? "0" : back(r.lmsBack),
        raoEmission: r.raoEmission,
        kappa: r.kappa,
        bondsMovingAverage: r.bondsMovingAverage,
        bondsPenalty: r.bondsPenalty,
        liquidAlphaEnabled: r.liquidAlphaEnabled,
        alphaLow: r.alphaPair[0]!,
        alphaHigh: r.alphaPair[1]!,
        alphaSigmoidSteepness: r.alphaSigmoidSteepness,
        yuma3Enabled: r.yuma3Enabled,
        maxAllowedValidators: r.maxAllowedValidators,
        stakeThreshold: r.stakeThreshold,
        ownerUid: r.owner === null || n === 0 ? null : r.owner % n,
        commitRevealEnabled: r.commitRevealEnabled,
        commitBlocks: u.map((x) => (x.commitBack === null ? null : back(x.commitBack))),
        alphaStake: u.map((x) => x.alphaStake),
        taoStake: u.map((x) => x.taoStake),
        taoWeight: r.taoWeight,
        lastUpdate: u.map((x) => back(x.updateBack)),
        blockAtRegistration: u.map((x) => back(x.regBack)),
        validatorPermit: u.map((x) => x.permit),
        weights: u.map((x) => fitRow(x.weights, limit, unsorted)),
        bonds: u.map((x) => fitRow(x.bonds, limit, unsorted)),
      };
    });
}

export interface ArbHistoryOptions extends ArbSnapshotOptions {
  /** epochs after the first (default 1..5) */
  maxSteps?: number;
}

/**
 * A short history: a first snapshot, then epochs that advance the block by
 * tempo + 1, re-draw some weight rows and carry bonds ("carry").
 */
export function arbHistory(o: ArbHistoryOptions = {}): fc.Arbitrary<SnapshotStep[]> {
  return arbSnapshot(o).chain((first) => {
    const n = first.n;
    const step = fc.record({
      rows: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: Math.max(n - 1, 0) }),
          arbRawRow(Math.max(n, 1)).map((r) => fitRow(r, n, o.unsortedRows ?? true)),
        ),
        { maxLength: 3 },
      ),
      reregister: fc.option(fc.integer({ min: 0, max: Math.max(n - 1, 0) }), { freq: 4 }),
    });
    return fc.array(step, { minLength: 1, maxLength: o.maxSteps ?? 5 }).map((steps) => {
      const out: SnapshotStep[] = [first];
      let prev: Snapshot = first;
      for (const st of steps) {
        const block = BigInt(prev.currentBlock) + BigInt(prev.tempo) + 1n;
        const weights = prev.weights.map((r) => r.slice());
        const lastUpdate = prev.lastUpdate.slice();
        for (const [i, r] of st.rows)
          if (n > 0) {
            weights[i] = r;
            lastUpdate[i] = block.toString();
          }
        const reg = prev.blockAtRegistration.slice();
        if (st.reregister !== null && n > 0) {
          reg[st.reregister] = block.toString();
          weights[st.reregister] = [];
        }
        const next: Snapshot = {
          ...prev,
          currentBlock: block.toString(),
          lastMechanismStepBlock: prev.currentBlock,
          weights,
          lastUpdate,
          blockAtRegistration: reg,
        };
        out.push({ ...next, bonds: "carry" });
        prev = next;
      }
      return out;
    });
  });
}
