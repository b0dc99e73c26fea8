// Typed element access to raw buffers (index, not byte offset).

@inline export function ldU8(p: usize, i: i32): u8 { return load<u8>(p + <usize>i); }
@inline export function stU8(p: usize, i: i32, v: u8): void { store<u8>(p + <usize>i, v); }
@inline export function ldU16(p: usize, i: i32): u16 { return load<u16>(p + (<usize>i << 1)); }
@inline export function stU16(p: usize, i: i32, v: u16): void { store<u16>(p + (<usize>i << 1), v); }
@inline export function ldU32(p: usize, i: i32): u32 { return load<u32>(p + (<usize>i << 2)); }
@inline export function stU32(p: usize, i: i32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }
@inline export function ldI32(p: usize, i: i32): i32 { return load<i32>(p + (<usize>i << 2)); }
@inline export function stI32(p: usize, i: i32, v: i32): void { store<i32>(p + (<usize>i << 2), v); }
@inline export function ldI64(p: usize, i: i32): i64 { return load<i64>(p + (<usize>i << 3)); }
@inline export function stI64(p: usize, i: i32, v: i64): void { store<i64>(p + (<usize>i << 3), v); }
@inline export function ldU64(p: usize, i: i32): u64 { return load<u64>(p + (<usize>i << 3)); }
@inline export function stU64(p: usize, i: i32, v: u64): void { store<u64>(p + (<usize>i << 3), v); }
