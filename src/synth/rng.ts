// Seeded randomness for generators (xoroshiro128+ from pure-rand).
import { xoroshiro128plus } from "pure-rand/generator/XoroShiro";
import { unsafeUniformIntDistribution } from "pure-rand/distribution/UnsafeUniformIntDistribution";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export class Rng {
  private readonly g: RandomGenerator;
  constructor(seed: number) {
    this.g = xoroshiro128plus(seed | 0);
  }
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return unsafeUniformIntDistribution(lo, hi, this.g);
  }
  /** Uniform float in [0, 1) with 32 random bits. */
  float(): number {
    return (this.int(0, 0xffffffff) >>> 0) / 4294967296;
  }
  bool(p = 0.5): boolean {
    return this.float() < p;
  }
  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.float(),
      v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
  /** k distinct values of [0, n) in ascending order. */
  sample(n: number, k: number): number[] {
    k = Math.min(k, n);
    if (k * 3 > n) {
      const all = [...Array(n).keys()];
      for (let i = 0; i < k; i++) {
        const j = this.int(i, n - 1);
        [all[i], all[j]] = [all[j]!, all[i]!];
      }
      return all.slice(0, k).sort((a, b) => a - b);
    }
    const s = new Set<number>();
    while (s.size < k) s.add(this.int(0, n - 1));
    return [...s].sort((a, b) => a - b);
  }
}
