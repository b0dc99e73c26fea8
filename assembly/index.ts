// WebAssembly exports. The TS layer (src/wasm/) writes an input header and
// buffers into arena memory, calls an epoch, and decodes the output header.
export { arenaAlloc, arenaReset, arenaUsed, arenaReserve, memoryBytes } from "./mem/arena";
export { epochSparse } from "./epoch/sparse";
export { epochDense } from "./epoch/dense";
export * from "./testing";
export * from "./testing_liquid";
export { blockEmissionForIssuance } from "./emission/block";
export { alphaOutSplit, ownerCut, pendingServer, pendingValidator, rootAlpha, alphaCreated } from "./emission/split";
export { lockReductionInterval, networkLockCost, neuronToPrune } from "./emission/registration";
export { accumulatePending, accServer, accValidator, accRoot, accOwnerCut, accRecycledRoot, accAlphaIssuance } from "./emission/split";
export { distributeEpoch, withheldTotal, incentiveTotal, minerBurnedHi, minerBurnedLo, ckBurned } from "./emission/distribute";
export { subnetBlockEmissions, subnetTerms, taoIn, taoInLo, alphaIn, alphaInLo, alphaOut, excessTao, excessTaoLo } from "./emission/shares";
export { stakeInherit } from "./stake/inherit";
