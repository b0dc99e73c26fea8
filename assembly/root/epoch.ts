// root.rs root_epoch (pre-dTAO, specs 133-232): root weights and root stake
// to every subnet's EmissionValues, in I64F64. Era switches (flags) come from
// src/root/versions.ts:
//   HALVING        146+: E = get_block_emission_for_issuance(TotalIssuance); before: BlockEmission storage
//   ZIP_READER     149+: get_root_weights keeps the first matching column < min(TotalNetworks, k);
//                  before: position among all k netuids, indexing a row of TotalNetworks (panics when beyond)
//   ROW_NORMALIZE  151+: inplace_row_normalize_64 on the weights (703bdbd17)
//   SATURATING     153+: saturating_* operators (de1026780); before: plain (wrapping) operators
// Inputs (arena): netuids u16[k] (storage order), stake u64[n] (per root uid),
// rows u32[n+1] (offsets into entries), entries u32[] (netuid | weight << 16).
// Output at `out`: emission u64[tn], then I64F64 (lo, hi) debug vectors
// stake[n], ranks[tn], trust[tn], consensus[tn], weightedEmission[tn].
import * as F from "./fixed64";
import { exp64, expFailed } from "./exp64";
import { blockEmissionForIssuance } from "../emission/block";
import { arenaAlloc, arenaAllocZeroed } from "../mem/arena";
import { ldU16, ldU32, ldU64, stU64, ldI32, stI32 } from "../mem/view";

export const ROOT_HALVING: u32 = 1;
export const ROOT_ZIP_READER: u32 = 2;
export const ROOT_ROW_NORMALIZE: u32 = 4;
export const ROOT_SATURATING: u32 = 8;

export const ROOT_OK: i32 = 0;
export const ROOT_ERR_NO_VALIDATORS: i32 = 1;
export const ROOT_ERR_NO_NETWORKS: i32 = 2;
export const ROOT_ERR_NO_STAKE: i32 = 3;
export const ROOT_ERR_LENGTH: i32 = 4;
export const ROOT_PANIC_EXP: i32 = 16;
export const ROOT_PANIC_INDEX: i32 = 17;

/** get_block_emission() of the last rootEpoch call (0 before it is reached). */
export let rootBlockEmission: u64 = 0;

@inline function ldH(p: usize, i: i32): i64 { return load<i64>(p + (<usize>i << 4) + 8); }
@inline function ldL(p: usize, i: i32): u64 { return load<u64>(p + (<usize>i << 4)); }
@inline function st(p: usize, i: i32, h: i64, l: u64): void {
  store<u64>(p + (<usize>i << 4), l);
  store<i64>(p + (<usize>i << 4) + 8, h);
}

/** inplace_normalize_64: wrapping sum; unchanged when it is 0; else each / sum */
function normalize(p: usize, len: i32): void {
  let sh: i64 = 0, sl: u64 = 0;
  for (let i = 0; i < len; i++) {
    const l = sl + ldL(p, i);
    sh = sh + ldH(p, i) + (l < sl ? 1 : 0);
    sl = l;
  }
  if (F.isZero(sh, sl)) return;
  for (let i = 0; i < len; i++) {
    F.div(ldH(p, i), ldL(p, i), sh, sl);
    st(p, i, F.rh, F.rl);
  }
}

export function rootEpoch(n: i32, tn: i32, k: i32, netuids: usize, stake: usize, rows: usize, entries: usize,
  emissionInput: u64, kappa: u32, rho: u32, flags: u32, out: usize): i32 {
  rootBlockEmission = 0;
  if (n == 0) return ROOT_ERR_NO_VALIDATORS;
  if (k == 0) return ROOT_ERR_NO_NETWORKS;
  F.setSaturating((flags & ROOT_SATURATING) != 0);
  const E: u64 = (flags & ROOT_HALVING) != 0 ? blockEmissionForIssuance(emissionInput) : emissionInput;
  rootBlockEmission = E;

  const emission = out;
  const S = out + (<usize>tn << 3);
  const R = S + (<usize>n << 4);
  const T = R + (<usize>tn << 4);
  const C = T + (<usize>tn << 4);
  const WE = C + (<usize>tn << 4);

  // stake: I64F64::from_num(u64) wraps in a release build
  for (let i = 0; i < n; i++) st(S, i, <i64>ldU64(stake, i), 0);
  normalize(S, n);

  // get_root_weights: n x tn, column = position of the netuid in storage order
  const Wm = arenaAllocZeroed(<usize>n * <usize>tn << 4);
  const pos = arenaAlloc(65536 << 2);
  memory.fill(pos, 0xff, 65536 << 2);
  const zip = (flags & ROOT_ZIP_READER) != 0;
  const limit = zip ? (tn < k ? tn : k) : k;
  for (let j = limit - 1; j >= 0; j--) stI32(pos, <i32>ldU16(netuids, j), j); // first occurrence wins
  for (let i = 0; i < n; i++) {
    const a = <i32>ldU32(rows, i), b = <i32>ldU32(rows, i + 1);
    for (let e = a; e < b; e++) {
      const v = ldU32(entries, e);
      const j = ldI32(pos, <i32>(v & 0xffff));
      if (j < 0) continue;
      if (j >= tn) return ROOT_PANIC_INDEX; // weight[netuid_idx] out of bounds (specs 133-148)
      st(Wm, i * tn + j, <i64>(v >> 16), 0);
    }
  }

  if ((flags & ROOT_ROW_NORMALIZE) != 0) {
    for (let i = 0; i < n; i++) {
      const row = Wm + (<usize>(i * tn) << 4);
      let sh: i64 = 0, sl: u64 = 0;
      for (let j = 0; j < tn; j++) {
        const l = sl + ldL(row, j);
        sh = sh + ldH(row, j) + (l < sl ? 1 : 0);
        sl = l;
      }
      if (!F.isPos(sh, sl)) continue;
      for (let j = 0; j < tn; j++) {
        F.div(ldH(row, j), ldL(row, j), sh, sl);
        st(row, j, F.rh, F.rl);
      }
    }
  }

  // matmul_64: R_j = sum_i S_i * W_ij (rows in order); trust: stake with W_ij > 0
  for (let j = 0; j < tn; j++) { st(R, j, 0, 0); st(T, j, 0, 0); }
  let totH: i64 = 0, totL: u64 = 0;
  for (let i = 0; i < n; i++) {
    const row = Wm + (<usize>(i * tn) << 4);
    const sh = ldH(S, i), sl = ldL(S, i);
    for (let j = 0; j < tn; j++) {
      F.mul(sh, sl, ldH(row, j), ldL(row, j));
      F.add(ldH(R, j), ldL(R, j), F.rh, F.rl);
      st(R, j, F.rh, F.rl);
    }
  }
  for (let i = 0; i < n; i++) {
    const row = Wm + (<usize>(i * tn) << 4);
    const sh = ldH(S, i), sl = ldL(S, i);
    F.add(totH, totL, sh, sl);
    totH = F.rh; totL = F.rl;
    for (let j = 0; j < tn; j++) {
      if (!F.isPos(ldH(row, j), ldL(row, j))) continue;
      F.add(ldH(T, j), ldL(T, j), sh, sl);
      st(T, j, F.rh, F.rl);
    }
  }
  if (F.isZero(totH, totL)) return ROOT_ERR_NO_STAKE;
  for (let j = 0; j < tn; j++) {
    F.divChecked(ldH(T, j), ldL(T, j), totH, totL);
    if (!F.failed) st(T, j, F.rh, F.rl);
  }

  // consensus: 1 / (1 + exp(-((T - kappa) * rho)))
  // kappa: I32F32(kappa) / I32F32(65535), widened to I64F64
  const k32: u64 = (<u64>kappa << 32) / 65535;
  const kH: i64 = <i64>(k32 >> 32), kL: u64 = k32 << 32;
  for (let j = 0; j < tn; j++) {
    F.sub(ldH(T, j), ldL(T, j), kH, kL);
    F.mul(F.rh, F.rl, <i64>rho, 0);
    F.neg(F.rh, F.rl);
    exp64(F.rh, F.rl);
    if (expFailed) return ROOT_PANIC_EXP;
    F.add(1, 0, F.rh, F.rl);
    F.div(1, 0, F.rh, F.rl);
    st(C, j, F.rh, F.rl);
  }

  for (let j = 0; j < tn; j++) {
    F.mul(ldH(C, j), ldL(C, j), ldH(R, j), ldL(R, j));
    st(WE, j, F.rh, F.rl);
  }
  normalize(WE, tn);
  for (let j = 0; j < tn; j++) {
    F.mul(ldH(WE, j), ldL(WE, j), <i64>E, 0);
    stU64(emission, j, F.toU64Wrap(F.rh, F.rl));
  }
  // set_emission_values: one value per netuid
  if (k != tn) return ROOT_ERR_LENGTH;
  return ROOT_OK;
}
