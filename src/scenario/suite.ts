// The scenario suite: our own definitions of the classic Yuma scenarios
// (validators A = big "kappa" validator, B and C small, moving between
// miners) and the scenarios of the upstream test_yuma_3_* tests (subtensor
// 14bc6f9f, pallets/subtensor/src/tests/epoch.rs), as data.
import type { Scenario } from "./types.js";

const UPSTREAM_COMMIT = "14bc6f9f964b9cc362e9635dd110a487fa5d15a0";
const MAX = 65535;
const HALF = 32767; // u16::MAX / 2
/** weights of a validator over two miners: all on the first / the second */
const S1 = [MAX, 0],
  S2 = [0, MAX];
/** over three miners */
const T1 = [MAX, 0, 0],
  T3 = [0, 0, MAX];

/** stakes in rao: A 0.8, B 0.1, C 0.1 of 10 alpha; two miners */
const BIG_SMALL_SMALL = ["8000000000", "1000000000", "1000000000", "0", "0"];
const EQUAL = ["3300000000", "3300000000", "3400000000", "0", "0"];

const upstream = (test: string) => ({ test, commit: UPSTREAM_COMMIT });

export const SCENARIOS: readonly Scenario[] = [
  // ---- classic scenarios (switch at epoch 10, weights set every epoch) ----
  {
    name: "kappa-moves-first",
    description: "A (0.8) moves from miner 1 to miner 2 first, B one epoch later, C two epochs later",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S2, S1, S1] },
      { from: 11, rows: [S2, S2, S1] },
      { from: 12, rows: [S2, S2, S2] },
    ],
  },
  {
    name: "kappa-moves-second",
    description: "B moves to miner 2 first, A (0.8) one epoch later, C last",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S1, S2, S1] },
      { from: 11, rows: [S2, S2, S1] },
      { from: 12, rows: [S2, S2, S2] },
    ],
  },
  {
    name: "kappa-moves-third",
    description: "B moves to miner 2 first, C one epoch later, A (0.8) last",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S1, S2, S1] },
      { from: 11, rows: [S1, S2, S2] },
      { from: 12, rows: [S2, S2, S2] },
    ],
  },
  {
    name: "all-validators-switch",
    description: "all three validators move from miner 1 to miner 2 at the same epoch",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S2, S2, S2] },
    ],
  },
  {
    name: "kappa-moves-second-then-third",
    description: "to miner 2: B, then A, then C; back to miner 1 at epoch 20: B, then C, then A",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S1, S2, S1] },
      { from: 11, rows: [S2, S2, S1] },
      { from: 12, rows: [S2, S2, S2] },
      { from: 20, rows: [S2, S1, S2] },
      { from: 21, rows: [S2, S1, S1] },
      { from: 22, rows: [S1, S1, S1] },
    ],
  },
  {
    name: "kappa-moves-second-then-all-switch",
    description: "to miner 2: B, then A, then C; back to miner 1 at epoch 20: all at once",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S1, S2, S1] },
      { from: 11, rows: [S2, S2, S1] },
      { from: 12, rows: [S2, S2, S2] },
      { from: 20, rows: [S1, S1, S1] },
    ],
  },
  {
    name: "big-validator-moves-late",
    description: "B and C move to miner 2 at epoch 10, A (0.8) only at 20; back to miner 1: B and C at 30, A at 40",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 50,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S1, S2, S2] },
      { from: 20, rows: [S2, S2, S2] },
      { from: 30, rows: [S2, S1, S1] },
      { from: 40, rows: [S1, S1, S1] },
    ],
  },
  {
    name: "small-validators-merge",
    description: "equal-stake validators on miner 1, C on miner 2 from epoch 10; at epoch 20 C's stake moves to B",
    stakes: EQUAL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S1, S1, S2] },
    ],
    events: [{ epoch: 20, stakes: ["3300000000", "6700000000", "0", "0", "0"] }],
  },
  {
    name: "kappa-delayed",
    description: "B and C move to miner 2 at epoch 10; A (0.8) follows three epochs later",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 10, rows: [S1, S2, S2] },
      { from: 13, rows: [S2, S2, S2] },
    ],
  },
  {
    name: "clipping-demo",
    description: "A and B weight miner 1; C (0.1) puts all on miner 3, which consensus clips to 0; C joins miner 1 at epoch 20",
    stakes: ["8000000000", "1000000000", "1000000000", "0", "0", "0"],
    validators: 3,
    epochs: 40,
    phases: [
      { from: 0, rows: [T1, T1, T3] },
      { from: 20, rows: [T1, T1, T1] },
    ],
  },
  {
    name: "weight-copier",
    description: "A and B move from miner 1 to miner 2 at epoch 10; C copies the previous epoch's consensus every epoch",
    stakes: BIG_SMALL_SMALL,
    validators: 3,
    epochs: 40,
    copier: 2,
    phases: [
      { from: 0, rows: [S1, S1, null] },
      { from: 10, rows: [S2, S2, null] },
    ],
  },
  // ---- upstream test_yuma_3_* (6 epochs after the setup epoch; weights set where the test calls set_weights) ----
  {
    name: "upstream-kappa-moves-first",
    description: "test_yuma_3_kappa_moves_first: A (0.8) moves first, B second, C last",
    upstream: upstream("test_yuma_3_kappa_moves_first"),
    stakes: ["8", "1", "1", "0", "0"],
    validators: 3,
    epochs: 6,
    phases: [
      { from: 0, rows: [S1, S1, S1], once: true },
      { from: 1, rows: [S2, S1, S1], once: true },
      { from: 2, rows: [S2, S2, S1], once: true },
      { from: 3, rows: [S2, S2, S2], once: true },
    ],
  },
  {
    name: "upstream-kappa-moves-second",
    description: "test_yuma_3_kappa_moves_second: B moves first, A (0.8) second, C last",
    upstream: upstream("test_yuma_3_kappa_moves_second"),
    stakes: ["8", "1", "1", "0", "0"],
    validators: 3,
    epochs: 6,
    phases: [
      { from: 0, rows: [S1, S1, S1], once: true },
      { from: 1, rows: [S1, S2, S1], once: true },
      { from: 2, rows: [S2, S2, S1], once: true },
      { from: 3, rows: [S2, S2, S2], once: true },
    ],
  },
  {
    name: "upstream-kappa-moves-last",
    description: "test_yuma_3_kappa_moves_last: B moves first, C second, A (0.8) last",
    upstream: upstream("test_yuma_3_kappa_moves_last"),
    stakes: ["8", "1", "1", "0", "0"],
    validators: 3,
    epochs: 6,
    phases: [
      { from: 0, rows: [S1, S1, S1], once: true },
      { from: 1, rows: [S1, S2, S1], once: true },
      { from: 2, rows: [S1, S2, S2], once: true },
      { from: 3, rows: [S2, S2, S2], once: true },
    ],
  },
  {
    name: "upstream-one-epoch-switch",
    description: "test_yuma_3_one_epoch_switch: equal stakes on miner 1; C weights miner 2 for epoch 2 only",
    upstream: upstream("test_yuma_3_one_epoch_switch"),
    stakes: ["33", "33", "34", "0", "0"],
    validators: 3,
    epochs: 6,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 2, rows: [S1, S1, S2], once: true },
      { from: 3, rows: [S1, S1, S1] },
    ],
  },
  {
    name: "upstream-liquid-alpha-disabled",
    description: "test_yuma_3_liquid_alpha_disabled: one_epoch_switch with liquid alpha off after the setup epoch",
    upstream: upstream("test_yuma_3_liquid_alpha_disabled"),
    stakes: ["33", "33", "34", "0", "0"],
    validators: 3,
    epochs: 6,
    phases: [
      { from: 0, rows: [S1, S1, S1] },
      { from: 2, rows: [S1, S1, S2], once: true },
      { from: 3, rows: [S1, S1, S1] },
    ],
    events: [{ epoch: 0, hyper: { liquidAlphaEnabled: false } }],
  },
  {
    name: "upstream-stable-miner",
    description:
      "test_yuma_3_stable_miner: three miners, all validators keep half on miner 3; B moves the other half first, A follows, C last",
    upstream: upstream("test_yuma_3_stable_miner"),
    stakes: ["8", "1", "1", "0", "0", "0"],
    validators: 3,
    epochs: 6,
    phases: [
      {
        from: 0,
        rows: [
          [HALF, 0, HALF],
          [HALF, 0, HALF],
          [HALF, 0, HALF],
        ],
        once: true,
      },
      {
        from: 1,
        rows: [
          [HALF, 0, HALF],
          [0, HALF, HALF],
          [HALF, 0, HALF],
        ],
        once: true,
      },
      {
        from: 2,
        rows: [
          [0, HALF, HALF],
          [0, HALF, HALF],
          [HALF, 0, HALF],
        ],
        once: true,
      },
      {
        from: 3,
        rows: [
          [0, HALF, HALF],
          [0, HALF, HALF],
          [0, HALF, HALF],
        ],
        once: true,
      },
    ],
  },
  {
    name: "upstream-bonds-reset",
    description:
      "test_yuma_3_bonds_reset: B and C move to miner 2, A follows; bonds to miner 1 reset at epoch 20; B and C move back at 21, A follows",
    upstream: upstream("test_yuma_3_bonds_reset"),
    stakes: ["8", "1", "1", "0", "0"],
    validators: 3,
    epochs: 41,
    phases: [
      { from: 0, rows: [S1, S1, S1], once: true },
      { from: 1, rows: [S1, S2, S2], once: true },
      { from: 2, rows: [S2, S2, S2] },
      { from: 21, rows: [S2, S1, S1], once: true },
      { from: 22, rows: [S1, S1, S1] },
    ],
    events: [{ epoch: 20, resetBondsOf: 3 }],
  },
];

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
