// Childkey stake inheritance (assembly/stake/inherit.ts), per chain version.
// Expected values are the assertions of upstream tests (test name and commit
// given per case) or hand derivations written out in the case.
import { describe, it, expect } from "vitest";
import { inheritStake, inheritModeFor, type HotkeyStakeInput } from "../src/stake/inherit.js";

const MAX = (1n << 64n) - 1n;

/** Builds the per-hotkey inputs from own stakes and (parent, child, proportion) edges, as ChildKeys/ParentKeys store them. */
function graph(stakes: bigint[], edges: [number, number, bigint][]): HotkeyStakeInput[] {
  const hk: HotkeyStakeInput[] = stakes.map((s) => ({ initial: s, children: [], parents: [] }));
  for (const [p, c, prop] of edges) {
    hk[p]!.children.push(prop);
    hk[c]!.parents.push({ proportion: prop, stake: stakes[p]! });
  }
  return hk;
}

describe("version table", () => {
  it("no inheritance before 195; per-child truncation 195-232; I96F32 233-272; U96F32 from 273", () => {
    expect(inheritModeFor(194)).toBeUndefined();
    expect(inheritModeFor(195)).toBe("tao-per-child");
    expect(inheritModeFor(219)).toBe("tao-per-child");
    expect(inheritModeFor(232)).toBe("tao-per-child");
    expect(inheritModeFor(233)).toBe("i96-accumulate");
    expect(inheritModeFor(272)).toBe("i96-accumulate");
    expect(inheritModeFor(273)).toBe("u96-accumulate");
    expect(inheritModeFor(425)).toBe("u96-accumulate");
  });
});

// pallets/subtensor/src/tests/children.rs at 8f39a5832 (spec 219; the getter is the one of e79b0999d, spec 195)
describe("pre-dTAO get_stake_for_hotkey_on_subnet (spec 219, 8f39a5832 tests/children.rs)", () => {
  const m = "tao-per-child" as const;
  it("test_get_stake_for_hotkey_on_subnet: parent 0, child 4000", () => {
    expect(inheritStake(m, graph([2000n, 2000n], [[0, 1, MAX]]))).toEqual([0n, 4000n]);
  });
  it("test_children_stake_values: 25_000_000_069_852 and 3 x 24_999_999_976_716", () => {
    const r = inheritStake(
      m,
      graph(
        [100_000_000_000_000n, 0n, 0n, 0n],
        [
          [0, 1, MAX / 4n],
          [0, 2, MAX / 4n],
          [0, 3, MAX / 4n],
        ],
      ),
    );
    expect(r).toEqual([25_000_000_069_852n, 24_999_999_976_716n, 24_999_999_976_716n, 24_999_999_976_716n]);
    expect(r.reduce((a, b) => a + b)).toBe(100_000_000_000_000n);
  });
  it("test_get_stake_for_hotkey_on_subnet_multiple_parents_single_child: 501, 1001, 1498", () => {
    expect(
      inheritStake(
        m,
        graph(
          [1000n, 2000n, 0n],
          [
            [0, 2, MAX / 2n],
            [1, 2, MAX / 2n],
          ],
        ),
      ),
    ).toEqual([501n, 1001n, 1498n]);
  });
  it("test_get_stake_for_hotkey_on_subnet_single_parent_multiple_children: 1002, 999, 999", () => {
    expect(
      inheritStake(
        m,
        graph(
          [3000n, 0n, 0n],
          [
            [0, 1, MAX / 3n],
            [0, 2, MAX / 3n],
          ],
        ),
      ),
    ).toEqual([1002n, 999n, 999n]);
  });
  it("test_get_stake_for_hotkey_on_subnet_edge_cases: NetworkMaxStake 500_000 TAO, children (0, MAX): 0, 0, max", () => {
    const max = 500_000_000_000_000n;
    expect(
      inheritStake(
        m,
        graph(
          [max, 0n, 0n],
          [
            [0, 1, 0n],
            [0, 2, MAX],
          ],
        ),
        max,
      ),
    ).toEqual([0n, 0n, max]);
  });
  it("test_get_stake_for_hotkey_on_subnet_complex_hierarchy: 2, 499, 499, then grandchild 0 (one level only)", () => {
    expect(
      inheritStake(
        m,
        graph(
          [1000n, 0n, 0n, 0n],
          [
            [0, 1, MAX / 2n],
            [0, 2, MAX / 2n],
          ],
        ),
      ),
    ).toEqual([2n, 499n, 499n, 0n]);
    // child1 -> grandchild at 100%: child1's own TotalHotkeyStake is 0, so nothing moves
    expect(
      inheritStake(
        m,
        graph(
          [1000n, 0n, 0n, 0n],
          [
            [0, 1, MAX / 2n],
            [0, 2, MAX / 2n],
            [1, 3, MAX],
          ],
        ),
      ),
    ).toEqual([2n, 499n, 499n, 0n]);
  });
  it("NetworkMaxStake caps the result (hand-derived: 1000 + 2000 inherited, cap 2500 -> 2500; the parent keeps 0)", () => {
    expect(inheritStake(m, graph([2000n, 1000n], [[0, 1, MAX]]), 2500n)).toEqual([0n, 2500n]);
  });
  it("u64 saturating sums (hand-derived: two parents at 100% with u64::MAX each -> u64::MAX)", () => {
    // each share is I96F32(MAX) * (MAX/MAX = 1.0) = MAX, truncated to MAX; MAX + MAX saturates
    expect(
      inheritStake(
        m,
        graph(
          [MAX, MAX, 5n],
          [
            [0, 2, MAX],
            [1, 2, MAX],
          ],
        ),
      )[2],
    ).toBe(MAX);
  });
});

// pallets/subtensor/src/tests/children.rs at e2b8367b8 (spec 233) and 14bc6f9f (spec 425)
describe("dTAO get_inherited_for_hotkey_on_subnet (spec 233 e2b8367b8, spec 425 14bc6f9f tests/children.rs)", () => {
  for (const m of ["i96-accumulate", "u96-accumulate"] as const) {
    it(`${m}: test_get_stake_for_hotkey_on_subnet: parent 0, child 4000`, () => {
      expect(inheritStake(m, graph([2000n, 2000n], [[0, 1, MAX]]))).toEqual([0n, 4000n]);
    });
    it(`${m}: test_children_stake_values: 25_000_000_069_849 (one truncation), 3 x 24_999_999_976_716, sum 99999999999997`, () => {
      const r = inheritStake(
        m,
        graph(
          [100_000_000_000_000n, 0n, 0n, 0n],
          [
            [0, 1, MAX / 4n],
            [0, 2, MAX / 4n],
            [0, 3, MAX / 4n],
          ],
        ),
      );
      expect(r).toEqual([25_000_000_069_849n, 24_999_999_976_716n, 24_999_999_976_716n, 24_999_999_976_716n]);
      expect(r.reduce((a, b) => a + b)).toBe(99_999_999_999_997n);
    });
    it(`${m}: test_get_stake_for_hotkey_on_subnet_multiple_parents_single_child: 500, 1000, 1499 (upstream: within 10)`, () => {
      // hand derivation: (MAX/2)/MAX in 32 fractional bits is 2^31 - 1 (0.5 - 2^-32);
      // parent1 gives 1000*(0.5 - 2^-32) = 500 - 1000/2^32, parent2 1000 - 2000/2^32.
      // parent1 = 500 + 1000/2^32 -> 500; parent2 -> 1000; child = 1500 - 3000/2^32 -> 1499
      expect(
        inheritStake(
          m,
          graph(
            [1000n, 2000n, 0n],
            [
              [0, 2, MAX / 2n],
              [1, 2, MAX / 2n],
            ],
          ),
        ),
      ).toEqual([500n, 1000n, 1499n]);
    });
    it(`${m}: test_get_stake_for_hotkey_on_subnet_single_parent_multiple_children: 1000, 999, 999 (upstream: within 10)`, () => {
      // (MAX/3)/MAX = 1/3 exactly -> 1431655765 / 2^32; each child gets 3000*1431655765/2^32 = 999.9999997 -> 999;
      // the parent keeps 3000 - 1999.9999995 = 1000.0000005 -> 1000
      expect(
        inheritStake(
          m,
          graph(
            [3000n, 0n, 0n],
            [
              [0, 1, MAX / 3n],
              [0, 2, MAX / 3n],
            ],
          ),
        ),
      ).toEqual([1000n, 999n, 999n]);
    });
    it(`${m}: test_get_stake_for_hotkey_on_subnet_edge_cases: 0, 0, 500_000 TAO (NetworkMaxStake not applied)`, () => {
      const max = 500_000_000_000_000n;
      expect(
        inheritStake(
          m,
          graph(
            [max, 0n, 0n],
            [
              [0, 1, 0n],
              [0, 2, MAX],
            ],
          ),
          1n,
        ),
      ).toEqual([0n, 0n, max]);
    });
  }
  it("children over 100% (stored state set_children would refuse): I96F32 goes negative before the parents are added, U96F32 stops at 0", () => {
    // hand derivation: MAX/MAX is exactly 1.0, so own 1000 with two children at MAX gives to_children = 2000;
    // one parent with 3000 at MAX gives 3000.
    // I96F32: 1000 - 2000 + 3000 = 2000;  U96F32: max(0, 1000 - 2000) + 3000 = 3000
    const hk: HotkeyStakeInput[] = [{ initial: 1000n, children: [MAX, MAX], parents: [{ proportion: MAX, stake: 3000n }] }];
    expect(inheritStake("i96-accumulate", hk)).toEqual([2000n]);
    expect(inheritStake("u96-accumulate", hk)).toEqual([3000n]);
    // without parents the I96F32 value stays negative and saturates to 0
    expect(inheritStake("i96-accumulate", [{ initial: 1000n, children: [MAX, MAX], parents: [] }])).toEqual([0n]);
  });
});

describe("input checks", () => {
  it("refuses a negative or > u64 value naming the field", () => {
    expect(() => inheritStake("u96-accumulate", [{ initial: -1n, children: [], parents: [] }])).toThrow(/stake\[0\]\.initial/);
    expect(() => inheritStake("u96-accumulate", [{ initial: 1n, children: [1n << 64n], parents: [] }])).toThrow(
      /stake\[0\]\.children\[0\]/,
    );
  });
});
