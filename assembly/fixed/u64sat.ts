// Rust's u64 saturating_add / saturating_mul, used wherever the chain does
// integer arithmetic on balances and block numbers.

@inline export function satAdd(a: u64, b: u64): u64 {
  const r = a + b;
  return r < a ? u64.MAX_VALUE : r;
}

@inline export function satMul(a: u64, b: u64): u64 {
  if (a != 0 && b > u64.MAX_VALUE / a) return u64.MAX_VALUE;
  return a * b;
}
