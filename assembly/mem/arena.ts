// One bump arena for all epoch buffers. The module is built with the stub
// runtime and never allocates managed objects, so linear memory above
// __heap_base is ours. `arenaReset` between epochs reuses the same pages:
// memory grows to the largest epoch seen and then stays flat.

let base: usize = 0;
let top: usize = 0;
/** high-water mark since the last reset (arenaRelease lowers top, not this) */
let peak: usize = 0;

@inline function align16(x: usize): usize {
  return (x + 15) & ~(<usize>15);
}

function ensureBase(): void {
  if (base == 0) {
    base = align16(__heap_base);
    top = base;
  }
}

/**
 * Returns 16-byte aligned memory with unspecified contents (callers write
 * every byte they read; see arenaAllocZeroed otherwise). Aborts (a trap the TS layer
 * reports as out-of-memory) when linear memory cannot grow; the TS layer
 * refuses snapshots beyond the documented limits before that can happen.
 */
export function arenaAlloc(size: usize): usize {
  ensureBase();
  const p = top;
  const end = align16(p + size);
  if (end < p) abort("arena: out of memory");
  const have = (<usize>memory.size()) << 16;
  if (end > have) {
    // Grow at least geometrically: each grow may move the whole memory, so
    // growing page by page would make the first large epoch quadratic.
    const need = <i32>((end - have + 0xffff) >> 16);
    const current = memory.size();
    let want = need > current ? need : current;
    if (current + want > 65536) want = 65536 - current;
    if (want < need || memory.grow(want) < 0) {
      if (memory.grow(need) < 0) abort("arena: out of memory");
    }
  }
  top = end;
  if (end > peak) peak = end;
  return p;
}

/** arenaAlloc, zero-filled: for accumulators, stamps and dense matrices. */
export function arenaAllocZeroed(size: usize): usize {
  const p = arenaAlloc(size);
  memory.fill(p, 0, size);
  return p;
}

export function arenaReset(): void {
  ensureBase();
  top = base;
  peak = base;
}

/** Peak arena bytes since the last reset. */
export function arenaUsed(): usize {
  ensureBase();
  return peak - base;
}

/** Bytes of linear memory currently committed. */
export function memoryBytes(): usize {
  return (<usize>memory.size()) << 16;
}

/** max(n, 1) as a byte-count base: zero-length buffers still get a valid address. */
@inline export function atLeast1(n: i32): usize {
  return n > 0 ? <usize>n : 1;
}

/**
 * Grows memory once so that `bytes` more fit above the arena base (the TS
 * layer passes its estimate before an epoch); returns false if it cannot.
 */
export function arenaReserve(bytes: usize): bool {
  ensureBase();
  const end = base + bytes;
  if (end < base) return false;
  const have = (<usize>memory.size()) << 16;
  if (end <= have) return true;
  const need = <i32>((end - have + 0xffff) >> 16);
  return memory.grow(need) >= 0;
}

/** The current arena top: pass to arenaRelease to drop everything allocated after it. */
export function arenaMark(): usize {
  ensureBase();
  return top;
}

/** Frees scratch allocated after `mark` (only when nothing allocated since is still used). */
export function arenaRelease(mark: usize): void {
  if (mark >= base && mark <= top) top = mark;
}
