// In-place heapsorts over u32 buffers. Heapsort is not stable, so callers
// that need a stable order sort by (key, index), which is a total order
// equal to what a stable sort by key yields.
import { ldU32, stU32, ldI64 } from "../mem/view";

@inline function lessByKey(keys: usize, a: u32, b: u32): bool {
  const ka = ldI64(keys, <i32>a), kb = ldI64(keys, <i32>b);
  return ka < kb || (ka == kb && a < b);
}

function siftKeyed(idx: usize, keys: usize, start: i32, end: i32): void {
  let root = start;
  while (true) {
    let child = 2 * root + 1;
    if (child >= end) return;
    if (child + 1 < end && lessByKey(keys, ldU32(idx, child), ldU32(idx, child + 1))) child++;
    const r = ldU32(idx, root), c = ldU32(idx, child);
    if (!lessByKey(keys, r, c)) return;
    stU32(idx, root, c);
    stU32(idx, child, r);
    root = child;
  }
}

/** Sorts idx[0..len) ascending by (keys[idx], idx): a stable sort by key. */
export function sortIndicesByKey(idx: usize, len: i32, keys: usize): void {
  for (let s = (len >> 1) - 1; s >= 0; s--) siftKeyed(idx, keys, s, len);
  for (let end = len - 1; end > 0; end--) {
    const t = ldU32(idx, 0);
    stU32(idx, 0, ldU32(idx, end));
    stU32(idx, end, t);
    siftKeyed(idx, keys, 0, end);
  }
}

function siftU32(a: usize, start: i32, end: i32): void {
  let root = start;
  while (true) {
    let child = 2 * root + 1;
    if (child >= end) return;
    if (child + 1 < end && ldU32(a, child) < ldU32(a, child + 1)) child++;
    const r = ldU32(a, root), c = ldU32(a, child);
    if (r >= c) return;
    stU32(a, root, c);
    stU32(a, child, r);
    root = child;
  }
}

/** Sorts a[0..len) ascending; returns at once when already sorted. */
export function sortU32(a: usize, len: i32): void {
  let sorted = true;
  for (let i = 1; i < len; i++) {
    if (ldU32(a, i - 1) > ldU32(a, i)) { sorted = false; break; }
  }
  if (sorted) return;
  for (let s = (len >> 1) - 1; s >= 0; s--) siftU32(a, s, len);
  for (let end = len - 1; end > 0; end--) {
    const t = ldU32(a, 0);
    stU32(a, 0, ldU32(a, end));
    stU32(a, end, t);
    siftU32(a, 0, end);
  }
}
