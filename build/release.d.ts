declare namespace __AdaptedExports {
  /** Exported memory */
  export const memory: WebAssembly.Memory;
  /**
   * assembly/mem/arena/arenaAlloc
   * @param size `usize`
   * @returns `usize`
   */
  export function arenaAlloc(size: number): number;
  /**
   * assembly/mem/arena/arenaReset
   */
  export function arenaReset(): void;
  /**
   * assembly/mem/arena/arenaUsed
   * @returns `usize`
   */
  export function arenaUsed(): number;
  /**
   * assembly/mem/arena/memoryBytes
   * @returns `usize`
   */
  export function memoryBytes(): number;
  /**
   * assembly/epoch/sparse/epochSparse
   * @param h `usize`
   * @returns `usize`
   */
  export function epochSparse(h: number): number;
  /**
   * assembly/epoch/dense/epochDense
   * @param h `usize`
   * @returns `usize`
   */
  export function epochDense(h: number): number;
}
/** Instantiates the compiled WebAssembly module with the given imports. */
export declare function instantiate(module: WebAssembly.Module, imports: {
  env: unknown,
}): Promise<typeof __AdaptedExports>;
