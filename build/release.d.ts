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
   * assembly/mem/arena/arenaReserve
   * @param bytes `usize`
   * @returns `bool`
   */
  export function arenaReserve(bytes: number): boolean;
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
  /**
   * assembly/emission/block/blockEmissionForIssuance
   * @param issuance `u64`
   * @returns `u64`
   */
  export function blockEmissionForIssuance(issuance: bigint): bigint;
  /**
   * assembly/emission/split/alphaOutSplit
   * @param alphaIssuance `u64`
   * @param rootTao `u64`
   * @param taoWeight `u64`
   * @param ownerCutU16 `u64`
   * @param ownerCutEnabled `bool`
   */
  export function alphaOutSplit(alphaIssuance: bigint, rootTao: bigint, taoWeight: bigint, ownerCutU16: bigint, ownerCutEnabled: boolean): void;
  /** assembly/emission/split/ownerCut */
  export const ownerCut: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/pendingServer */
  export const pendingServer: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/pendingValidator */
  export const pendingValidator: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/rootAlpha */
  export const rootAlpha: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/alphaCreated */
  export const alphaCreated: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /**
   * assembly/emission/registration/lockReductionInterval
   * @param interval `u64`
   * @param totalIssuance `u64`
   * @returns `u64`
   */
  export function lockReductionInterval(interval: bigint, totalIssuance: bigint): bigint;
  /**
   * assembly/emission/registration/networkLockCost
   * @param lastLock `u64`
   * @param minLock `u64`
   * @param lastLockBlock `u64`
   * @param currentBlock `u64`
   * @param reductionInterval `u64`
   * @returns `u64`
   */
  export function networkLockCost(lastLock: bigint, minLock: bigint, lastLockBlock: bigint, currentBlock: bigint, reductionInterval: bigint): bigint;
  /**
   * assembly/emission/registration/neuronToPrune
   * @param n `i32`
   * @param emission `usize`
   * @param blockAtReg `usize`
   * @param immortal `usize`
   * @param currentBlock `u64`
   * @param immunityPeriod `u64`
   * @param minNonImmune `u32`
   * @returns `i32`
   */
  export function neuronToPrune(n: number, emission: number, blockAtReg: number, immortal: number, currentBlock: bigint, immunityPeriod: bigint, minNonImmune: number): number;
  /**
   * assembly/emission/split/accumulatePending
   * @param alphaIssuance `u64`
   * @param alphaInPerBlock `u64`
   * @param blocks `u32`
   * @param rootTao `u64`
   * @param taoWeight `u64`
   * @param ownerCutU16 `u64`
   * @param ownerCutEnabled `bool`
   * @param rootSell `bool`
   */
  export function accumulatePending(alphaIssuance: bigint, alphaInPerBlock: bigint, blocks: number, rootTao: bigint, taoWeight: bigint, ownerCutU16: bigint, ownerCutEnabled: boolean, rootSell: boolean): void;
  /** assembly/emission/split/accServer */
  export const accServer: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/accValidator */
  export const accValidator: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/accRoot */
  export const accRoot: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/accOwnerCut */
  export const accOwnerCut: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/accRecycledRoot */
  export const accRecycledRoot: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/split/accAlphaIssuance */
  export const accAlphaIssuance: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /**
   * assembly/emission/distribute/distributeEpoch
   * @param n `i32`
   * @param h `i32`
   * @param incentive `usize`
   * @param dividend `usize`
   * @param alphaStake `usize`
   * @param rootStake `usize`
   * @param take `usize`
   * @param childkeyTake `usize`
   * @param owner `usize`
   * @param ownerHotkey `usize`
   * @param e `i32`
   * @param edgeChild `usize`
   * @param edgeParent `usize`
   * @param edgeProp `usize`
   * @param ckBurn `u64`
   * @param pendingServer `u64`
   * @param pendingValidator `u64`
   * @param pendingRoot `u64`
   * @param taoWeight `u64`
   * @param outIncentive `usize`
   * @param outWithheld `usize`
   * @param outAlpha `usize`
   * @param outAlphaTake `usize`
   * @param outRoot `usize`
   * @param outRootTake `usize`
   */
  export function distributeEpoch(n: number, h: number, incentive: number, dividend: number, alphaStake: number, rootStake: number, take: number, childkeyTake: number, owner: number, ownerHotkey: number, e: number, edgeChild: number, edgeParent: number, edgeProp: number, ckBurn: bigint, pendingServer: bigint, pendingValidator: bigint, pendingRoot: bigint, taoWeight: bigint, outIncentive: number, outWithheld: number, outAlpha: number, outAlphaTake: number, outRoot: number, outRootTake: number): void;
  /** assembly/emission/distribute/withheldTotal */
  export const withheldTotal: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/distribute/incentiveTotal */
  export const incentiveTotal: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/distribute/minerBurnedHi */
  export const minerBurnedHi: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/distribute/minerBurnedLo */
  export const minerBurnedLo: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/distribute/ckBurned */
  export const ckBurned: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /**
   * assembly/emission/shares/subnetBlockEmissions
   * @param m `i32`
   * @param mechanism `usize`
   * @param movingPrice `usize`
   * @param minerBurned `usize`
   * @param enabled `usize`
   * @param blockEmission `u64`
   * @param out `usize`
   */
  export function subnetBlockEmissions(m: number, mechanism: number, movingPrice: number, minerBurned: number, enabled: number, blockEmission: bigint, out: number): void;
  /**
   * assembly/emission/shares/subnetTerms
   * @param teH `u64`
   * @param teL `u64`
   * @param priceH `u64`
   * @param priceL `u64`
   * @param alphaIssuance `u64`
   * @param rootTao `u64`
   * @param taoWeight `u64`
   */
  export function subnetTerms(teH: bigint, teL: bigint, priceH: bigint, priceL: bigint, alphaIssuance: bigint, rootTao: bigint, taoWeight: bigint): void;
  /** assembly/emission/shares/taoIn */
  export const taoIn: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/shares/taoInLo */
  export const taoInLo: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/shares/alphaIn */
  export const alphaIn: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/shares/alphaInLo */
  export const alphaInLo: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/shares/alphaOut */
  export const alphaOut: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/shares/excessTao */
  export const excessTao: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /** assembly/emission/shares/excessTaoLo */
  export const excessTaoLo: {
    /** @type `u64` */
    get value(): bigint;
    set value(value: bigint);
  };
  /**
   * assembly/testing/fxMulSat
   * @param a `i64`
   * @param b `i64`
   * @returns `i64`
   */
  export function fxMulSat(a: bigint, b: bigint): bigint;
  /**
   * assembly/testing/fxMulChecked
   * @param a `i64`
   * @param b `i64`
   * @returns `i64`
   */
  export function fxMulChecked(a: bigint, b: bigint): bigint;
  /**
   * assembly/testing/fxSafeDiv
   * @param a `i64`
   * @param b `i64`
   * @returns `i64`
   */
  export function fxSafeDiv(a: bigint, b: bigint): bigint;
  /**
   * assembly/testing/fxDivSat
   * @param a `i64`
   * @param b `i64`
   * @returns `i64`
   */
  export function fxDivSat(a: bigint, b: bigint): bigint;
  /**
   * assembly/testing/fxAddSat
   * @param a `i64`
   * @param b `i64`
   * @returns `i64`
   */
  export function fxAddSat(a: bigint, b: bigint): bigint;
  /**
   * assembly/testing/fxSubSat
   * @param a `i64`
   * @param b `i64`
   * @returns `i64`
   */
  export function fxSubSat(a: bigint, b: bigint): bigint;
  /**
   * assembly/testing/fxFailed
   * @returns `bool`
   */
  export function fxFailed(): boolean;
  /**
   * assembly/testing/fxProportionToU16
   * @param a `i64`
   * @returns `u16`
   */
  export function fxProportionToU16(a: bigint): number;
  /**
   * assembly/testing/fxExp
   * @param a `i64`
   * @returns `i64`
   */
  export function fxExp(a: bigint): bigint;
  /**
   * assembly/testing/fxExpFailed
   * @returns `bool`
   */
  export function fxExpFailed(): boolean;
  /**
   * assembly/testing/fxExpSafe
   * @param a `i64`
   * @returns `i64`
   */
  export function fxExpSafe(a: bigint): bigint;
  /**
   * assembly/testing/fxAlphaSigmoid
   * @param c `i64`
   * @param w `i64`
   * @param b `i64`
   * @param lo `i64`
   * @param hi `i64`
   * @param steep `i64`
   * @returns `i64`
   */
  export function fxAlphaSigmoid(c: bigint, w: bigint, b: bigint, lo: bigint, hi: bigint, steep: bigint): bigint;
  /**
   * assembly/testing/fxRao
   * @param x `i64`
   * @param rao `u64`
   * @returns `u64`
   */
  export function fxRao(x: bigint, rao: bigint): bigint;
  /**
   * assembly/testing/q64MulSat
   * @param ah `i64`
   * @param al `u64`
   * @param bh `i64`
   * @param bl `u64`
   */
  export function q64MulSat(ah: bigint, al: bigint, bh: bigint, bl: bigint): void;
  /**
   * assembly/testing/q64DivChecked
   * @param ah `i64`
   * @param al `u64`
   * @param bh `i64`
   * @param bl `u64`
   * @returns `bool`
   */
  export function q64DivChecked(ah: bigint, al: bigint, bh: bigint, bl: bigint): boolean;
  /**
   * assembly/testing/q64AddSat
   * @param ah `i64`
   * @param al `u64`
   * @param bh `i64`
   * @param bl `u64`
   */
  export function q64AddSat(ah: bigint, al: bigint, bh: bigint, bl: bigint): void;
  /**
   * assembly/testing/q64ToI32F32Sat
   * @param h `i64`
   * @param l `u64`
   * @returns `i64`
   */
  export function q64ToI32F32Sat(h: bigint, l: bigint): bigint;
  /**
   * assembly/testing/q64Hi
   * @returns `i64`
   */
  export function q64Hi(): bigint;
  /**
   * assembly/testing/q64Lo
   * @returns `u64`
   */
  export function q64Lo(): bigint;
  /**
   * assembly/testing/wDivU128by64
   * @param u1 `u64`
   * @param u0 `u64`
   * @param v `u64`
   * @returns `u64`
   */
  export function wDivU128by64(u1: bigint, u0: bigint, v: bigint): bigint;
  /**
   * assembly/testing/wMulU128
   * @param ah `u64`
   * @param al `u64`
   * @param bh `u64`
   * @param bl `u64`
   */
  export function wMulU128(ah: bigint, al: bigint, bh: bigint, bl: bigint): void;
  /**
   * assembly/testing/wLimb
   * @param i `i32`
   * @returns `u64`
   */
  export function wLimb(i: number): bigint;
  /**
   * assembly/testing/medianFast
   * @param useStake `usize`
   * @param k `i32`
   * @param stakeSum `i64`
   * @param minority `i64`
   * @param rows `usize`
   * @param vals `usize`
   * @param m `i32`
   * @returns `i64`
   */
  export function medianFast(useStake: number, k: number, stakeSum: bigint, minority: bigint, rows: number, vals: number, m: number): bigint;
  /**
   * assembly/testing/medianReference
   * @param stake `usize`
   * @param score `usize`
   * @param k `i32`
   * @param minority `i64`
   * @param stakeSum `i64`
   * @returns `i64`
   */
  export function medianReference(stake: number, score: number, k: number, minority: bigint, stakeSum: bigint): bigint;
  /**
   * assembly/testing/testTrap
   */
  export function testTrap(): void;
}
/** Instantiates the compiled WebAssembly module with the given imports. */
export declare function instantiate(module: WebAssembly.Module, imports: {
  env: unknown,
}): Promise<typeof __AdaptedExports>;
