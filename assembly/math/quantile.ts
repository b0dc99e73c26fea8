// math.rs quantile (specs 154-272, liquid alpha v1): the one place where the
// chain's own arithmetic is floating point. The position q*(len-1) and its
// fraction are f64 (IEEE, as in Rust); the fraction becomes an I32F32 by
// substrate-fixed's float conversion, which rounds to nearest, ties to even.
import * as F from "../fixed/i32f32";
import { arenaAlloc, atLeast1 } from "../mem/arena";
import { ldI64, stU32, ldU32 } from "../mem/view";
import { sortIndicesByKey } from "./sort";

/**
 * I32F32::from_num(f64) / saturating_from_num(f64) for finite x: x*2^32
 * is exact in f64, `nearest` rounds half to even; out of range saturates
 * (from_num would panic or wrap there; quantile only converts [0, 1)).
 */
export function fromF64(x: f64): i64 {
  const s = nearest<f64>(x * 4294967296.0);
  if (s >= 9223372036854775808.0) return F.MAX;
  if (s < -9223372036854775808.0) return F.MIN;
  return <i64>s;
}

/** sorted_data.get(k), or 0 past the end */
@inline function sortedAt(data: usize, idx: usize, len: i32, k: i64): i64 {
  return k < <i64>len ? ldI64(data, <i32>ldU32(idx, <i32>k)) : 0;
}

/** mirrors math.rs quantile(data, q) over i64[len] I32F32 bits */
export function quantile(data: usize, len: i32, q: f64): i64 {
  if (len == 0) return 0;
  // sort a copy ascending (any sort yields the same values)
  const idx = arenaAlloc(atLeast1(len) << 2);
  for (let i = 0; i < len; i++) stU32(idx, i, <u32>i);
  sortIndicesByKey(idx, len, data);
  const pos: f64 = q * <f64>(len - 1);
  // `as usize` saturates: NaN and negatives become 0
  const low = pos > 0 ? <i64>Math.floor(pos) : 0;
  const high = pos > 0 ? <i64>Math.ceil(pos) : 0;
  const lowValue = sortedAt(data, idx, len, low);
  if (low == high) return lowValue;
  const weight = fromF64(pos - <f64>low);
  return F.addSat(lowValue, F.mulSat(F.subSat(sortedAt(data, idx, len, high), lowValue), weight));
}
