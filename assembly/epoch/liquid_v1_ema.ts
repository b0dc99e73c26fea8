// Liquid alpha v1 on the original-Yuma branch (specs 154-272, LiquidAlphaOn):
// run_epoch.rs compute_ema_bonds_sparse. The kernel itself (quantile,
// logistic fit, per-column alpha, mat_ema_alpha_vec_sparse) lives in
// ./liquid_v1 (helper branch h-liquid); this adapter is the one call site.
import { Csr } from "../math/csr";
import * as S from "../math/sparse";
import * as C from "./common";

/**
 * EMA bonds with liquid alpha v1. STUB until ./liquid_v1 lands: falls back to
 * the normal EMA (alpha = 1 - bma/1e6), which the chain uses only when every
 * consensus value is 0.
 */
export function emaBondsLiquidV1(
  delta: Csr, bonds: Csr, consensus: usize, n: i32, bma: u64,
  alphaLow: u64, alphaHigh: u64, saturatingDiv: bool,
): Csr {
  return S.matEmaSparse(delta, bonds, C.emaAlphaNormal(bma));
}
