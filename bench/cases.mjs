// The side-by-side bench suite (issue 14): a subnet-15-like snapshot and the grid
// n x weights per row x validator share x variant, sparse and dense (dense up to n = 1024).
// Every input comes from the seeded generator (src/synth/snapshot.ts), seed 42.

export const SEED = 42;

/** Bump when the generator or the case parameters change (invalidates bench/.cache). */
export const INPUT_VERSION = 1;

const VARIANTS = [
  { label: "yuma", yuma3: false, liquidAlpha: false },
  { label: "yuma3+LA", yuma3: true, liquidAlpha: true },
];

/** { name, mode, n, density, validatorShare, yuma3, liquidAlpha, headline? } */
export function benchCases({ quick = false } = {}) {
  const list = [];
  const inputs = [];
  // real subnet 15 shape: 256 uids, 20 validator rows of ~84 weights (1,680 weight entries), original Yuma
  inputs.push({ key: "sn15-like", n: 256, density: 84, validatorShare: 20 / 256, yuma3: false, liquidAlpha: false, headline: true });
  for (const n of quick ? [256, 1024] : [256, 1024, 4096]) {
    for (const d of [
      { label: "3/row", value: 3 },
      { label: "50%", value: 0.5 },
    ]) {
      for (const share of [
        { label: "25%v", value: 0.25 },
        { label: "100%v", value: 1 },
      ]) {
        for (const v of VARIANTS) {
          if (quick && n === 1024 && d.label === "50%" && share.label === "100%v") continue;
          // n = 4096 at 50%: inputs of 50-200 MB and native epochs of 10-60 s each: only with --full
          const heavy = n === 4096 && d.label === "50%";
          inputs.push({
            heavy,
            key: `n${n}-${d.label}-${share.label}-${v.label}`.replace("/", "per").replaceAll("%", "pct").replace("+", "-"),
            label: `n=${n} ${d.label} ${share.label} ${v.label}`,
            n,
            density: d.value,
            validatorShare: share.value,
            yuma3: v.yuma3,
            liquidAlpha: v.liquidAlpha,
          });
        }
      }
    }
  }
  for (const mode of ["sparse", "dense"]) {
    for (const input of inputs) {
      if (mode === "dense" && input.n > 1024) continue;
      list.push({ ...input, mode, name: `${mode} ${input.headline ? "subnet-15-like (256 uids, 20 rows)" : input.label}` });
    }
  }
  return list;
}
