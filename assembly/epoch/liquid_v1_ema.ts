// Liquid alpha v1 on the original-Yuma branch (specs 154-272, LiquidAlphaOn):
// run_epoch.rs compute_ema_bonds_sparse. The kernel (quantile, logistic fit,
// per-column alpha, mat_ema_alpha_vec_sparse) is ./liquid_v1; this adapter is
// the epoch's one call site and supplies the normal EMA when the chain takes it.
import { Csr } from "../math/csr";
import * as S from "../math/sparse";
import { emaBondsLiquidV1Sparse } from "./liquid_v1";

/** EMA bonds with liquid alpha v1, or the normal EMA (`normalAlpha` = C.emaAlphaNormal) where the chain falls back to it. */
export function emaBondsLiquidV1(
  delta: Csr, bonds: Csr, consensus: usize, n: i32, normalAlpha: i64,
  alphaLow: u64, alphaHigh: u64, saturatingDiv: bool,
): Csr {
  const ema = emaBondsLiquidV1Sparse(delta, bonds, consensus, n, alphaLow, alphaHigh, !saturatingDiv);
  return ema !== null ? ema : S.matEmaSparse(delta, bonds, normalAlpha);
}
