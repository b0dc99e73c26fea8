// Each class of bad input yields a SnapshotError naming the exact field.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateSnapshot, parseJson, suggestField } from "../src/snapshot/validate.js";
import { SnapshotError } from "../src/snapshot/errors.js";
import { toEpochFile } from "../src/fixture.js";

const base = JSON.parse(readFileSync(fileURLToPath(new URL("../fixtures/examples/snapshot.json", import.meta.url)), "utf8")) as Record<
  string,
  unknown
>;
const clone = (): Record<string, any> => structuredClone(base);

function errorOf(f: () => unknown): SnapshotError {
  try {
    f();
  } catch (e) {
    if (e instanceof SnapshotError) return e;
    throw e;
  }
  throw new Error("expected a SnapshotError");
}

function expectRefused(mutate: (s: Record<string, any>) => void, path: string, reason: RegExp, opts = {}) {
  const s = clone();
  mutate(s);
  const e = errorOf(() => validateSnapshot(s, opts));
  expect(e.path).toBe(path);
  expect(e.reason).toMatch(reason);
}

describe("validateSnapshot", () => {
  it("accepts the bundled example", () => {
    expect(validateSnapshot(clone()).n).toBe(16);
  });
  it("vector length differs from n", () => {
    expectRefused((s) => s.alphaStake.pop(), "alphaStake", /expected length n = 16, got 15/);
    expectRefused(
      (s) => {
        s.n = 17;
      },
      "commitBlocks",
      /expected length n = 17, got 16/,
    );
  });
  it("n mismatch with rows", () => {
    expectRefused(
      (s) => {
        s.weights.push([]);
      },
      "weights",
      /expected 16 rows/,
    );
  });
  it("uid out of range in strict mode, accepted otherwise (the chain ignores it)", () => {
    const mutate = (s: Record<string, any>) => {
      s.weights[3] = [[16, 5]];
    };
    expectRefused(mutate, "weights[3][0][0]", /uid 16 out of range \(n = 16\)/, { strictUids: true });
    const s = clone();
    mutate(s);
    expect(() => validateSnapshot(s)).not.toThrow();
  });
  it("duplicate uid in a row", () => {
    expectRefused(
      (s) => {
        s.weights[2] = [
          [1, 5],
          [4, 6],
          [1, 7],
        ];
      },
      "weights[2][2][0]",
      /duplicate uid 1 in row 2/,
    );
    expectRefused(
      (s) => {
        s.bonds[0] = [
          [3, 5],
          [3, 6],
        ];
      },
      "bonds[0][1][0]",
      /duplicate uid 3/,
    );
  });
  it("weight above 65535 and non-integer weights", () => {
    expectRefused(
      (s) => {
        s.weights[1] = [[0, 65536]];
      },
      "weights[1][0][1]",
      /u16 value out of range \[0, 65535\]: 65536/,
    );
    expectRefused(
      (s) => {
        s.weights[1] = [[0, 1.5]];
      },
      "weights[1][0][1]",
      /non-integer 1.5/,
    );
    expectRefused(
      (s) => {
        s.weights[1] = [[0]];
      },
      "weights[1][0]",
      /\[uid, value\] pair/,
    );
  });
  it("negative, NaN, Infinity, overflowing and malformed numbers", () => {
    expectRefused(
      (s) => {
        s.kappa = -1;
      },
      "kappa",
      /out of range/,
    );
    expectRefused(
      (s) => {
        s.kappa = NaN;
      },
      "kappa",
      /NaN/,
    );
    expectRefused(
      (s) => {
        s.tempo = Infinity;
      },
      "tempo",
      /Infinity/,
    );
    expectRefused(
      (s) => {
        s.alphaSigmoidSteepness = 40000;
      },
      "alphaSigmoidSteepness",
      /i16 out of range/,
    );
    expectRefused(
      (s) => {
        s.alphaStake[5] = "-3";
      },
      "alphaStake[5]",
      /not a u64 decimal string/,
    );
    expectRefused(
      (s) => {
        s.alphaStake[5] = "1e9";
      },
      "alphaStake[5]",
      /not a u64 decimal string/,
    );
    expectRefused(
      (s) => {
        s.alphaStake[5] = "18446744073709551616";
      },
      "alphaStake[5]",
      /exceeds u64 maximum/,
    );
    expectRefused(
      (s) => {
        s.raoEmission = 1000;
      },
      "raoEmission",
      /decimal string, got number 1000/,
    );
    expectRefused(
      (s) => {
        s.lastUpdate[0] = "007";
      },
      "lastUpdate[0]",
      /not a u64/,
    );
  });
  it("booleans, nulls and ownerUid", () => {
    expectRefused(
      (s) => {
        s.validatorPermit[2] = 1;
      },
      "validatorPermit[2]",
      /expected a boolean, got number/,
    );
    expectRefused(
      (s) => {
        s.yuma3Enabled = "true";
      },
      "yuma3Enabled",
      /expected a boolean, got string/,
    );
    expectRefused(
      (s) => {
        s.ownerUid = 16;
      },
      "ownerUid",
      /uid 16 out of range/,
    );
    expectRefused(
      (s) => {
        s.commitBlocks[1] = 5;
      },
      "commitBlocks[1]",
      /decimal string/,
    );
  });
  it("missing and unknown fields, with a suggestion", () => {
    expectRefused(
      (s) => {
        delete s.taoWeight;
      },
      "taoWeight",
      /missing field/,
    );
    expectRefused(
      (s) => {
        s.kapa = 5;
      },
      "kapa",
      /unknown field \(did you mean "kappa"\?\)/,
    );
    expectRefused(
      (s) => {
        s.zzzzzzzzzzzz = 5;
      },
      "zzzzzzzzzzzz",
      /^unknown field$/,
    );
    expect(suggestField("bondsMovingAvg")).toBe("bondsMovingAverage");
  });
  it("activityCutoff must agree with its derivation", () => {
    expectRefused(
      (s) => {
        s.activityCutoff = "7";
      },
      "activityCutoff",
      /disagrees with/,
    );
  });
  it("more stored entries than the limit", () => {
    expectRefused(() => {}, "weights", /\d+ stored weight \+ bond entries exceed the limit 10/, { maxEntries: 10 });
  });
  it("carry outside a history", () => {
    expectRefused(
      (s) => {
        s.bonds = "carry";
      },
      "bonds",
      /"carry" needs a previous epoch/,
    );
  });
  it("not an object", () => {
    const e = errorOf(() => validateSnapshot([1, 2]));
    expect(e.path).toBe("");
    expect(e.reason).toMatch(/expected a snapshot object, got array/);
  });
});

describe("parseJson and fixtures", () => {
  it("truncated JSON is a SnapshotError, not a SyntaxError", () => {
    const text = JSON.stringify(base);
    const e = errorOf(() => parseJson(text.slice(0, text.length / 2), "x.json"));
    expect(e.reason).toMatch(/not valid JSON/);
    expect(e.message.startsWith("x.json: ")).toBe(true);
  });
  it("a bad step names the step", () => {
    const bad = clone();
    bad.n = "16";
    const e = errorOf(() =>
      toEpochFile({ schema: "yuma-epoch-fixture/1", upstream: { function: "epoch_mechanism" }, steps: [{ input: bad }] }),
    );
    expect(e.path).toBe("steps[0].input.n");
  });
  it("unsupported schema and function", () => {
    expect(errorOf(() => toEpochFile({ schema: "other/2" })).path).toBe("schema");
    expect(errorOf(() => toEpochFile({ schema: "yuma-epoch-fixture/1", upstream: { function: "x" }, steps: [] })).path).toBe(
      "upstream.function",
    );
  });
});
