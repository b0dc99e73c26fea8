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

/** Insertion sort of idx[0..len) by (keys[idx], idx): fastest for the short runs (median columns). */
function insertionByKey(idx: usize, len: i32, keys: usize): void {
  for (let i = 1; i < len; i++) {
    const v = ldU32(idx, i);
    const kv = ldI64(keys, <i32>v);
    let j = i - 1;
    while (j >= 0) {
      const u = ldU32(idx, j);
      const ku = ldI64(keys, <i32>u);
      if (ku < kv || (ku == kv && u < v)) break;
      stU32(idx, j + 1, u);
      j--;
    }
    stU32(idx, j + 1, v);
  }
}

/** Sorts idx[0..len) ascending by (keys[idx], idx): a stable sort by key. */
export function sortIndicesByKey(idx: usize, len: i32, keys: usize): void {
  if (len <= 16) { insertionByKey(idx, len, keys); return; }
  for (let s = (len >> 1) - 1; s >= 0; s--) siftKeyed(idx, keys, s, len);
  for (let end = len - 1; end > 0; end--) {
    const t = ldU32(idx, 0);
    stU32(idx, 0, ldU32(idx, end));
    stU32(idx, end, t);
    siftKeyed(idx, keys, 0, end);
  }
}

/**
 * Reorders idx[0..len) so that its first `count` entries are the `count`
 * smallest by (keys[idx], idx) (in some order): the set a stable ascending
 * sort puts first, in O(len) expected (quickselect; a range that partitions
 * badly too often is heapsorted instead, so the worst case stays O(len log len)).
 */
export function selectSmallestByKey(idx: usize, len: i32, keys: usize, count: i32): void {
  if (count <= 0 || count >= len) return;
  let lo = 0, hi = len - 1;
  let budget = 2 * (32 - clz(len));
  while (hi - lo > 16) {
    if (budget-- == 0) { sortIndicesByKey(idx + (<usize>lo << 2), hi - lo + 1, keys); return; }
    // median of three as the pivot, moved to lo
    const mid = lo + ((hi - lo) >> 1);
    if (lessByKey(keys, ldU32(idx, mid), ldU32(idx, lo))) swap(idx, mid, lo);
    if (lessByKey(keys, ldU32(idx, hi), ldU32(idx, lo))) swap(idx, hi, lo);
    if (lessByKey(keys, ldU32(idx, hi), ldU32(idx, mid))) swap(idx, hi, mid);
    swap(idx, lo, mid); // idx[lo] = median, idx[hi] >= it
    const p = ldU32(idx, lo);
    // Hoare partition of (lo, hi]; all keys are distinct under (key, index)
    let i = lo, j = hi + 1;
    while (true) {
      do { i++; } while (i <= hi && lessByKey(keys, ldU32(idx, i), p));
      do { j--; } while (lessByKey(keys, p, ldU32(idx, j)));
      if (i >= j) break;
      swap(idx, i, j);
    }
    swap(idx, lo, j); // pivot at its rank j
    if (j == count || j == count - 1) return; // ranks < count are exactly [0, count)
    if (j < count) lo = j + 1;
    else hi = j - 1;
  }
  insertionByKey(idx + (<usize>lo << 2), hi - lo + 1, keys);
}

@inline function swap(idx: usize, a: i32, b: i32): void {
  const t = ldU32(idx, a);
  stU32(idx, a, ldU32(idx, b));
  stU32(idx, b, t);
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
  if (len <= 16) {
    for (let i = 1; i < len; i++) {
      const v = ldU32(a, i);
      let j = i - 1;
      while (j >= 0 && ldU32(a, j) > v) { stU32(a, j + 1, ldU32(a, j)); j--; }
      stU32(a, j + 1, v);
    }
    return;
  }
  for (let s = (len >> 1) - 1; s >= 0; s--) siftU32(a, s, len);
  for (let end = len - 1; end > 0; end--) {
    const t = ldU32(a, 0);
    stU32(a, 0, ldU32(a, end));
    stU32(a, end, t);
    siftU32(a, 0, end);
  }
}
