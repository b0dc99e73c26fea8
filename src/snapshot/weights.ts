// How set_weights stores a weight vector: math.rs vec_u16_max_upscale_to_u16
// (I32F32 arithmetic, `round` = nearest with ties away from zero), exactly,
// over BigInt raw bits.
const ONE = 1n << 32n;
const U16_MAX_FX = 65535n << 32n;

/** Rounds a non-negative I32F32 to the nearest integer (ties away from zero). */
function roundNonNeg(bits: bigint): bigint {
  return (bits + (ONE >> 1n)) >> 32n;
}

function toU16Sat(x: bigint): number {
  return Number(x < 0n ? 0n : x > 65535n ? 65535n : x);
}

/** mirrors math.rs vec_u16_max_upscale_to_u16 for u16 inputs */
export function maxUpscaleU16(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const max = values.reduce((m, v) => (v > m ? v : m), 0);
  if (max === 0) return values.map(() => 0);
  const maxBits = BigInt(max) << 32n;
  if (max > 32768) {
    const ratio = (U16_MAX_FX << 32n) / maxBits; // u16_max.safe_div(max)
    return values.map((v) => toU16Sat(roundNonNeg(BigInt(v) * ratio)));
  }
  return values.map((v) => toU16Sat(roundNonNeg(((BigInt(v) * 65535n) << 64n) / maxBits)));
}
