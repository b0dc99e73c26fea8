export async function instantiate(module, imports = {}) {
  const adaptedImports = {
    env: Object.setPrototypeOf({
      abort(message, fileName, lineNumber, columnNumber) {
        // ~lib/builtins/abort(~lib/string/String | null?, ~lib/string/String | null?, u32?, u32?) => void
        message = __liftString(message >>> 0);
        fileName = __liftString(fileName >>> 0);
        lineNumber = lineNumber >>> 0;
        columnNumber = columnNumber >>> 0;
        (() => {
          // @external.js
          throw Error(`${message} in ${fileName}:${lineNumber}:${columnNumber}`);
        })();
      },
    }, Object.assign(Object.create(globalThis), imports.env || {})),
  };
  const { exports } = await WebAssembly.instantiate(module, adaptedImports);
  const memory = exports.memory || imports.env.memory;
  const adaptedExports = Object.setPrototypeOf({
    arenaAlloc(size) {
      // assembly/mem/arena/arenaAlloc(usize) => usize
      return exports.arenaAlloc(size) >>> 0;
    },
    arenaUsed() {
      // assembly/mem/arena/arenaUsed() => usize
      return exports.arenaUsed() >>> 0;
    },
    arenaReserve(bytes) {
      // assembly/mem/arena/arenaReserve(usize) => bool
      return exports.arenaReserve(bytes) != 0;
    },
    memoryBytes() {
      // assembly/mem/arena/memoryBytes() => usize
      return exports.memoryBytes() >>> 0;
    },
    epochSparse(h) {
      // assembly/epoch/sparse/epochSparse(usize) => usize
      return exports.epochSparse(h) >>> 0;
    },
    epochDense(h) {
      // assembly/epoch/dense/epochDense(usize) => usize
      return exports.epochDense(h) >>> 0;
    },
    blockEmissionForIssuance(issuance) {
      // assembly/emission/block/blockEmissionForIssuance(u64) => u64
      issuance = issuance || 0n;
      return BigInt.asUintN(64, exports.blockEmissionForIssuance(issuance));
    },
    alphaOutSplit(alphaIssuance, rootTao, taoWeight, ownerCutU16, ownerCutEnabled) {
      // assembly/emission/split/alphaOutSplit(u64, u64, u64, u64, bool) => void
      alphaIssuance = alphaIssuance || 0n;
      rootTao = rootTao || 0n;
      taoWeight = taoWeight || 0n;
      ownerCutU16 = ownerCutU16 || 0n;
      ownerCutEnabled = ownerCutEnabled ? 1 : 0;
      exports.alphaOutSplit(alphaIssuance, rootTao, taoWeight, ownerCutU16, ownerCutEnabled);
    },
    ownerCut: {
      // assembly/emission/split/ownerCut: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.ownerCut.value);
      },
      set value(value) {
        exports.ownerCut.value = value || 0n;
      }
    },
    pendingServer: {
      // assembly/emission/split/pendingServer: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.pendingServer.value);
      },
      set value(value) {
        exports.pendingServer.value = value || 0n;
      }
    },
    pendingValidator: {
      // assembly/emission/split/pendingValidator: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.pendingValidator.value);
      },
      set value(value) {
        exports.pendingValidator.value = value || 0n;
      }
    },
    rootAlpha: {
      // assembly/emission/split/rootAlpha: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.rootAlpha.value);
      },
      set value(value) {
        exports.rootAlpha.value = value || 0n;
      }
    },
    alphaCreated: {
      // assembly/emission/split/alphaCreated: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.alphaCreated.value);
      },
      set value(value) {
        exports.alphaCreated.value = value || 0n;
      }
    },
    lockReductionInterval(interval, totalIssuance) {
      // assembly/emission/registration/lockReductionInterval(u64, u64) => u64
      interval = interval || 0n;
      totalIssuance = totalIssuance || 0n;
      return BigInt.asUintN(64, exports.lockReductionInterval(interval, totalIssuance));
    },
    networkLockCost(lastLock, minLock, lastLockBlock, currentBlock, reductionInterval) {
      // assembly/emission/registration/networkLockCost(u64, u64, u64, u64, u64) => u64
      lastLock = lastLock || 0n;
      minLock = minLock || 0n;
      lastLockBlock = lastLockBlock || 0n;
      currentBlock = currentBlock || 0n;
      reductionInterval = reductionInterval || 0n;
      return BigInt.asUintN(64, exports.networkLockCost(lastLock, minLock, lastLockBlock, currentBlock, reductionInterval));
    },
    neuronToPrune(n, emission, blockAtReg, immortal, currentBlock, immunityPeriod, minNonImmune) {
      // assembly/emission/registration/neuronToPrune(i32, usize, usize, usize, u64, u64, u32) => i32
      currentBlock = currentBlock || 0n;
      immunityPeriod = immunityPeriod || 0n;
      return exports.neuronToPrune(n, emission, blockAtReg, immortal, currentBlock, immunityPeriod, minNonImmune);
    },
    accumulatePending(alphaIssuance, alphaInPerBlock, blocks, rootTao, taoWeight, ownerCutU16, ownerCutEnabled, rootSell) {
      // assembly/emission/split/accumulatePending(u64, u64, u32, u64, u64, u64, bool, bool) => void
      alphaIssuance = alphaIssuance || 0n;
      alphaInPerBlock = alphaInPerBlock || 0n;
      rootTao = rootTao || 0n;
      taoWeight = taoWeight || 0n;
      ownerCutU16 = ownerCutU16 || 0n;
      ownerCutEnabled = ownerCutEnabled ? 1 : 0;
      rootSell = rootSell ? 1 : 0;
      exports.accumulatePending(alphaIssuance, alphaInPerBlock, blocks, rootTao, taoWeight, ownerCutU16, ownerCutEnabled, rootSell);
    },
    accServer: {
      // assembly/emission/split/accServer: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.accServer.value);
      },
      set value(value) {
        exports.accServer.value = value || 0n;
      }
    },
    accValidator: {
      // assembly/emission/split/accValidator: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.accValidator.value);
      },
      set value(value) {
        exports.accValidator.value = value || 0n;
      }
    },
    accRoot: {
      // assembly/emission/split/accRoot: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.accRoot.value);
      },
      set value(value) {
        exports.accRoot.value = value || 0n;
      }
    },
    accOwnerCut: {
      // assembly/emission/split/accOwnerCut: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.accOwnerCut.value);
      },
      set value(value) {
        exports.accOwnerCut.value = value || 0n;
      }
    },
    accRecycledRoot: {
      // assembly/emission/split/accRecycledRoot: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.accRecycledRoot.value);
      },
      set value(value) {
        exports.accRecycledRoot.value = value || 0n;
      }
    },
    accAlphaIssuance: {
      // assembly/emission/split/accAlphaIssuance: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.accAlphaIssuance.value);
      },
      set value(value) {
        exports.accAlphaIssuance.value = value || 0n;
      }
    },
    distributeEpoch(n, h, incentive, dividend, alphaStake, rootStake, take, childkeyTake, owner, ownerHotkey, e, edgeChild, edgeParent, edgeProp, ckBurn, pendingServer, pendingValidator, pendingRoot, taoWeight, outIncentive, outWithheld, outAlpha, outAlphaTake, outRoot, outRootTake) {
      // assembly/emission/distribute/distributeEpoch(i32, i32, usize, usize, usize, usize, usize, usize, usize, usize, i32, usize, usize, usize, u64, u64, u64, u64, u64, usize, usize, usize, usize, usize, usize) => void
      ckBurn = ckBurn || 0n;
      pendingServer = pendingServer || 0n;
      pendingValidator = pendingValidator || 0n;
      pendingRoot = pendingRoot || 0n;
      taoWeight = taoWeight || 0n;
      exports.distributeEpoch(n, h, incentive, dividend, alphaStake, rootStake, take, childkeyTake, owner, ownerHotkey, e, edgeChild, edgeParent, edgeProp, ckBurn, pendingServer, pendingValidator, pendingRoot, taoWeight, outIncentive, outWithheld, outAlpha, outAlphaTake, outRoot, outRootTake);
    },
    withheldTotal: {
      // assembly/emission/distribute/withheldTotal: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.withheldTotal.value);
      },
      set value(value) {
        exports.withheldTotal.value = value || 0n;
      }
    },
    incentiveTotal: {
      // assembly/emission/distribute/incentiveTotal: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.incentiveTotal.value);
      },
      set value(value) {
        exports.incentiveTotal.value = value || 0n;
      }
    },
    minerBurnedHi: {
      // assembly/emission/distribute/minerBurnedHi: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.minerBurnedHi.value);
      },
      set value(value) {
        exports.minerBurnedHi.value = value || 0n;
      }
    },
    minerBurnedLo: {
      // assembly/emission/distribute/minerBurnedLo: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.minerBurnedLo.value);
      },
      set value(value) {
        exports.minerBurnedLo.value = value || 0n;
      }
    },
    ckBurned: {
      // assembly/emission/distribute/ckBurned: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.ckBurned.value);
      },
      set value(value) {
        exports.ckBurned.value = value || 0n;
      }
    },
    subnetBlockEmissions(m, mechanism, movingPrice, minerBurned, enabled, blockEmission, out) {
      // assembly/emission/shares/subnetBlockEmissions(i32, usize, usize, usize, usize, u64, usize) => void
      blockEmission = blockEmission || 0n;
      exports.subnetBlockEmissions(m, mechanism, movingPrice, minerBurned, enabled, blockEmission, out);
    },
    subnetTerms(teH, teL, priceH, priceL, alphaIssuance, rootTao, taoWeight) {
      // assembly/emission/shares/subnetTerms(u64, u64, u64, u64, u64, u64, u64) => void
      teH = teH || 0n;
      teL = teL || 0n;
      priceH = priceH || 0n;
      priceL = priceL || 0n;
      alphaIssuance = alphaIssuance || 0n;
      rootTao = rootTao || 0n;
      taoWeight = taoWeight || 0n;
      exports.subnetTerms(teH, teL, priceH, priceL, alphaIssuance, rootTao, taoWeight);
    },
    taoIn: {
      // assembly/emission/shares/taoIn: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.taoIn.value);
      },
      set value(value) {
        exports.taoIn.value = value || 0n;
      }
    },
    taoInLo: {
      // assembly/emission/shares/taoInLo: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.taoInLo.value);
      },
      set value(value) {
        exports.taoInLo.value = value || 0n;
      }
    },
    alphaIn: {
      // assembly/emission/shares/alphaIn: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.alphaIn.value);
      },
      set value(value) {
        exports.alphaIn.value = value || 0n;
      }
    },
    alphaInLo: {
      // assembly/emission/shares/alphaInLo: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.alphaInLo.value);
      },
      set value(value) {
        exports.alphaInLo.value = value || 0n;
      }
    },
    alphaOut: {
      // assembly/emission/shares/alphaOut: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.alphaOut.value);
      },
      set value(value) {
        exports.alphaOut.value = value || 0n;
      }
    },
    excessTao: {
      // assembly/emission/shares/excessTao: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.excessTao.value);
      },
      set value(value) {
        exports.excessTao.value = value || 0n;
      }
    },
    excessTaoLo: {
      // assembly/emission/shares/excessTaoLo: u64
      valueOf() { return this.value; },
      get value() {
        return BigInt.asUintN(64, exports.excessTaoLo.value);
      },
      set value(value) {
        exports.excessTaoLo.value = value || 0n;
      }
    },
    fxMulSat(a, b) {
      // assembly/testing/fxMulSat(i64, i64) => i64
      a = a || 0n;
      b = b || 0n;
      return exports.fxMulSat(a, b);
    },
    fxMulChecked(a, b) {
      // assembly/testing/fxMulChecked(i64, i64) => i64
      a = a || 0n;
      b = b || 0n;
      return exports.fxMulChecked(a, b);
    },
    fxSafeDiv(a, b) {
      // assembly/testing/fxSafeDiv(i64, i64) => i64
      a = a || 0n;
      b = b || 0n;
      return exports.fxSafeDiv(a, b);
    },
    fxDivSat(a, b) {
      // assembly/testing/fxDivSat(i64, i64) => i64
      a = a || 0n;
      b = b || 0n;
      return exports.fxDivSat(a, b);
    },
    fxAddSat(a, b) {
      // assembly/testing/fxAddSat(i64, i64) => i64
      a = a || 0n;
      b = b || 0n;
      return exports.fxAddSat(a, b);
    },
    fxSubSat(a, b) {
      // assembly/testing/fxSubSat(i64, i64) => i64
      a = a || 0n;
      b = b || 0n;
      return exports.fxSubSat(a, b);
    },
    fxFailed() {
      // assembly/testing/fxFailed() => bool
      return exports.fxFailed() != 0;
    },
    fxProportionToU16(a) {
      // assembly/testing/fxProportionToU16(i64) => u16
      a = a || 0n;
      return exports.fxProportionToU16(a);
    },
    fxExp(a) {
      // assembly/testing/fxExp(i64) => i64
      a = a || 0n;
      return exports.fxExp(a);
    },
    fxExpFailed() {
      // assembly/testing/fxExpFailed() => bool
      return exports.fxExpFailed() != 0;
    },
    fxExpSafe(a) {
      // assembly/testing/fxExpSafe(i64) => i64
      a = a || 0n;
      return exports.fxExpSafe(a);
    },
    fxAlphaSigmoid(c, w, b, lo, hi, steep) {
      // assembly/testing/fxAlphaSigmoid(i64, i64, i64, i64, i64, i64) => i64
      c = c || 0n;
      w = w || 0n;
      b = b || 0n;
      lo = lo || 0n;
      hi = hi || 0n;
      steep = steep || 0n;
      return exports.fxAlphaSigmoid(c, w, b, lo, hi, steep);
    },
    fxRao(x, rao) {
      // assembly/testing/fxRao(i64, u64) => u64
      x = x || 0n;
      rao = rao || 0n;
      return BigInt.asUintN(64, exports.fxRao(x, rao));
    },
    q64MulSat(ah, al, bh, bl) {
      // assembly/testing/q64MulSat(i64, u64, i64, u64) => void
      ah = ah || 0n;
      al = al || 0n;
      bh = bh || 0n;
      bl = bl || 0n;
      exports.q64MulSat(ah, al, bh, bl);
    },
    q64DivChecked(ah, al, bh, bl) {
      // assembly/testing/q64DivChecked(i64, u64, i64, u64) => bool
      ah = ah || 0n;
      al = al || 0n;
      bh = bh || 0n;
      bl = bl || 0n;
      return exports.q64DivChecked(ah, al, bh, bl) != 0;
    },
    q64AddSat(ah, al, bh, bl) {
      // assembly/testing/q64AddSat(i64, u64, i64, u64) => void
      ah = ah || 0n;
      al = al || 0n;
      bh = bh || 0n;
      bl = bl || 0n;
      exports.q64AddSat(ah, al, bh, bl);
    },
    q64ToI32F32Sat(h, l) {
      // assembly/testing/q64ToI32F32Sat(i64, u64) => i64
      h = h || 0n;
      l = l || 0n;
      return exports.q64ToI32F32Sat(h, l);
    },
    q64Lo() {
      // assembly/testing/q64Lo() => u64
      return BigInt.asUintN(64, exports.q64Lo());
    },
    wDivU128by64(u1, u0, v) {
      // assembly/testing/wDivU128by64(u64, u64, u64) => u64
      u1 = u1 || 0n;
      u0 = u0 || 0n;
      v = v || 0n;
      return BigInt.asUintN(64, exports.wDivU128by64(u1, u0, v));
    },
    wMulU128(ah, al, bh, bl) {
      // assembly/testing/wMulU128(u64, u64, u64, u64) => void
      ah = ah || 0n;
      al = al || 0n;
      bh = bh || 0n;
      bl = bl || 0n;
      exports.wMulU128(ah, al, bh, bl);
    },
    wLimb(i) {
      // assembly/testing/wLimb(i32) => u64
      return BigInt.asUintN(64, exports.wLimb(i));
    },
    medianFast(useStake, k, stakeSum, minority, rows, vals, m) {
      // assembly/testing/medianFast(usize, i32, i64, i64, usize, usize, i32) => i64
      stakeSum = stakeSum || 0n;
      minority = minority || 0n;
      return exports.medianFast(useStake, k, stakeSum, minority, rows, vals, m);
    },
    medianReference(stake, score, k, minority, stakeSum) {
      // assembly/testing/medianReference(usize, usize, i32, i64, i64) => i64
      minority = minority || 0n;
      stakeSum = stakeSum || 0n;
      return exports.medianReference(stake, score, k, minority, stakeSum);
    },
  }, exports);
  function __liftString(pointer) {
    if (!pointer) return null;
    const
      end = pointer + new Uint32Array(memory.buffer)[pointer - 4 >>> 2] >>> 1,
      memoryU16 = new Uint16Array(memory.buffer);
    let
      start = pointer >>> 1,
      string = "";
    while (end - start > 1024) string += String.fromCharCode(...memoryU16.subarray(start, start += 1024));
    return string + String.fromCharCode(...memoryU16.subarray(start, end));
  }
  return adaptedExports;
}
