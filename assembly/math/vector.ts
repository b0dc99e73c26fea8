// Vector kernels over i64 (I32F32 bits) buffers; each mirrors math.rs.
import * as F from "../fixed/i32f32";
import { ldI64, stI64, ldU8, stU8, ldU32, stU32, stU16 } from "../mem/view";
import { arenaAlloc, atLeast1 } from "../mem/arena";
import { selectSmallestByKey } from "./sort";

/** `x.iter().sum()`: wrapping in a release build. */
export function sumWrap(x: usize, n: i32): i64 {
  let s: i64 = 0;
  for (let i = 0; i < n; i++) s += ldI64(x, i);
  return s;
}

/** mirrors math.rs inplace_normalize */
export function normalizeInPlace(x: usize, n: i32): void {
  normalizeUsingSum(x, n, sumWrap(x, n));
}

/** mirrors math.rs inplace_normalize_using_sum */
export function normalizeUsingSum(x: usize, n: i32, s: i64): void {
  if (s == 0) return;
  for (let i = 0; i < n; i++) stI64(x, i, F.safeDiv(ldI64(x, i), s));
}

/** mirrors math.rs inplace_mask_vector (mask byte 1 = set to zero) */
export function maskVector(mask: usize, x: usize, n: i32): void {
  for (let i = 0; i < n; i++) if (ldU8(mask, i) != 0) stI64(x, i, 0);
}

/** mirrors math.rs is_topk_nonzero; writes bytes 0/1 to out */
export function isTopkNonzero(x: usize, n: i32, k: i32, out: usize): void {
  for (let i = 0; i < n; i++) stU8(out, i, ldI64(x, i) != 0 ? 1 : 0);
  if (n < k) return;
  const idx = arenaAlloc(atLeast1(n) << 2);
  for (let i = 0; i < n; i++) stU32(idx, i, <u32>i);
  const drop = n - k;
  selectSmallestByKey(idx, n, x, drop); // the first `drop` of a stable ascending sort
  for (let t = 0; t < drop; t++) stU8(out, <i32>ldU32(idx, t), 0);
}

/** mirrors math.rs vec_mul: checked_mul, 0 on overflow */
export function vecMul(a: usize, b: usize, n: i32, out: usize): void {
  for (let i = 0; i < n; i++) {
    const r = F.mulChecked(ldI64(a, i), ldI64(b, i));
    stI64(out, i, F.failed ? 0 : r);
  }
}

export function copyI64(src: usize, dst: usize, n: i32): void {
  memory.copy(dst, src, <usize>n << 3);
}

/** mirrors math.rs is_topk (specs < 273): zero values may be in the top k; writes bytes 0/1 */
export function isTopk(x: usize, n: i32, k: i32, out: usize): void {
  for (let i = 0; i < n; i++) stU8(out, i, 1);
  if (n < k) return;
  const idx = arenaAlloc(atLeast1(n) << 2);
  for (let i = 0; i < n; i++) stU32(idx, i, <u32>i);
  const drop = n - k;
  selectSmallestByKey(idx, n, x, drop); // the first `drop` of a stable ascending sort
  for (let t = 0; t < drop; t++) stU8(out, <i32>ldU32(idx, t), 0);
}

/** round() of a fixed value: nearest, ties away from zero (floor(x + 1/2) for x >= 0). */
@inline function roundFx(x: i64): i64 {
  return x >= 0 ? ((x + F.HALF) >> 32) << 32 : -(((-x + F.HALF) >> 32) << 32);
}

/**
 * mirrors math.rs vec_max_upscale_to_u16 (PruningScores, specs < 365):
 * x * 65535 / max (max <= 32768) or x * (65535 / max), rounded, to u16, in the
 * era's arithmetic: plain (wrapping) `*` and `/` before 153 (`wrapOps`), then
 * saturating_mul with saturating_div (`saturatingDiv`, < 233) or safe_div; to_num::<u16>
 * wraps before 233 (`wrapToU16`), saturating_to_num after. The wrapping forms are
 * reached when a stake sum >= 2^63 wraps the normalised stake (negative or > 1).
 */
export function maxUpscaleToU16(x: usize, n: i32, out: usize, wrapOps: bool, saturatingDiv: bool, wrapToU16: bool): void {
  if (n == 0) return;
  let mx = ldI64(x, 0);
  for (let i = 1; i < n; i++) { const v = ldI64(x, i); if (v > mx) mx = v; }
  const over = mx > (<i64>32768 << 32);
  // 65535 / max, used when max > 32768 (no overflow: the quotient is < 2)
  const scale = mx == 0 || !over ? 0 : F.divEra(F.U16_MAX_FX, mx, wrapOps, saturatingDiv);
  for (let i = 0; i < n; i++) {
    const e = ldI64(x, i);
    let r: i64;
    if (mx == 0) r = F.mulEra(e, F.U16_MAX_FX, wrapOps);
    else if (over) r = roundFx(F.mulEra(e, scale, wrapOps));
    else r = roundFx(F.divEra(F.mulEra(e, F.U16_MAX_FX, wrapOps), mx, wrapOps, saturatingDiv));
    stU16(out, i, wrapToU16 ? F.toU16Wrap(r) : F.toU16Sat(r));
  }
}
