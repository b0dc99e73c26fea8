(module
 (type $0 (func (param i64 i64) (result i64)))
 (type $1 (func (param i64 i64 i64 i64)))
 (type $2 (func (param i64) (result i64)))
 (type $3 (func (param i32) (result i32)))
 (type $4 (func (param i32 i32)))
 (type $5 (func (param i32 i32 i32 i32)))
 (type $6 (func (result i32)))
 (type $7 (func (param i32 i32) (result i32)))
 (type $8 (func (param i64)))
 (type $9 (func (param i64 i64 i64) (result i64)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32) (result i32)))
 (type $11 (func (param i32 i32 i32)))
 (type $12 (func (param i32 i32 i32 i64) (result i32)))
 (type $13 (func (param i32 i32 i32 i64 i32)))
 (type $14 (func))
 (type $15 (func (result i64)))
 (type $16 (func (param i64 i64 i64 i64) (result i64)))
 (type $17 (func (param i64 i64 i64 i64 i64)))
 (type $18 (func (param i32 i32 i32 i32 i32 i32)))
 (type $19 (func (param i32 i32 i64 i64 i32 i32 i32 i32 i32) (result i64)))
 (type $20 (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $21 (func (param i32 i64 i64 i32 i32 i64 i64)))
 (type $22 (func (param i32 i32 i64)))
 (type $23 (func (param i32 i64 i32 i32) (result i32)))
 (type $24 (func (param i32 i32 i64) (result i32)))
 (type $25 (func (param i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $26 (func (param i32 i32 i32 i32 i32)))
 (type $27 (func (param i32 i32 i64 i32 i32)))
 (type $28 (func (param i64 i64 i64)))
 (type $29 (func (param i64 i64 i64 i64 i32)))
 (type $30 (func (param i64 i64 i64 i64 i32 i32 i32)))
 (type $31 (func (param i32) (result i64)))
 (type $32 (func (param i64 i64 i64 i64) (result i32)))
 (type $33 (func (param i32 i32 i32 i64 i64) (result i64)))
 (type $34 (func (param i32 i32 i64 i64 i32 i32 i32) (result i64)))
 (type $35 (func (param i64) (result i32)))
 (type $36 (func (param i64 i64 i64 i64 i64 i64) (result i64)))
 (type $37 (func (param i32 i32 i32 i64 i64 i32 i32 i32 i32) (result i64)))
 (type $38 (func (param i32 i32 i32 i32 i64 i32)))
 (type $39 (func (param i32 i32 i32 i32 i64 i64 i64) (result i32)))
 (type $40 (func (param i64 i64 i32 i64 i64 i64 i32 i32)))
 (type $41 (func (param i64 i64 i64 i64 i64 i64 i64)))
 (type $42 (func (param i32 i32 i32 i32 i32 i64 i32)))
 (type $43 (func (param i32 i32 i32 i32 i64 i64 i32) (result i32)))
 (type $44 (func (param i64 i64 i64 i64 i64) (result i64)))
 (type $45 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i64 i64 i32 i32 i32 i32 i32 i32)))
 (type $46 (func (param i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i64 i32)))
 (import "env" "abort" (func $~lib/builtins/abort (param i32 i32 i32 i32)))
 (global $assembly/fixed/u96f32/rl (mut i64) (i64.const 0))
 (global $assembly/fixed/u96f32/rh (mut i64) (i64.const 0))
 (global $assembly/fixed/wide/hi (mut i64) (i64.const 0))
 (global $assembly/fixed/i64f64/rh (mut i64) (i64.const 0))
 (global $assembly/fixed/i64f64/rl (mut i64) (i64.const 0))
 (global $assembly/fixed/wide/lo (mut i64) (i64.const 0))
 (global $assembly/fixed/u64f64/rh (mut i64) (i64.const 0))
 (global $assembly/fixed/u64f64/rl (mut i64) (i64.const 0))
 (global $assembly/fixed/i32f32/failed (mut i32) (i32.const 0))
 (global $assembly/fixed/u96f32/failed (mut i32) (i32.const 0))
 (global $assembly/emission/block/ll (mut i64) (i64.const 0))
 (global $assembly/fixed/i64f64/failed (mut i32) (i32.const 0))
 (global $assembly/mem/arena/base (mut i32) (i32.const 0))
 (global $assembly/fixed/i64f64/absH (mut i64) (i64.const 0))
 (global $assembly/fixed/i64f64/absL (mut i64) (i64.const 0))
 (global $assembly/emission/block/lh (mut i64) (i64.const 0))
 (global $assembly/fixed/wide/w2 (mut i64) (i64.const 0))
 (global $assembly/fixed/wide/w3 (mut i64) (i64.const 0))
 (global $assembly/fixed/u64f64/failed (mut i32) (i32.const 0))
 (global $assembly/mem/arena/top (mut i32) (i32.const 0))
 (global $assembly/emission/split/rootAlpha (mut i64) (i64.const 0))
 (global $assembly/fixed/exp/expFailed (mut i32) (i32.const 0))
 (global $assembly/emission/distribute/withheldTotal (mut i64) (i64.const 0))
 (global $assembly/emission/split/ownerCut (mut i64) (i64.const 0))
 (global $assembly/emission/split/accServer (mut i64) (i64.const 0))
 (global $assembly/emission/split/accValidator (mut i64) (i64.const 0))
 (global $assembly/emission/split/accRoot (mut i64) (i64.const 0))
 (global $assembly/emission/split/accOwnerCut (mut i64) (i64.const 0))
 (global $assembly/emission/split/accRecycledRoot (mut i64) (i64.const 0))
 (global $assembly/emission/distribute/ckBurned (mut i64) (i64.const 0))
 (global $assembly/epoch/common/twH (mut i64) (i64.const 0))
 (global $assembly/epoch/common/twL (mut i64) (i64.const 0))
 (global $assembly/emission/split/pendingServer (mut i64) (i64.const 0))
 (global $assembly/emission/split/pendingValidator (mut i64) (i64.const 0))
 (global $assembly/emission/split/alphaCreated (mut i64) (i64.const 0))
 (global $assembly/emission/split/accAlphaIssuance (mut i64) (i64.const 0))
 (global $assembly/emission/distribute/incentiveTotal (mut i64) (i64.const 0))
 (global $assembly/emission/distribute/minerBurnedHi (mut i64) (i64.const 0))
 (global $assembly/emission/distribute/minerBurnedLo (mut i64) (i64.const 0))
 (global $assembly/emission/shares/taoIn (mut i64) (i64.const 0))
 (global $assembly/emission/shares/taoInLo (mut i64) (i64.const 0))
 (global $assembly/emission/shares/alphaIn (mut i64) (i64.const 0))
 (global $assembly/emission/shares/alphaInLo (mut i64) (i64.const 0))
 (global $assembly/emission/shares/alphaOut (mut i64) (i64.const 0))
 (global $assembly/emission/shares/excessTao (mut i64) (i64.const 0))
 (global $assembly/emission/shares/excessTaoLo (mut i64) (i64.const 0))
 (memory $0 16)
 (data $0 (i32.const 1036) "<")
 (data $0.1 (i32.const 1048) "\02\00\00\00(\00\00\00a\00r\00e\00n\00a\00:\00 \00o\00u\00t\00 \00o\00f\00 \00m\00e\00m\00o\00r\00y")
 (export "arenaAlloc" (func $assembly/mem/arena/arenaAlloc))
 (export "arenaReset" (func $assembly/mem/arena/arenaReset))
 (export "arenaUsed" (func $assembly/mem/arena/arenaUsed))
 (export "arenaReserve" (func $assembly/mem/arena/arenaReserve))
 (export "memoryBytes" (func $assembly/mem/arena/memoryBytes))
 (export "epochSparse" (func $assembly/epoch/sparse/epochSparse))
 (export "epochDense" (func $assembly/epoch/dense/epochDense))
 (export "blockEmissionForIssuance" (func $assembly/emission/block/blockEmissionForIssuance))
 (export "alphaOutSplit" (func $assembly/emission/split/alphaOutSplit))
 (export "ownerCut" (global $assembly/emission/split/ownerCut))
 (export "pendingServer" (global $assembly/emission/split/pendingServer))
 (export "pendingValidator" (global $assembly/emission/split/pendingValidator))
 (export "rootAlpha" (global $assembly/emission/split/rootAlpha))
 (export "alphaCreated" (global $assembly/emission/split/alphaCreated))
 (export "lockReductionInterval" (func $assembly/emission/registration/lockReductionInterval))
 (export "networkLockCost" (func $assembly/emission/registration/networkLockCost))
 (export "neuronToPrune" (func $assembly/emission/registration/neuronToPrune))
 (export "accumulatePending" (func $assembly/emission/split/accumulatePending))
 (export "accServer" (global $assembly/emission/split/accServer))
 (export "accValidator" (global $assembly/emission/split/accValidator))
 (export "accRoot" (global $assembly/emission/split/accRoot))
 (export "accOwnerCut" (global $assembly/emission/split/accOwnerCut))
 (export "accRecycledRoot" (global $assembly/emission/split/accRecycledRoot))
 (export "accAlphaIssuance" (global $assembly/emission/split/accAlphaIssuance))
 (export "distributeEpoch" (func $assembly/emission/distribute/distributeEpoch))
 (export "withheldTotal" (global $assembly/emission/distribute/withheldTotal))
 (export "incentiveTotal" (global $assembly/emission/distribute/incentiveTotal))
 (export "minerBurnedHi" (global $assembly/emission/distribute/minerBurnedHi))
 (export "minerBurnedLo" (global $assembly/emission/distribute/minerBurnedLo))
 (export "ckBurned" (global $assembly/emission/distribute/ckBurned))
 (export "subnetBlockEmissions" (func $assembly/emission/shares/subnetBlockEmissions))
 (export "subnetTerms" (func $assembly/emission/shares/subnetTerms))
 (export "taoIn" (global $assembly/emission/shares/taoIn))
 (export "taoInLo" (global $assembly/emission/shares/taoInLo))
 (export "alphaIn" (global $assembly/emission/shares/alphaIn))
 (export "alphaInLo" (global $assembly/emission/shares/alphaInLo))
 (export "alphaOut" (global $assembly/emission/shares/alphaOut))
 (export "excessTao" (global $assembly/emission/shares/excessTao))
 (export "excessTaoLo" (global $assembly/emission/shares/excessTaoLo))
 (export "fxMulSat" (func $assembly/testing/fxMulSat))
 (export "fxMulChecked" (func $assembly/testing/fxMulChecked))
 (export "fxSafeDiv" (func $assembly/testing/fxSafeDiv))
 (export "fxDivSat" (func $assembly/testing/fxDivSat))
 (export "fxAddSat" (func $assembly/testing/fxAddSat))
 (export "fxSubSat" (func $assembly/testing/fxSubSat))
 (export "fxFailed" (func $assembly/testing/fxFailed))
 (export "fxProportionToU16" (func $assembly/testing/fxProportionToU16))
 (export "fxExp" (func $assembly/testing/fxExp))
 (export "fxExpFailed" (func $assembly/testing/fxExpFailed))
 (export "fxExpSafe" (func $assembly/testing/fxExpSafe))
 (export "fxAlphaSigmoid" (func $assembly/testing/fxAlphaSigmoid))
 (export "fxRao" (func $assembly/testing/fxRao))
 (export "q64MulSat" (func $assembly/testing/q64MulSat))
 (export "q64DivChecked" (func $assembly/testing/q64DivChecked))
 (export "q64AddSat" (func $assembly/testing/q64AddSat))
 (export "q64ToI32F32Sat" (func $assembly/testing/q64ToI32F32Sat))
 (export "q64Hi" (func $assembly/testing/q64Hi))
 (export "q64Lo" (func $assembly/testing/q64Lo))
 (export "wDivU128by64" (func $assembly/testing/wDivU128by64))
 (export "wMulU128" (func $assembly/testing/wMulU128))
 (export "wLimb" (func $assembly/testing/wLimb))
 (export "medianFast" (func $assembly/testing/medianFast))
 (export "medianReference" (func $assembly/testing/medianReference))
 (export "testTrap" (func $assembly/testing/testTrap))
 (export "memory" (memory $0))
 (func $assembly/mem/arena/arenaAlloc (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  global.get $assembly/mem/arena/base
  i32.eqz
  if
   i32.const 1104
   global.set $assembly/mem/arena/base
   i32.const 1104
   global.set $assembly/mem/arena/top
  end
  global.get $assembly/mem/arena/top
  local.tee $1
  local.get $0
  i32.add
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.tee $0
  local.get $1
  i32.lt_u
  if
   i32.const 1056
   i32.const 0
   i32.const 0
   i32.const 0
   call $~lib/builtins/abort
  end
  memory.size
  i32.const 16
  i32.shl
  local.tee $2
  local.get $0
  i32.lt_u
  if
   local.get $0
   local.get $2
   i32.sub
   i32.const 65535
   i32.add
   i32.const 16
   i32.shr_u
   local.tee $2
   memory.size
   local.tee $3
   local.get $2
   local.get $3
   i32.gt_s
   select
   local.set $4
   i32.const 65536
   local.get $3
   i32.sub
   local.get $4
   local.get $3
   local.get $4
   i32.add
   i32.const 65536
   i32.gt_s
   select
   local.tee $3
   local.get $2
   i32.lt_s
   if (result i32)
    i32.const 1
   else
    local.get $3
    memory.grow
    i32.const 0
    i32.lt_s
   end
   if
    local.get $2
    memory.grow
    i32.const 0
    i32.lt_s
    if
     i32.const 1056
     i32.const 0
     i32.const 0
     i32.const 0
     call $~lib/builtins/abort
    end
   end
  end
  local.get $0
  global.set $assembly/mem/arena/top
  local.get $1
 )
 (func $assembly/fixed/i32f32/mulSat (param $0 i64) (param $1 i64) (result i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  i32.const 0
  global.set $assembly/fixed/i32f32/failed
  block $assembly/fixed/i32f32/mulRaw|inlined.0 (result i64)
   local.get $0
   local.get $1
   i64.mul
   i64.const 32
   i64.shr_u
   local.get $1
   i64.const 4294967296
   i64.lt_u
   local.get $0
   i64.const 4294967296
   i64.lt_u
   i32.and
   br_if $assembly/fixed/i32f32/mulRaw|inlined.0
   drop
   local.get $0
   i64.const 4294967295
   i64.and
   local.tee $3
   local.get $1
   i64.const 32
   i64.shr_u
   local.tee $2
   i64.mul
   local.set $4
   local.get $1
   i64.const 4294967295
   i64.and
   local.tee $5
   local.get $3
   i64.mul
   local.tee $3
   i64.const 4294967295
   i64.and
   local.get $4
   i64.const 4294967295
   i64.and
   local.get $3
   i64.const 32
   i64.shr_u
   i64.add
   local.get $0
   i64.const 32
   i64.shr_u
   local.tee $3
   local.get $5
   i64.mul
   local.tee $5
   i64.const 4294967295
   i64.and
   i64.add
   local.tee $6
   i64.const 32
   i64.shl
   i64.or
   global.set $assembly/fixed/wide/lo
   local.get $2
   local.get $3
   i64.mul
   local.get $4
   i64.const 32
   i64.shr_u
   i64.add
   local.get $5
   i64.const 32
   i64.shr_u
   i64.add
   local.get $6
   i64.const 32
   i64.shr_u
   i64.add
   global.set $assembly/fixed/wide/hi
   local.get $0
   i64.const 0
   i64.lt_s
   if
    global.get $assembly/fixed/wide/hi
    local.get $1
    i64.sub
    global.set $assembly/fixed/wide/hi
   end
   local.get $1
   i64.const 0
   i64.lt_s
   if
    global.get $assembly/fixed/wide/hi
    local.get $0
    i64.sub
    global.set $assembly/fixed/wide/hi
   end
   global.get $assembly/fixed/wide/hi
   i64.const 31
   i64.shr_s
   local.tee $2
   i64.const -1
   i64.ne
   local.get $2
   i64.const 0
   i64.ne
   i32.and
   if
    i32.const 1
    global.set $assembly/fixed/i32f32/failed
    i64.const 0
    br $assembly/fixed/i32f32/mulRaw|inlined.0
   end
   global.get $assembly/fixed/wide/hi
   i64.const 32
   i64.shl
   global.get $assembly/fixed/wide/lo
   i64.const 32
   i64.shr_u
   i64.or
  end
  local.set $2
  global.get $assembly/fixed/i32f32/failed
  i32.eqz
  if
   local.get $2
   return
  end
  i64.const -9223372036854775808
  i64.const 9223372036854775807
  local.get $0
  i64.const 0
  i64.lt_s
  local.get $1
  i64.const 0
  i64.lt_s
  i32.ne
  select
 )
 (func $assembly/fixed/u96f32/mulSat (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $assembly/fixed/wide/mulU128
  global.get $assembly/fixed/wide/w3
  global.get $assembly/fixed/wide/w2
  local.tee $0
  i64.const 32
  i64.shr_u
  i64.or
  i64.const 0
  i64.ne
  if
   i64.const -1
   global.set $assembly/fixed/u96f32/rh
   i64.const -1
   global.set $assembly/fixed/u96f32/rl
   return
  end
  local.get $0
  i64.const 32
  i64.shl
  global.get $assembly/fixed/wide/hi
  local.tee $0
  i64.const 32
  i64.shr_u
  i64.or
  global.set $assembly/fixed/u96f32/rh
  local.get $0
  i64.const 32
  i64.shl
  global.get $assembly/fixed/wide/lo
  i64.const 32
  i64.shr_u
  i64.or
  global.set $assembly/fixed/u96f32/rl
 )
 (func $assembly/math/csr/csrNew (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  i32.const 20
  call $assembly/mem/arena/arenaAlloc
  local.tee $2
  local.get $0
  i32.store
  local.get $2
  local.get $1
  i32.store offset=4
  local.get $2
  local.get $0
  i32.const 1
  i32.add
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  i32.store offset=8
  local.get $2
  i32.const 1
  local.get $1
  local.get $1
  i32.const 0
  i32.le_s
  select
  local.tee $0
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  i32.store offset=12
  local.get $2
  local.get $0
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  i32.store offset=16
  local.get $2
 )
 (func $assembly/fixed/i32f32/divRaw (param $0 i64) (param $1 i64) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  i32.const 0
  global.set $assembly/fixed/i32f32/failed
  block $folding-inner0
   local.get $1
   i64.eqz
   br_if $folding-inner0
   local.get $1
   i64.const 0
   i64.lt_s
   local.tee $2
   local.get $0
   i64.const 0
   i64.lt_s
   local.tee $3
   i32.ne
   i64.const 0
   local.get $1
   i64.sub
   local.get $1
   local.get $2
   select
   local.set $1
   i64.const 0
   local.get $0
   i64.sub
   local.get $0
   local.get $3
   select
   local.tee $5
   i64.const 32
   i64.shr_u
   local.set $0
   local.get $5
   i64.const 32
   i64.shl
   local.set $5
   local.get $0
   i64.eqz
   if (result i64)
    local.get $5
    local.get $1
    i64.div_u
   else
    local.get $0
    local.get $1
    i64.ge_u
    br_if $folding-inner0
    local.get $0
    local.get $5
    local.get $1
    call $assembly/fixed/wide/divU128by64
   end
   local.set $0
   if
    local.get $0
    i64.const -9223372036854775808
    i64.gt_u
    br_if $folding-inner0
    i64.const 0
    local.get $0
    i64.sub
    return
   end
   local.get $0
   i64.const 9223372036854775807
   i64.gt_u
   br_if $folding-inner0
   local.get $0
   return
  end
  i32.const 1
  global.set $assembly/fixed/i32f32/failed
  i64.const 0
 )
 (func $assembly/math/vector/normalizeInPlace (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $3
    local.get $0
    local.get $2
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.add
    local.set $3
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $3
  i64.eqz
  if
   return
  end
  loop $for-loop|00
   local.get $1
   local.get $4
   i32.gt_s
   if
    local.get $0
    local.get $4
    i32.const 3
    i32.shl
    i32.add
    local.tee $2
    i64.const 0
    local.get $2
    i64.load
    local.get $3
    call $assembly/fixed/i32f32/divRaw
    global.get $assembly/fixed/i32f32/failed
    select
    i64.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|00
   end
  end
 )
 (func $assembly/fixed/u96f32/divChecked (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  i32.const 0
  global.set $assembly/fixed/u96f32/failed
  local.get $2
  local.get $3
  i64.or
  i64.eqz
  if
   i32.const 1
   global.set $assembly/fixed/u96f32/failed
   return
  end
  local.get $0
  i64.const 32
  i64.shr_u
  local.get $0
  i64.const 32
  i64.shl
  local.get $1
  i64.const 32
  i64.shr_u
  i64.or
  local.get $1
  i64.const 32
  i64.shl
  local.get $2
  local.get $3
  call $assembly/fixed/wide/divU256by128
  global.get $assembly/fixed/wide/w2
  global.get $assembly/fixed/wide/w3
  i64.or
  i64.const 0
  i64.ne
  if
   i32.const 1
   global.set $assembly/fixed/u96f32/failed
   return
  end
  global.get $assembly/fixed/wide/hi
  global.set $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/wide/lo
  global.set $assembly/fixed/u96f32/rl
 )
 (func $assembly/epoch/common/u16Ratio (param $0 i64) (result i64)
  i64.const 0
  i64.const 9223372036854775807
  local.get $0
  i64.const 32
  i64.shl
  local.get $0
  i64.const 2147483647
  i64.gt_u
  select
  i64.const 281470681743360
  call $assembly/fixed/i32f32/divRaw
  global.get $assembly/fixed/i32f32/failed
  select
 )
 (func $assembly/math/dense/denseNew (param $0 i32) (result i32)
  (local $1 i32)
  i32.const 1
  local.get $0
  local.get $0
  i32.mul
  local.tee $0
  local.get $0
  i32.const 0
  i32.le_s
  select
  i32.const 3
  i32.shl
  local.tee $0
  call $assembly/mem/arena/arenaAlloc
  local.tee $1
  i32.const 0
  local.get $0
  memory.fill
  local.get $1
 )
 (func $assembly/epoch/liquid/alphaOfCombined (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (result i64)
  local.get $1
  i64.const 4294967296
  local.get $3
  i64.const -429496729600
  call $assembly/fixed/i32f32/divSat
  local.get $0
  i64.const 2147483648
  i64.xor
  local.get $0
  i64.const 2147483648
  i64.sub
  local.tee $3
  local.get $0
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if (result i64)
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $0
   i64.const 0
   i64.lt_s
   select
  else
   local.get $3
  end
  call $assembly/fixed/i32f32/mulSat
  call $assembly/fixed/exp/expSafe
  local.tee $0
  i64.const 4294967296
  i64.add
  local.tee $3
  i64.const 4294967296
  i64.xor
  local.get $0
  local.get $3
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if (result i64)
   i64.const 9223372036854775807
  else
   local.get $3
  end
  call $assembly/fixed/i32f32/divSat
  local.get $1
  local.get $2
  i64.xor
  local.get $2
  local.get $1
  i64.sub
  local.tee $0
  local.get $2
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if (result i64)
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $2
   i64.const 0
   i64.lt_s
   select
  else
   local.get $0
  end
  call $assembly/fixed/i32f32/mulSat
  local.tee $3
  local.get $1
  i64.add
  local.tee $0
  i64.xor
  local.get $0
  local.get $3
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $1
   i64.const 0
   i64.lt_s
   select
   local.set $0
  end
  local.get $0
  local.get $2
  local.get $0
  local.get $2
  i64.lt_s
  select
  local.tee $0
  local.get $1
  local.get $0
  local.get $1
  i64.gt_s
  select
 )
 (func $assembly/fixed/i64f64/divChecked (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  (local $4 i32)
  (local $5 i32)
  local.get $2
  local.get $3
  i64.or
  i64.eqz
  if
   i32.const 1
   global.set $assembly/fixed/i64f64/failed
   return
  end
  block $assembly/fixed/i64f64/absInto|inlined.2 (result i32)
   local.get $0
   i64.const 0
   i64.lt_s
   if
    i64.const 0
    local.get $1
    i64.sub
    global.set $assembly/fixed/i64f64/absL
    local.get $1
    i64.eqz
    i64.extend_i32_u
    local.get $0
    i64.const -1
    i64.xor
    i64.add
    global.set $assembly/fixed/i64f64/absH
    i32.const 1
    br $assembly/fixed/i64f64/absInto|inlined.2
   end
   local.get $0
   global.set $assembly/fixed/i64f64/absH
   local.get $1
   global.set $assembly/fixed/i64f64/absL
   i32.const 0
  end
  local.set $4
  global.get $assembly/fixed/i64f64/absH
  global.get $assembly/fixed/i64f64/absL
  block $assembly/fixed/i64f64/absInto|inlined.3 (result i32)
   local.get $2
   i64.const 0
   i64.lt_s
   if
    i64.const 0
    local.get $3
    i64.sub
    global.set $assembly/fixed/i64f64/absL
    local.get $3
    i64.eqz
    i64.extend_i32_u
    local.get $2
    i64.const -1
    i64.xor
    i64.add
    global.set $assembly/fixed/i64f64/absH
    i32.const 1
    br $assembly/fixed/i64f64/absInto|inlined.3
   end
   local.get $2
   global.set $assembly/fixed/i64f64/absH
   local.get $3
   global.set $assembly/fixed/i64f64/absL
   i32.const 0
  end
  local.set $5
  i64.const 0
  global.get $assembly/fixed/i64f64/absH
  global.get $assembly/fixed/i64f64/absL
  call $assembly/fixed/wide/divU256by128
  global.get $assembly/fixed/wide/w2
  global.get $assembly/fixed/wide/w3
  i64.or
  i64.const 0
  i64.ne
  if
   i32.const 1
   global.set $assembly/fixed/i64f64/failed
   return
  end
  global.get $assembly/fixed/wide/hi
  local.set $0
  global.get $assembly/fixed/wide/lo
  local.set $1
  i32.const 0
  global.set $assembly/fixed/i64f64/failed
  block $assembly/fixed/i64f64/fromMagnitude|inlined.1
   local.get $4
   i32.const 0
   i32.ne
   local.get $5
   i32.const 0
   i32.ne
   i32.ne
   if
    local.get $0
    i64.const -9223372036854775808
    i64.gt_u
    if (result i32)
     i32.const 1
    else
     local.get $0
     i64.const -9223372036854775808
     i64.eq
     local.get $1
     i64.const 0
     i64.ne
     i32.and
    end
    if
     i32.const 1
     global.set $assembly/fixed/i64f64/failed
     br $assembly/fixed/i64f64/fromMagnitude|inlined.1
    end
    i64.const 0
    local.get $1
    i64.sub
    global.set $assembly/fixed/i64f64/rl
    local.get $1
    i64.eqz
    i64.extend_i32_u
    local.get $0
    i64.const -1
    i64.xor
    i64.add
    global.set $assembly/fixed/i64f64/rh
   else
    local.get $0
    i64.const 9223372036854775807
    i64.gt_u
    if
     i32.const 1
     global.set $assembly/fixed/i64f64/failed
     br $assembly/fixed/i64f64/fromMagnitude|inlined.1
    end
    local.get $0
    global.set $assembly/fixed/i64f64/rh
    local.get $1
    global.set $assembly/fixed/i64f64/rl
   end
  end
 )
 (func $assembly/emission/distribute/ratioOfU64Max (param $0 i64)
  (local $1 i64)
  local.get $0
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $0
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  i64.const 4294967295
  global.set $assembly/fixed/u96f32/rh
  i64.const -4294967296
  global.set $assembly/fixed/u96f32/rl
  i64.const 4294967295
  i64.const -4294967296
  call $assembly/fixed/u96f32/divChecked
  global.get $assembly/fixed/u96f32/failed
  if
   i64.const 0
   global.set $assembly/fixed/u96f32/rh
   i64.const 0
   global.set $assembly/fixed/u96f32/rl
  end
 )
 (func $assembly/math/sparse/colNormalizeSparse (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i64)
  (local $6 i64)
  (local $7 i32)
  (local $8 i32)
  i32.const 1
  local.get $1
  local.get $1
  i32.const 0
  i32.le_s
  select
  i32.const 3
  i32.shl
  local.tee $7
  call $assembly/mem/arena/arenaAlloc
  local.tee $4
  i32.const 0
  local.get $7
  memory.fill
  local.get $0
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $7
  loop $for-loop|0
   local.get $2
   local.get $7
   i32.lt_s
   if
    local.get $0
    i32.load offset=12
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $8
    local.get $1
    i32.lt_s
    if
     local.get $4
     local.get $8
     i32.const 3
     i32.shl
     i32.add
     local.tee $8
     i64.load
     local.tee $5
     local.get $0
     i32.load offset=16
     local.get $2
     i32.const 3
     i32.shl
     i32.add
     i64.load
     local.tee $6
     i64.add
     local.set $3
     local.get $8
     local.get $3
     local.get $5
     i64.xor
     local.get $3
     local.get $6
     i64.xor
     i64.and
     i64.const 0
     i64.lt_s
     if (result i64)
      i64.const -9223372036854775808
      i64.const 9223372036854775807
      local.get $5
      i64.const 0
      i64.lt_s
      select
     else
      local.get $3
     end
     i64.store
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $0
  local.get $1
  local.get $4
  call $assembly/math/sparse/divideByColumn
 )
 (func $assembly/math/dense/colNormalize (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i64)
  (local $5 i32)
  (local $6 i64)
  (local $7 i32)
  (local $8 i64)
  i32.const 1
  local.get $1
  local.get $1
  i32.const 0
  i32.le_s
  select
  i32.const 3
  i32.shl
  local.tee $2
  call $assembly/mem/arena/arenaAlloc
  local.tee $5
  i32.const 0
  local.get $2
  memory.fill
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_s
   if
    i32.const 0
    local.set $2
    loop $for-loop|1
     local.get $1
     local.get $2
     i32.gt_s
     if
      local.get $5
      local.get $2
      i32.const 3
      i32.shl
      i32.add
      local.tee $7
      i64.load
      local.tee $8
      local.get $0
      local.get $1
      local.get $3
      i32.mul
      local.get $2
      i32.add
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.tee $4
      i64.add
      local.set $6
      local.get $7
      local.get $6
      local.get $8
      i64.xor
      local.get $4
      local.get $6
      i64.xor
      i64.and
      i64.const 0
      i64.lt_s
      if (result i64)
       i64.const -9223372036854775808
       i64.const 9223372036854775807
       local.get $8
       i64.const 0
       i64.lt_s
       select
      else
       local.get $6
      end
      i64.store
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|1
     end
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  i32.const 0
  local.set $3
  loop $for-loop|2
   local.get $1
   local.get $3
   i32.gt_s
   if
    i32.const 0
    local.set $2
    loop $for-loop|3
     local.get $1
     local.get $2
     i32.gt_s
     if
      local.get $5
      local.get $2
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.tee $4
      i64.const 0
      i64.ne
      if
       local.get $0
       local.get $1
       local.get $3
       i32.mul
       local.get $2
       i32.add
       i32.const 3
       i32.shl
       i32.add
       local.tee $7
       i64.const 0
       local.get $7
       i64.load
       local.get $4
       call $assembly/fixed/i32f32/divRaw
       global.get $assembly/fixed/i32f32/failed
       select
       i64.store
      end
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|3
     end
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|2
   end
  end
 )
 (func $assembly/fixed/wide/mulU128 (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  local.get $1
  i64.const 4294967295
  i64.and
  local.tee $4
  local.get $3
  i64.const 32
  i64.shr_u
  local.tee $5
  i64.mul
  local.set $6
  local.get $3
  i64.const 4294967295
  i64.and
  local.tee $3
  local.get $4
  i64.mul
  local.tee $7
  i64.const 4294967295
  i64.and
  local.get $6
  i64.const 4294967295
  i64.and
  local.get $7
  i64.const 32
  i64.shr_u
  i64.add
  local.get $1
  i64.const 32
  i64.shr_u
  local.tee $1
  local.get $3
  i64.mul
  local.tee $7
  i64.const 4294967295
  i64.and
  i64.add
  local.tee $8
  i64.const 32
  i64.shl
  i64.or
  global.set $assembly/fixed/wide/lo
  local.get $1
  local.get $5
  i64.mul
  local.get $6
  i64.const 32
  i64.shr_u
  i64.add
  local.get $7
  i64.const 32
  i64.shr_u
  i64.add
  local.get $8
  i64.const 32
  i64.shr_u
  i64.add
  global.set $assembly/fixed/wide/hi
  global.get $assembly/fixed/wide/lo
  global.get $assembly/fixed/wide/hi
  local.set $7
  local.get $0
  i64.const 4294967295
  i64.and
  local.tee $8
  local.get $5
  i64.mul
  local.set $9
  local.get $3
  local.get $8
  i64.mul
  local.tee $10
  i64.const 4294967295
  i64.and
  local.get $9
  i64.const 4294967295
  i64.and
  local.get $10
  i64.const 32
  i64.shr_u
  i64.add
  local.get $0
  i64.const 32
  i64.shr_u
  local.tee $10
  local.get $3
  i64.mul
  local.tee $0
  i64.const 4294967295
  i64.and
  i64.add
  local.tee $3
  i64.const 32
  i64.shl
  i64.or
  global.set $assembly/fixed/wide/lo
  local.get $5
  local.get $10
  i64.mul
  local.get $9
  i64.const 32
  i64.shr_u
  i64.add
  local.get $0
  i64.const 32
  i64.shr_u
  i64.add
  local.get $3
  i64.const 32
  i64.shr_u
  i64.add
  global.set $assembly/fixed/wide/hi
  global.get $assembly/fixed/wide/hi
  local.set $3
  global.get $assembly/fixed/wide/lo
  local.set $5
  local.get $2
  i64.const 4294967295
  i64.and
  local.tee $9
  local.get $4
  i64.mul
  local.tee $0
  i64.const 4294967295
  i64.and
  local.get $2
  i64.const 32
  i64.shr_u
  local.tee $2
  local.get $4
  i64.mul
  local.tee $4
  i64.const 4294967295
  i64.and
  local.get $0
  i64.const 32
  i64.shr_u
  i64.add
  local.get $1
  local.get $9
  i64.mul
  local.tee $11
  i64.const 4294967295
  i64.and
  i64.add
  local.tee $0
  i64.const 32
  i64.shl
  i64.or
  global.set $assembly/fixed/wide/lo
  local.get $1
  local.get $2
  i64.mul
  local.get $4
  i64.const 32
  i64.shr_u
  i64.add
  local.get $11
  i64.const 32
  i64.shr_u
  i64.add
  local.get $0
  i64.const 32
  i64.shr_u
  i64.add
  global.set $assembly/fixed/wide/hi
  global.get $assembly/fixed/wide/hi
  local.set $0
  global.get $assembly/fixed/wide/lo
  local.set $1
  local.get $8
  local.get $9
  i64.mul
  local.tee $11
  i64.const 4294967295
  i64.and
  local.get $2
  local.get $8
  i64.mul
  local.tee $4
  i64.const 4294967295
  i64.and
  local.get $11
  i64.const 32
  i64.shr_u
  i64.add
  local.get $9
  local.get $10
  i64.mul
  local.tee $8
  i64.const 4294967295
  i64.and
  i64.add
  local.tee $9
  i64.const 32
  i64.shl
  i64.or
  global.set $assembly/fixed/wide/lo
  local.get $2
  local.get $10
  i64.mul
  local.get $4
  i64.const 32
  i64.shr_u
  i64.add
  local.get $8
  i64.const 32
  i64.shr_u
  i64.add
  local.get $9
  i64.const 32
  i64.shr_u
  i64.add
  global.set $assembly/fixed/wide/hi
  local.get $5
  local.get $7
  i64.add
  local.tee $2
  local.get $1
  i64.add
  local.set $4
  global.get $assembly/fixed/wide/hi
  local.get $3
  local.get $2
  local.get $5
  i64.lt_u
  i64.extend_i32_u
  local.get $1
  local.get $4
  i64.gt_u
  i64.extend_i32_u
  i64.add
  local.tee $1
  i64.add
  local.tee $2
  local.get $0
  i64.add
  local.tee $3
  global.get $assembly/fixed/wide/lo
  local.tee $5
  i64.add
  local.tee $7
  local.get $5
  i64.lt_u
  i64.extend_i32_u
  local.get $1
  local.get $2
  i64.gt_u
  i64.extend_i32_u
  local.get $0
  local.get $3
  i64.gt_u
  i64.extend_i32_u
  i64.add
  i64.add
  i64.add
  local.set $0
  global.set $assembly/fixed/wide/lo
  local.get $4
  global.set $assembly/fixed/wide/hi
  local.get $7
  global.set $assembly/fixed/wide/w2
  local.get $0
  global.set $assembly/fixed/wide/w3
 )
 (func $assembly/fixed/wide/divU256by128 (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (param $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i32)
  (local $9 i64)
  (local $10 i64)
  (local $11 i32)
  (local $12 i64)
  (local $13 i64)
  (local $14 i32)
  (local $15 i64)
  (local $16 i64)
  i32.const 256
  local.set $8
  loop $while-continue|0
   local.get $5
   i64.eqz
   local.get $8
   i32.const 0
   i32.gt_s
   i32.and
   if
    local.get $0
    local.set $5
    local.get $1
    local.set $0
    local.get $2
    local.set $1
    i64.const 0
    local.set $2
    local.get $8
    i32.const -64
    i32.add
    local.set $8
    br $while-continue|0
   end
  end
  local.get $8
  i32.const 0
  i32.gt_s
  if
   local.get $5
   i64.clz
   i32.wrap_i64
   local.tee $11
   i32.const 0
   i32.ne
   local.get $11
   i32.const 64
   i32.lt_u
   i32.and
   if
    i64.const 64
    local.get $11
    i64.extend_i32_s
    local.tee $7
    i64.sub
    local.set $16
    local.get $5
    local.get $7
    i64.shl
    local.get $0
    local.get $16
    i64.shr_u
    i64.or
    local.set $5
    local.get $0
    local.get $7
    i64.shl
    local.get $1
    local.get $16
    i64.shr_u
    i64.or
    local.set $0
    local.get $1
    local.get $7
    i64.shl
    local.get $2
    local.get $16
    i64.shr_u
    i64.or
    local.set $1
    local.get $8
    local.get $11
    i32.sub
    local.set $8
    local.get $2
    local.get $7
    i64.shl
    local.set $2
   end
  end
  loop $for-loop|1
   local.get $8
   local.get $14
   i32.gt_s
   if
    local.get $9
    i64.const 63
    i64.shr_u
    local.set $16
    local.get $6
    i64.const 1
    i64.shl
    local.get $5
    i64.const 63
    i64.shr_u
    i64.or
    local.set $7
    local.get $5
    i64.const 1
    i64.shl
    local.get $0
    i64.const 63
    i64.shr_u
    i64.or
    local.set $5
    local.get $0
    i64.const 1
    i64.shl
    local.get $1
    i64.const 63
    i64.shr_u
    i64.or
    local.set $0
    local.get $1
    i64.const 1
    i64.shl
    local.get $2
    i64.const 63
    i64.shr_u
    i64.or
    local.set $1
    local.get $2
    i64.const 1
    i64.shl
    local.set $2
    local.get $15
    i64.const 1
    i64.shl
    local.get $12
    i64.const 63
    i64.shr_u
    i64.or
    local.set $15
    local.get $12
    i64.const 1
    i64.shl
    local.get $13
    i64.const 63
    i64.shr_u
    i64.or
    local.set $12
    local.get $13
    i64.const 1
    i64.shl
    local.get $10
    i64.const 63
    i64.shr_u
    i64.or
    local.set $13
    local.get $10
    i64.const 1
    i64.shl
    local.set $10
    local.get $3
    local.get $9
    i64.const 1
    i64.shl
    local.get $6
    i64.const 63
    i64.shr_u
    i64.or
    local.tee $9
    i64.eq
    local.get $4
    local.get $7
    i64.le_u
    i32.and
    local.get $16
    i32.wrap_i64
    local.get $3
    local.get $9
    i64.lt_u
    i32.or
    i32.or
    if (result i64)
     local.get $9
     local.get $3
     i64.sub
     local.get $4
     local.get $7
     i64.gt_u
     i64.extend_i32_u
     i64.sub
     local.set $9
     local.get $10
     i64.const 1
     i64.or
     local.set $10
     local.get $7
     local.get $4
     i64.sub
    else
     local.get $7
    end
    local.set $6
    local.get $14
    i32.const 1
    i32.add
    local.set $14
    br $for-loop|1
   end
  end
  local.get $10
  global.set $assembly/fixed/wide/lo
  local.get $13
  global.set $assembly/fixed/wide/hi
  local.get $12
  global.set $assembly/fixed/wide/w2
  local.get $15
  global.set $assembly/fixed/wide/w3
 )
 (func $assembly/fixed/wide/divU128by64 (param $0 i64) (param $1 i64) (param $2 i64) (result i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  local.get $2
  local.get $2
  i64.clz
  local.tee $2
  i64.shl
  local.tee $4
  i64.const 32
  i64.shr_u
  local.set $3
  local.get $1
  local.get $2
  i64.shl
  local.tee $7
  i64.const 32
  i64.shr_u
  local.set $6
  local.get $4
  i64.const 4294967295
  i64.and
  local.set $5
  local.get $7
  i64.const 4294967295
  i64.and
  local.set $7
  local.get $2
  i64.const 0
  i64.ne
  if
   local.get $0
   local.get $2
   i64.shl
   local.get $1
   i64.const 64
   local.get $2
   i64.sub
   i64.shr_u
   i64.or
   local.set $0
  end
  local.get $0
  local.get $3
  local.get $0
  local.get $3
  i64.div_u
  local.tee $1
  i64.mul
  i64.sub
  local.set $2
  loop $while-continue|0
   local.get $1
   i64.const 4294967296
   i64.ge_u
   if (result i32)
    i32.const 1
   else
    local.get $2
    i64.const 32
    i64.shl
    local.get $6
    i64.add
    local.get $1
    local.get $5
    i64.mul
    i64.lt_u
   end
   if
    block $while-break|0
     local.get $1
     i64.const 1
     i64.sub
     local.set $1
     local.get $2
     local.get $3
     i64.add
     local.tee $2
     i64.const 4294967296
     i64.ge_u
     br_if $while-break|0
     br $while-continue|0
    end
   end
  end
  local.get $0
  i64.const 32
  i64.shl
  local.get $6
  i64.add
  local.get $1
  local.get $4
  i64.mul
  i64.sub
  local.tee $2
  local.get $3
  i64.div_u
  local.set $0
  local.get $2
  local.get $0
  local.get $3
  i64.mul
  i64.sub
  local.set $2
  loop $while-continue|1
   local.get $0
   i64.const 4294967296
   i64.ge_u
   if (result i32)
    i32.const 1
   else
    local.get $2
    i64.const 32
    i64.shl
    local.get $7
    i64.add
    local.get $0
    local.get $5
    i64.mul
    i64.lt_u
   end
   if
    block $while-break|1
     local.get $0
     i64.const 1
     i64.sub
     local.set $0
     local.get $2
     local.get $3
     i64.add
     local.tee $2
     i64.const 4294967296
     i64.ge_u
     br_if $while-break|1
     br $while-continue|1
    end
   end
  end
  local.get $1
  i64.const 32
  i64.shl
  local.get $0
  i64.add
 )
 (func $assembly/fixed/i32f32/mulChecked (param $0 i64) (param $1 i64) (result i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  i32.const 0
  global.set $assembly/fixed/i32f32/failed
  block $assembly/fixed/i32f32/mulRaw|inlined.1 (result i64)
   local.get $0
   local.get $1
   i64.mul
   i64.const 32
   i64.shr_u
   local.get $1
   i64.const 4294967296
   i64.lt_u
   local.get $0
   i64.const 4294967296
   i64.lt_u
   i32.and
   br_if $assembly/fixed/i32f32/mulRaw|inlined.1
   drop
   local.get $0
   i64.const 4294967295
   i64.and
   local.tee $4
   local.get $1
   i64.const 32
   i64.shr_u
   local.tee $3
   i64.mul
   local.set $2
   local.get $1
   i64.const 4294967295
   i64.and
   local.tee $5
   local.get $4
   i64.mul
   local.tee $4
   i64.const 4294967295
   i64.and
   local.get $2
   i64.const 4294967295
   i64.and
   local.get $4
   i64.const 32
   i64.shr_u
   i64.add
   local.get $0
   i64.const 32
   i64.shr_u
   local.tee $4
   local.get $5
   i64.mul
   local.tee $5
   i64.const 4294967295
   i64.and
   i64.add
   local.tee $6
   i64.const 32
   i64.shl
   i64.or
   global.set $assembly/fixed/wide/lo
   local.get $3
   local.get $4
   i64.mul
   local.get $2
   i64.const 32
   i64.shr_u
   i64.add
   local.get $5
   i64.const 32
   i64.shr_u
   i64.add
   local.get $6
   i64.const 32
   i64.shr_u
   i64.add
   global.set $assembly/fixed/wide/hi
   local.get $0
   i64.const 0
   i64.lt_s
   if
    global.get $assembly/fixed/wide/hi
    local.get $1
    i64.sub
    global.set $assembly/fixed/wide/hi
   end
   local.get $1
   i64.const 0
   i64.lt_s
   if
    global.get $assembly/fixed/wide/hi
    local.get $0
    i64.sub
    global.set $assembly/fixed/wide/hi
   end
   global.get $assembly/fixed/wide/hi
   i64.const 31
   i64.shr_s
   local.tee $0
   i64.const -1
   i64.ne
   local.get $0
   i64.const 0
   i64.ne
   i32.and
   if
    i32.const 1
    global.set $assembly/fixed/i32f32/failed
    i64.const 0
    br $assembly/fixed/i32f32/mulRaw|inlined.1
   end
   global.get $assembly/fixed/wide/hi
   i64.const 32
   i64.shl
   global.get $assembly/fixed/wide/lo
   i64.const 32
   i64.shr_u
   i64.or
  end
 )
 (func $assembly/epoch/common/writeCsr (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $0
  i32.load offset=8
  local.get $0
  i32.load
  local.tee $7
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $6
  local.get $7
  i32.const 1
  i32.add
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $7
  i32.const 1
  local.get $6
  local.get $6
  i32.const 0
  i32.le_s
  select
  local.tee $8
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $9
  local.get $8
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $8
  local.get $7
  local.get $0
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 1
  i32.add
  i32.const 2
  i32.shl
  memory.copy
  local.get $9
  local.get $0
  i32.load offset=12
  local.get $6
  i32.const 2
  i32.shl
  memory.copy
  local.get $8
  local.get $0
  i32.load offset=16
  local.get $6
  i32.const 3
  i32.shl
  memory.copy
  local.get $1
  local.get $2
  i32.const 3
  i32.shl
  i32.add
  local.get $7
  i64.extend_i32_u
  i64.store
  local.get $1
  local.get $3
  i32.const 3
  i32.shl
  i32.add
  local.get $9
  i64.extend_i32_u
  i64.store
  local.get $1
  local.get $4
  i32.const 3
  i32.shl
  i32.add
  local.get $8
  i64.extend_i32_u
  i64.store
  local.get $1
  local.get $5
  i32.const 3
  i32.shl
  i32.add
  local.get $0
  i64.load32_s
  i64.store
 )
 (func $assembly/emission/block/blockEmissionForIssuance (param $0 i64) (result i64)
  (local $1 i64)
  (local $2 i32)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  local.get $0
  i64.const 21000000000000000
  i64.ge_u
  if
   i64.const 0
   return
  end
  block $__inlined_func$assembly/emission/block/log2Bits$9 (result i64)
   i64.const 4294967296
   local.get $0
   i64.const 32
   i64.shr_u
   local.get $0
   i64.const 32
   i64.shl
   i64.const 21000000000000000
   call $assembly/fixed/wide/divU128by64
   i64.sub
   local.tee $0
   i64.const 1
   i64.eq
   if (result i64)
    i64.const 1
   else
    i64.const 1
    i64.const 0
    local.get $0
    call $assembly/fixed/wide/divU128by64
    local.set $1
    i64.const 0
   end
   global.set $assembly/emission/block/lh
   local.get $1
   global.set $assembly/emission/block/ll
   i64.const 0
   local.set $0
   loop $while-continue|0
    global.get $assembly/emission/block/lh
    local.tee $1
    i64.eqz
    global.get $assembly/emission/block/ll
    i64.const 8589934592
    i64.ge_u
    i32.and
    local.get $1
    i64.const 0
    i64.ne
    i32.or
    if
     local.get $0
     i64.const 1
     i64.add
     local.set $0
     global.get $assembly/emission/block/ll
     i64.const 1
     i64.and
     local.set $1
     global.get $assembly/emission/block/lh
     i64.const 63
     i64.shl
     global.get $assembly/emission/block/ll
     i64.const 1
     i64.shr_u
     i64.or
     global.set $assembly/emission/block/ll
     global.get $assembly/emission/block/lh
     i64.const 1
     i64.shr_u
     global.set $assembly/emission/block/lh
     global.get $assembly/emission/block/lh
     global.get $assembly/emission/block/ll
     local.get $1
     i64.add
     local.tee $1
     global.get $assembly/emission/block/ll
     i64.lt_u
     i64.extend_i32_u
     i64.add
     global.set $assembly/emission/block/lh
     local.get $1
     global.set $assembly/emission/block/ll
     br $while-continue|0
    end
   end
   local.get $0
   i64.const 32
   i64.shl
   global.get $assembly/emission/block/lh
   i64.eqz
   global.get $assembly/emission/block/ll
   i64.const 4294967296
   i64.eq
   i32.and
   br_if $__inlined_func$assembly/emission/block/log2Bits$9
   drop
   loop $for-loop|1
    local.get $2
    i32.const 32
    i32.lt_s
    if
     global.get $assembly/emission/block/ll
     local.tee $1
     i64.const 4294967295
     i64.and
     local.set $3
     local.get $1
     i64.const 32
     i64.shr_u
     local.tee $1
     global.get $assembly/emission/block/ll
     local.tee $4
     i64.const 4294967295
     i64.and
     local.tee $5
     i64.mul
     local.tee $6
     i64.const 4294967295
     i64.and
     local.get $3
     local.get $5
     i64.mul
     local.tee $5
     i64.const 32
     i64.shr_u
     i64.add
     local.get $3
     local.get $4
     i64.const 32
     i64.shr_u
     local.tee $4
     i64.mul
     local.tee $7
     i64.const 4294967295
     i64.and
     i64.add
     local.set $3
     local.get $5
     i64.const 4294967295
     i64.and
     local.get $3
     i64.const 32
     i64.shl
     i64.or
     global.set $assembly/fixed/wide/lo
     local.get $1
     local.get $4
     i64.mul
     local.get $6
     i64.const 32
     i64.shr_u
     i64.add
     local.get $7
     i64.const 32
     i64.shr_u
     i64.add
     local.get $3
     i64.const 32
     i64.shr_u
     i64.add
     global.set $assembly/fixed/wide/hi
     global.get $assembly/fixed/wide/hi
     i64.const 32
     i64.shl
     global.get $assembly/fixed/wide/lo
     i64.const 32
     i64.shr_u
     i64.or
     global.set $assembly/emission/block/ll
     i64.const 0
     global.set $assembly/emission/block/lh
     local.get $0
     i64.const 1
     i64.shl
     local.set $0
     global.get $assembly/emission/block/ll
     i64.const 8589934592
     i64.ge_u
     if
      global.get $assembly/emission/block/ll
      i64.const 1
      i64.and
      local.set $1
      global.get $assembly/emission/block/ll
      i64.const 1
      i64.shr_u
      global.set $assembly/emission/block/ll
      i64.const 0
      global.set $assembly/emission/block/lh
      global.get $assembly/emission/block/ll
      local.get $1
      i64.add
      local.tee $1
      global.get $assembly/emission/block/ll
      i64.lt_u
      i64.extend_i32_u
      global.set $assembly/emission/block/lh
      local.get $1
      global.set $assembly/emission/block/ll
      local.get $0
      i64.const 1
      i64.or
      local.set $0
     end
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|1
    end
   end
   local.get $0
  end
  i64.const 32
  i64.shr_u
  local.tee $0
  i64.const 64
  i64.ge_u
  if
   i64.const 0
   return
  end
  local.get $0
  i64.const 32
  i64.gt_u
  if
   i64.const 0
   return
  end
  i64.const 1
  i64.const 32
  local.get $0
  i64.sub
  i64.shl
  local.tee $0
  i64.const 4294967295
  i64.and
  i64.const 1000000000
  i64.mul
  local.tee $1
  i64.const 4294967295
  i64.and
  local.get $0
  i64.const 32
  i64.shr_u
  i64.const 1000000000
  i64.mul
  local.tee $0
  i64.const 4294967295
  i64.and
  local.get $1
  i64.const 32
  i64.shr_u
  i64.add
  local.tee $1
  i64.const 32
  i64.shl
  i64.or
  global.set $assembly/fixed/wide/lo
  local.get $0
  i64.const 32
  i64.shr_u
  local.get $1
  i64.const 32
  i64.shr_u
  i64.add
  global.set $assembly/fixed/wide/hi
  global.get $assembly/fixed/wide/hi
  i64.const 32
  i64.shl
  global.get $assembly/fixed/wide/lo
  i64.const 32
  i64.shr_u
  i64.or
 )
 (func $assembly/math/median/columnMedian (param $0 i32) (param $1 i32) (param $2 i64) (param $3 i64) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (result i64)
  (local $9 i32)
  (local $10 i64)
  (local $11 i32)
  local.get $1
  i32.eqz
  if
   i64.const 0
   return
  end
  loop $for-loop|0
   local.get $6
   local.get $7
   i32.lt_s
   if
    local.get $5
    local.get $6
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.const 0
    i64.gt_s
    if
     local.get $8
     local.get $9
     i32.const 2
     i32.shl
     i32.add
     local.get $6
     i32.store
     local.get $10
     local.get $0
     local.get $4
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     i32.load
     i32.const 3
     i32.shl
     i32.add
     i64.load
     i64.add
     local.set $10
     local.get $9
     i32.const 1
     i32.add
     local.set $9
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $9
  i32.eqz
  local.get $2
  local.get $10
  i64.sub
  local.get $3
  i64.gt_s
  i32.or
  local.get $1
  local.get $9
  i32.gt_s
  i32.and
  if
   i64.const 0
   return
  end
  local.get $8
  local.get $9
  local.get $5
  call $assembly/math/sort/sortIndicesByKey
  local.get $2
  local.get $10
  i64.sub
  local.set $2
  loop $while-continue|1
   local.get $9
   local.get $11
   i32.gt_s
   if
    local.get $5
    local.get $8
    local.get $11
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $10
    loop $while-continue|2
     local.get $9
     local.get $11
     i32.gt_s
     if (result i32)
      local.get $5
      local.get $8
      local.get $11
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.get $10
      i64.eq
     else
      i32.const 0
     end
     if
      local.get $2
      local.get $0
      local.get $4
      local.get $8
      local.get $11
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.add
      local.set $2
      local.get $11
      i32.const 1
      i32.add
      local.set $11
      br $while-continue|2
     end
    end
    local.get $2
    local.get $3
    i64.gt_s
    if
     local.get $10
     return
    end
    br $while-continue|1
   end
  end
  local.get $5
  local.get $8
  local.get $9
  i32.const 1
  i32.sub
  i32.const 2
  i32.shl
  i32.add
  i32.load
  i32.const 3
  i32.shl
  i32.add
  i64.load
 )
 (func $assembly/fixed/u64f64/divChecked (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  i32.const 0
  global.set $assembly/fixed/u64f64/failed
  local.get $2
  local.get $3
  i64.or
  i64.eqz
  if
   i32.const 1
   global.set $assembly/fixed/u64f64/failed
   return
  end
  local.get $0
  local.get $1
  i64.const 0
  local.get $2
  local.get $3
  call $assembly/fixed/wide/divU256by128
  global.get $assembly/fixed/wide/w2
  global.get $assembly/fixed/wide/w3
  i64.or
  i64.const 0
  i64.ne
  if
   i32.const 1
   global.set $assembly/fixed/u64f64/failed
   return
  end
  global.get $assembly/fixed/wide/hi
  global.set $assembly/fixed/u64f64/rh
  global.get $assembly/fixed/wide/lo
  global.set $assembly/fixed/u64f64/rl
 )
 (func $assembly/fixed/i64f64/mulSat (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  (local $4 i32)
  (local $5 i32)
  block $assembly/fixed/i64f64/absInto|inlined.0 (result i32)
   local.get $0
   i64.const 0
   i64.lt_s
   if
    i64.const 0
    local.get $1
    i64.sub
    global.set $assembly/fixed/i64f64/absL
    local.get $1
    i64.eqz
    i64.extend_i32_u
    local.get $0
    i64.const -1
    i64.xor
    i64.add
    global.set $assembly/fixed/i64f64/absH
    i32.const 1
    br $assembly/fixed/i64f64/absInto|inlined.0
   end
   local.get $0
   global.set $assembly/fixed/i64f64/absH
   local.get $1
   global.set $assembly/fixed/i64f64/absL
   i32.const 0
  end
  local.set $4
  global.get $assembly/fixed/i64f64/absH
  global.get $assembly/fixed/i64f64/absL
  block $assembly/fixed/i64f64/absInto|inlined.1 (result i32)
   local.get $2
   i64.const 0
   i64.lt_s
   if
    i64.const 0
    local.get $3
    i64.sub
    global.set $assembly/fixed/i64f64/absL
    local.get $3
    i64.eqz
    i64.extend_i32_u
    local.get $2
    i64.const -1
    i64.xor
    i64.add
    global.set $assembly/fixed/i64f64/absH
    i32.const 1
    br $assembly/fixed/i64f64/absInto|inlined.1
   end
   local.get $2
   global.set $assembly/fixed/i64f64/absH
   local.get $3
   global.set $assembly/fixed/i64f64/absL
   i32.const 0
  end
  local.get $4
  i32.ne
  local.set $4
  global.get $assembly/fixed/i64f64/absH
  global.get $assembly/fixed/i64f64/absL
  call $assembly/fixed/wide/mulU128
  global.get $assembly/fixed/wide/w2
  local.set $0
  global.get $assembly/fixed/wide/hi
  local.set $1
  global.get $assembly/fixed/wide/w3
  i64.const 0
  i64.ne
  local.tee $5
  i32.eqz
  global.get $assembly/fixed/wide/lo
  i64.const 0
  i64.ne
  local.get $4
  i32.and
  i32.and
  if (result i32)
   local.get $1
   i64.const 1
   i64.add
   local.tee $1
   i64.eqz
   if (result i32)
    local.get $0
    i64.const 1
    i64.add
    local.tee $0
    i64.eqz
    local.get $5
    i32.or
   else
    local.get $5
   end
  else
   local.get $5
  end
  i32.eqz
  if
   i32.const 0
   global.set $assembly/fixed/i64f64/failed
   block $assembly/fixed/i64f64/fromMagnitude|inlined.0
    local.get $4
    if
     local.get $0
     i64.const -9223372036854775808
     i64.gt_u
     if (result i32)
      i32.const 1
     else
      local.get $0
      i64.const -9223372036854775808
      i64.eq
      local.get $1
      i64.const 0
      i64.ne
      i32.and
     end
     if
      i32.const 1
      global.set $assembly/fixed/i64f64/failed
      br $assembly/fixed/i64f64/fromMagnitude|inlined.0
     end
     i64.const 0
     local.get $1
     i64.sub
     global.set $assembly/fixed/i64f64/rl
     local.get $1
     i64.eqz
     i64.extend_i32_u
     local.get $0
     i64.const -1
     i64.xor
     i64.add
     global.set $assembly/fixed/i64f64/rh
    else
     local.get $0
     i64.const 9223372036854775807
     i64.gt_u
     if
      i32.const 1
      global.set $assembly/fixed/i64f64/failed
      br $assembly/fixed/i64f64/fromMagnitude|inlined.0
     end
     local.get $0
     global.set $assembly/fixed/i64f64/rh
     local.get $1
     global.set $assembly/fixed/i64f64/rl
    end
   end
   global.get $assembly/fixed/i64f64/failed
   i32.eqz
   if
    return
   end
  end
  local.get $4
  if
   i64.const -9223372036854775808
   global.set $assembly/fixed/i64f64/rh
   i64.const 0
   global.set $assembly/fixed/i64f64/rl
  else
   i64.const 9223372036854775807
   global.set $assembly/fixed/i64f64/rh
   i64.const -1
   global.set $assembly/fixed/i64f64/rl
  end
 )
 (func $assembly/fixed/i32f32/divSat (param $0 i64) (param $1 i64) (result i64)
  (local $2 i64)
  local.get $0
  local.get $1
  call $assembly/fixed/i32f32/divRaw
  local.set $2
  global.get $assembly/fixed/i32f32/failed
  i32.eqz
  if
   local.get $2
   return
  end
  i64.const -9223372036854775808
  i64.const 9223372036854775807
  local.get $0
  i64.const 0
  i64.lt_s
  local.get $1
  i64.const 0
  i64.lt_s
  i32.ne
  select
 )
 (func $assembly/epoch/sparse/readRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (result i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  local.get $0
  local.get $1
  i32.const 3
  i32.shl
  i32.add
  i64.load
  i32.wrap_i64
  local.set $7
  local.get $0
  local.get $2
  i32.const 3
  i32.shl
  i32.add
  i64.load
  i32.wrap_i64
  local.set $11
  local.get $0
  local.get $3
  i32.const 3
  i32.shl
  i32.add
  i64.load
  i32.wrap_i64
  local.set $2
  local.get $4
  local.get $4
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $7
   local.get $4
   i32.const 2
   i32.shl
   i32.add
   i32.load
  else
   i32.const 0
  end
  call $assembly/math/csr/csrNew
  local.set $10
  i32.const 0
  local.set $0
  i32.const 0
  local.set $1
  loop $for-loop|0
   local.get $1
   local.get $4
   i32.lt_s
   if
    local.get $1
    i32.const 2
    i32.shl
    local.tee $3
    local.get $10
    i32.load offset=8
    i32.add
    local.get $0
    i32.store
    local.get $3
    local.get $7
    i32.add
    i32.load
    local.set $3
    local.get $7
    local.get $1
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $8
    loop $for-loop|1
     local.get $3
     local.get $8
     i32.lt_s
     if
      local.get $11
      local.get $3
      i32.const 2
      i32.shl
      local.tee $12
      i32.add
      i32.load
      local.tee $9
      local.get $4
      i32.ge_s
      i32.const 0
      local.get $5
      select
      i32.eqz
      if
       local.get $2
       local.get $12
       i32.add
       i32.load
       local.set $12
       local.get $10
       i32.load offset=12
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       local.get $9
       i32.store
       local.get $10
       i32.load offset=16
       local.get $0
       i32.const 3
       i32.shl
       i32.add
       local.get $6
       if (result i64)
        i64.const 0
        local.get $12
        i32.const 65535
        i32.and
        i64.extend_i32_u
        i64.const 32
        i64.shl
        i64.const 281470681743360
        call $assembly/fixed/i32f32/divRaw
        global.get $assembly/fixed/i32f32/failed
        select
       else
        local.get $12
        i32.const 65535
        i32.and
        i64.extend_i32_u
        i64.const 32
        i64.shl
       end
       i64.store
       local.get $0
       i32.const 1
       i32.add
       local.set $0
      end
      local.get $3
      i32.const 1
      i32.add
      local.set $3
      br $for-loop|1
     end
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  local.get $10
  i32.load offset=8
  local.get $4
  i32.const 2
  i32.shl
  i32.add
  local.get $0
  i32.store
  local.get $10
 )
 (func $assembly/epoch/dense/readDense (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (result i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  local.get $0
  local.get $1
  i32.const 3
  i32.shl
  i32.add
  i64.load
  i32.wrap_i64
  local.set $6
  local.get $0
  local.get $2
  i32.const 3
  i32.shl
  i32.add
  i64.load
  i32.wrap_i64
  local.set $8
  local.get $0
  local.get $3
  i32.const 3
  i32.shl
  i32.add
  i64.load
  i32.wrap_i64
  local.set $9
  local.get $4
  call $assembly/math/dense/denseNew
  local.set $7
  i32.const 0
  local.set $0
  loop $for-loop|0
   local.get $0
   local.get $4
   i32.lt_s
   if
    local.get $6
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $1
    local.get $6
    local.get $0
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $2
    loop $for-loop|1
     local.get $1
     local.get $2
     i32.lt_s
     if
      local.get $8
      local.get $1
      i32.const 2
      i32.shl
      local.tee $10
      i32.add
      i32.load
      local.tee $3
      local.get $4
      i32.lt_s
      if
       local.get $9
       local.get $10
       i32.add
       i32.load
       local.set $10
       local.get $7
       local.get $0
       local.get $4
       i32.mul
       local.get $3
       i32.add
       i32.const 3
       i32.shl
       i32.add
       local.get $5
       if (result i64)
        i64.const 0
        local.get $10
        i32.const 65535
        i32.and
        i64.extend_i32_u
        i64.const 32
        i64.shl
        i64.const 281470681743360
        call $assembly/fixed/i32f32/divRaw
        global.get $assembly/fixed/i32f32/failed
        select
       else
        local.get $10
        i32.const 65535
        i32.and
        i64.extend_i32_u
        i64.const 32
        i64.shl
       end
       i64.store
      end
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|1
     end
    end
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  local.get $7
 )
 (func $assembly/emission/distribute/stakeShare (param $0 i32) (param $1 i64) (param $2 i64) (param $3 i32) (param $4 i32) (param $5 i64) (param $6 i64)
  (local $7 i64)
  local.get $0
  i32.const 3
  i32.shl
  local.tee $0
  local.get $4
  i32.add
  i64.load
  local.tee $7
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $7
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  local.get $1
  local.get $2
  call $assembly/fixed/u96f32/mulSat
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  local.get $5
  local.get $6
  call $assembly/fixed/u96f32/mulSat
  global.get $assembly/fixed/u96f32/rh
  local.set $5
  global.get $assembly/fixed/u96f32/rl
  local.get $0
  local.get $3
  i32.add
  i64.load
  local.tee $7
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $7
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  local.get $1
  local.get $2
  call $assembly/fixed/u96f32/mulSat
  global.get $assembly/fixed/u96f32/rl
  local.tee $1
  i64.add
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rl
  local.get $1
  i64.lt_u
  i64.extend_i32_u
  local.get $5
  global.get $assembly/fixed/u96f32/rh
  i64.add
  i64.add
  global.set $assembly/fixed/u96f32/rh
 )
 (func $assembly/math/vector/vecMul (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $3
    local.get $4
    i32.const 3
    i32.shl
    local.tee $5
    i32.add
    i64.const 0
    local.get $0
    local.get $5
    i32.add
    i64.load
    local.get $1
    local.get $5
    i32.add
    i64.load
    call $assembly/fixed/i32f32/mulChecked
    global.get $assembly/fixed/i32f32/failed
    select
    i64.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $assembly/math/vector/normalizeUsingSum (param $0 i32) (param $1 i32) (param $2 i64)
  (local $3 i32)
  (local $4 i32)
  local.get $2
  i64.eqz
  if
   return
  end
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $0
    local.get $3
    i32.const 3
    i32.shl
    i32.add
    local.tee $4
    i64.const 0
    local.get $4
    i64.load
    local.get $2
    call $assembly/fixed/i32f32/divRaw
    global.get $assembly/fixed/i32f32/failed
    select
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
 (func $assembly/math/vector/isTopkNonzero (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  loop $for-loop|0
   local.get $1
   local.get $4
   i32.gt_s
   if
    local.get $3
    local.get $4
    i32.add
    local.get $0
    local.get $4
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.const 0
    i64.ne
    i32.store8
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $1
  local.get $2
  i32.lt_s
  if
   return
  end
  i32.const 1
  local.get $1
  local.get $1
  i32.const 0
  i32.le_s
  select
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $4
  loop $for-loop|1
   local.get $1
   local.get $5
   i32.gt_s
   if
    local.get $4
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.get $5
    i32.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|1
   end
  end
  local.get $4
  local.get $1
  local.get $0
  call $assembly/math/sort/sortIndicesByKey
  local.get $1
  local.get $2
  i32.sub
  local.set $0
  loop $for-loop|2
   local.get $0
   local.get $6
   i32.gt_s
   if
    local.get $3
    local.get $4
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    i32.const 0
    i32.store8
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|2
   end
  end
 )
 (func $assembly/math/sparse/vecMaskSparse (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (result i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i64)
  (local $10 i64)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  local.get $0
  i32.load
  local.tee $8
  local.get $0
  i32.load offset=8
  local.get $8
  i32.const 2
  i32.shl
  i32.add
  i32.load
  call $assembly/math/csr/csrNew
  local.set $11
  loop $for-loop|0
   local.get $7
   local.get $0
   i32.load
   i32.lt_s
   if
    local.get $11
    i32.load offset=8
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.get $6
    i32.store
    local.get $2
    local.get $7
    i32.gt_s
    if (result i64)
     local.get $1
     local.get $7
     i32.const 3
     i32.shl
     i32.add
     i64.load
    else
     i64.const 0
    end
    local.set $9
    local.get $0
    i32.load offset=8
    local.tee $12
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $8
    local.get $12
    local.get $7
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $13
    loop $for-loop|1
     local.get $8
     local.get $13
     i32.lt_s
     if
      local.get $0
      i32.load offset=12
      local.get $8
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $12
      local.get $4
      i32.lt_s
      if (result i64)
       local.get $3
       local.get $12
       i32.const 3
       i32.shl
       i32.add
       i64.load
      else
       i64.const 0
      end
      local.tee $10
      local.get $9
      i64.gt_u
      local.get $9
      local.get $10
      i64.le_u
      local.get $5
      select
      i32.eqz
      if
       local.get $11
       i32.load offset=12
       local.get $6
       i32.const 2
       i32.shl
       i32.add
       local.get $12
       i32.store
       local.get $11
       i32.load offset=16
       local.get $6
       i32.const 3
       i32.shl
       i32.add
       local.get $0
       i32.load offset=16
       local.get $8
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.store
       local.get $6
       i32.const 1
       i32.add
       local.set $6
      end
      local.get $8
      i32.const 1
      i32.add
      local.set $8
      br $for-loop|1
     end
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
  local.get $11
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  local.get $6
  i32.store
  local.get $11
 )
 (func $assembly/math/sparse/scalarVecMaskLeSparse (param $0 i32) (param $1 i64) (param $2 i32) (param $3 i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $0
  i32.load
  local.tee $5
  local.get $0
  i32.load offset=8
  local.get $5
  i32.const 2
  i32.shl
  i32.add
  i32.load
  call $assembly/math/csr/csrNew
  local.set $7
  loop $for-loop|0
   local.get $6
   local.get $0
   i32.load
   i32.lt_s
   if
    local.get $6
    i32.const 2
    i32.shl
    local.tee $5
    local.get $7
    i32.load offset=8
    i32.add
    local.get $4
    i32.store
    local.get $0
    i32.load offset=8
    local.tee $8
    local.get $5
    i32.add
    i32.load
    local.set $5
    local.get $8
    local.get $6
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $9
    loop $for-loop|1
     local.get $5
     local.get $9
     i32.lt_s
     if
      local.get $0
      i32.load offset=12
      local.get $5
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $8
      local.get $3
      i32.lt_s
      if (result i64)
       local.get $2
       local.get $8
       i32.const 3
       i32.shl
       i32.add
       i64.load
      else
       i64.const 0
      end
      local.get $1
      i64.lt_u
      if
       local.get $7
       i32.load offset=12
       local.get $4
       i32.const 2
       i32.shl
       i32.add
       local.get $8
       i32.store
       local.get $7
       i32.load offset=16
       local.get $4
       i32.const 3
       i32.shl
       i32.add
       local.get $0
       i32.load offset=16
       local.get $5
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.store
       local.get $4
       i32.const 1
       i32.add
       local.set $4
      end
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $7
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  local.get $4
  i32.store
  local.get $7
 )
 (func $assembly/math/sparse/matEmaSparse (param $0 i32) (param $1 i32) (param $2 i64) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i32)
  (local $10 i64)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  local.get $0
  i32.load
  local.tee $16
  local.get $0
  i32.load offset=8
  local.get $16
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.get $1
  i32.load offset=8
  local.get $1
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  i32.add
  call $assembly/math/csr/csrNew
  local.set $17
  local.get $16
  i32.eqz
  if
   local.get $17
   i32.load offset=8
   i32.const 0
   i32.store
   local.get $17
   return
  end
  local.get $2
  i64.const 4294967296
  i64.xor
  i64.const 4294967296
  local.get $2
  i64.sub
  local.tee $7
  i64.const 4294967296
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   i64.const 9223372036854775807
   local.set $7
  end
  local.get $16
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $18
  local.get $16
  i32.const 2
  i32.shl
  local.tee $3
  call $assembly/mem/arena/arenaAlloc
  local.tee $20
  i32.const 0
  local.get $3
  memory.fill
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  local.set $19
  loop $for-loop|0
   local.get $15
   local.get $16
   i32.lt_s
   if
    local.get $15
    i32.const 2
    i32.shl
    local.tee $9
    local.get $17
    i32.load offset=8
    i32.add
    local.get $4
    i32.store
    local.get $15
    local.get $1
    i32.load
    i32.lt_s
    local.set $11
    block $for-continue|0
     block $__inlined_func$assembly/math/sparse/isIncreasing$2 (result i32)
      local.get $0
      i32.load offset=8
      local.tee $3
      local.get $15
      i32.const 1
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $5
      local.get $3
      local.get $9
      i32.add
      i32.load
      i32.const 1
      i32.add
      local.set $9
      loop $for-loop|00
       local.get $5
       local.get $9
       i32.gt_s
       if
        i32.const 0
        local.get $0
        i32.load offset=12
        local.tee $3
        local.get $9
        i32.const 1
        i32.sub
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $3
        local.get $9
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.ge_u
        br_if $__inlined_func$assembly/math/sparse/isIncreasing$2
        drop
        local.get $9
        i32.const 1
        i32.add
        local.set $9
        br $for-loop|00
       end
      end
      i32.const 1
     end
     if (result i32)
      local.get $11
      if (result i32)
       block $__inlined_func$assembly/math/sparse/isIncreasing$3 (result i32)
        local.get $1
        i32.load offset=8
        local.tee $3
        local.get $15
        i32.const 1
        i32.add
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.set $5
        local.get $3
        local.get $15
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.const 1
        i32.add
        local.set $9
        loop $for-loop|01
         local.get $5
         local.get $9
         i32.gt_s
         if
          i32.const 0
          local.get $1
          i32.load offset=12
          local.tee $3
          local.get $9
          i32.const 1
          i32.sub
          i32.const 2
          i32.shl
          i32.add
          i32.load
          local.get $3
          local.get $9
          i32.const 2
          i32.shl
          i32.add
          i32.load
          i32.ge_u
          br_if $__inlined_func$assembly/math/sparse/isIncreasing$3
          drop
          local.get $9
          i32.const 1
          i32.add
          local.set $9
          br $for-loop|01
         end
        end
        i32.const 1
       end
      else
       i32.const 1
      end
     else
      i32.const 0
     end
     if
      local.get $15
      i32.const 2
      i32.shl
      local.tee $5
      local.get $0
      i32.load offset=8
      i32.add
      i32.load
      local.set $3
      local.get $11
      if (result i32)
       local.get $1
       i32.load offset=8
       local.get $5
       i32.add
       i32.load
      else
       i32.const 0
      end
      local.set $5
      local.get $15
      i32.const 1
      i32.add
      i32.const 2
      i32.shl
      local.tee $9
      local.get $0
      i32.load offset=8
      i32.add
      i32.load
      local.set $14
      local.get $11
      if (result i32)
       local.get $1
       i32.load offset=8
       local.get $9
       i32.add
       i32.load
      else
       i32.const 0
      end
      local.set $13
      loop $while-continue|1
       local.get $3
       local.get $14
       i32.lt_s
       if (result i32)
        local.get $0
        i32.load offset=12
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        i32.load
       else
        i32.const 2147483647
       end
       local.tee $12
       local.get $5
       local.get $13
       i32.lt_s
       if (result i32)
        local.get $1
        i32.load offset=12
        local.get $5
        i32.const 2
        i32.shl
        i32.add
        i32.load
       else
        i32.const 2147483647
       end
       local.tee $11
       local.get $11
       local.get $12
       i32.gt_s
       select
       local.tee $9
       local.get $16
       i32.lt_s
       if
        i64.const 0
        local.set $8
        local.get $9
        local.get $12
        i32.eq
        if
         local.get $2
         local.get $0
         i32.load offset=16
         local.get $3
         i32.const 3
         i32.shl
         i32.add
         i64.load
         call $assembly/fixed/i32f32/mulSat
         local.set $8
         local.get $3
         i32.const 1
         i32.add
         local.set $3
        end
        local.get $9
        local.get $11
        i32.eq
        if
         local.get $7
         local.get $1
         i32.load offset=16
         local.get $5
         i32.const 3
         i32.shl
         i32.add
         i64.load
         call $assembly/fixed/i32f32/mulSat
         local.tee $10
         local.get $8
         i64.add
         local.tee $6
         local.get $8
         i64.xor
         local.get $6
         local.get $10
         i64.xor
         i64.and
         i64.const 0
         i64.lt_s
         if (result i64)
          i64.const -9223372036854775808
          i64.const 9223372036854775807
          local.get $8
          i64.const 0
          i64.lt_s
          select
         else
          local.get $6
         end
         local.set $8
         local.get $5
         i32.const 1
         i32.add
         local.set $5
        end
        local.get $8
        i64.const 0
        i64.gt_s
        if
         local.get $17
         i32.load offset=12
         local.get $4
         i32.const 2
         i32.shl
         i32.add
         local.get $9
         i32.store
         local.get $17
         i32.load offset=16
         local.get $4
         i32.const 3
         i32.shl
         i32.add
         local.get $8
         i64.store
         local.get $4
         i32.const 1
         i32.add
         local.set $4
        end
        br $while-continue|1
       end
      end
      br $for-continue|0
     end
     i32.const 0
     local.set $3
     local.get $0
     i32.load offset=8
     local.tee $5
     local.get $15
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $13
     local.get $5
     local.get $15
     i32.const 1
     i32.add
     local.tee $12
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $11
     loop $for-loop|2
      local.get $11
      local.get $13
      i32.gt_s
      if
       local.get $0
       i32.load offset=12
       local.get $13
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $9
       local.get $16
       i32.lt_s
       if
        local.get $12
        local.get $20
        local.get $9
        i32.const 2
        i32.shl
        i32.add
        local.tee $5
        i32.load
        i32.ne
        if
         local.get $5
         local.get $12
         i32.store
         local.get $18
         local.get $9
         i32.const 3
         i32.shl
         i32.add
         i64.const 0
         i64.store
         local.get $19
         local.get $3
         i32.const 2
         i32.shl
         i32.add
         local.get $9
         i32.store
         local.get $3
         i32.const 1
         i32.add
         local.set $3
        end
        i64.const -9223372036854775808
        i64.const 9223372036854775807
        local.get $18
        local.get $9
        i32.const 3
        i32.shl
        i32.add
        local.tee $5
        i64.load
        local.tee $6
        i64.const 0
        i64.lt_s
        select
        local.set $10
        local.get $5
        local.get $6
        local.get $2
        local.get $0
        i32.load offset=16
        local.get $13
        i32.const 3
        i32.shl
        i32.add
        i64.load
        call $assembly/fixed/i32f32/mulSat
        local.tee $8
        local.get $6
        i64.add
        local.tee $6
        i64.xor
        local.get $6
        local.get $8
        i64.xor
        i64.and
        i64.const 0
        i64.ge_s
        if (result i64)
         local.get $6
        else
         local.get $10
        end
        i64.store
       end
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|2
      end
     end
     local.get $15
     local.get $1
     i32.load
     i32.lt_s
     if
      local.get $1
      i32.load offset=8
      local.tee $5
      local.get $15
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $13
      local.get $5
      local.get $15
      i32.const 1
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $11
      loop $for-loop|3
       local.get $11
       local.get $13
       i32.gt_s
       if
        local.get $1
        i32.load offset=12
        local.get $13
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.tee $9
        local.get $16
        i32.lt_s
        if
         local.get $12
         local.get $20
         local.get $9
         i32.const 2
         i32.shl
         i32.add
         local.tee $5
         i32.load
         i32.ne
         if
          local.get $5
          local.get $12
          i32.store
          local.get $18
          local.get $9
          i32.const 3
          i32.shl
          i32.add
          i64.const 0
          i64.store
          local.get $19
          local.get $3
          i32.const 2
          i32.shl
          i32.add
          local.get $9
          i32.store
          local.get $3
          i32.const 1
          i32.add
          local.set $3
         end
         i64.const -9223372036854775808
         i64.const 9223372036854775807
         local.get $18
         local.get $9
         i32.const 3
         i32.shl
         i32.add
         local.tee $5
         i64.load
         local.tee $6
         i64.const 0
         i64.lt_s
         select
         local.set $10
         local.get $5
         local.get $6
         local.get $7
         local.get $1
         i32.load offset=16
         local.get $13
         i32.const 3
         i32.shl
         i32.add
         i64.load
         call $assembly/fixed/i32f32/mulSat
         local.tee $8
         local.get $6
         i64.add
         local.tee $6
         i64.xor
         local.get $6
         local.get $8
         i64.xor
         i64.and
         i64.const 0
         i64.ge_s
         if (result i64)
          local.get $6
         else
          local.get $10
         end
         i64.store
        end
        local.get $13
        i32.const 1
        i32.add
        local.set $13
        br $for-loop|3
       end
      end
     end
     local.get $19
     local.get $3
     call $assembly/math/sort/sortU32
     i32.const 0
     local.set $5
     loop $for-loop|4
      local.get $3
      local.get $5
      i32.gt_s
      if
       local.get $18
       local.get $19
       local.get $5
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $9
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.tee $6
       i64.const 0
       i64.gt_s
       if
        local.get $17
        i32.load offset=12
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        local.get $9
        i32.store
        local.get $17
        i32.load offset=16
        local.get $4
        i32.const 3
        i32.shl
        i32.add
        local.get $6
        i64.store
        local.get $4
        i32.const 1
        i32.add
        local.set $4
       end
       local.get $5
       i32.const 1
       i32.add
       local.set $5
       br $for-loop|4
      end
     end
    end
    local.get $15
    i32.const 1
    i32.add
    local.set $15
    br $for-loop|0
   end
  end
  local.get $17
  i32.load offset=8
  local.get $16
  i32.const 2
  i32.shl
  i32.add
  local.get $4
  i32.store
  local.get $17
 )
 (func $assembly/math/sparse/divideByColumn (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  local.get $0
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $4
  loop $for-loop|0
   local.get $3
   local.get $4
   i32.lt_s
   if
    local.get $1
    local.get $0
    i32.load offset=12
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $6
    i32.gt_s
    if
     local.get $2
     local.get $6
     i32.const 3
     i32.shl
     i32.add
     i64.load
     local.tee $5
     i64.const 0
     i64.ne
     if
      local.get $0
      i32.load offset=16
      local.get $3
      i32.const 3
      i32.shl
      i32.add
      local.tee $6
      i64.const 0
      local.get $6
      i64.load
      local.get $5
      call $assembly/fixed/i32f32/divRaw
      global.get $assembly/fixed/i32f32/failed
      select
      i64.store
     end
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
 (func $assembly/math/sort/sortU32 (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  i32.const 1
  local.set $2
  i32.const 1
  local.set $3
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_s
   if
    block $for-break0
     local.get $0
     local.get $3
     i32.const 1
     i32.sub
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.get $0
     local.get $3
     i32.const 2
     i32.shl
     i32.add
     i32.load
     i32.gt_u
     if
      i32.const 0
      local.set $2
      br $for-break0
     end
     local.get $3
     i32.const 1
     i32.add
     local.set $3
     br $for-loop|0
    end
   end
  end
  local.get $2
  if
   return
  end
  local.get $1
  i32.const 1
  i32.shr_s
  i32.const 1
  i32.sub
  local.set $3
  loop $for-loop|1
   local.get $3
   i32.const 0
   i32.ge_s
   if
    local.get $3
    local.set $2
    loop $while-continue|0
     local.get $1
     local.get $2
     i32.const 1
     i32.shl
     i32.const 1
     i32.add
     local.tee $4
     i32.gt_s
     if
      local.get $0
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      local.tee $6
      i32.load
      local.tee $5
      local.get $0
      local.get $4
      i32.const 1
      i32.add
      local.tee $2
      local.get $4
      local.get $1
      local.get $2
      i32.gt_s
      if (result i32)
       local.get $0
       local.get $4
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $0
       local.get $2
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.lt_u
      else
       i32.const 0
      end
      select
      local.tee $2
      i32.const 2
      i32.shl
      i32.add
      local.tee $4
      i32.load
      local.tee $7
      i32.lt_u
      if
       local.get $6
       local.get $7
       i32.store
       local.get $4
       local.get $5
       i32.store
       br $while-continue|0
      end
     end
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|1
   end
  end
  local.get $1
  i32.const 1
  i32.sub
  local.set $1
  loop $for-loop|2
   local.get $1
   i32.const 0
   i32.gt_s
   if
    local.get $0
    i32.load
    local.set $3
    local.get $0
    local.get $0
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    local.tee $2
    i32.load
    i32.store
    local.get $2
    local.get $3
    i32.store
    i32.const 0
    local.set $2
    loop $while-continue|00
     local.get $1
     local.get $2
     i32.const 1
     i32.shl
     i32.const 1
     i32.add
     local.tee $3
     i32.gt_s
     if
      local.get $0
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      local.tee $6
      i32.load
      local.tee $5
      local.get $0
      local.get $3
      i32.const 1
      i32.add
      local.tee $2
      local.get $3
      local.get $1
      local.get $2
      i32.gt_s
      if (result i32)
       local.get $0
       local.get $3
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $0
       local.get $2
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.lt_u
      else
       i32.const 0
      end
      select
      local.tee $2
      i32.const 2
      i32.shl
      i32.add
      local.tee $4
      i32.load
      local.tee $3
      i32.lt_u
      if
       local.get $6
       local.get $3
       i32.store
       local.get $4
       local.get $5
       i32.store
       br $while-continue|00
      end
     end
    end
    local.get $1
    i32.const 1
    i32.sub
    local.set $1
    br $for-loop|2
   end
  end
 )
 (func $assembly/math/sort/sortIndicesByKey (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  local.get $1
  i32.const 1
  i32.shr_s
  i32.const 1
  i32.sub
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 0
   i32.ge_s
   if
    local.get $0
    local.get $2
    local.get $3
    local.get $1
    call $assembly/math/sort/siftKeyed
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|0
   end
  end
  local.get $1
  i32.const 1
  i32.sub
  local.set $1
  loop $for-loop|1
   local.get $1
   i32.const 0
   i32.gt_s
   if
    local.get $0
    i32.load
    local.set $3
    local.get $0
    local.get $0
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    local.tee $4
    i32.load
    i32.store
    local.get $4
    local.get $3
    i32.store
    local.get $0
    local.get $2
    i32.const 0
    local.get $1
    call $assembly/math/sort/siftKeyed
    local.get $1
    i32.const 1
    i32.sub
    local.set $1
    br $for-loop|1
   end
  end
 )
 (func $assembly/math/sort/siftKeyed (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i64)
  (local $5 i32)
  (local $6 i32)
  (local $7 i64)
  (local $8 i32)
  (local $9 i64)
  (local $10 i32)
  loop $while-continue|0
   local.get $2
   i32.const 1
   i32.shl
   i32.const 1
   i32.add
   local.tee $6
   local.get $3
   i32.ge_s
   if
    return
   end
   local.get $1
   local.get $0
   local.get $2
   i32.const 2
   i32.shl
   i32.add
   local.tee $8
   i32.load
   local.tee $5
   i32.const 3
   i32.shl
   i32.add
   i64.load
   local.set $9
   local.get $1
   local.get $0
   local.get $6
   i32.const 1
   i32.add
   local.tee $2
   local.get $6
   local.get $2
   local.get $3
   i32.lt_s
   if (result i32)
    local.get $1
    local.get $0
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $6
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $4
    local.get $1
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $2
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $7
    local.get $2
    local.get $6
    i32.gt_u
    local.get $4
    local.get $7
    i64.eq
    i32.and
    local.get $4
    local.get $7
    i64.lt_s
    i32.or
   else
    i32.const 0
   end
   select
   local.tee $2
   i32.const 2
   i32.shl
   i32.add
   local.tee $10
   i32.load
   local.tee $6
   i32.const 3
   i32.shl
   i32.add
   i64.load
   local.set $4
   local.get $5
   local.get $6
   i32.lt_u
   local.get $4
   local.get $9
   i64.eq
   i32.and
   local.get $4
   local.get $9
   i64.gt_s
   i32.or
   if
    local.get $8
    local.get $6
    i32.store
    local.get $10
    local.get $5
    i32.store
    br $while-continue|0
   end
  end
 )
 (func $assembly/math/dense/matEma (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i64) (result i32)
  (local $4 i64)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  local.get $2
  call $assembly/math/dense/denseNew
  local.set $6
  local.get $3
  i64.const 4294967296
  i64.xor
  i64.const 4294967296
  local.get $3
  i64.sub
  local.tee $4
  i64.const 4294967296
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   i64.const 9223372036854775807
   local.set $4
  end
  loop $for-loop|0
   local.get $5
   local.get $2
   local.get $2
   i32.mul
   i32.lt_s
   if
    local.get $6
    local.get $5
    i32.const 3
    i32.shl
    local.tee $7
    i32.add
    i64.const -9223372036854775808
    i64.const 9223372036854775807
    local.get $3
    local.get $0
    local.get $7
    i32.add
    i64.load
    call $assembly/fixed/i32f32/mulSat
    local.tee $10
    i64.const 0
    i64.lt_s
    select
    local.set $11
    local.get $10
    local.get $4
    local.get $1
    local.get $7
    i32.add
    i64.load
    call $assembly/fixed/i32f32/mulSat
    local.tee $9
    local.get $10
    i64.add
    local.tee $10
    i64.xor
    local.get $9
    local.get $10
    i64.xor
    i64.and
    i64.const 0
    i64.ge_s
    if (result i64)
     local.get $10
    else
     local.get $11
    end
    i64.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  local.get $6
 )
 (func $assembly/math/dense/denseToCsr (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $1
  local.get $1
  local.get $1
  i32.mul
  call $assembly/math/csr/csrNew
  local.set $3
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.ge_s
   if
    local.get $3
    i32.load offset=8
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    local.get $1
    local.get $2
    i32.mul
    i32.store
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $1
   local.get $4
   i32.gt_s
   if
    i32.const 0
    local.set $2
    loop $for-loop|2
     local.get $1
     local.get $2
     i32.gt_s
     if
      local.get $3
      i32.load offset=12
      local.get $1
      local.get $4
      i32.mul
      local.get $2
      i32.add
      local.tee $5
      i32.const 2
      i32.shl
      i32.add
      local.get $2
      i32.store
      local.get $5
      i32.const 3
      i32.shl
      local.tee $5
      local.get $3
      i32.load offset=16
      i32.add
      local.get $0
      local.get $5
      i32.add
      i64.load
      i64.store
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|2
     end
    end
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
  local.get $3
 )
 (func $assembly/fixed/u64f64/mulSat (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $assembly/fixed/wide/mulU128
  global.get $assembly/fixed/wide/w3
  i64.const 0
  i64.ne
  if
   i64.const -1
   global.set $assembly/fixed/u64f64/rh
   i64.const -1
   global.set $assembly/fixed/u64f64/rl
   return
  end
  global.get $assembly/fixed/wide/w2
  global.set $assembly/fixed/u64f64/rh
  global.get $assembly/fixed/wide/hi
  global.set $assembly/fixed/u64f64/rl
 )
 (func $assembly/fixed/exp/expSafe (param $0 i64) (result i64)
  (local $1 i64)
  i64.const -85899345920
  i64.const 85899345920
  local.get $0
  local.get $0
  i64.const 85899345920
  i64.gt_s
  select
  local.get $0
  i64.const -85899345920
  i64.lt_s
  select
  local.tee $0
  call $assembly/fixed/exp/exp
  local.set $1
  global.get $assembly/fixed/exp/expFailed
  i32.eqz
  if
   local.get $1
   return
  end
  i64.const 9223372036854775807
  i64.const 0
  local.get $0
  i64.const 0
  i64.gt_s
  select
 )
 (func $assembly/fixed/exp/exp (param $0 i64) (result i64)
  (local $1 i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i32)
  i32.const 0
  global.set $assembly/fixed/exp/expFailed
  local.get $0
  i64.eqz
  if
   i64.const 4294967296
   return
  end
  local.get $0
  i64.const 4294967296
  i64.eq
  if
   i64.const 11674931200
   return
  end
  block $folding-inner0
   local.get $0
   i64.const 0
   i64.lt_s
   local.tee $4
   if
    local.get $0
    i64.const -9223372036854775808
    i64.eq
    br_if $folding-inner0
    i64.const 0
    local.get $0
    i64.sub
    local.set $0
   end
   local.get $0
   local.get $0
   i64.const 4294967296
   i64.add
   local.tee $2
   i64.gt_s
   br_if $folding-inner0
   local.get $0
   local.set $1
   i64.const 2
   local.set $3
   loop $for-loop|0
    local.get $3
    i64.const 32
    i64.lt_s
    if
     local.get $1
     local.get $0
     call $assembly/fixed/i32f32/mulChecked
     local.set $1
     global.get $assembly/fixed/i32f32/failed
     br_if $folding-inner0
     local.get $2
     local.get $2
     local.get $1
     local.get $3
     i64.div_s
     local.tee $1
     i64.add
     local.tee $2
     i64.xor
     local.get $1
     local.get $2
     i64.xor
     i64.and
     i64.const 0
     i64.lt_s
     br_if $folding-inner0
     local.get $3
     i64.const 1
     i64.add
     local.set $3
     br $for-loop|0
    end
   end
   local.get $4
   if
    i64.const 4294967296
    local.get $2
    call $assembly/fixed/i32f32/divRaw
    local.set $2
    global.get $assembly/fixed/i32f32/failed
    br_if $folding-inner0
   end
   local.get $2
   return
  end
  i32.const 1
  global.set $assembly/fixed/exp/expFailed
  i64.const 0
 )
 (func $assembly/epoch/common/writeEmissionAndOutputs (param $0 i32) (param $1 i64) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32)
  (local $11 i64)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i64)
  i32.const 1
  local.get $0
  local.get $0
  i32.const 0
  i32.le_s
  select
  i32.const 3
  i32.shl
  local.tee $15
  call $assembly/mem/arena/arenaAlloc
  local.set $14
  local.get $15
  call $assembly/mem/arena/arenaAlloc
  local.set $13
  local.get $15
  call $assembly/mem/arena/arenaAlloc
  local.set $22
  loop $for-loop|0
   local.get $0
   local.get $12
   i32.gt_s
   if
    local.get $12
    i32.const 3
    i32.shl
    local.tee $15
    local.get $22
    i32.add
    local.get $4
    local.get $15
    i32.add
    i64.load
    local.tee $24
    local.get $5
    local.get $15
    i32.add
    i64.load
    local.tee $25
    i64.add
    local.tee $26
    local.get $24
    i64.xor
    local.get $25
    local.get $26
    i64.xor
    i64.and
    i64.const 0
    i64.lt_s
    if (result i64)
     i64.const -9223372036854775808
     i64.const 9223372036854775807
     local.get $24
     i64.const 0
     i64.lt_s
     select
    else
     local.get $26
    end
    i64.store
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|0
   end
  end
  i32.const 0
  local.set $12
  loop $for-loop|00
   local.get $0
   local.get $12
   i32.gt_s
   if
    local.get $11
    local.get $22
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.add
    local.set $11
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|00
   end
  end
  local.get $14
  local.get $4
  local.get $0
  i32.const 3
  i32.shl
  local.tee $12
  memory.copy
  local.get $13
  local.get $5
  local.get $12
  memory.copy
  local.get $14
  local.get $0
  local.get $11
  call $assembly/math/vector/normalizeUsingSum
  local.get $13
  local.get $0
  local.get $11
  call $assembly/math/vector/normalizeUsingSum
  local.get $22
  local.get $0
  call $assembly/math/vector/normalizeInPlace
  local.get $11
  i64.eqz
  if
   i64.const 0
   local.set $11
   i32.const 0
   local.set $12
   loop $for-loop|01
    local.get $0
    local.get $12
    i32.gt_s
    if
     local.get $11
     local.get $3
     local.get $12
     i32.const 3
     i32.shl
     i32.add
     i64.load
     i64.add
     local.set $11
     local.get $12
     i32.const 1
     i32.add
     local.set $12
     br $for-loop|01
    end
   end
   local.get $13
   local.get $2
   local.get $3
   local.get $11
   i64.eqz
   select
   local.tee $12
   local.get $0
   i32.const 3
   i32.shl
   local.tee $15
   memory.copy
   local.get $22
   local.get $12
   local.get $15
   memory.copy
  end
  local.get $10
  i64.load offset=16
  i32.wrap_i64
  local.set $23
  local.get $10
  i32.const -64
  i32.sub
  i64.load
  i32.wrap_i64
  local.set $27
  local.get $10
  i64.load offset=72
  i32.wrap_i64
  local.set $28
  local.get $10
  i64.load
  i32.wrap_i64
  local.set $15
  local.get $10
  i64.load offset=24
  i32.wrap_i64
  local.set $16
  local.get $10
  i64.load offset=32
  i32.wrap_i64
  local.set $17
  local.get $10
  i64.load offset=40
  i32.wrap_i64
  local.set $18
  local.get $10
  i64.load offset=48
  i32.wrap_i64
  local.set $19
  local.get $10
  i64.load offset=80
  i32.wrap_i64
  local.set $20
  local.get $10
  i64.load offset=8
  i32.wrap_i64
  local.set $21
  i32.const 0
  local.set $12
  loop $for-loop|1
   local.get $0
   local.get $12
   i32.gt_s
   if
    local.get $27
    local.get $12
    i32.const 3
    i32.shl
    local.tee $29
    i32.add
    block $assembly/epoch/common/raoOf|inlined.0 (result i64)
     i64.const 0
     local.get $14
     local.get $29
     i32.add
     i64.load
     local.tee $11
     i64.const 0
     i64.le_s
     br_if $assembly/epoch/common/raoOf|inlined.0
     drop
     local.get $11
     i64.const 4294967295
     i64.and
     local.tee $24
     local.get $1
     i64.const 32
     i64.shr_u
     local.tee $25
     i64.mul
     local.set $26
     local.get $1
     i64.const 4294967295
     i64.and
     local.tee $30
     local.get $24
     i64.mul
     local.tee $24
     i64.const 4294967295
     i64.and
     local.get $26
     i64.const 4294967295
     i64.and
     local.get $24
     i64.const 32
     i64.shr_u
     i64.add
     local.get $11
     i64.const 32
     i64.shr_u
     local.tee $11
     local.get $30
     i64.mul
     local.tee $24
     i64.const 4294967295
     i64.and
     i64.add
     local.tee $30
     i64.const 32
     i64.shl
     i64.or
     global.set $assembly/fixed/wide/lo
     local.get $11
     local.get $25
     i64.mul
     local.get $26
     i64.const 32
     i64.shr_u
     i64.add
     local.get $24
     i64.const 32
     i64.shr_u
     i64.add
     local.get $30
     i64.const 32
     i64.shr_u
     i64.add
     global.set $assembly/fixed/wide/hi
     i64.const -1
     global.get $assembly/fixed/wide/hi
     i64.const 32
     i64.shr_u
     i64.const 0
     i64.ne
     br_if $assembly/epoch/common/raoOf|inlined.0
     drop
     global.get $assembly/fixed/wide/hi
     i64.const 32
     i64.shl
     global.get $assembly/fixed/wide/lo
     i64.const 32
     i64.shr_u
     i64.or
    end
    i64.store
    local.get $28
    local.get $12
    i32.const 3
    i32.shl
    local.tee $29
    i32.add
    block $assembly/epoch/common/raoOf|inlined.1 (result i64)
     i64.const 0
     local.get $13
     local.get $29
     i32.add
     i64.load
     local.tee $11
     i64.const 0
     i64.le_s
     br_if $assembly/epoch/common/raoOf|inlined.1
     drop
     local.get $11
     i64.const 4294967295
     i64.and
     local.tee $24
     local.get $1
     i64.const 32
     i64.shr_u
     local.tee $25
     i64.mul
     local.set $26
     local.get $1
     i64.const 4294967295
     i64.and
     local.tee $30
     local.get $24
     i64.mul
     local.tee $24
     i64.const 4294967295
     i64.and
     local.get $26
     i64.const 4294967295
     i64.and
     local.get $24
     i64.const 32
     i64.shr_u
     i64.add
     local.get $11
     i64.const 32
     i64.shr_u
     local.tee $11
     local.get $30
     i64.mul
     local.tee $24
     i64.const 4294967295
     i64.and
     i64.add
     local.tee $30
     i64.const 32
     i64.shl
     i64.or
     global.set $assembly/fixed/wide/lo
     local.get $11
     local.get $25
     i64.mul
     local.get $26
     i64.const 32
     i64.shr_u
     i64.add
     local.get $24
     i64.const 32
     i64.shr_u
     i64.add
     local.get $30
     i64.const 32
     i64.shr_u
     i64.add
     global.set $assembly/fixed/wide/hi
     i64.const -1
     global.get $assembly/fixed/wide/hi
     i64.const 32
     i64.shr_u
     i64.const 0
     i64.ne
     br_if $assembly/epoch/common/raoOf|inlined.1
     drop
     global.get $assembly/fixed/wide/hi
     i64.const 32
     i64.shl
     global.get $assembly/fixed/wide/lo
     i64.const 32
     i64.shr_u
     i64.or
    end
    i64.store
    local.get $23
    local.get $12
    i32.const 3
    i32.shl
    local.tee $29
    i32.add
    block $assembly/epoch/common/raoOf|inlined.2 (result i64)
     i64.const 0
     local.get $22
     local.get $29
     i32.add
     i64.load
     local.tee $11
     i64.const 0
     i64.le_s
     br_if $assembly/epoch/common/raoOf|inlined.2
     drop
     local.get $11
     i64.const 4294967295
     i64.and
     local.tee $24
     local.get $1
     i64.const 32
     i64.shr_u
     local.tee $25
     i64.mul
     local.set $26
     local.get $1
     i64.const 4294967295
     i64.and
     local.tee $30
     local.get $24
     i64.mul
     local.tee $24
     i64.const 4294967295
     i64.and
     local.get $26
     i64.const 4294967295
     i64.and
     local.get $24
     i64.const 32
     i64.shr_u
     i64.add
     local.get $11
     i64.const 32
     i64.shr_u
     local.tee $11
     local.get $30
     i64.mul
     local.tee $24
     i64.const 4294967295
     i64.and
     i64.add
     local.tee $30
     i64.const 32
     i64.shl
     i64.or
     global.set $assembly/fixed/wide/lo
     local.get $11
     local.get $25
     i64.mul
     local.get $26
     i64.const 32
     i64.shr_u
     i64.add
     local.get $24
     i64.const 32
     i64.shr_u
     i64.add
     local.get $30
     i64.const 32
     i64.shr_u
     i64.add
     global.set $assembly/fixed/wide/hi
     i64.const -1
     global.get $assembly/fixed/wide/hi
     i64.const 32
     i64.shr_u
     i64.const 0
     i64.ne
     br_if $assembly/epoch/common/raoOf|inlined.2
     drop
     global.get $assembly/fixed/wide/hi
     i64.const 32
     i64.shl
     global.get $assembly/fixed/wide/lo
     i64.const 32
     i64.shr_u
     i64.or
    end
    i64.store
    local.get $15
    local.get $12
    i32.const 1
    i32.shl
    i32.add
    local.get $2
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.const 281470681743360
    call $assembly/fixed/i32f32/mulSat
    local.tee $11
    i64.const 0
    i64.lt_s
    if (result i32)
     i32.const 0
    else
     i32.const 65535
     local.get $11
     i64.const 32
     i64.shr_s
     local.tee $11
     i32.wrap_i64
     local.get $11
     i64.const 65535
     i64.gt_s
     select
    end
    i32.store16
    local.get $16
    local.get $12
    i32.const 1
    i32.shl
    i32.add
    local.get $6
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.const 281470681743360
    call $assembly/fixed/i32f32/mulSat
    local.tee $11
    i64.const 0
    i64.lt_s
    if (result i32)
     i32.const 0
    else
     i32.const 65535
     local.get $11
     i64.const 32
     i64.shr_s
     local.tee $11
     i32.wrap_i64
     local.get $11
     i64.const 65535
     i64.gt_s
     select
    end
    i32.store16
    local.get $17
    local.get $12
    i32.const 1
    i32.shl
    i32.add
    local.get $4
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.const 281470681743360
    call $assembly/fixed/i32f32/mulSat
    local.tee $11
    i64.const 0
    i64.lt_s
    if (result i32)
     i32.const 0
    else
     i32.const 65535
     local.get $11
     i64.const 32
     i64.shr_s
     local.tee $11
     i32.wrap_i64
     local.get $11
     i64.const 65535
     i64.gt_s
     select
    end
    i32.store16
    local.get $18
    local.get $12
    i32.const 1
    i32.shl
    i32.add
    local.get $5
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.const 281470681743360
    call $assembly/fixed/i32f32/mulSat
    local.tee $11
    i64.const 0
    i64.lt_s
    if (result i32)
     i32.const 0
    else
     i32.const 65535
     local.get $11
     i64.const 32
     i64.shr_s
     local.tee $11
     i32.wrap_i64
     local.get $11
     i64.const 65535
     i64.gt_s
     select
    end
    i32.store16
    local.get $19
    local.get $12
    i32.const 1
    i32.shl
    i32.add
    local.get $7
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.const 281470681743360
    call $assembly/fixed/i32f32/mulSat
    local.tee $11
    i64.const 0
    i64.lt_s
    if (result i32)
     i32.const 0
    else
     i32.const 65535
     local.get $11
     i64.const 32
     i64.shr_s
     local.tee $11
     i32.wrap_i64
     local.get $11
     i64.const 65535
     i64.gt_s
     select
    end
    i32.store16
    local.get $8
    local.get $12
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.load
    drop
    local.get $20
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    local.get $8
    local.get $12
    i32.const 4
    i32.shl
    i32.add
    i64.load
    local.tee $11
    i64.const 0
    local.get $11
    i64.const 0
    i64.ge_s
    select
    i64.store
    local.get $12
    local.get $21
    i32.add
    local.get $9
    local.get $12
    i32.add
    i32.load8_u
    i32.eqz
    i32.store8
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|1
   end
  end
  local.get $10
  i64.load offset=120
  i32.wrap_i64
  local.get $2
  local.get $0
  i32.const 3
  i32.shl
  local.tee $0
  memory.copy
  local.get $10
  i64.load offset=128
  i32.wrap_i64
  local.get $3
  local.get $0
  memory.copy
  local.get $10
  i64.load offset=136
  i32.wrap_i64
  local.get $6
  local.get $0
  memory.copy
  local.get $10
  i64.load offset=144
  i32.wrap_i64
  local.get $7
  local.get $0
  memory.copy
  local.get $10
  i64.load offset=152
  i32.wrap_i64
  local.get $4
  local.get $0
  memory.copy
  local.get $10
  i64.load offset=160
  i32.wrap_i64
  local.get $5
  local.get $0
  memory.copy
 )
 (func $assembly/epoch/common/writeBondRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i64)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  local.get $4
  i64.load offset=88
  i32.wrap_i64
  local.set $8
  local.get $3
  i32.const 1
  i32.add
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $9
  i32.const 1
  local.get $0
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.tee $6
  local.get $6
  i32.const 0
  i32.le_s
  select
  i32.const 2
  i32.shl
  local.tee $6
  call $assembly/mem/arena/arenaAlloc
  local.set $11
  local.get $6
  call $assembly/mem/arena/arenaAlloc
  local.set $12
  loop $for-loop|0
   local.get $3
   local.get $5
   i32.gt_s
   if
    local.get $9
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.get $7
    i32.store
    local.get $1
    local.get $5
    i32.add
    i32.load8_u
    if (result i32)
     local.get $5
     local.get $0
     i32.load
     i32.lt_s
    else
     i32.const 0
    end
    if
     local.get $0
     i32.load offset=8
     local.tee $13
     local.get $5
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $6
     local.get $13
     local.get $5
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $14
     loop $for-loop|1
      local.get $6
      local.get $14
      i32.lt_s
      if
       local.get $7
       i32.const 2
       i32.shl
       local.tee $13
       local.get $11
       i32.add
       local.get $0
       i32.load offset=12
       local.get $6
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.store
       local.get $12
       local.get $13
       i32.add
       local.get $0
       i32.load offset=16
       local.get $6
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.const 281470681743360
       call $assembly/fixed/i32f32/mulSat
       local.tee $10
       i64.const 0
       i64.lt_s
       if (result i32)
        i32.const 0
       else
        i32.const 65535
        local.get $10
        i64.const 32
        i64.shr_s
        local.tee $10
        i32.wrap_i64
        local.get $10
        i64.const 65535
        i64.gt_s
        select
       end
       i32.const 65535
       i32.and
       i32.store
       local.get $7
       i32.const 1
       i32.add
       local.set $7
       local.get $6
       i32.const 1
       i32.add
       local.set $6
       br $for-loop|1
      end
     end
     local.get $5
     local.get $8
     i32.add
     i32.const 0
     i32.store8
    else
     local.get $2
     if (result i32)
      local.get $2
      local.get $5
      i32.add
      i32.load8_u
     else
      i32.const 1
     end
     if
      local.get $5
      local.get $8
      i32.add
      i32.const 1
      i32.store8
     else
      local.get $5
      local.get $8
      i32.add
      i32.const 2
      i32.store8
     end
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  local.get $9
  local.get $3
  i32.const 2
  i32.shl
  i32.add
  local.get $7
  i32.store
  local.get $4
  local.get $9
  i64.extend_i32_u
  i64.store offset=96
  local.get $4
  local.get $11
  i64.extend_i32_u
  i64.store offset=104
  local.get $4
  local.get $12
  i64.extend_i32_u
  i64.store offset=112
 )
 (func $assembly/epoch/common/totalStake (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i64) (param $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  i64.const 0
  local.get $3
  i64.const 0
  i64.const 4294967295
  i64.const -4294967296
  call $assembly/fixed/wide/divU256by128
  global.get $assembly/fixed/wide/lo
  local.tee $3
  i64.const 32
  i64.shr_u
  global.set $assembly/epoch/common/twH
  local.get $3
  i64.const 32
  i64.shl
  global.set $assembly/epoch/common/twL
  global.get $assembly/epoch/common/twH
  local.set $3
  global.get $assembly/epoch/common/twL
  local.set $6
  loop $for-loop|0
   local.get $2
   local.get $5
   i32.gt_s
   if
    local.get $1
    local.get $5
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.tee $7
    i64.const 9223372036854775807
    i64.gt_u
    if
     i64.const 9223372036854775807
     global.set $assembly/fixed/i64f64/rh
     i64.const -1
     global.set $assembly/fixed/i64f64/rl
    else
     local.get $7
     global.set $assembly/fixed/i64f64/rh
     i64.const 0
     global.set $assembly/fixed/i64f64/rl
    end
    global.get $assembly/fixed/i64f64/rh
    global.get $assembly/fixed/i64f64/rl
    local.get $3
    local.get $6
    call $assembly/fixed/i64f64/mulSat
    global.get $assembly/fixed/i64f64/rh
    local.set $7
    global.get $assembly/fixed/i64f64/rl
    local.get $0
    local.get $5
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.tee $9
    i64.const 9223372036854775807
    i64.gt_u
    if
     i64.const 9223372036854775807
     global.set $assembly/fixed/i64f64/rh
     i64.const -1
     global.set $assembly/fixed/i64f64/rl
    else
     local.get $9
     global.set $assembly/fixed/i64f64/rh
     i64.const 0
     global.set $assembly/fixed/i64f64/rl
    end
    global.get $assembly/fixed/i64f64/rl
    local.tee $8
    i64.add
    local.set $9
    local.get $8
    local.get $9
    i64.gt_u
    i64.extend_i32_u
    local.get $7
    global.get $assembly/fixed/i64f64/rh
    local.tee $8
    i64.add
    i64.add
    global.set $assembly/fixed/i64f64/rh
    local.get $9
    global.set $assembly/fixed/i64f64/rl
    local.get $8
    global.get $assembly/fixed/i64f64/rh
    i64.xor
    local.get $7
    global.get $assembly/fixed/i64f64/rh
    i64.xor
    i64.and
    i64.const 0
    i64.lt_s
    if
     local.get $8
     i64.const 0
     i64.lt_s
     if
      i64.const -9223372036854775808
      global.set $assembly/fixed/i64f64/rh
      i64.const 0
      global.set $assembly/fixed/i64f64/rl
     else
      i64.const 9223372036854775807
      global.set $assembly/fixed/i64f64/rh
      i64.const -1
      global.set $assembly/fixed/i64f64/rl
     end
    end
    local.get $4
    local.get $5
    i32.const 4
    i32.shl
    i32.add
    global.get $assembly/fixed/i64f64/rh
    i64.store
    local.get $4
    local.get $5
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    global.get $assembly/fixed/i64f64/rl
    i64.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
 )
 (func $assembly/epoch/common/normalizedStake (param $0 i32) (param $1 i32) (param $2 i64) (param $3 i32) (param $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 i64)
  (local $8 i32)
  (local $9 i64)
  (local $10 i64)
  i32.const 1
  local.get $1
  local.get $1
  i32.const 0
  i32.le_s
  select
  i32.const 4
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $8
  loop $for-loop|0
   local.get $1
   local.get $6
   i32.gt_s
   if
    local.get $0
    local.get $6
    i32.const 4
    i32.shl
    i32.add
    i64.load
    local.set $5
    local.get $0
    local.get $6
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $7
    local.get $3
    local.get $6
    i32.ne
    if (result i32)
     local.get $2
     local.get $5
     i64.const 0
     local.get $5
     i64.const 0
     i64.ge_s
     select
     i64.gt_u
    else
     i32.const 0
    end
    if
     i64.const 0
     local.set $7
     i64.const 0
     local.set $5
    end
    local.get $8
    local.get $6
    i32.const 4
    i32.shl
    i32.add
    local.get $5
    i64.store
    local.get $8
    local.get $6
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    local.get $7
    i64.store
    local.get $7
    local.get $9
    i64.add
    local.tee $7
    local.get $9
    i64.lt_u
    i64.extend_i32_u
    local.get $5
    local.get $10
    i64.add
    i64.add
    global.set $assembly/fixed/i64f64/rh
    local.get $7
    global.set $assembly/fixed/i64f64/rl
    global.get $assembly/fixed/i64f64/rh
    local.set $10
    global.get $assembly/fixed/i64f64/rl
    local.set $9
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $10
  i64.eqz
  local.tee $0
  if
   local.get $9
   i64.eqz
   local.set $0
  end
  i32.const 0
  local.set $3
  loop $for-loop|1
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $8
    local.get $3
    i32.const 4
    i32.shl
    i32.add
    i64.load
    local.set $2
    local.get $8
    local.get $3
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $5
    local.get $0
    i32.eqz
    if
     local.get $2
     local.get $5
     local.get $10
     local.get $9
     call $assembly/fixed/i64f64/divChecked
     global.get $assembly/fixed/i64f64/failed
     if (result i64)
      i64.const 0
      local.set $5
      i64.const 0
     else
      global.get $assembly/fixed/i64f64/rl
      local.set $5
      global.get $assembly/fixed/i64f64/rh
     end
     local.set $2
    end
    local.get $4
    local.get $3
    i32.const 3
    i32.shl
    i32.add
    i64.const -9223372036854775808
    i64.const 9223372036854775807
    local.get $2
    i64.const 0
    i64.lt_s
    select
    local.get $2
    i64.const 32
    i64.shl
    local.get $5
    i64.const 32
    i64.shr_u
    i64.or
    local.get $2
    i64.const 31
    i64.shr_s
    local.tee $2
    i64.const -1
    i64.ne
    local.get $2
    i64.const 0
    i64.ne
    i32.and
    select
    i64.store
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|1
   end
  end
 )
 (func $assembly/epoch/common/emaAlphaNormal (param $0 i64) (result i64)
  (local $1 i64)
  local.get $0
  i64.const 9223372036854775807
  i64.gt_u
  if
   i64.const 9223372036854775807
   global.set $assembly/fixed/i64f64/rh
   i64.const -1
   global.set $assembly/fixed/i64f64/rl
  else
   local.get $0
   global.set $assembly/fixed/i64f64/rh
   i64.const 0
   global.set $assembly/fixed/i64f64/rl
  end
  global.get $assembly/fixed/i64f64/rh
  global.get $assembly/fixed/i64f64/rl
  i64.const 1000000
  global.set $assembly/fixed/i64f64/rh
  i64.const 0
  global.set $assembly/fixed/i64f64/rl
  i64.const 1000000
  i64.const 0
  call $assembly/fixed/i64f64/divChecked
  i64.const 4294967296
  global.get $assembly/fixed/i64f64/failed
  if (result i64)
   i64.const 0
  else
   global.get $assembly/fixed/i64f64/rh
   local.tee $0
   i64.const 31
   i64.shr_s
   local.tee $1
   i64.const -1
   i64.ne
   local.get $1
   i64.const 0
   i64.ne
   i32.and
   if (result i64)
    i64.const -9223372036854775808
    i64.const 9223372036854775807
    local.get $0
    i64.const 0
    i64.lt_s
    select
   else
    local.get $0
    i64.const 32
    i64.shl
    global.get $assembly/fixed/i64f64/rl
    i64.const 32
    i64.shr_u
    i64.or
   end
  end
  local.tee $0
  i64.sub
  local.set $1
  i64.const 9223372036854775807
  local.get $1
  local.get $0
  i64.const 4294967296
  i64.xor
  local.get $1
  i64.const 4294967296
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  select
 )
 (func $assembly/epoch/common/emaAlphaDisabledLiquid (param $0 i64) (result i64)
  (local $1 i64)
  local.get $0
  global.set $assembly/fixed/i64f64/rh
  i64.const 0
  global.set $assembly/fixed/i64f64/rl
  global.get $assembly/fixed/i64f64/rh
  i64.const 1000000
  global.set $assembly/fixed/i64f64/rh
  i64.const 0
  global.set $assembly/fixed/i64f64/rl
  i64.const 0
  i64.const 1000000
  i64.const 0
  call $assembly/fixed/i64f64/divChecked
  i64.const 4294967296
  global.get $assembly/fixed/i64f64/rh
  i64.const 32
  i64.shl
  global.get $assembly/fixed/i64f64/rl
  i64.const 32
  i64.shr_u
  i64.or
  local.tee $1
  i64.sub
  local.set $0
  i64.const 9223372036854775807
  local.get $0
  local.get $1
  i64.const 4294967296
  i64.xor
  local.get $0
  i64.const 4294967296
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  select
 )
 (func $assembly/epoch/common/allocOutput (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  i32.const 232
  call $assembly/mem/arena/arenaAlloc
  local.tee $1
  i32.const 1
  local.get $0
  local.get $0
  i32.const 0
  i32.le_s
  select
  local.tee $0
  i32.const 1
  i32.shl
  local.tee $2
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store
  local.get $1
  local.get $0
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=8
  local.get $1
  local.get $0
  i32.const 3
  i32.shl
  local.tee $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=16
  local.get $1
  local.get $2
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=24
  local.get $1
  local.get $2
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=32
  local.get $1
  local.get $2
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=40
  local.get $1
  local.get $2
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=48
  local.get $1
  local.get $0
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=56
  local.get $1
  i32.const -64
  i32.sub
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=72
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=80
  local.get $1
  local.get $0
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=88
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=120
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=128
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=136
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=144
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=152
  local.get $1
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  i64.extend_i32_u
  i64.store offset=160
  local.get $1
 )
 (func $assembly/emission/split/rootProportion (param $0 i64) (param $1 i64) (param $2 i64)
  (local $3 i64)
  local.get $2
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $2
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  i64.const 4294967295
  global.set $assembly/fixed/u96f32/rh
  i64.const -4294967296
  global.set $assembly/fixed/u96f32/rl
  i64.const 4294967295
  i64.const -4294967296
  call $assembly/fixed/u96f32/divChecked
  i64.const 0
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/failed
  select
  local.set $2
  i64.const 0
  global.get $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/failed
  select
  local.set $3
  local.get $1
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $1
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  local.get $2
  local.get $3
  call $assembly/fixed/u96f32/mulSat
  global.get $assembly/fixed/u96f32/rh
  local.set $1
  global.get $assembly/fixed/u96f32/rl
  local.set $2
  local.get $0
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $0
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rl
  local.get $2
  i64.add
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rl
  local.get $2
  i64.lt_u
  i64.extend_i32_u
  global.get $assembly/fixed/u96f32/rh
  local.get $1
  i64.add
  i64.add
  global.set $assembly/fixed/u96f32/rh
  local.get $1
  local.get $2
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  call $assembly/fixed/u96f32/divChecked
  global.get $assembly/fixed/u96f32/failed
  if
   i64.const 0
   global.set $assembly/fixed/u96f32/rh
   i64.const 0
   global.set $assembly/fixed/u96f32/rl
  end
 )
 (func $assembly/emission/split/alphaOutSplit (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (param $4 i32)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  local.get $0
  call $assembly/emission/block/blockEmissionForIssuance
  local.tee $5
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $5
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rl
  local.set $5
  global.get $assembly/fixed/u96f32/rh
  local.tee $6
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $6
   i64.const 32
   i64.shl
   local.get $5
   i64.const 32
   i64.shr_u
   i64.or
  end
  global.set $assembly/emission/split/alphaCreated
  i64.const 0
  global.set $assembly/emission/split/ownerCut
  local.get $4
  if
   local.get $3
   i64.const 32
   i64.shr_u
   global.set $assembly/fixed/u96f32/rh
   local.get $3
   i64.const 32
   i64.shl
   global.set $assembly/fixed/u96f32/rl
   global.get $assembly/fixed/u96f32/rh
   global.get $assembly/fixed/u96f32/rl
   i64.const 0
   global.set $assembly/fixed/u96f32/rh
   i64.const 281470681743360
   global.set $assembly/fixed/u96f32/rl
   i64.const 0
   i64.const 281470681743360
   call $assembly/fixed/u96f32/divChecked
   local.get $6
   local.get $5
   i64.const 0
   global.get $assembly/fixed/u96f32/rh
   global.get $assembly/fixed/u96f32/failed
   select
   i64.const 0
   global.get $assembly/fixed/u96f32/rl
   global.get $assembly/fixed/u96f32/failed
   select
   call $assembly/fixed/u96f32/mulSat
   block $__inlined_func$assembly/fixed/u96f32/subSat$330
    local.get $6
    global.get $assembly/fixed/u96f32/rh
    local.tee $3
    i64.eq
    global.get $assembly/fixed/u96f32/rl
    local.tee $7
    local.get $5
    i64.gt_u
    i32.and
    local.get $3
    local.get $6
    i64.gt_u
    i32.or
    if
     i64.const 0
     global.set $assembly/fixed/u96f32/rh
     i64.const 0
     global.set $assembly/fixed/u96f32/rl
     br $__inlined_func$assembly/fixed/u96f32/subSat$330
    end
    local.get $5
    local.get $7
    i64.sub
    global.set $assembly/fixed/u96f32/rl
    local.get $6
    local.get $3
    i64.sub
    local.get $5
    local.get $7
    i64.lt_u
    i64.extend_i32_u
    i64.sub
    global.set $assembly/fixed/u96f32/rh
   end
   global.get $assembly/fixed/u96f32/rh
   local.set $6
   global.get $assembly/fixed/u96f32/rl
   local.set $5
   local.get $3
   i64.const 32
   i64.shr_u
   i64.const 0
   i64.ne
   if (result i64)
    i64.const -1
   else
    local.get $3
    i64.const 32
    i64.shl
    local.get $7
    i64.const 32
    i64.shr_u
    i64.or
   end
   global.set $assembly/emission/split/ownerCut
  end
  local.get $0
  local.get $1
  local.get $2
  call $assembly/emission/split/rootProportion
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  local.get $6
  local.get $5
  call $assembly/fixed/u96f32/mulSat
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  i64.const 0
  i64.const 2147483648
  call $assembly/fixed/u96f32/mulSat
  global.get $assembly/fixed/u96f32/rh
  local.set $0
  global.get $assembly/fixed/u96f32/rl
  local.set $1
  local.get $6
  local.get $5
  i64.const 0
  i64.const 2147483648
  call $assembly/fixed/u96f32/mulSat
  block $__inlined_func$assembly/fixed/u96f32/subSat$332
   local.get $6
   global.get $assembly/fixed/u96f32/rh
   local.tee $2
   i64.eq
   local.get $5
   global.get $assembly/fixed/u96f32/rl
   local.tee $3
   i64.lt_u
   i32.and
   local.get $2
   local.get $6
   i64.gt_u
   i32.or
   if
    i64.const 0
    global.set $assembly/fixed/u96f32/rh
    i64.const 0
    global.set $assembly/fixed/u96f32/rl
    br $__inlined_func$assembly/fixed/u96f32/subSat$332
   end
   local.get $5
   local.get $3
   i64.sub
   global.set $assembly/fixed/u96f32/rl
   local.get $6
   local.get $2
   i64.sub
   local.get $3
   local.get $5
   i64.gt_u
   i64.extend_i32_u
   i64.sub
   global.set $assembly/fixed/u96f32/rh
  end
  block $__inlined_func$assembly/fixed/u96f32/subSat$333
   global.get $assembly/fixed/u96f32/rh
   local.tee $5
   local.get $0
   i64.eq
   global.get $assembly/fixed/u96f32/rl
   local.tee $6
   local.get $1
   i64.lt_u
   i32.and
   local.get $0
   local.get $5
   i64.gt_u
   i32.or
   if
    i64.const 0
    global.set $assembly/fixed/u96f32/rh
    i64.const 0
    global.set $assembly/fixed/u96f32/rl
    br $__inlined_func$assembly/fixed/u96f32/subSat$333
   end
   local.get $6
   local.get $1
   i64.sub
   global.set $assembly/fixed/u96f32/rl
   local.get $5
   local.get $0
   i64.sub
   local.get $1
   local.get $6
   i64.gt_u
   i64.extend_i32_u
   i64.sub
   global.set $assembly/fixed/u96f32/rh
  end
  global.get $assembly/fixed/u96f32/rl
  local.set $5
  global.get $assembly/fixed/u96f32/rh
  local.tee $6
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $6
   i64.const 32
   i64.shl
   local.get $5
   i64.const 32
   i64.shr_u
   i64.or
  end
  global.set $assembly/emission/split/pendingValidator
  local.get $2
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $2
   i64.const 32
   i64.shl
   local.get $3
   i64.const 32
   i64.shr_u
   i64.or
  end
  global.set $assembly/emission/split/pendingServer
  local.get $0
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $0
   i64.const 32
   i64.shl
   local.get $1
   i64.const 32
   i64.shr_u
   i64.or
  end
  global.set $assembly/emission/split/rootAlpha
 )
 (func $assembly/emission/distribute/takeBits (param $0 i64)
  (local $1 i64)
  local.get $0
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $0
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  i64.const 0
  global.set $assembly/fixed/u96f32/rh
  i64.const 281470681743360
  global.set $assembly/fixed/u96f32/rl
  i64.const 0
  i64.const 281470681743360
  call $assembly/fixed/u96f32/divChecked
  global.get $assembly/fixed/u96f32/failed
  if
   i64.const 0
   global.set $assembly/fixed/u96f32/rh
   i64.const 0
   global.set $assembly/fixed/u96f32/rl
  end
 )
 (func $assembly/emission/distribute/splitTake (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (param $4 i32) (param $5 i32) (param $6 i32)
  local.get $2
  local.get $3
  local.get $0
  local.get $1
  call $assembly/fixed/u96f32/mulSat
  block $__inlined_func$assembly/fixed/u96f32/subSat$367
   global.get $assembly/fixed/u96f32/rh
   local.tee $2
   local.get $0
   i64.eq
   global.get $assembly/fixed/u96f32/rl
   local.tee $3
   local.get $1
   i64.gt_u
   i32.and
   local.get $0
   local.get $2
   i64.lt_u
   i32.or
   if
    i64.const 0
    global.set $assembly/fixed/u96f32/rh
    i64.const 0
    global.set $assembly/fixed/u96f32/rl
    br $__inlined_func$assembly/fixed/u96f32/subSat$367
   end
   local.get $1
   local.get $3
   i64.sub
   global.set $assembly/fixed/u96f32/rl
   local.get $0
   local.get $2
   i64.sub
   local.get $1
   local.get $3
   i64.lt_u
   i64.extend_i32_u
   i64.sub
   global.set $assembly/fixed/u96f32/rh
  end
  global.get $assembly/fixed/u96f32/rl
  local.set $0
  local.get $4
  local.get $6
  i32.const 3
  i32.shl
  i32.add
  global.get $assembly/fixed/u96f32/rh
  local.tee $1
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $1
   i64.const 32
   i64.shl
   local.get $0
   i64.const 32
   i64.shr_u
   i64.or
  end
  i64.store
  local.get $5
  local.get $6
  i32.const 3
  i32.shl
  i32.add
  local.get $2
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $2
   i64.const 32
   i64.shl
   local.get $3
   i64.const 32
   i64.shr_u
   i64.or
  end
  i64.store
 )
 (func $assembly/testing/wMulU128 (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $assembly/fixed/wide/mulU128
 )
 (func $assembly/testing/wLimb (param $0 i32) (result i64)
  local.get $0
  if (result i64)
   local.get $0
   i32.const 1
   i32.eq
   if (result i64)
    global.get $assembly/fixed/wide/hi
   else
    global.get $assembly/fixed/wide/w2
    global.get $assembly/fixed/wide/w3
    local.get $0
    i32.const 2
    i32.eq
    select
   end
  else
   global.get $assembly/fixed/wide/lo
  end
 )
 (func $assembly/testing/wDivU128by64 (param $0 i64) (param $1 i64) (param $2 i64) (result i64)
  local.get $0
  local.get $1
  local.get $2
  call $assembly/fixed/wide/divU128by64
 )
 (func $assembly/testing/testTrap
  unreachable
 )
 (func $assembly/testing/q64ToI32F32Sat (param $0 i64) (param $1 i64) (result i64)
  (local $2 i64)
  local.get $0
  i64.const 31
  i64.shr_s
  local.tee $2
  i64.const -1
  i64.ne
  local.get $2
  i64.const 0
  i64.ne
  i32.and
  if (result i64)
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $0
   i64.const 0
   i64.lt_s
   select
  else
   local.get $0
   i64.const 32
   i64.shl
   local.get $1
   i64.const 32
   i64.shr_u
   i64.or
  end
 )
 (func $assembly/testing/q64MulSat (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $assembly/fixed/i64f64/mulSat
 )
 (func $assembly/testing/q64Lo (result i64)
  global.get $assembly/fixed/i64f64/rl
 )
 (func $assembly/testing/q64Hi (result i64)
  global.get $assembly/fixed/i64f64/rh
 )
 (func $assembly/testing/q64DivChecked (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (result i32)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $assembly/fixed/i64f64/divChecked
  global.get $assembly/fixed/i64f64/failed
  i32.eqz
 )
 (func $assembly/testing/q64AddSat (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64)
  local.get $1
  local.get $3
  i64.add
  local.tee $3
  local.get $1
  i64.lt_u
  i64.extend_i32_u
  local.get $0
  local.get $2
  i64.add
  i64.add
  global.set $assembly/fixed/i64f64/rh
  local.get $3
  global.set $assembly/fixed/i64f64/rl
  local.get $0
  global.get $assembly/fixed/i64f64/rh
  i64.xor
  local.get $2
  global.get $assembly/fixed/i64f64/rh
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   local.get $0
   i64.const 0
   i64.lt_s
   if
    i64.const -9223372036854775808
    global.set $assembly/fixed/i64f64/rh
    i64.const 0
    global.set $assembly/fixed/i64f64/rl
   else
    i64.const 9223372036854775807
    global.set $assembly/fixed/i64f64/rh
    i64.const -1
    global.set $assembly/fixed/i64f64/rl
   end
  end
 )
 (func $assembly/testing/medianReference (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i64) (param $4 i64) (result i64)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  i32.const 1
  local.get $2
  local.get $2
  i32.const 0
  i32.le_s
  select
  i32.const 2
  i32.shl
  local.tee $8
  call $assembly/mem/arena/arenaAlloc
  local.set $6
  local.get $8
  call $assembly/mem/arena/arenaAlloc
  local.set $7
  local.get $8
  call $assembly/mem/arena/arenaAlloc
  local.set $8
  loop $for-loop|0
   local.get $2
   local.get $5
   i32.gt_s
   if
    local.get $6
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.get $5
    i32.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  local.get $6
  local.get $7
  local.get $8
  local.get $2
  call $assembly/math/median/weightedMedianFrom
 )
 (func $assembly/testing/medianFast (param $0 i32) (param $1 i32) (param $2 i64) (param $3 i64) (param $4 i32) (param $5 i32) (param $6 i32) (result i64)
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  local.get $5
  i32.const 0
  local.get $6
  i32.const 1
  local.get $6
  local.get $6
  i32.const 0
  i32.le_s
  select
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  call $assembly/math/median/columnMedian
 )
 (func $assembly/testing/fxSubSat (param $0 i64) (param $1 i64) (result i64)
  local.get $0
  local.get $1
  i64.xor
  local.get $0
  local.get $1
  i64.sub
  local.tee $1
  local.get $0
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if (result i64)
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $0
   i64.const 0
   i64.lt_s
   select
  else
   local.get $1
  end
 )
 (func $assembly/testing/fxSafeDiv (param $0 i64) (param $1 i64) (result i64)
  i64.const 0
  local.get $0
  local.get $1
  call $assembly/fixed/i32f32/divRaw
  global.get $assembly/fixed/i32f32/failed
  select
 )
 (func $assembly/testing/fxRao (param $0 i64) (param $1 i64) (result i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  block $assembly/epoch/common/raoOf|inlined.3 (result i64)
   i64.const 0
   local.get $0
   i64.const 0
   i64.le_s
   br_if $assembly/epoch/common/raoOf|inlined.3
   drop
   local.get $0
   i64.const 4294967295
   i64.and
   local.tee $4
   local.get $1
   i64.const 32
   i64.shr_u
   local.tee $3
   i64.mul
   local.set $2
   local.get $1
   i64.const 4294967295
   i64.and
   local.tee $1
   local.get $4
   i64.mul
   local.tee $4
   i64.const 4294967295
   i64.and
   local.get $2
   i64.const 4294967295
   i64.and
   local.get $4
   i64.const 32
   i64.shr_u
   i64.add
   local.get $0
   i64.const 32
   i64.shr_u
   local.tee $0
   local.get $1
   i64.mul
   local.tee $1
   i64.const 4294967295
   i64.and
   i64.add
   local.tee $4
   i64.const 32
   i64.shl
   i64.or
   global.set $assembly/fixed/wide/lo
   local.get $0
   local.get $3
   i64.mul
   local.get $2
   i64.const 32
   i64.shr_u
   i64.add
   local.get $1
   i64.const 32
   i64.shr_u
   i64.add
   local.get $4
   i64.const 32
   i64.shr_u
   i64.add
   global.set $assembly/fixed/wide/hi
   i64.const -1
   global.get $assembly/fixed/wide/hi
   i64.const 32
   i64.shr_u
   i64.const 0
   i64.ne
   br_if $assembly/epoch/common/raoOf|inlined.3
   drop
   global.get $assembly/fixed/wide/hi
   i64.const 32
   i64.shl
   global.get $assembly/fixed/wide/lo
   i64.const 32
   i64.shr_u
   i64.or
  end
 )
 (func $assembly/testing/fxProportionToU16 (param $0 i64) (result i32)
  local.get $0
  i64.const 281470681743360
  call $assembly/fixed/i32f32/mulSat
  local.tee $0
  i64.const 0
  i64.lt_s
  if (result i32)
   i32.const 0
  else
   i32.const 65535
   local.get $0
   i64.const 32
   i64.shr_s
   local.tee $0
   i32.wrap_i64
   local.get $0
   i64.const 65535
   i64.gt_s
   select
  end
  i32.const 65535
  i32.and
 )
 (func $assembly/testing/fxMulSat (param $0 i64) (param $1 i64) (result i64)
  local.get $0
  local.get $1
  call $assembly/fixed/i32f32/mulSat
 )
 (func $assembly/testing/fxMulChecked (param $0 i64) (param $1 i64) (result i64)
  local.get $0
  local.get $1
  call $assembly/fixed/i32f32/mulChecked
 )
 (func $assembly/testing/fxFailed (result i32)
  global.get $assembly/fixed/i32f32/failed
 )
 (func $assembly/testing/fxExpSafe (param $0 i64) (result i64)
  local.get $0
  call $assembly/fixed/exp/expSafe
 )
 (func $assembly/testing/fxExpFailed (result i32)
  global.get $assembly/fixed/exp/expFailed
 )
 (func $assembly/testing/fxExp (param $0 i64) (result i64)
  local.get $0
  call $assembly/fixed/exp/exp
 )
 (func $assembly/testing/fxDivSat (param $0 i64) (param $1 i64) (result i64)
  local.get $0
  local.get $1
  call $assembly/fixed/i32f32/divSat
 )
 (func $assembly/testing/fxAlphaSigmoid (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (param $4 i64) (param $5 i64) (result i64)
  local.get $0
  local.get $1
  i64.xor
  local.get $1
  local.get $0
  i64.sub
  local.tee $0
  local.get $1
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $1
   i64.const 0
   i64.lt_s
   select
   local.set $0
  end
  i64.const 4294967296
  local.get $0
  local.get $0
  i64.const 4294967296
  i64.ge_s
  select
  local.tee $0
  i64.const 0
  local.get $0
  i64.const 0
  i64.gt_s
  select
  local.get $1
  local.get $2
  i64.xor
  local.get $2
  local.get $1
  i64.sub
  local.tee $0
  local.get $2
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $2
   i64.const 0
   i64.lt_s
   select
   local.set $0
  end
  i64.const 4294967296
  local.get $0
  local.get $0
  i64.const 4294967296
  i64.ge_s
  select
  local.tee $0
  i64.const 0
  local.get $0
  i64.const 0
  i64.gt_s
  select
  local.get $1
  local.get $2
  i64.ge_s
  select
  local.get $3
  local.get $4
  local.get $5
  call $assembly/epoch/liquid/alphaOfCombined
 )
 (func $assembly/testing/fxAddSat (param $0 i64) (param $1 i64) (result i64)
  (local $2 i64)
  local.get $0
  local.get $1
  i64.add
  local.tee $2
  local.get $0
  i64.xor
  local.get $1
  local.get $2
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if (result i64)
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $0
   i64.const 0
   i64.lt_s
   select
  else
   local.get $2
  end
 )
 (func $assembly/mem/arena/memoryBytes (result i32)
  memory.size
  i32.const 16
  i32.shl
 )
 (func $assembly/mem/arena/arenaUsed (result i32)
  global.get $assembly/mem/arena/base
  i32.eqz
  if
   i32.const 1104
   global.set $assembly/mem/arena/base
   i32.const 1104
   global.set $assembly/mem/arena/top
  end
  global.get $assembly/mem/arena/top
  global.get $assembly/mem/arena/base
  i32.sub
 )
 (func $assembly/mem/arena/arenaReset
  global.get $assembly/mem/arena/base
  i32.eqz
  if
   i32.const 1104
   global.set $assembly/mem/arena/base
   i32.const 1104
   global.set $assembly/mem/arena/top
  end
  global.get $assembly/mem/arena/base
  global.set $assembly/mem/arena/top
 )
 (func $assembly/mem/arena/arenaReserve (param $0 i32) (result i32)
  (local $1 i32)
  global.get $assembly/mem/arena/base
  i32.eqz
  if
   i32.const 1104
   global.set $assembly/mem/arena/base
   i32.const 1104
   global.set $assembly/mem/arena/top
  end
  global.get $assembly/mem/arena/base
  local.get $0
  i32.add
  local.tee $0
  global.get $assembly/mem/arena/base
  i32.lt_u
  if
   i32.const 0
   return
  end
  memory.size
  i32.const 16
  i32.shl
  local.tee $1
  local.get $0
  i32.ge_u
  if
   i32.const 1
   return
  end
  local.get $0
  local.get $1
  i32.sub
  i32.const 65535
  i32.add
  i32.const 16
  i32.shr_u
  memory.grow
  i32.const 0
  i32.ge_s
 )
 (func $assembly/math/sparse/interpolateSparse (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i64) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i64)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i64)
  (local $21 i64)
  local.get $3
  i64.eqz
  if
   local.get $0
   return
  end
  local.get $3
  i64.const 4294967296
  i64.eq
  if
   local.get $1
   return
  end
  local.get $0
  i32.load
  local.get $1
  i32.load
  i32.ne
  if
   local.get $1
   return
  end
  local.get $0
  i32.load
  local.set $11
  i32.const 1
  local.get $2
  local.get $2
  i32.const 0
  i32.le_s
  select
  local.tee $4
  i32.const 3
  i32.shl
  local.tee $7
  call $assembly/mem/arena/arenaAlloc
  local.set $12
  local.get $7
  call $assembly/mem/arena/arenaAlloc
  local.set $13
  local.get $4
  i32.const 2
  i32.shl
  local.tee $4
  call $assembly/mem/arena/arenaAlloc
  local.tee $14
  i32.const 0
  local.get $4
  memory.fill
  i32.const 1
  local.get $0
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.get $1
  i32.load offset=8
  local.get $1
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  i32.add
  local.tee $4
  local.get $4
  i32.const 0
  i32.le_s
  select
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $10
  local.get $11
  local.get $0
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.get $1
  i32.load offset=8
  local.get $1
  i32.load
  i32.const 2
  i32.shl
  i32.add
  i32.load
  i32.add
  call $assembly/math/csr/csrNew
  local.set $9
  loop $for-loop|0
   local.get $8
   local.get $11
   i32.lt_s
   if
    local.get $8
    i32.const 2
    i32.shl
    local.tee $7
    local.get $9
    i32.load offset=8
    i32.add
    local.get $5
    i32.store
    i32.const 0
    local.set $4
    local.get $0
    i32.load offset=8
    local.tee $16
    local.get $7
    i32.add
    i32.load
    local.set $7
    local.get $16
    local.get $8
    i32.const 1
    i32.add
    local.tee $16
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $17
    loop $for-loop|1
     local.get $7
     local.get $17
     i32.lt_s
     if
      local.get $0
      i32.load offset=12
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $18
      local.get $2
      i32.lt_s
      if
       local.get $16
       local.get $14
       local.get $18
       i32.const 2
       i32.shl
       i32.add
       local.tee $19
       i32.load
       i32.ne
       if
        local.get $19
        local.get $16
        i32.store
        local.get $13
        local.get $18
        i32.const 3
        i32.shl
        i32.add
        i64.const 0
        i64.store
        local.get $10
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        local.get $18
        i32.store
        local.get $4
        i32.const 1
        i32.add
        local.set $4
       end
       local.get $12
       local.get $18
       i32.const 3
       i32.shl
       i32.add
       local.get $0
       i32.load offset=16
       local.get $7
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.store
      end
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|1
     end
    end
    local.get $1
    i32.load offset=8
    local.tee $17
    local.get $8
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $7
    local.get $17
    local.get $8
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $17
    loop $for-loop|2
     local.get $7
     local.get $17
     i32.lt_s
     if
      local.get $1
      i32.load offset=12
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $18
      local.get $2
      i32.lt_s
      if
       local.get $16
       local.get $14
       local.get $18
       i32.const 2
       i32.shl
       i32.add
       local.tee $19
       i32.load
       i32.ne
       if
        local.get $19
        local.get $16
        i32.store
        local.get $12
        local.get $18
        i32.const 3
        i32.shl
        i32.add
        i64.const 0
        i64.store
        local.get $10
        local.get $4
        i32.const 2
        i32.shl
        i32.add
        local.get $18
        i32.store
        local.get $4
        i32.const 1
        i32.add
        local.set $4
       end
       local.get $13
       local.get $18
       i32.const 3
       i32.shl
       i32.add
       local.get $1
       i32.load offset=16
       local.get $7
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.store
      end
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|2
     end
    end
    local.get $10
    local.get $4
    call $assembly/math/sort/sortU32
    i32.const 0
    local.set $7
    loop $for-loop|3
     local.get $4
     local.get $7
     i32.gt_s
     if
      i64.const -9223372036854775808
      i64.const 9223372036854775807
      local.get $12
      local.get $10
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $16
      i32.const 3
      i32.shl
      local.tee $17
      i32.add
      i64.load
      local.tee $15
      i64.const 0
      i64.lt_s
      select
      local.set $6
      local.get $13
      local.get $17
      i32.add
      i64.load
      local.tee $20
      local.get $15
      i64.sub
      local.set $21
      local.get $3
      local.get $15
      local.get $20
      i64.xor
      local.get $20
      local.get $21
      i64.xor
      i64.and
      i64.const 0
      i64.lt_s
      if (result i64)
       i64.const -9223372036854775808
       i64.const 9223372036854775807
       local.get $20
       i64.const 0
       i64.lt_s
       select
      else
       local.get $21
      end
      call $assembly/fixed/i32f32/mulSat
      local.tee $20
      local.get $15
      i64.add
      local.tee $21
      local.get $15
      i64.xor
      local.get $20
      local.get $21
      i64.xor
      i64.and
      i64.const 0
      i64.ge_s
      if
       local.get $21
       local.set $6
      end
      local.get $6
      i64.const 0
      i64.gt_s
      if
       local.get $9
       i32.load offset=12
       local.get $5
       i32.const 2
       i32.shl
       i32.add
       local.get $16
       i32.store
       local.get $9
       i32.load offset=16
       local.get $5
       i32.const 3
       i32.shl
       i32.add
       local.get $6
       i64.store
       local.get $5
       i32.const 1
       i32.add
       local.set $5
      end
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|3
     end
    end
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  local.get $9
  i32.load offset=8
  local.get $11
  i32.const 2
  i32.shl
  i32.add
  local.get $5
  i32.store
  local.get $9
 )
 (func $assembly/math/median/weightedMedianFrom (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i64) (param $4 i64) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (result i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i32)
  (local $12 i64)
  (local $13 i32)
  (local $14 i32)
  (local $15 i64)
  (local $16 i64)
  (local $17 i32)
  (local $18 i64)
  (local $19 i32)
  (local $20 i32)
  loop $while-continue|0
   local.get $2
   i32.eqz
   if
    i64.const 0
    return
   end
   local.get $2
   i32.const 1
   i32.eq
   if
    local.get $1
    local.get $5
    i32.load
    i32.const 3
    i32.shl
    i32.add
    i64.load
    return
   end
   local.get $1
   local.get $5
   local.get $2
   i32.const 1
   i32.shr_s
   i32.const 2
   i32.shl
   i32.add
   i32.load
   i32.const 3
   i32.shl
   i32.add
   i64.load
   local.set $18
   i64.const 0
   local.set $16
   i64.const 0
   local.set $12
   i32.const 0
   local.set $13
   i32.const 0
   local.set $14
   i32.const 0
   local.set $17
   loop $for-loop|1
    local.get $2
    local.get $17
    i32.gt_s
    if
     local.get $18
     local.get $5
     local.get $17
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $19
     i32.const 3
     i32.shl
     local.tee $11
     local.get $1
     i32.add
     i64.load
     local.tee $9
     i64.ne
     if
      local.get $9
      local.get $18
      i64.lt_s
      if
       local.get $16
       local.get $0
       local.get $11
       i32.add
       i64.load
       local.tee $10
       local.get $16
       i64.add
       local.tee $9
       i64.xor
       local.get $9
       local.get $10
       i64.xor
       i64.and
       i64.const 0
       i64.lt_s
       if (result i64)
        i64.const -9223372036854775808
        i64.const 9223372036854775807
        local.get $16
        i64.const 0
        i64.lt_s
        select
       else
        local.get $9
       end
       local.set $16
       local.get $13
       local.tee $11
       i32.const 1
       i32.add
       local.set $13
       local.get $6
       local.get $11
       i32.const 2
       i32.shl
       i32.add
       local.get $19
       i32.store
      else
       local.get $12
       local.get $0
       local.get $19
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.tee $10
       local.get $12
       i64.add
       local.tee $9
       i64.xor
       local.get $9
       local.get $10
       i64.xor
       i64.and
       i64.const 0
       i64.lt_s
       if (result i64)
        i64.const -9223372036854775808
        i64.const 9223372036854775807
        local.get $12
        i64.const 0
        i64.lt_s
        select
       else
        local.get $9
       end
       local.set $12
       local.get $14
       local.tee $11
       i32.const 1
       i32.add
       local.set $14
       local.get $7
       local.get $11
       i32.const 2
       i32.shl
       i32.add
       local.get $19
       i32.store
      end
     end
     local.get $17
     i32.const 1
     i32.add
     local.set $17
     br $for-loop|1
    end
   end
   local.get $15
   local.get $15
   local.get $16
   i64.add
   local.tee $10
   i64.xor
   local.get $10
   local.get $16
   i64.xor
   i64.and
   i64.const 0
   i64.lt_s
   if
    i64.const -9223372036854775808
    i64.const 9223372036854775807
    local.get $15
    i64.const 0
    i64.lt_s
    select
    local.set $10
   end
   local.get $4
   local.get $12
   i64.xor
   local.get $4
   local.get $12
   i64.sub
   local.tee $9
   local.get $4
   i64.xor
   i64.and
   i64.const 0
   i64.lt_s
   if
    i64.const -9223372036854775808
    i64.const 9223372036854775807
    local.get $4
    i64.const 0
    i64.lt_s
    select
    local.set $9
   end
   local.get $13
   i32.const 0
   i32.ne
   local.get $3
   local.get $10
   i64.lt_s
   i32.and
   if (result i32)
    local.get $5
    local.get $6
    local.set $5
    local.set $6
    local.get $10
    local.set $4
    local.get $13
   else
    local.get $14
    i32.const 0
    i32.ne
    local.get $3
    local.get $9
    i64.ge_s
    i32.and
    if (result i32)
     local.get $5
     local.get $7
     local.set $5
     local.set $7
     local.get $9
     local.set $15
     local.get $14
    else
     local.get $18
     return
    end
   end
   local.set $2
   local.get $20
   i32.const 1
   i32.add
   local.tee $20
   local.get $8
   i32.le_s
   br_if $while-continue|0
  end
  i64.const 0
 )
 (func $assembly/math/median/weightedMedianColSparse (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i64) (param $5 i32)
  (local $6 i32)
  (local $7 i64)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i64)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  i32.const 1
  local.get $1
  local.get $1
  i32.const 0
  i32.le_s
  select
  local.tee $10
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $9
  local.get $10
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $16
  loop $for-loop|0
   local.get $1
   local.get $6
   i32.gt_s
   if
    local.get $0
    local.get $6
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.tee $12
    i64.const 0
    i64.gt_s
    if
     local.get $9
     local.get $8
     i32.const 3
     i32.shl
     i32.add
     local.get $12
     i64.store
     local.get $16
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     local.get $8
     i32.store
     local.get $8
     i32.const 1
     i32.add
     local.set $8
    else
     local.get $16
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     i32.const -1
     i32.store
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $9
  local.get $8
  call $assembly/math/vector/normalizeInPlace
  i32.const 0
  local.set $0
  loop $for-loop|00
   local.get $0
   local.get $8
   i32.lt_s
   if
    local.get $7
    local.get $9
    local.get $0
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.add
    local.set $7
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|00
   end
  end
  local.get $4
  local.get $7
  i64.xor
  local.get $7
  local.get $4
  i64.sub
  local.tee $4
  local.get $7
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $7
   i64.const 0
   i64.lt_s
   select
   local.set $4
  end
  local.get $2
  i32.load
  local.tee $0
  local.get $1
  i32.le_s
  if
   local.get $0
   local.set $1
  end
  local.get $3
  i32.const 1
  i32.add
  i32.const 2
  i32.shl
  local.tee $0
  call $assembly/mem/arena/arenaAlloc
  local.tee $13
  i32.const 0
  local.get $0
  memory.fill
  i32.const 0
  local.set $6
  loop $for-loop|1
   local.get $1
   local.get $6
   i32.gt_s
   if
    local.get $6
    i32.const 2
    i32.shl
    local.tee $0
    local.get $16
    i32.add
    i32.load
    i32.const -1
    i32.ne
    if
     local.get $2
     i32.load offset=8
     local.tee $10
     local.get $0
     i32.add
     i32.load
     local.set $0
     local.get $10
     local.get $6
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $10
     loop $for-loop|2
      local.get $0
      local.get $10
      i32.lt_s
      if
       local.get $2
       i32.load offset=12
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $11
       local.get $3
       i32.lt_s
       if
        local.get $13
        local.get $11
        i32.const 1
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.tee $11
        local.get $11
        i32.load
        i32.const 1
        i32.add
        i32.store
       end
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|2
      end
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|1
   end
  end
  i32.const 0
  local.set $6
  loop $for-loop|3
   local.get $3
   local.get $6
   i32.gt_s
   if
    local.get $13
    local.get $6
    i32.const 1
    i32.add
    local.tee $0
    i32.const 2
    i32.shl
    i32.add
    local.tee $10
    local.get $10
    i32.load
    local.get $13
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    i32.store
    local.get $0
    local.set $6
    br $for-loop|3
   end
  end
  i32.const 1
  local.get $3
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $13
   local.get $3
   i32.const 2
   i32.shl
   i32.add
   i32.load
  else
   i32.const 0
  end
  local.tee $14
  local.get $14
  i32.const 0
  i32.le_s
  select
  local.tee $0
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $17
  local.get $0
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $18
  local.get $3
  i32.const 1
  i32.add
  i32.const 2
  i32.shl
  local.tee $0
  call $assembly/mem/arena/arenaAlloc
  local.tee $10
  local.get $13
  local.get $0
  memory.copy
  i32.const 0
  local.set $6
  loop $for-loop|4
   local.get $1
   local.get $6
   i32.gt_s
   if
    local.get $6
    i32.const 2
    i32.shl
    local.tee $0
    local.get $16
    i32.add
    i32.load
    local.tee $11
    i32.const -1
    i32.ne
    if
     local.get $2
     i32.load offset=8
     local.tee $15
     local.get $0
     i32.add
     i32.load
     local.set $0
     local.get $15
     local.get $6
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $19
     loop $for-loop|5
      local.get $0
      local.get $19
      i32.lt_s
      if
       local.get $2
       i32.load offset=12
       local.get $0
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $15
       local.get $3
       i32.lt_s
       if
        local.get $17
        local.get $10
        local.get $15
        i32.const 2
        i32.shl
        i32.add
        local.tee $20
        i32.load
        local.tee $15
        i32.const 2
        i32.shl
        i32.add
        local.get $11
        i32.store
        local.get $18
        local.get $15
        i32.const 3
        i32.shl
        i32.add
        local.get $2
        i32.load offset=16
        local.get $0
        i32.const 3
        i32.shl
        i32.add
        i64.load
        i64.store
        local.get $20
        local.get $15
        i32.const 1
        i32.add
        i32.store
       end
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|5
      end
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|4
   end
  end
  i32.const 1
  local.get $14
  local.get $14
  i32.const 0
  i32.le_s
  select
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $0
  i32.const 0
  local.set $1
  loop $for-loop|6
   local.get $1
   local.get $3
   i32.lt_s
   if
    local.get $5
    local.get $1
    i32.const 3
    i32.shl
    i32.add
    local.get $9
    local.get $8
    local.get $7
    local.get $4
    local.get $17
    local.get $18
    local.get $13
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $13
    local.get $1
    i32.const 1
    i32.add
    local.tee $1
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $0
    call $assembly/math/median/columnMedian
    i64.store
    br $for-loop|6
   end
  end
 )
 (func $assembly/math/dense/weightedMedianCol (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i64) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i64)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i64)
  i32.const 1
  local.get $2
  local.get $2
  i32.const 0
  i32.le_s
  select
  local.tee $7
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $9
  local.get $7
  i32.const 2
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $10
  loop $for-loop|0
   local.get $2
   local.get $5
   i32.gt_s
   if
    local.get $0
    local.get $5
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.tee $14
    i64.const 0
    i64.gt_s
    if
     local.get $9
     local.get $6
     i32.const 3
     i32.shl
     i32.add
     local.get $14
     i64.store
     local.get $10
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     local.get $5
     i32.store
     local.get $6
     i32.const 1
     i32.add
     local.set $6
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  local.get $9
  local.get $6
  call $assembly/math/vector/normalizeInPlace
  i32.const 0
  local.set $0
  loop $for-loop|00
   local.get $0
   local.get $6
   i32.lt_s
   if
    local.get $8
    local.get $9
    local.get $0
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.add
    local.set $8
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|00
   end
  end
  local.get $3
  local.get $8
  i64.xor
  local.get $8
  local.get $3
  i64.sub
  local.tee $3
  local.get $8
  i64.xor
  i64.and
  i64.const 0
  i64.lt_s
  if
   i64.const -9223372036854775808
   i64.const 9223372036854775807
   local.get $8
   i64.const 0
   i64.lt_s
   select
   local.set $3
  end
  i32.const 1
  local.get $6
  local.get $6
  i32.const 0
  i32.le_s
  select
  local.tee $0
  i32.const 2
  i32.shl
  local.tee $5
  call $assembly/mem/arena/arenaAlloc
  local.set $11
  local.get $0
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $12
  local.get $5
  call $assembly/mem/arena/arenaAlloc
  local.set $13
  i32.const 0
  local.set $0
  loop $for-loop|1
   local.get $0
   local.get $2
   i32.lt_s
   if
    i32.const 0
    local.set $5
    i32.const 0
    local.set $7
    loop $for-loop|2
     local.get $6
     local.get $7
     i32.gt_s
     if
      local.get $1
      local.get $2
      local.get $10
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.mul
      local.get $0
      i32.add
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.tee $14
      i64.const 0
      i64.ne
      if
       local.get $11
       local.get $5
       i32.const 2
       i32.shl
       i32.add
       local.get $7
       i32.store
       local.get $12
       local.get $5
       i32.const 3
       i32.shl
       i32.add
       local.get $14
       i64.store
       local.get $5
       i32.const 1
       i32.add
       local.set $5
      end
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|2
     end
    end
    local.get $4
    local.get $0
    i32.const 3
    i32.shl
    i32.add
    local.get $9
    local.get $6
    local.get $8
    local.get $3
    local.get $11
    local.get $12
    i32.const 0
    local.get $5
    local.get $13
    call $assembly/math/median/columnMedian
    i64.store
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|1
   end
  end
 )
 (func $assembly/epoch/sparse/epochSparse (param $0 i32) (result i32)
  (local $1 i64)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i64)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i64)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i64)
  (local $23 i32)
  (local $24 i32)
  (local $25 i64)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  i32.const 1
  local.get $0
  i64.load
  i32.wrap_i64
  local.tee $5
  local.get $5
  i32.const 0
  i32.le_s
  select
  local.set $23
  local.get $5
  call $assembly/epoch/common/allocOutput
  local.set $16
  local.get $0
  i64.load offset=8
  local.set $18
  local.get $0
  i64.load offset=176
  i32.wrap_i64
  local.set $24
  i32.const -1
  local.get $0
  i64.load offset=128
  local.tee $1
  i32.wrap_i64
  local.get $1
  i64.const -1
  i64.eq
  select
  local.set $12
  local.get $0
  i64.load offset=168
  i32.wrap_i64
  local.set $11
  local.get $0
  i64.load offset=16
  local.set $25
  i64.const 1
  local.get $0
  i64.load offset=24
  local.tee $1
  i64.const 0
  i64.ne
  if (result i32)
   local.get $25
   i64.const -1
   local.get $1
   i64.div_u
   i64.gt_u
  else
   i32.const 0
  end
  if (result i64)
   i64.const -1
  else
   local.get $1
   local.get $25
   i64.mul
  end
  i64.const 1000
  i64.div_u
  local.tee $1
  local.get $1
  i64.const 1
  i64.le_u
  select
  local.set $9
  local.get $23
  call $assembly/mem/arena/arenaAlloc
  local.set $19
  loop $for-loop|0
   local.get $5
   local.get $29
   i32.gt_s
   if
    local.get $19
    local.get $29
    i32.add
    local.get $18
    i64.const -1
    local.get $9
    local.get $11
    local.get $29
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.tee $3
    i64.add
    local.tee $1
    local.get $1
    local.get $3
    i64.lt_u
    select
    i64.gt_u
    i32.store8
    local.get $29
    i32.const 1
    i32.add
    local.set $29
    br $for-loop|0
   end
  end
  local.get $23
  i32.const 4
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $20
  local.get $0
  i64.load offset=152
  i32.wrap_i64
  local.get $0
  i64.load offset=160
  i32.wrap_i64
  local.get $5
  local.get $0
  i64.load offset=144
  local.get $20
  call $assembly/epoch/common/totalStake
  local.get $23
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $17
  local.get $20
  local.get $5
  local.get $0
  i64.load offset=120
  local.get $12
  local.get $17
  call $assembly/epoch/common/normalizedStake
  local.get $0
  i64.load offset=192
  i32.wrap_i64
  local.set $4
  local.get $23
  call $assembly/mem/arena/arenaAlloc
  local.set $10
  i32.const 0
  local.set $29
  loop $for-loop|00
   local.get $5
   local.get $29
   i32.gt_s
   if
    local.get $10
    local.get $29
    i32.add
    i32.const 1
    local.get $12
    local.get $29
    i32.eq
    local.get $4
    local.get $29
    i32.add
    i32.load8_u
    select
    i32.eqz
    i32.store8
    local.get $29
    i32.const 1
    i32.add
    local.set $29
    br $for-loop|00
   end
  end
  local.get $17
  local.get $5
  local.get $0
  i64.load offset=112
  i32.wrap_i64
  local.get $16
  i64.load offset=56
  i32.wrap_i64
  local.tee $21
  call $assembly/math/vector/isTopkNonzero
  local.get $5
  local.get $12
  i32.gt_s
  local.get $12
  i32.const 0
  i32.ge_s
  i32.and
  if
   local.get $12
   local.get $21
   i32.add
   i32.const 1
   i32.store8
  end
  local.get $23
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.tee $26
  local.get $17
  local.get $5
  i32.const 3
  i32.shl
  memory.copy
  i32.const 0
  local.set $29
  loop $for-loop|01
   local.get $5
   local.get $29
   i32.gt_s
   if
    local.get $19
    local.get $29
    i32.add
    i32.load8_u
    if
     local.get $26
     local.get $29
     i32.const 3
     i32.shl
     i32.add
     i64.const 0
     i64.store
    end
    local.get $29
    i32.const 1
    i32.add
    local.set $29
    br $for-loop|01
   end
  end
  i32.const 0
  local.set $29
  loop $for-loop|02
   local.get $5
   local.get $29
   i32.gt_s
   if
    local.get $10
    local.get $29
    i32.add
    i32.load8_u
    if
     local.get $26
     local.get $29
     i32.const 3
     i32.shl
     i32.add
     i64.const 0
     i64.store
    end
    local.get $29
    i32.const 1
    i32.add
    local.set $29
    br $for-loop|02
   end
  end
  local.get $26
  local.get $5
  call $assembly/math/vector/normalizeInPlace
  local.get $0
  i32.const 25
  i32.const 26
  i32.const 27
  local.get $5
  i32.const 1
  i32.const 0
  call $assembly/epoch/sparse/readRows
  local.tee $7
  i32.load
  local.tee $4
  local.get $7
  i32.load offset=8
  local.get $4
  i32.const 2
  i32.shl
  i32.add
  i32.load
  call $assembly/math/csr/csrNew
  local.set $8
  loop $for-loop|03
   local.get $2
   local.get $7
   i32.load
   i32.lt_s
   if
    local.get $2
    i32.const 2
    i32.shl
    local.tee $6
    local.get $8
    i32.load offset=8
    i32.add
    local.get $13
    i32.store
    local.get $2
    local.get $10
    i32.add
    i32.load8_u
    i32.eqz
    if
     local.get $7
     i32.load offset=8
     local.tee $4
     local.get $6
     i32.add
     i32.load
     local.set $6
     local.get $4
     local.get $2
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $4
     loop $for-loop|1
      local.get $4
      local.get $6
      i32.gt_s
      if
       local.get $8
       i32.load offset=12
       local.get $13
       i32.const 2
       i32.shl
       i32.add
       local.get $7
       i32.load offset=12
       local.get $6
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.store
       local.get $8
       i32.load offset=16
       local.get $13
       i32.const 3
       i32.shl
       i32.add
       local.get $7
       i32.load offset=16
       local.get $6
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.store
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       local.get $6
       i32.const 1
       i32.add
       local.set $6
       br $for-loop|1
      end
     end
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|03
   end
  end
  local.get $8
  i32.load offset=8
  local.get $7
  i32.load
  i32.const 2
  i32.shl
  i32.add
  local.get $13
  i32.store
  i32.const 0
  local.set $2
  local.get $8
  i32.load
  local.tee $4
  local.get $8
  i32.load offset=8
  local.get $4
  i32.const 2
  i32.shl
  i32.add
  i32.load
  call $assembly/math/csr/csrNew
  local.set $7
  loop $for-loop|04
   local.get $14
   local.get $8
   i32.load
   i32.lt_s
   if
    local.get $14
    i32.const 2
    i32.shl
    local.tee $6
    local.get $7
    i32.load offset=8
    i32.add
    local.get $2
    i32.store
    local.get $8
    i32.load offset=8
    local.tee $4
    local.get $6
    i32.add
    i32.load
    local.set $13
    local.get $4
    local.get $14
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $6
    loop $for-loop|15
     local.get $6
     local.get $13
     i32.gt_s
     if
      local.get $8
      i32.load offset=12
      local.get $13
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $4
      local.get $14
      i32.eq
      local.get $12
      local.get $14
      i32.ne
      i32.and
      i32.eqz
      if
       local.get $7
       i32.load offset=12
       local.get $2
       i32.const 2
       i32.shl
       i32.add
       local.get $4
       i32.store
       local.get $7
       i32.load offset=16
       local.get $2
       i32.const 3
       i32.shl
       i32.add
       local.get $8
       i32.load offset=16
       local.get $13
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.store
       local.get $2
       i32.const 1
       i32.add
       local.set $2
      end
      local.get $13
      i32.const 1
      i32.add
      local.set $13
      br $for-loop|15
     end
    end
    local.get $14
    i32.const 1
    i32.add
    local.set $14
    br $for-loop|04
   end
  end
  local.get $7
  i32.load offset=8
  local.get $8
  i32.load
  i32.const 2
  i32.shl
  i32.add
  local.get $2
  i32.store
  local.get $7
  local.get $11
  local.get $5
  local.get $24
  local.get $5
  i32.const 0
  call $assembly/math/sparse/vecMaskSparse
  local.set $4
  local.get $0
  i64.load offset=136
  i64.const 0
  i64.ne
  if
   local.get $4
   local.get $0
   i64.load offset=184
   i32.wrap_i64
   local.get $5
   local.get $24
   local.get $5
   i32.const 1
   call $assembly/math/sparse/vecMaskSparse
   local.set $4
  end
  i32.const 0
  local.set $2
  loop $for-loop|036
   local.get $2
   local.get $4
   i32.load
   i32.lt_s
   if
    local.get $4
    i32.load offset=8
    local.tee $6
    local.get $2
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $7
    i64.const 0
    local.set $1
    local.get $6
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $30
    local.set $29
    loop $for-loop|17
     local.get $7
     local.get $29
     i32.gt_s
     if
      local.get $1
      local.get $4
      i32.load offset=16
      local.get $29
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.add
      local.set $1
      local.get $29
      i32.const 1
      i32.add
      local.set $29
      br $for-loop|17
     end
    end
    local.get $1
    i64.const 0
    i64.gt_s
    if
     loop $for-loop|2
      local.get $7
      local.get $30
      i32.gt_s
      if
       local.get $4
       i32.load offset=16
       local.get $30
       i32.const 3
       i32.shl
       i32.add
       local.tee $6
       i64.const 0
       local.get $6
       i64.load
       local.get $1
       call $assembly/fixed/i32f32/divRaw
       global.get $assembly/fixed/i32f32/failed
       select
       i64.store
       local.get $30
       i32.const 1
       i32.add
       local.set $30
       br $for-loop|2
      end
     end
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|036
   end
  end
  local.get $26
  local.get $5
  local.get $4
  local.get $5
  local.get $0
  i64.load offset=48
  call $assembly/epoch/common/u16Ratio
  local.get $23
  i32.const 3
  i32.shl
  local.tee $10
  call $assembly/mem/arena/arenaAlloc
  local.tee $14
  call $assembly/math/median/weightedMedianColSparse
  i32.const 0
  local.set $30
  i32.const 0
  local.set $13
  local.get $4
  i32.load
  local.tee $2
  local.get $4
  i32.load offset=8
  local.get $2
  i32.const 2
  i32.shl
  i32.add
  i32.load
  call $assembly/math/csr/csrNew
  local.set $8
  loop $for-loop|08
   local.get $13
   local.get $4
   i32.load
   i32.lt_s
   if
    local.get $13
    i32.const 2
    i32.shl
    local.tee $2
    local.get $8
    i32.load offset=8
    i32.add
    local.get $30
    i32.store
    local.get $4
    i32.load offset=8
    local.tee $6
    local.get $2
    i32.add
    i32.load
    local.set $2
    local.get $6
    local.get $13
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $7
    loop $for-loop|19
     local.get $2
     local.get $7
     i32.lt_s
     if
      local.get $4
      i32.load offset=16
      local.get $2
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.tee $3
      local.get $4
      i32.load offset=12
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $6
      local.get $5
      i32.lt_s
      if (result i64)
       local.get $14
       local.get $6
       i32.const 3
       i32.shl
       i32.add
       i64.load
      else
       i64.const 0
      end
      local.tee $1
      i64.gt_s
      if (result i32)
       local.get $1
       i64.const 0
       i64.gt_s
       if (result i32)
        local.get $8
        i32.load offset=12
        local.get $30
        i32.const 2
        i32.shl
        i32.add
        local.get $6
        i32.store
        local.get $8
        i32.load offset=16
        local.get $30
        i32.const 3
        i32.shl
        i32.add
        local.get $1
        i64.store
        local.get $30
        i32.const 1
        i32.add
       else
        local.get $30
       end
      else
       local.get $8
       i32.load offset=12
       local.get $30
       i32.const 2
       i32.shl
       i32.add
       local.get $6
       i32.store
       local.get $8
       i32.load offset=16
       local.get $30
       i32.const 3
       i32.shl
       i32.add
       local.get $3
       i64.store
       local.get $30
       i32.const 1
       i32.add
      end
      local.set $30
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|19
     end
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|08
   end
  end
  local.get $8
  i32.load offset=8
  local.get $4
  i32.load
  i32.const 2
  i32.shl
  i32.add
  local.get $30
  i32.store
  local.get $10
  call $assembly/mem/arena/arenaAlloc
  local.set $27
  i32.const 0
  local.set $29
  loop $for-loop|0410
   local.get $29
   local.get $8
   i32.load
   i32.lt_s
   if
    i64.const 0
    local.set $1
    local.get $8
    i32.load offset=8
    local.tee $6
    local.get $29
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $2
    local.get $6
    local.get $29
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $6
    loop $for-loop|1511
     local.get $2
     local.get $6
     i32.lt_s
     if
      local.get $1
      local.get $8
      i32.load offset=16
      local.get $2
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.add
      local.set $1
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|1511
     end
    end
    local.get $27
    local.get $29
    i32.const 3
    i32.shl
    i32.add
    local.get $1
    i64.store
    local.get $29
    i32.const 1
    i32.add
    local.set $29
    br $for-loop|0410
   end
  end
  local.get $23
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.tee $28
  i32.const 0
  local.get $5
  i32.const 3
  i32.shl
  memory.fill
  i32.const 0
  local.set $29
  loop $for-loop|06
   local.get $29
   local.get $8
   i32.load
   i32.lt_s
   if
    local.get $5
    local.get $29
    i32.gt_s
    if (result i64)
     local.get $26
     local.get $29
     i32.const 3
     i32.shl
     i32.add
     i64.load
    else
     i64.const 0
    end
    local.set $22
    local.get $8
    i32.load offset=8
    local.tee $2
    local.get $29
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $13
    local.get $2
    local.get $29
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $6
    loop $for-loop|1712
     local.get $6
     local.get $13
     i32.gt_s
     if
      local.get $8
      i32.load offset=12
      local.get $13
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $2
      local.get $5
      i32.lt_s
      if
       i64.const -9223372036854775808
       i64.const 9223372036854775807
       local.get $28
       local.get $2
       i32.const 3
       i32.shl
       i32.add
       local.tee $2
       i64.load
       local.tee $1
       i64.const 0
       i64.lt_s
       select
       local.set $9
       local.get $2
       local.get $1
       local.get $1
       local.get $22
       local.get $8
       i32.load offset=16
       local.get $13
       i32.const 3
       i32.shl
       i32.add
       i64.load
       call $assembly/fixed/i32f32/mulSat
       local.tee $3
       i64.add
       local.tee $1
       i64.xor
       local.get $1
       local.get $3
       i64.xor
       i64.and
       i64.const 0
       i64.ge_s
       if (result i64)
        local.get $1
       else
        local.get $9
       end
       i64.store
      end
      local.get $13
      i32.const 1
      i32.add
      local.set $13
      br $for-loop|1712
     end
    end
    local.get $29
    i32.const 1
    i32.add
    local.set $29
    br $for-loop|06
   end
  end
  local.get $28
  local.get $5
  call $assembly/math/vector/normalizeInPlace
  local.get $4
  local.get $8
  local.get $5
  local.get $0
  i32.const -64
  i32.sub
  i64.load
  call $assembly/epoch/common/u16Ratio
  call $assembly/math/sparse/interpolateSparse
  local.set $12
  local.get $0
  i64.load offset=32
  local.tee $1
  i64.eqz
  if (result i64)
   local.get $18
   local.get $25
   i64.sub
   i64.const 0
   local.get $18
   local.get $25
   i64.gt_u
   select
  else
   local.get $1
   local.get $1
   i64.const 1
   i64.add
   local.get $1
   i64.const -1
   i64.eq
   select
  end
  local.set $1
  local.get $0
  i64.load offset=56
  local.set $3
  local.get $23
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $11
  local.get $0
  i64.load offset=104
  i64.const 0
  i64.ne
  if
   local.get $0
   i32.const 28
   i32.const 29
   i32.const 30
   local.get $5
   i32.const 0
   i32.const 1
   call $assembly/epoch/sparse/readRows
   local.get $1
   local.get $24
   local.get $5
   call $assembly/math/sparse/scalarVecMaskLeSparse
   local.set $2
   i32.const 0
   local.set $13
   i32.const 0
   local.set $30
   loop $for-loop|18
    local.get $5
    local.get $30
    i32.gt_s
    if
     block $for-break1
      local.get $14
      local.get $30
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.const 0
      i64.ne
      if
       i32.const 1
       local.set $13
       br $for-break1
      end
      local.get $30
      i32.const 1
      i32.add
      local.set $30
      br $for-loop|18
     end
    end
   end
   local.get $13
   local.get $5
   i32.const 0
   i32.gt_s
   local.get $0
   i64.load offset=72
   i64.const 0
   i64.ne
   i32.and
   i32.and
   if (result i32)
    local.get $12
    local.get $2
    local.get $14
    local.get $5
    local.get $0
    i64.load offset=80
    call $assembly/epoch/common/u16Ratio
    local.get $0
    i64.load offset=88
    call $assembly/epoch/common/u16Ratio
    block $assembly/fixed/i32f32/fromI64Sat|inlined.0 (result i64)
     i64.const 9223372036854775807
     local.get $0
     i64.load offset=96
     local.tee $1
     i64.const 2147483647
     i64.gt_s
     br_if $assembly/fixed/i32f32/fromI64Sat|inlined.0
     drop
     i64.const -9223372036854775808
     local.get $1
     i64.const -2147483648
     i64.lt_s
     br_if $assembly/fixed/i32f32/fromI64Sat|inlined.0
     drop
     local.get $1
     i64.const 32
     i64.shl
    end
    call $assembly/epoch/liquid/matEmaLiquidSparse
   else
    local.get $12
    local.get $2
    local.get $3
    call $assembly/epoch/common/emaAlphaDisabledLiquid
    call $assembly/math/sparse/matEmaSparse
   end
   local.tee $30
   i32.load offset=8
   local.get $30
   i32.load
   local.tee $6
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $2
   local.get $6
   local.get $2
   call $assembly/math/csr/csrNew
   local.tee $10
   i32.load offset=8
   local.get $30
   i32.load offset=8
   local.get $30
   i32.load
   i32.const 1
   i32.add
   i32.const 2
   i32.shl
   memory.copy
   local.get $10
   i32.load offset=12
   local.get $30
   i32.load offset=12
   local.get $2
   i32.const 2
   i32.shl
   memory.copy
   local.get $10
   i32.load offset=16
   local.get $30
   i32.load offset=16
   local.get $2
   i32.const 3
   i32.shl
   memory.copy
   local.get $10
   local.get $5
   call $assembly/math/sparse/colNormalizeSparse
   local.get $23
   i32.const 3
   i32.shl
   call $assembly/mem/arena/arenaAlloc
   local.set $8
   i32.const 0
   local.set $2
   loop $for-loop|29
    local.get $2
    local.get $10
    i32.load
    i32.lt_s
    if
     i64.const 0
     local.set $1
     local.get $10
     i32.load offset=8
     local.tee $6
     local.get $2
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $13
     local.get $6
     local.get $2
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $7
     loop $for-loop|3
      local.get $7
      local.get $13
      i32.gt_s
      if
       local.get $10
       i32.load offset=12
       local.get $13
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $6
       local.get $5
       i32.lt_s
       if
        local.get $10
        i32.load offset=16
        local.get $13
        i32.const 3
        i32.shl
        i32.add
        i64.load
        local.get $28
        local.get $6
        i32.const 3
        i32.shl
        i32.add
        i64.load
        call $assembly/fixed/i32f32/mulSat
        local.get $1
        i64.add
        local.set $1
       end
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|3
      end
     end
     local.get $8
     local.get $2
     i32.const 3
     i32.shl
     i32.add
     local.get $1
     i64.store
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|29
    end
   end
   local.get $8
   local.get $26
   local.get $5
   local.get $11
   call $assembly/math/vector/vecMul
   local.get $11
   local.get $5
   call $assembly/math/vector/normalizeInPlace
  else
   local.get $0
   i32.const 28
   i32.const 29
   i32.const 30
   local.get $5
   i32.const 0
   i32.const 0
   call $assembly/epoch/sparse/readRows
   local.get $1
   local.get $24
   local.get $5
   call $assembly/math/sparse/scalarVecMaskLeSparse
   local.tee $10
   local.get $5
   call $assembly/math/sparse/colNormalizeSparse
   i32.const 0
   local.set $13
   local.get $5
   local.get $12
   i32.load
   local.tee $2
   i32.le_s
   if
    local.get $5
    local.set $2
   end
   local.get $2
   local.get $12
   i32.load offset=8
   local.get $12
   i32.load
   i32.const 2
   i32.shl
   i32.add
   i32.load
   call $assembly/math/csr/csrNew
   local.set $8
   loop $for-loop|013
    local.get $2
    local.get $13
    i32.gt_s
    if
     local.get $13
     i32.const 2
     i32.shl
     local.tee $7
     local.get $8
     i32.load offset=8
     i32.add
     local.get $15
     i32.store
     local.get $26
     local.get $13
     i32.const 3
     i32.shl
     i32.add
     i64.load
     local.set $1
     local.get $12
     i32.load offset=8
     local.tee $6
     local.get $7
     i32.add
     i32.load
     local.set $29
     local.get $6
     local.get $13
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $6
     loop $for-loop|114
      local.get $6
      local.get $29
      i32.gt_s
      if
       local.get $8
       i32.load offset=12
       local.get $15
       i32.const 2
       i32.shl
       i32.add
       local.get $12
       i32.load offset=12
       local.get $29
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.store
       local.get $8
       i32.load offset=16
       local.get $15
       i32.const 3
       i32.shl
       i32.add
       local.get $12
       i32.load offset=16
       local.get $29
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.get $1
       call $assembly/fixed/i32f32/mulSat
       i64.store
       local.get $15
       i32.const 1
       i32.add
       local.set $15
       local.get $29
       i32.const 1
       i32.add
       local.set $29
       br $for-loop|114
      end
     end
     local.get $13
     i32.const 1
     i32.add
     local.set $13
     br $for-loop|013
    end
   end
   local.get $8
   i32.load offset=8
   local.get $2
   i32.const 2
   i32.shl
   i32.add
   local.get $15
   i32.store
   local.get $8
   local.get $5
   call $assembly/math/sparse/colNormalizeSparse
   local.get $8
   local.get $10
   local.get $3
   call $assembly/epoch/common/emaAlphaNormal
   call $assembly/math/sparse/matEmaSparse
   local.tee $30
   local.get $5
   call $assembly/math/sparse/colNormalizeSparse
   i32.const 0
   local.set $13
   loop $for-loop|010
    local.get $13
    local.get $30
    i32.load
    i32.lt_s
    if
     i64.const 0
     local.set $1
     local.get $30
     i32.load offset=8
     local.tee $6
     local.get $13
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $2
     local.get $6
     local.get $13
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $7
     loop $for-loop|111
      local.get $2
      local.get $7
      i32.lt_s
      if
       local.get $30
       i32.load offset=12
       local.get $2
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $6
       local.get $5
       i32.lt_s
       if (result i64)
        local.get $28
        local.get $6
        i32.const 3
        i32.shl
        i32.add
        i64.load
       else
        i64.const 0
       end
       local.get $30
       i32.load offset=16
       local.get $2
       i32.const 3
       i32.shl
       i32.add
       i64.load
       call $assembly/fixed/i32f32/mulSat
       local.tee $9
       local.get $1
       i64.add
       local.tee $3
       local.get $1
       i64.xor
       local.get $3
       local.get $9
       i64.xor
       i64.and
       i64.const 0
       i64.lt_s
       if (result i64)
        i64.const -9223372036854775808
        i64.const 9223372036854775807
        local.get $1
        i64.const 0
        i64.lt_s
        select
       else
        local.get $3
       end
       local.set $1
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|111
      end
     end
     local.get $11
     local.get $13
     i32.const 3
     i32.shl
     i32.add
     local.get $1
     i64.store
     local.get $13
     i32.const 1
     i32.add
     local.set $13
     br $for-loop|010
    end
   end
   local.get $11
   local.get $5
   call $assembly/math/vector/normalizeInPlace
   i32.const 1
   local.get $5
   local.get $5
   i32.const 0
   i32.le_s
   select
   i32.const 3
   i32.shl
   local.tee $2
   call $assembly/mem/arena/arenaAlloc
   local.tee $8
   i32.const 0
   local.get $2
   memory.fill
   local.get $30
   i32.load offset=8
   local.get $30
   i32.load
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $7
   i32.const 0
   local.set $2
   loop $for-loop|012
    local.get $2
    local.get $7
    i32.lt_s
    if
     local.get $30
     i32.load offset=12
     local.get $2
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $6
     local.get $5
     i32.lt_s
     if
      local.get $30
      i32.load offset=16
      local.get $2
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.tee $1
      local.get $8
      local.get $6
      i32.const 3
      i32.shl
      i32.add
      local.tee $6
      i64.load
      i64.gt_s
      if
       local.get $6
       local.get $1
       i64.store
      end
     end
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|012
    end
   end
   local.get $30
   local.get $5
   local.get $8
   call $assembly/math/sparse/divideByColumn
  end
  local.get $5
  local.get $0
  i64.load offset=40
  local.get $17
  local.get $26
  local.get $28
  local.get $11
  local.get $14
  local.get $27
  local.get $20
  local.get $19
  local.get $16
  call $assembly/epoch/common/writeEmissionAndOutputs
  local.get $30
  local.get $21
  i32.const 0
  local.get $5
  local.get $16
  call $assembly/epoch/common/writeBondRows
  local.get $4
  local.get $16
  i32.const 21
  i32.const 22
  i32.const 23
  i32.const 27
  call $assembly/epoch/common/writeCsr
  local.get $30
  local.get $16
  i32.const 24
  i32.const 25
  i32.const 26
  i32.const 28
  call $assembly/epoch/common/writeCsr
  local.get $16
 )
 (func $assembly/epoch/liquid/matEmaLiquidSparse (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i64) (param $5 i64) (param $6 i64) (result i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i64)
  (local $10 i32)
  (local $11 i64)
  (local $12 i64)
  (local $13 i64)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i64)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i64)
  (local $27 i32)
  (local $28 i32)
  local.get $0
  i32.load
  local.tee $7
  local.get $0
  i32.load offset=8
  local.get $7
  i32.const 2
  i32.shl
  i32.add
  i32.load
  call $assembly/math/csr/csrNew
  local.set $25
  i64.const 0
  local.get $4
  local.get $5
  local.get $6
  call $assembly/epoch/liquid/alphaOfCombined
  local.set $11
  i64.const 4294967296
  local.get $4
  local.get $5
  local.get $6
  call $assembly/epoch/liquid/alphaOfCombined
  local.set $18
  i32.const 1
  local.get $3
  local.get $3
  i32.const 0
  i32.le_s
  select
  local.tee $7
  i32.const 3
  i32.shl
  local.tee $10
  call $assembly/mem/arena/arenaAlloc
  local.set $24
  local.get $7
  i32.const 2
  i32.shl
  local.tee $7
  call $assembly/mem/arena/arenaAlloc
  local.tee $23
  i32.const 0
  local.get $7
  memory.fill
  local.get $10
  call $assembly/mem/arena/arenaAlloc
  local.set $22
  local.get $10
  call $assembly/mem/arena/arenaAlloc
  local.set $21
  local.get $7
  call $assembly/mem/arena/arenaAlloc
  local.tee $20
  i32.const 0
  local.get $7
  memory.fill
  local.get $7
  call $assembly/mem/arena/arenaAlloc
  local.tee $19
  i32.const 0
  local.get $7
  memory.fill
  loop $for-loop|0
   local.get $27
   local.get $0
   i32.load
   i32.lt_s
   if
    local.get $27
    i32.const 2
    i32.shl
    local.tee $14
    local.get $25
    i32.load offset=8
    i32.add
    local.get $8
    i32.store
    block $__inlined_func$assembly/math/sparse/isIncreasing (result i32)
     local.get $0
     i32.load offset=8
     local.tee $7
     local.get $27
     i32.const 1
     i32.add
     local.tee $17
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $10
     local.get $7
     local.get $14
     i32.add
     i32.load
     i32.const 1
     i32.add
     local.set $16
     loop $for-loop|00
      local.get $10
      local.get $16
      i32.gt_s
      if
       i32.const 0
       local.get $0
       i32.load offset=12
       local.tee $7
       local.get $16
       i32.const 1
       i32.sub
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $7
       local.get $16
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.ge_u
       br_if $__inlined_func$assembly/math/sparse/isIncreasing
       drop
       local.get $16
       i32.const 1
       i32.add
       local.set $16
       br $for-loop|00
      end
     end
     i32.const 1
    end
    local.tee $10
    if
     block $__inlined_func$assembly/math/sparse/isIncreasing$1 (result i32)
      local.get $1
      i32.load offset=8
      local.tee $7
      local.get $27
      i32.const 1
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $10
      local.get $7
      local.get $27
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 1
      i32.add
      local.set $16
      loop $for-loop|01
       local.get $10
       local.get $16
       i32.gt_s
       if
        i32.const 0
        local.get $1
        i32.load offset=12
        local.tee $7
        local.get $16
        i32.const 1
        i32.sub
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.get $7
        local.get $16
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.ge_u
        br_if $__inlined_func$assembly/math/sparse/isIncreasing$1
        drop
        local.get $16
        i32.const 1
        i32.add
        local.set $16
        br $for-loop|01
       end
      end
      i32.const 1
     end
     local.set $10
    end
    local.get $10
    i32.eqz
    if
     i32.const 0
     local.set $7
     local.get $0
     i32.load offset=8
     local.tee $14
     local.get $27
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $16
     local.get $14
     local.get $27
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $15
     loop $for-loop|02
      local.get $15
      local.get $16
      i32.gt_s
      if
       local.get $0
       i32.load offset=12
       local.get $16
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $14
       local.get $3
       i32.lt_s
       if
        local.get $7
        local.get $14
        i32.le_s
        if
         local.get $20
         local.get $14
         i32.const 2
         i32.shl
         i32.add
         local.get $17
         i32.store
         local.get $22
         local.get $14
         i32.const 3
         i32.shl
         i32.add
         local.get $0
         i32.load offset=16
         local.get $16
         i32.const 3
         i32.shl
         i32.add
         i64.load
         i64.store
         local.get $14
         i32.const 1
         i32.add
         local.set $7
        end
        local.get $16
        i32.const 1
        i32.add
        local.set $16
        br $for-loop|02
       end
      end
     end
     i32.const 0
     local.set $7
     local.get $1
     i32.load offset=8
     local.tee $14
     local.get $27
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $16
     local.get $14
     local.get $27
     i32.const 1
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $15
     loop $for-loop|03
      local.get $15
      local.get $16
      i32.gt_s
      if
       local.get $1
       i32.load offset=12
       local.get $16
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.tee $14
       local.get $3
       i32.lt_s
       if
        local.get $7
        local.get $14
        i32.le_s
        if
         local.get $19
         local.get $14
         i32.const 2
         i32.shl
         i32.add
         local.get $17
         i32.store
         local.get $21
         local.get $14
         i32.const 3
         i32.shl
         i32.add
         local.get $1
         i32.load offset=16
         local.get $16
         i32.const 3
         i32.shl
         i32.add
         i64.load
         i64.store
         local.get $14
         i32.const 1
         i32.add
         local.set $7
        end
        local.get $16
        i32.const 1
        i32.add
        local.set $16
        br $for-loop|03
       end
      end
     end
    end
    local.get $1
    i32.load offset=8
    local.tee $7
    local.get $27
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $16
    local.get $7
    local.get $27
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $14
    loop $for-loop|1
     local.get $14
     local.get $16
     i32.gt_s
     if
      local.get $1
      i32.load offset=12
      local.get $16
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $7
      local.get $3
      i32.lt_s
      if
       local.get $23
       local.get $7
       i32.const 2
       i32.shl
       i32.add
       local.get $17
       i32.store
       local.get $24
       local.get $7
       i32.const 3
       i32.shl
       i32.add
       local.get $1
       i32.load offset=16
       local.get $16
       i32.const 3
       i32.shl
       i32.add
       i64.load
       i64.store
      end
      local.get $16
      i32.const 1
      i32.add
      local.set $16
      br $for-loop|1
     end
    end
    local.get $0
    i32.load offset=8
    local.tee $7
    local.get $27
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $28
    local.get $7
    local.get $27
    i32.const 1
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $16
    loop $for-loop|2
     local.get $16
     local.get $28
     i32.gt_s
     if
      local.get $0
      i32.load offset=12
      local.get $28
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $15
      local.get $3
      i32.lt_s
      if
       local.get $0
       i32.load offset=16
       local.get $28
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.set $26
       local.get $17
       local.get $23
       local.get $15
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.eq
       local.set $14
       local.get $10
       if (result i64)
        local.get $15
        i32.const 3
        i32.shl
        local.tee $7
        local.get $2
        i32.add
        i64.load
        local.set $9
        local.get $14
        if (result i64)
         local.get $7
         local.get $24
         i32.add
         i64.load
        else
         i64.const 0
        end
        local.set $12
        local.get $9
        local.get $26
        i64.xor
        local.get $26
        local.get $26
        local.get $9
        i64.sub
        local.tee $9
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if
         i64.const -9223372036854775808
         i64.const 9223372036854775807
         local.get $26
         i64.const 0
         i64.lt_s
         select
         local.set $9
        end
        i64.const 4294967296
        local.get $9
        local.get $9
        i64.const 4294967296
        i64.ge_s
        select
        local.tee $9
        i64.const 0
        local.get $9
        i64.const 0
        i64.gt_s
        select
        local.get $12
        local.get $26
        i64.xor
        local.get $12
        local.get $12
        local.get $26
        i64.sub
        local.tee $9
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if
         i64.const -9223372036854775808
         i64.const 9223372036854775807
         local.get $12
         i64.const 0
         i64.lt_s
         select
         local.set $9
        end
        i64.const 4294967296
        local.get $9
        local.get $9
        i64.const 4294967296
        i64.ge_s
        select
        local.tee $9
        i64.const 0
        local.get $9
        i64.const 0
        i64.gt_s
        select
        local.get $12
        local.get $26
        i64.le_s
        select
       else
        local.get $15
        i32.const 3
        i32.shl
        local.tee $7
        local.get $2
        i32.add
        i64.load
        local.set $9
        local.get $17
        local.get $20
        local.get $15
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.eq
        if (result i64)
         local.get $7
         local.get $22
         i32.add
         i64.load
        else
         i64.const 0
        end
        local.set $13
        local.get $17
        local.get $19
        local.get $15
        i32.const 2
        i32.shl
        i32.add
        i32.load
        i32.eq
        if (result i64)
         local.get $21
         local.get $15
         i32.const 3
         i32.shl
         i32.add
         i64.load
        else
         i64.const 0
        end
        local.set $12
        local.get $9
        local.get $13
        i64.xor
        local.get $13
        local.get $13
        local.get $9
        i64.sub
        local.tee $9
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if
         i64.const -9223372036854775808
         i64.const 9223372036854775807
         local.get $13
         i64.const 0
         i64.lt_s
         select
         local.set $9
        end
        i64.const 4294967296
        local.get $9
        local.get $9
        i64.const 4294967296
        i64.ge_s
        select
        local.tee $9
        i64.const 0
        local.get $9
        i64.const 0
        i64.gt_s
        select
        local.get $12
        local.get $13
        i64.xor
        local.get $12
        local.get $12
        local.get $13
        i64.sub
        local.tee $9
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if
         i64.const -9223372036854775808
         i64.const 9223372036854775807
         local.get $12
         i64.const 0
         i64.lt_s
         select
         local.set $9
        end
        i64.const 4294967296
        local.get $9
        local.get $9
        i64.const 4294967296
        i64.ge_s
        select
        local.tee $9
        i64.const 0
        local.get $9
        i64.const 0
        i64.gt_s
        select
        local.get $12
        local.get $13
        i64.le_s
        select
       end
       local.tee $9
       i64.eqz
       if (result i64)
        local.get $11
       else
        local.get $9
        i64.const 4294967296
        i64.eq
        if (result i64)
         local.get $18
        else
         local.get $9
         local.get $4
         local.get $5
         local.get $6
         call $assembly/epoch/liquid/alphaOfCombined
        end
       end
       local.set $9
       i64.const -9223372036854775808
       i64.const 9223372036854775807
       local.get $14
       if (result i64)
        local.get $9
        i64.const 4294967296
        i64.xor
        i64.const 4294967296
        local.get $9
        i64.sub
        local.tee $12
        i64.const 4294967296
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if (result i64)
         i64.const 9223372036854775807
        else
         local.get $12
        end
        local.get $24
        local.get $15
        i32.const 3
        i32.shl
        i32.add
        i64.load
        call $assembly/fixed/i32f32/mulSat
       else
        i64.const 0
       end
       local.tee $12
       i64.const 0
       i64.lt_s
       select
       local.set $13
       local.get $12
       local.get $12
       local.get $9
       local.get $26
       call $assembly/fixed/i32f32/mulSat
       local.tee $9
       i64.const 0
       local.get $9
       i64.const 0
       i64.gt_s
       select
       local.tee $12
       i64.add
       local.tee $9
       i64.xor
       local.get $9
       local.get $12
       i64.xor
       i64.and
       i64.const 0
       i64.lt_s
       if
        local.get $13
        local.set $9
       end
       i64.const 4294967296
       local.get $9
       local.get $9
       i64.const 4294967296
       i64.ge_s
       select
       local.tee $9
       i64.const 0
       i64.gt_s
       if
        local.get $25
        i32.load offset=12
        local.get $8
        i32.const 2
        i32.shl
        i32.add
        local.get $15
        i32.store
        local.get $25
        i32.load offset=16
        local.get $8
        i32.const 3
        i32.shl
        i32.add
        local.get $9
        i64.store
        local.get $8
        i32.const 1
        i32.add
        local.set $8
       end
      end
      local.get $28
      i32.const 1
      i32.add
      local.set $28
      br $for-loop|2
     end
    end
    local.get $27
    i32.const 1
    i32.add
    local.set $27
    br $for-loop|0
   end
  end
  local.get $25
  i32.load offset=8
  local.get $0
  i32.load
  i32.const 2
  i32.shl
  i32.add
  local.get $8
  i32.store
  local.get $25
 )
 (func $assembly/epoch/dense/epochDense (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i64)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i64)
  (local $16 i64)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i64)
  (local $30 i64)
  i32.const 1
  local.get $0
  i64.load
  i32.wrap_i64
  local.tee $28
  local.get $28
  i32.const 0
  i32.le_s
  select
  local.set $11
  local.get $28
  call $assembly/epoch/common/allocOutput
  local.set $21
  local.get $0
  i64.load offset=8
  local.set $2
  local.get $0
  i64.load offset=176
  i32.wrap_i64
  local.set $5
  local.get $0
  i64.load offset=168
  i32.wrap_i64
  local.set $9
  local.get $0
  i64.load offset=16
  local.set $3
  i64.const 1
  local.get $0
  i64.load offset=24
  local.tee $6
  i64.const 0
  i64.ne
  if (result i32)
   local.get $3
   i64.const -1
   local.get $6
   i64.div_u
   i64.gt_u
  else
   i32.const 0
  end
  if (result i64)
   i64.const -1
  else
   local.get $3
   local.get $6
   i64.mul
  end
  i64.const 1000
  i64.div_u
  local.tee $6
  local.get $6
  i64.const 1
  i64.le_u
  select
  local.set $6
  local.get $11
  call $assembly/mem/arena/arenaAlloc
  local.set $18
  loop $for-loop|0
   local.get $1
   local.get $28
   i32.lt_s
   if
    local.get $1
    local.get $18
    i32.add
    local.get $2
    i64.const -1
    local.get $9
    local.get $1
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.tee $7
    local.get $6
    i64.add
    local.tee $8
    local.get $7
    local.get $8
    i64.gt_u
    select
    i64.gt_u
    i32.store8
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  local.get $0
  i64.load offset=32
  local.tee $6
  i64.eqz
  if (result i64)
   local.get $2
   local.get $3
   i64.sub
   i64.const 0
   local.get $2
   local.get $3
   i64.gt_u
   select
  else
   local.get $6
   local.get $6
   i64.const 1
   i64.add
   local.get $6
   i64.const -1
   i64.eq
   select
  end
  local.set $2
  local.get $11
  call $assembly/mem/arena/arenaAlloc
  local.set $10
  i32.const 0
  local.set $1
  loop $for-loop|00
   local.get $1
   local.get $28
   i32.lt_s
   if
    local.get $1
    local.get $10
    i32.add
    local.get $5
    local.get $1
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.get $2
    i64.ge_u
    i32.store8
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|00
   end
  end
  local.get $11
  i32.const 4
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $17
  local.get $0
  i64.load offset=152
  i32.wrap_i64
  local.get $0
  i64.load offset=160
  i32.wrap_i64
  local.get $28
  local.get $0
  i64.load offset=144
  local.get $17
  call $assembly/epoch/common/totalStake
  local.get $11
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $20
  local.get $17
  local.get $28
  local.get $0
  i64.load offset=120
  i32.const -1
  local.get $20
  call $assembly/epoch/common/normalizedStake
  local.get $0
  i64.load offset=192
  i32.wrap_i64
  local.set $14
  local.get $11
  call $assembly/mem/arena/arenaAlloc
  local.set $13
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $1
   local.get $28
   i32.lt_s
   if
    local.get $1
    local.get $13
    i32.add
    local.get $1
    local.get $14
    i32.add
    i32.load8_u
    i32.eqz
    i32.store8
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
  local.get $20
  local.get $28
  local.get $0
  i64.load offset=112
  i32.wrap_i64
  local.get $21
  i64.load offset=56
  i32.wrap_i64
  local.tee $12
  call $assembly/math/vector/isTopkNonzero
  local.get $11
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.tee $23
  local.get $20
  local.get $28
  i32.const 3
  i32.shl
  memory.copy
  loop $for-loop|01
   local.get $27
   local.get $28
   i32.lt_s
   if
    local.get $18
    local.get $27
    i32.add
    i32.load8_u
    if
     local.get $23
     local.get $27
     i32.const 3
     i32.shl
     i32.add
     i64.const 0
     i64.store
    end
    local.get $27
    i32.const 1
    i32.add
    local.set $27
    br $for-loop|01
   end
  end
  i32.const 0
  local.set $27
  loop $for-loop|02
   local.get $27
   local.get $28
   i32.lt_s
   if
    local.get $13
    local.get $27
    i32.add
    i32.load8_u
    if
     local.get $23
     local.get $27
     i32.const 3
     i32.shl
     i32.add
     i64.const 0
     i64.store
    end
    local.get $27
    i32.const 1
    i32.add
    local.set $27
    br $for-loop|02
   end
  end
  local.get $23
  local.get $28
  call $assembly/math/vector/normalizeInPlace
  local.get $0
  i32.const 25
  i32.const 26
  i32.const 27
  local.get $28
  i32.const 0
  call $assembly/epoch/dense/readDense
  local.set $4
  loop $for-loop|05
   local.get $26
   local.get $28
   i32.lt_s
   if
    local.get $13
    local.get $26
    i32.add
    i32.load8_u
    if
     local.get $4
     local.get $26
     local.get $28
     i32.mul
     i32.const 3
     i32.shl
     i32.add
     i32.const 0
     local.get $28
     i32.const 3
     i32.shl
     memory.fill
    end
    local.get $26
    i32.const 1
    i32.add
    local.set $26
    br $for-loop|05
   end
  end
  i32.const 0
  local.set $27
  loop $for-loop|06
   local.get $27
   local.get $28
   i32.lt_s
   if
    local.get $4
    local.get $27
    local.get $28
    i32.mul
    local.get $27
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.const 0
    i64.store
    local.get $27
    i32.const 1
    i32.add
    local.set $27
    br $for-loop|06
   end
  end
  i32.const 0
  local.set $26
  loop $for-loop|07
   local.get $26
   local.get $28
   i32.lt_s
   if
    local.get $9
    local.get $26
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $2
    i32.const 0
    local.set $27
    loop $for-loop|18
     local.get $27
     local.get $28
     i32.lt_s
     if
      local.get $2
      local.get $5
      local.get $27
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.le_u
      if
       local.get $4
       local.get $26
       local.get $28
       i32.mul
       local.get $27
       i32.add
       i32.const 3
       i32.shl
       i32.add
       i64.const 0
       i64.store
      end
      local.get $27
      i32.const 1
      i32.add
      local.set $27
      br $for-loop|18
     end
    end
    local.get $26
    i32.const 1
    i32.add
    local.set $26
    br $for-loop|07
   end
  end
  loop $for-loop|03
   local.get $25
   local.get $28
   i32.lt_s
   if
    i64.const 0
    local.set $2
    i32.const 0
    local.set $26
    loop $for-loop|14
     local.get $26
     local.get $28
     i32.lt_s
     if
      local.get $2
      local.get $4
      local.get $25
      local.get $28
      i32.mul
      local.get $26
      i32.add
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.add
      local.set $2
      local.get $26
      i32.const 1
      i32.add
      local.set $26
      br $for-loop|14
     end
    end
    local.get $2
    i64.const 0
    i64.gt_s
    if
     i32.const 0
     local.set $26
     loop $for-loop|2
      local.get $26
      local.get $28
      i32.lt_s
      if
       local.get $4
       local.get $25
       local.get $28
       i32.mul
       local.get $26
       i32.add
       i32.const 3
       i32.shl
       i32.add
       local.tee $1
       i64.const 0
       local.get $1
       i64.load
       local.get $2
       call $assembly/fixed/i32f32/divRaw
       global.get $assembly/fixed/i32f32/failed
       select
       i64.store
       local.get $26
       i32.const 1
       i32.add
       local.set $26
       br $for-loop|2
      end
     end
    end
    local.get $25
    i32.const 1
    i32.add
    local.set $25
    br $for-loop|03
   end
  end
  local.get $23
  local.get $4
  local.get $28
  local.get $0
  i64.load offset=48
  call $assembly/epoch/common/u16Ratio
  local.get $11
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.tee $19
  call $assembly/math/dense/weightedMedianCol
  local.get $28
  call $assembly/math/dense/denseNew
  local.tee $5
  local.get $4
  local.get $28
  local.get $28
  i32.mul
  i32.const 3
  i32.shl
  memory.copy
  i32.const 0
  local.set $27
  loop $for-loop|09
   local.get $27
   local.get $28
   i32.lt_s
   if
    i32.const 0
    local.set $25
    loop $for-loop|110
     local.get $25
     local.get $28
     i32.lt_s
     if
      local.get $5
      local.get $27
      local.get $28
      i32.mul
      local.get $25
      i32.add
      i32.const 3
      i32.shl
      i32.add
      local.tee $1
      i64.load
      local.set $2
      local.get $1
      local.get $19
      local.get $25
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.tee $3
      local.get $2
      local.get $2
      local.get $3
      i64.gt_s
      select
      i64.store
      local.get $25
      i32.const 1
      i32.add
      local.set $25
      br $for-loop|110
     end
    end
    local.get $27
    i32.const 1
    i32.add
    local.set $27
    br $for-loop|09
   end
  end
  local.get $11
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $13
  i32.const 0
  local.set $27
  loop $for-loop|011
   local.get $27
   local.get $28
   i32.lt_s
   if
    i64.const 0
    local.set $2
    i32.const 0
    local.set $25
    loop $for-loop|112
     local.get $25
     local.get $28
     i32.lt_s
     if
      local.get $2
      local.get $5
      local.get $27
      local.get $28
      i32.mul
      local.get $25
      i32.add
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.add
      local.set $2
      local.get $25
      i32.const 1
      i32.add
      local.set $25
      br $for-loop|112
     end
    end
    local.get $13
    local.get $27
    i32.const 3
    i32.shl
    i32.add
    local.get $2
    i64.store
    local.get $27
    i32.const 1
    i32.add
    local.set $27
    br $for-loop|011
   end
  end
  local.get $11
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.tee $9
  i32.const 0
  local.get $28
  i32.const 3
  i32.shl
  memory.fill
  loop $for-loop|013
   local.get $24
   local.get $28
   i32.lt_s
   if
    local.get $23
    local.get $24
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $2
    i32.const 0
    local.set $27
    loop $for-loop|114
     local.get $27
     local.get $28
     i32.lt_s
     if
      i64.const -9223372036854775808
      i64.const 9223372036854775807
      local.get $9
      local.get $27
      i32.const 3
      i32.shl
      i32.add
      local.tee $1
      i64.load
      local.tee $3
      i64.const 0
      i64.lt_s
      select
      local.set $6
      local.get $1
      local.get $3
      local.get $2
      local.get $5
      local.get $24
      local.get $28
      i32.mul
      local.get $27
      i32.add
      i32.const 3
      i32.shl
      i32.add
      i64.load
      call $assembly/fixed/i32f32/mulSat
      local.tee $7
      local.get $3
      i64.add
      local.tee $3
      i64.xor
      local.get $3
      local.get $7
      i64.xor
      i64.and
      i64.const 0
      i64.ge_s
      if (result i64)
       local.get $3
      else
       local.get $6
      end
      i64.store
      local.get $27
      i32.const 1
      i32.add
      local.set $27
      br $for-loop|114
     end
    end
    local.get $24
    i32.const 1
    i32.add
    local.set $24
    br $for-loop|013
   end
  end
  local.get $9
  local.get $28
  call $assembly/math/vector/normalizeInPlace
  local.get $4
  local.set $1
  block $__inlined_func$assembly/math/dense/interpolate$315
   local.get $0
   i32.const -64
   i32.sub
   i64.load
   call $assembly/epoch/common/u16Ratio
   local.tee $2
   i64.eqz
   br_if $__inlined_func$assembly/math/dense/interpolate$315
   local.get $5
   local.set $1
   local.get $2
   i64.const 4294967296
   i64.eq
   br_if $__inlined_func$assembly/math/dense/interpolate$315
   local.get $28
   call $assembly/math/dense/denseNew
   local.set $1
   i32.const 0
   local.set $27
   loop $for-loop|015
    local.get $27
    local.get $28
    local.get $28
    i32.mul
    i32.lt_s
    if
     local.get $27
     i32.const 3
     i32.shl
     local.tee $24
     local.get $1
     i32.add
     i64.const -9223372036854775808
     i64.const 9223372036854775807
     local.get $4
     local.get $24
     i32.add
     i64.load
     local.tee $3
     i64.const 0
     i64.lt_s
     select
     local.set $6
     local.get $5
     local.get $24
     i32.add
     i64.load
     local.tee $7
     local.get $3
     i64.sub
     local.set $8
     local.get $3
     local.get $3
     local.get $2
     local.get $3
     local.get $7
     i64.xor
     local.get $7
     local.get $8
     i64.xor
     i64.and
     i64.const 0
     i64.lt_s
     if (result i64)
      i64.const -9223372036854775808
      i64.const 9223372036854775807
      local.get $7
      i64.const 0
      i64.lt_s
      select
     else
      local.get $8
     end
     call $assembly/fixed/i32f32/mulSat
     local.tee $3
     i64.add
     local.tee $7
     i64.xor
     local.get $3
     local.get $7
     i64.xor
     i64.and
     i64.const 0
     i64.lt_s
     if (result i64)
      local.get $6
     else
      local.get $7
     end
     i64.store
     local.get $27
     i32.const 1
     i32.add
     local.set $27
     br $for-loop|015
    end
   end
  end
  local.get $0
  i64.load offset=56
  local.set $2
  local.get $11
  i32.const 3
  i32.shl
  call $assembly/mem/arena/arenaAlloc
  local.set $5
  local.get $0
  i64.load offset=104
  i64.const 0
  i64.ne
  if
   local.get $0
   i32.const 28
   i32.const 29
   i32.const 30
   local.get $28
   i32.const 1
   call $assembly/epoch/dense/readDense
   local.set $24
   loop $for-loop|016
    local.get $22
    local.get $28
    i32.lt_s
    if
     i32.const 0
     local.set $26
     loop $for-loop|117
      local.get $26
      local.get $28
      i32.lt_s
      if
       local.get $10
       local.get $26
       i32.add
       i32.load8_u
       if
        local.get $24
        local.get $22
        local.get $28
        i32.mul
        local.get $26
        i32.add
        i32.const 3
        i32.shl
        i32.add
        i64.const 0
        i64.store
       end
       local.get $26
       i32.const 1
       i32.add
       local.set $26
       br $for-loop|117
      end
     end
     local.get $22
     i32.const 1
     i32.add
     local.set $22
     br $for-loop|016
    end
   end
   i32.const 0
   local.set $25
   i32.const 0
   local.set $26
   loop $for-loop|25
    local.get $26
    local.get $28
    i32.lt_s
    if
     block $for-break2
      local.get $19
      local.get $26
      i32.const 3
      i32.shl
      i32.add
      i64.load
      i64.const 0
      i64.ne
      if
       i32.const 1
       local.set $25
       br $for-break2
      end
      local.get $26
      i32.const 1
      i32.add
      local.set $26
      br $for-loop|25
     end
    end
   end
   local.get $25
   local.get $28
   i32.const 0
   i32.gt_s
   local.get $0
   i64.load offset=72
   i64.const 0
   i64.ne
   i32.and
   i32.and
   if
    local.get $0
    i64.load offset=80
    call $assembly/epoch/common/u16Ratio
    local.set $16
    local.get $0
    i64.load offset=88
    call $assembly/epoch/common/u16Ratio
    local.set $15
    block $assembly/fixed/i32f32/fromI64Sat|inlined.1 (result i64)
     i64.const 9223372036854775807
     local.get $0
     i64.load offset=96
     local.tee $2
     i64.const 2147483647
     i64.gt_s
     br_if $assembly/fixed/i32f32/fromI64Sat|inlined.1
     drop
     i64.const -9223372036854775808
     local.get $2
     i64.const -2147483648
     i64.lt_s
     br_if $assembly/fixed/i32f32/fromI64Sat|inlined.1
     drop
     local.get $2
     i64.const 32
     i64.shl
    end
    local.set $29
    local.get $28
    call $assembly/math/dense/denseNew
    local.set $26
    i64.const 0
    local.get $16
    local.get $15
    local.get $29
    call $assembly/epoch/liquid/alphaOfCombined
    local.set $3
    i64.const 4294967296
    local.get $16
    local.get $15
    local.get $29
    call $assembly/epoch/liquid/alphaOfCombined
    local.set $8
    i32.const 0
    local.set $22
    loop $for-loop|3
     local.get $22
     local.get $28
     i32.lt_s
     if
      i32.const 0
      local.set $25
      loop $for-loop|4
       local.get $25
       local.get $28
       i32.lt_s
       if
        local.get $22
        local.get $28
        i32.mul
        local.get $25
        i32.add
        i32.const 3
        i32.shl
        local.tee $10
        local.get $1
        i32.add
        i64.load
        local.set $7
        local.get $10
        local.get $24
        i32.add
        i64.load
        local.set $6
        local.get $7
        local.get $19
        local.get $25
        i32.const 3
        i32.shl
        i32.add
        i64.load
        local.tee $30
        i64.sub
        local.set $2
        local.get $7
        local.get $30
        i64.xor
        local.get $2
        local.get $7
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if
         i64.const -9223372036854775808
         i64.const 9223372036854775807
         local.get $7
         i64.const 0
         i64.lt_s
         select
         local.set $2
        end
        i64.const 4294967296
        i64.const 4294967296
        local.get $2
        local.get $2
        i64.const 4294967296
        i64.ge_s
        select
        local.tee $2
        i64.const 0
        local.get $2
        i64.const 0
        i64.gt_s
        select
        local.get $6
        local.get $7
        i64.xor
        local.get $6
        local.get $6
        local.get $7
        i64.sub
        local.tee $2
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if
         i64.const -9223372036854775808
         i64.const 9223372036854775807
         local.get $6
         i64.const 0
         i64.lt_s
         select
         local.set $2
        end
        i64.const 4294967296
        local.get $2
        local.get $2
        i64.const 4294967296
        i64.ge_s
        select
        local.tee $2
        i64.const 0
        local.get $2
        i64.const 0
        i64.gt_s
        select
        local.get $6
        local.get $7
        i64.le_s
        select
        local.tee $2
        i64.eqz
        if (result i64)
         local.get $3
        else
         local.get $2
         i64.const 4294967296
         i64.eq
         if (result i64)
          local.get $8
         else
          local.get $2
          local.get $16
          local.get $15
          local.get $29
          call $assembly/epoch/liquid/alphaOfCombined
         end
        end
        local.tee $2
        i64.sub
        local.set $30
        i64.const -9223372036854775808
        i64.const 9223372036854775807
        i64.const 9223372036854775807
        local.get $30
        local.get $2
        i64.const 4294967296
        i64.xor
        local.get $30
        i64.const 4294967296
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        select
        local.get $6
        call $assembly/fixed/i32f32/mulSat
        local.tee $6
        i64.const 0
        i64.lt_s
        select
        local.set $30
        local.get $2
        local.get $7
        call $assembly/fixed/i32f32/mulSat
        local.tee $2
        i64.const 0
        local.get $2
        i64.const 0
        i64.gt_s
        select
        local.tee $7
        local.get $6
        i64.add
        local.tee $2
        local.get $6
        i64.xor
        local.get $2
        local.get $7
        i64.xor
        i64.and
        i64.const 0
        i64.lt_s
        if
         local.get $30
         local.set $2
        end
        local.get $10
        local.get $26
        i32.add
        i64.const 4294967296
        local.get $2
        local.get $2
        i64.const 4294967296
        i64.ge_s
        select
        i64.store
        local.get $25
        i32.const 1
        i32.add
        local.set $25
        br $for-loop|4
       end
      end
      local.get $22
      i32.const 1
      i32.add
      local.set $22
      br $for-loop|3
     end
    end
   else
    local.get $1
    local.get $24
    local.get $28
    local.get $2
    call $assembly/epoch/common/emaAlphaDisabledLiquid
    call $assembly/math/dense/matEma
    local.set $26
   end
   local.get $28
   call $assembly/math/dense/denseNew
   local.tee $1
   local.get $26
   local.get $28
   local.get $28
   i32.mul
   i32.const 3
   i32.shl
   memory.copy
   local.get $1
   local.get $28
   call $assembly/math/dense/colNormalize
   local.get $11
   i32.const 3
   i32.shl
   call $assembly/mem/arena/arenaAlloc
   local.set $10
   i32.const 0
   local.set $27
   loop $for-loop|018
    local.get $27
    local.get $28
    i32.lt_s
    if
     i64.const 0
     local.set $2
     i32.const 0
     local.set $24
     loop $for-loop|119
      local.get $24
      local.get $28
      i32.lt_s
      if
       local.get $2
       i64.const 0
       local.get $1
       local.get $27
       local.get $28
       i32.mul
       local.get $24
       i32.add
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.get $9
       local.get $24
       i32.const 3
       i32.shl
       i32.add
       i64.load
       call $assembly/fixed/i32f32/mulChecked
       global.get $assembly/fixed/i32f32/failed
       select
       i64.add
       local.set $2
       local.get $24
       i32.const 1
       i32.add
       local.set $24
       br $for-loop|119
      end
     end
     local.get $10
     local.get $27
     i32.const 3
     i32.shl
     i32.add
     local.get $2
     i64.store
     local.get $27
     i32.const 1
     i32.add
     local.set $27
     br $for-loop|018
    end
   end
   local.get $10
   local.get $23
   local.get $28
   local.get $5
   call $assembly/math/vector/vecMul
   local.get $5
   local.get $28
   call $assembly/math/vector/normalizeInPlace
  else
   local.get $0
   i32.const 28
   i32.const 29
   i32.const 30
   local.get $28
   i32.const 0
   call $assembly/epoch/dense/readDense
   local.set $11
   i32.const 0
   local.set $27
   loop $for-loop|020
    local.get $27
    local.get $28
    i32.lt_s
    if
     i32.const 0
     local.set $26
     loop $for-loop|121
      local.get $26
      local.get $28
      i32.lt_s
      if
       local.get $10
       local.get $26
       i32.add
       i32.load8_u
       if
        local.get $11
        local.get $27
        local.get $28
        i32.mul
        local.get $26
        i32.add
        i32.const 3
        i32.shl
        i32.add
        i64.const 0
        i64.store
       end
       local.get $26
       i32.const 1
       i32.add
       local.set $26
       br $for-loop|121
      end
     end
     local.get $27
     i32.const 1
     i32.add
     local.set $27
     br $for-loop|020
    end
   end
   local.get $11
   local.get $28
   call $assembly/math/dense/colNormalize
   local.get $28
   call $assembly/math/dense/denseNew
   local.set $10
   i32.const 0
   local.set $25
   loop $for-loop|025
    local.get $25
    local.get $28
    i32.lt_s
    if
     local.get $23
     local.get $25
     i32.const 3
     i32.shl
     i32.add
     i64.load
     local.set $3
     i32.const 0
     local.set $26
     loop $for-loop|126
      local.get $26
      local.get $28
      i32.lt_s
      if
       local.get $25
       local.get $28
       i32.mul
       local.get $26
       i32.add
       i32.const 3
       i32.shl
       local.tee $22
       local.get $10
       i32.add
       local.get $3
       local.get $1
       local.get $22
       i32.add
       i64.load
       call $assembly/fixed/i32f32/mulSat
       i64.store
       local.get $26
       i32.const 1
       i32.add
       local.set $26
       br $for-loop|126
      end
     end
     local.get $25
     i32.const 1
     i32.add
     local.set $25
     br $for-loop|025
    end
   end
   local.get $10
   local.get $28
   call $assembly/math/dense/colNormalize
   local.get $10
   local.get $11
   local.get $28
   local.get $2
   call $assembly/epoch/common/emaAlphaNormal
   call $assembly/math/dense/matEma
   local.tee $26
   local.get $28
   call $assembly/math/dense/colNormalize
   i32.const 0
   local.set $24
   loop $for-loop|027
    local.get $24
    local.get $28
    i32.lt_s
    if
     i64.const 0
     local.set $2
     i32.const 0
     local.set $25
     loop $for-loop|128
      local.get $25
      local.get $28
      i32.lt_s
      if
       local.get $26
       local.get $24
       local.get $28
       i32.mul
       local.get $25
       i32.add
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.get $9
       local.get $25
       i32.const 3
       i32.shl
       i32.add
       i64.load
       call $assembly/fixed/i32f32/mulSat
       local.tee $6
       local.get $2
       i64.add
       local.tee $3
       local.get $2
       i64.xor
       local.get $3
       local.get $6
       i64.xor
       i64.and
       i64.const 0
       i64.lt_s
       if (result i64)
        i64.const -9223372036854775808
        i64.const 9223372036854775807
        local.get $2
        i64.const 0
        i64.lt_s
        select
       else
        local.get $3
       end
       local.set $2
       local.get $25
       i32.const 1
       i32.add
       local.set $25
       br $for-loop|128
      end
     end
     local.get $5
     local.get $24
     i32.const 3
     i32.shl
     i32.add
     local.get $2
     i64.store
     local.get $24
     i32.const 1
     i32.add
     local.set $24
     br $for-loop|027
    end
   end
   local.get $5
   local.get $28
   call $assembly/math/vector/normalizeInPlace
   i32.const 0
   local.set $25
   i32.const 0
   local.set $24
   i32.const 1
   local.get $28
   local.get $28
   i32.const 0
   i32.le_s
   select
   i32.const 3
   i32.shl
   local.tee $1
   call $assembly/mem/arena/arenaAlloc
   local.tee $10
   i32.const 0
   local.get $1
   memory.fill
   loop $for-loop|04
    local.get $25
    local.get $28
    i32.lt_s
    if
     i32.const 0
     local.set $27
     loop $for-loop|15
      local.get $27
      local.get $28
      i32.lt_s
      if
       local.get $26
       local.get $25
       local.get $28
       i32.mul
       local.get $27
       i32.add
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.tee $2
       local.get $10
       local.get $27
       i32.const 3
       i32.shl
       i32.add
       local.tee $1
       i64.load
       i64.gt_s
       if
        local.get $1
        local.get $2
        i64.store
       end
       local.get $27
       i32.const 1
       i32.add
       local.set $27
       br $for-loop|15
      end
     end
     local.get $25
     i32.const 1
     i32.add
     local.set $25
     br $for-loop|04
    end
   end
   loop $for-loop|26
    local.get $24
    local.get $28
    i32.lt_s
    if
     i32.const 0
     local.set $27
     loop $for-loop|37
      local.get $27
      local.get $28
      i32.lt_s
      if
       local.get $10
       local.get $27
       i32.const 3
       i32.shl
       i32.add
       i64.load
       local.tee $2
       i64.const 0
       i64.ne
       if
        local.get $26
        local.get $24
        local.get $28
        i32.mul
        local.get $27
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.tee $1
        i64.const 0
        local.get $1
        i64.load
        local.get $2
        call $assembly/fixed/i32f32/divRaw
        global.get $assembly/fixed/i32f32/failed
        select
        i64.store
       end
       local.get $27
       i32.const 1
       i32.add
       local.set $27
       br $for-loop|37
      end
     end
     local.get $24
     i32.const 1
     i32.add
     local.set $24
     br $for-loop|26
    end
   end
  end
  local.get $28
  local.get $0
  i64.load offset=40
  local.get $20
  local.get $23
  local.get $9
  local.get $5
  local.get $19
  local.get $13
  local.get $17
  local.get $18
  local.get $21
  call $assembly/epoch/common/writeEmissionAndOutputs
  local.get $26
  local.get $28
  call $assembly/math/dense/denseToCsr
  local.tee $0
  local.get $12
  local.get $14
  local.get $28
  local.get $21
  call $assembly/epoch/common/writeBondRows
  local.get $4
  local.get $28
  call $assembly/math/dense/denseToCsr
  local.get $21
  i32.const 21
  i32.const 22
  i32.const 23
  i32.const 27
  call $assembly/epoch/common/writeCsr
  local.get $28
  i32.eqz
  if
   i32.const 1
   i32.const 0
   call $assembly/math/csr/csrNew
   local.tee $0
   i32.load offset=8
   i64.const 0
   i64.store align=1
  end
  local.get $0
  local.get $21
  i32.const 24
  i32.const 25
  i32.const 26
  i32.const 28
  call $assembly/epoch/common/writeCsr
  local.get $21
 )
 (func $assembly/emission/split/accumulatePending (param $0 i64) (param $1 i64) (param $2 i32) (param $3 i64) (param $4 i64) (param $5 i64) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 i64)
  (local $10 i64)
  i64.const 0
  global.set $assembly/emission/split/accServer
  i64.const 0
  global.set $assembly/emission/split/accValidator
  i64.const 0
  global.set $assembly/emission/split/accRoot
  i64.const 0
  global.set $assembly/emission/split/accOwnerCut
  i64.const 0
  global.set $assembly/emission/split/accRecycledRoot
  loop $for-loop|0
   local.get $2
   local.get $8
   i32.gt_u
   if
    local.get $0
    local.get $3
    local.get $4
    local.get $5
    local.get $6
    call $assembly/emission/split/alphaOutSplit
    i64.const -1
    global.get $assembly/emission/split/accServer
    local.tee $9
    global.get $assembly/emission/split/pendingServer
    i64.add
    local.tee $10
    local.get $9
    local.get $10
    i64.gt_u
    select
    global.set $assembly/emission/split/accServer
    i64.const -1
    global.get $assembly/emission/split/accValidator
    local.tee $9
    global.get $assembly/emission/split/pendingValidator
    i64.add
    local.tee $10
    local.get $9
    local.get $10
    i64.gt_u
    select
    global.set $assembly/emission/split/accValidator
    i64.const -1
    global.get $assembly/emission/split/accOwnerCut
    local.tee $9
    global.get $assembly/emission/split/ownerCut
    i64.add
    local.tee $10
    local.get $9
    local.get $10
    i64.gt_u
    select
    global.set $assembly/emission/split/accOwnerCut
    i64.const -1
    i64.const -1
    global.get $assembly/emission/split/alphaCreated
    local.get $0
    i64.add
    local.tee $9
    local.get $0
    local.get $9
    i64.gt_u
    select
    local.tee $0
    local.get $1
    i64.add
    local.tee $9
    local.get $0
    local.get $9
    i64.gt_u
    select
    local.set $0
    local.get $7
    if
     i64.const -1
     global.get $assembly/emission/split/accRoot
     local.tee $9
     global.get $assembly/emission/split/rootAlpha
     i64.add
     local.tee $10
     local.get $9
     local.get $10
     i64.gt_u
     select
     global.set $assembly/emission/split/accRoot
    else
     i64.const -1
     global.get $assembly/emission/split/accRecycledRoot
     local.tee $9
     global.get $assembly/emission/split/rootAlpha
     i64.add
     local.tee $10
     local.get $9
     local.get $10
     i64.gt_u
     select
     global.set $assembly/emission/split/accRecycledRoot
     local.get $0
     global.get $assembly/emission/split/rootAlpha
     i64.sub
     i64.const 0
     local.get $0
     global.get $assembly/emission/split/rootAlpha
     i64.gt_u
     select
     local.set $0
    end
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  local.get $0
  global.set $assembly/emission/split/accAlphaIssuance
 )
 (func $assembly/emission/shares/subnetTerms (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (param $4 i64) (param $5 i64) (param $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i32)
  local.get $4
  call $assembly/emission/block/blockEmissionForIssuance
  local.set $10
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $assembly/fixed/u96f32/divChecked
  i64.const 0
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/failed
  select
  local.set $8
  i64.const 0
  global.get $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/failed
  select
  local.set $9
  local.get $1
  local.set $7
  local.get $4
  local.get $5
  local.get $6
  call $assembly/emission/split/rootProportion
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  local.get $10
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $10
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  call $assembly/fixed/u96f32/mulSat
  block $__inlined_func$assembly/fixed/u96f32/subSat$386
   local.get $0
   global.get $assembly/fixed/u96f32/rh
   local.tee $4
   local.get $8
   i64.eq
   local.tee $11
   global.get $assembly/fixed/u96f32/rl
   local.tee $5
   local.get $9
   i64.le_u
   i32.and
   local.get $4
   local.get $8
   i64.lt_u
   i32.or
   if (result i32)
    local.get $5
    local.get $9
    i64.eq
    local.get $11
    i32.and
   else
    i32.const 1
   end
   if (result i64)
    local.get $0
   else
    local.get $4
    local.tee $8
    local.get $5
    local.tee $9
    local.get $2
    local.get $3
    call $assembly/fixed/u96f32/mulSat
    global.get $assembly/fixed/u96f32/rl
    local.set $7
    global.get $assembly/fixed/u96f32/rh
   end
   local.tee $2
   i64.eq
   local.get $1
   local.get $7
   i64.lt_u
   i32.and
   local.get $0
   local.get $2
   i64.lt_u
   i32.or
   if
    i64.const 0
    global.set $assembly/fixed/u96f32/rh
    i64.const 0
    global.set $assembly/fixed/u96f32/rl
    br $__inlined_func$assembly/fixed/u96f32/subSat$386
   end
   local.get $1
   local.get $7
   i64.sub
   global.set $assembly/fixed/u96f32/rl
   local.get $0
   local.get $2
   i64.sub
   local.get $1
   local.get $7
   i64.lt_u
   i64.extend_i32_u
   i64.sub
   global.set $assembly/fixed/u96f32/rh
  end
  global.get $assembly/fixed/u96f32/rh
  global.set $assembly/emission/shares/excessTao
  global.get $assembly/fixed/u96f32/rl
  global.set $assembly/emission/shares/excessTaoLo
  local.get $2
  global.set $assembly/emission/shares/taoIn
  local.get $7
  global.set $assembly/emission/shares/taoInLo
  local.get $8
  global.set $assembly/emission/shares/alphaIn
  local.get $9
  global.set $assembly/emission/shares/alphaInLo
  local.get $10
  global.set $assembly/emission/shares/alphaOut
 )
 (func $assembly/emission/shares/subnetBlockEmissions (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i64) (param $6 i32)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i32)
  (local $11 i64)
  (local $12 i32)
  (local $13 i64)
  (local $14 i64)
  (local $15 i32)
  (local $16 i64)
  (local $17 i32)
  (local $18 i64)
  i32.const 1
  local.get $0
  local.get $0
  i32.const 0
  i32.le_s
  select
  i32.const 4
  i32.shl
  local.tee $17
  call $assembly/mem/arena/arenaAlloc
  local.set $15
  local.get $17
  call $assembly/mem/arena/arenaAlloc
  local.set $12
  local.get $17
  call $assembly/mem/arena/arenaAlloc
  local.set $17
  loop $for-loop|0
   local.get $0
   local.get $10
   i32.gt_s
   if
    local.get $1
    local.get $10
    i32.add
    i32.load8_u
    if
     block $assembly/emission/shares/i96ToU64F64|inlined.0
      local.get $2
      local.get $10
      i32.const 1
      i32.shl
      i32.const 1
      i32.add
      i32.const 3
      i32.shl
      i32.add
      i64.load
      local.set $7
      local.get $2
      local.get $10
      i32.const 4
      i32.shl
      i32.add
      i64.load
      local.tee $8
      i64.const 0
      i64.lt_s
      if
       i64.const 0
       global.set $assembly/fixed/u64f64/rh
       i64.const 0
       global.set $assembly/fixed/u64f64/rl
       br $assembly/emission/shares/i96ToU64F64|inlined.0
      end
      local.get $8
      i64.const 32
      i64.shr_u
      i64.const 0
      i64.ne
      if
       i64.const -1
       global.set $assembly/fixed/u64f64/rh
       i64.const -1
       global.set $assembly/fixed/u64f64/rl
       br $assembly/emission/shares/i96ToU64F64|inlined.0
      end
      local.get $8
      i64.const 32
      i64.shl
      local.get $7
      i64.const 32
      i64.shr_u
      i64.or
      global.set $assembly/fixed/u64f64/rh
      local.get $7
      i64.const 32
      i64.shl
      global.set $assembly/fixed/u64f64/rl
     end
    else
     i64.const 1
     global.set $assembly/fixed/u64f64/rh
     i64.const 0
     global.set $assembly/fixed/u64f64/rl
    end
    local.get $15
    local.get $10
    i32.const 4
    i32.shl
    i32.add
    global.get $assembly/fixed/u64f64/rh
    i64.store
    local.get $15
    local.get $10
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    global.get $assembly/fixed/u64f64/rl
    i64.store
    block $__inlined_func$assembly/fixed/u64f64/addSat$381
     global.get $assembly/fixed/u64f64/rl
     local.get $9
     i64.add
     local.tee $7
     local.get $9
     i64.lt_u
     i64.extend_i32_u
     local.tee $8
     global.get $assembly/fixed/u64f64/rh
     local.tee $9
     local.get $11
     i64.add
     i64.add
     local.tee $16
     local.get $11
     i64.lt_u
     if (result i32)
      i32.const 1
     else
      local.get $8
      i32.wrap_i64
      local.get $11
      local.get $16
      i64.eq
      i32.and
      local.get $9
      i64.const -1
      i64.eq
      i32.and
     end
     if
      i64.const -1
      global.set $assembly/fixed/u64f64/rh
      i64.const -1
      global.set $assembly/fixed/u64f64/rl
      br $__inlined_func$assembly/fixed/u64f64/addSat$381
     end
     local.get $16
     global.set $assembly/fixed/u64f64/rh
     local.get $7
     global.set $assembly/fixed/u64f64/rl
    end
    global.get $assembly/fixed/u64f64/rh
    local.set $11
    global.get $assembly/fixed/u64f64/rl
    local.set $9
    local.get $10
    i32.const 1
    i32.add
    local.set $10
    br $for-loop|0
   end
  end
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $0
   local.get $1
   i32.gt_s
   if
    local.get $1
    i32.const 4
    i32.shl
    local.tee $2
    local.get $15
    i32.add
    i64.load
    local.get $1
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    local.tee $10
    local.get $15
    i32.add
    i64.load
    local.get $11
    local.get $9
    call $assembly/fixed/u64f64/divChecked
    local.get $2
    local.get $12
    i32.add
    i64.const 0
    global.get $assembly/fixed/u64f64/rh
    global.get $assembly/fixed/u64f64/failed
    select
    local.tee $16
    i64.store
    local.get $10
    local.get $12
    i32.add
    i64.const 0
    global.get $assembly/fixed/u64f64/rl
    global.get $assembly/fixed/u64f64/failed
    select
    local.tee $18
    i64.store
    local.get $3
    local.get $10
    i32.add
    i64.load
    local.set $7
    local.get $2
    local.get $3
    i32.add
    i64.load
    local.tee $8
    i64.const 32
    i64.shr_u
    i64.const 0
    i64.ne
    if (result i64)
     i64.const -1
     local.set $8
     i64.const -1
    else
     local.get $8
     i64.const 32
     i64.shl
     local.get $7
     i64.const 32
     i64.shr_u
     i64.or
     local.set $8
     local.get $7
     i64.const 32
     i64.shl
    end
    local.set $7
    local.get $8
    i64.const 1
    i64.eq
    local.get $7
    i64.const 0
    i64.ne
    i32.and
    local.get $8
    i64.const 1
    i64.gt_u
    i32.or
    if
     i64.const 1
     local.set $8
     i64.const 0
     local.set $7
    end
    block $__inlined_func$assembly/fixed/u64f64/subSat$382
     local.get $8
     i64.const 1
     i64.eq
     local.get $7
     i64.const 0
     i64.ne
     i32.and
     local.get $8
     i64.const 1
     i64.gt_u
     i32.or
     if
      i64.const 0
      global.set $assembly/fixed/u64f64/rh
      i64.const 0
      global.set $assembly/fixed/u64f64/rl
      br $__inlined_func$assembly/fixed/u64f64/subSat$382
     end
     i64.const 0
     local.get $7
     i64.sub
     global.set $assembly/fixed/u64f64/rl
     i64.const 1
     local.get $8
     i64.sub
     local.get $7
     i64.const 0
     i64.ne
     i64.extend_i32_u
     i64.sub
     global.set $assembly/fixed/u64f64/rh
    end
    local.get $16
    local.get $18
    global.get $assembly/fixed/u64f64/rh
    global.get $assembly/fixed/u64f64/rl
    call $assembly/fixed/u64f64/mulSat
    local.get $17
    local.get $1
    i32.const 4
    i32.shl
    i32.add
    global.get $assembly/fixed/u64f64/rh
    i64.store
    local.get $17
    local.get $1
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    global.get $assembly/fixed/u64f64/rl
    i64.store
    block $__inlined_func$assembly/fixed/u64f64/addSat$383
     global.get $assembly/fixed/u64f64/rl
     local.get $13
     i64.add
     local.tee $7
     local.get $13
     i64.lt_u
     i64.extend_i32_u
     local.tee $8
     global.get $assembly/fixed/u64f64/rh
     local.tee $13
     local.get $14
     i64.add
     i64.add
     local.tee $16
     local.get $14
     i64.lt_u
     if (result i32)
      i32.const 1
     else
      local.get $8
      i32.wrap_i64
      local.get $14
      local.get $16
      i64.eq
      i32.and
      local.get $13
      i64.const -1
      i64.eq
      i32.and
     end
     if
      i64.const -1
      global.set $assembly/fixed/u64f64/rh
      i64.const -1
      global.set $assembly/fixed/u64f64/rl
      br $__inlined_func$assembly/fixed/u64f64/addSat$383
     end
     local.get $16
     global.set $assembly/fixed/u64f64/rh
     local.get $7
     global.set $assembly/fixed/u64f64/rl
    end
    global.get $assembly/fixed/u64f64/rh
    local.set $14
    global.get $assembly/fixed/u64f64/rl
    local.set $13
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
  local.get $14
  i64.const 0
  i64.ne
  local.tee $1
  i32.eqz
  if
   local.get $13
   i64.const 0
   i64.ne
   local.set $1
  end
  i64.const 0
  local.set $8
  i64.const 0
  local.set $7
  i32.const 0
  local.set $3
  i32.const 0
  local.set $2
  loop $for-loop|2
   local.get $0
   local.get $2
   i32.gt_s
   if
    local.get $2
    i32.const 4
    i32.shl
    local.tee $10
    local.get $12
    i32.add
    local.get $1
    if (result i64)
     local.get $10
     local.get $17
     i32.add
     i64.load
     local.get $17
     local.get $2
     i32.const 1
     i32.shl
     i32.const 1
     i32.add
     i32.const 3
     i32.shl
     i32.add
     i64.load
     local.get $14
     local.get $13
     call $assembly/fixed/u64f64/divChecked
     i64.const 0
     global.get $assembly/fixed/u64f64/rl
     global.get $assembly/fixed/u64f64/failed
     select
     local.set $9
     i64.const 0
     global.get $assembly/fixed/u64f64/rh
     global.get $assembly/fixed/u64f64/failed
     select
    else
     local.get $12
     local.get $2
     i32.const 1
     i32.shl
     i32.const 1
     i32.add
     i32.const 3
     i32.shl
     i32.add
     i64.load
     local.set $9
     local.get $12
     local.get $2
     i32.const 4
     i32.shl
     i32.add
     i64.load
    end
    local.tee $11
    i64.store
    local.get $12
    local.get $2
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    local.get $9
    i64.store
    local.get $2
    local.get $4
    i32.add
    i32.load8_u
    if
     block $__inlined_func$assembly/fixed/u64f64/addSat$384
      local.get $7
      local.get $9
      i64.add
      local.tee $9
      local.get $7
      i64.lt_u
      i64.extend_i32_u
      local.tee $7
      local.get $8
      local.get $11
      i64.add
      i64.add
      local.tee $16
      local.get $8
      i64.lt_u
      if (result i32)
       i32.const 1
      else
       local.get $7
       i32.wrap_i64
       local.get $8
       local.get $16
       i64.eq
       i32.and
       local.get $11
       i64.const -1
       i64.eq
       i32.and
      end
      if
       i64.const -1
       global.set $assembly/fixed/u64f64/rh
       i64.const -1
       global.set $assembly/fixed/u64f64/rl
       br $__inlined_func$assembly/fixed/u64f64/addSat$384
      end
      local.get $16
      global.set $assembly/fixed/u64f64/rh
      local.get $9
      global.set $assembly/fixed/u64f64/rl
     end
     global.get $assembly/fixed/u64f64/rh
     local.set $8
     global.get $assembly/fixed/u64f64/rl
     local.set $7
    else
     i32.const 1
     local.set $3
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|2
   end
  end
  i32.const 0
  local.set $1
  loop $for-loop|3
   local.get $0
   local.get $1
   i32.gt_s
   if
    local.get $12
    local.get $1
    i32.const 4
    i32.shl
    i32.add
    i64.load
    local.set $9
    local.get $12
    local.get $1
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.set $11
    local.get $5
    i64.const 0
    local.get $3
    if (result i64)
     local.get $7
     local.get $8
     i64.or
     i64.const 0
     i64.ne
     i32.const 0
     local.get $1
     local.get $4
     i32.add
     i32.load8_u
     select
     if (result i64)
      local.get $9
      local.get $11
      local.get $8
      local.get $7
      call $assembly/fixed/u64f64/divChecked
      i64.const 0
      global.get $assembly/fixed/u64f64/rl
      global.get $assembly/fixed/u64f64/failed
      select
      local.set $11
      i64.const 0
      global.get $assembly/fixed/u64f64/rh
      global.get $assembly/fixed/u64f64/failed
      select
     else
      i64.const 0
      local.set $11
      i64.const 0
     end
    else
     local.get $9
    end
    local.get $11
    call $assembly/fixed/u64f64/mulSat
    local.get $6
    local.get $1
    i32.const 4
    i32.shl
    i32.add
    global.get $assembly/fixed/u64f64/rh
    local.tee $9
    i64.const 32
    i64.shr_u
    i64.store
    local.get $6
    local.get $1
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    local.get $9
    i64.const 32
    i64.shl
    global.get $assembly/fixed/u64f64/rl
    i64.const 32
    i64.shr_u
    i64.or
    i64.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|3
   end
  end
 )
 (func $assembly/emission/registration/neuronToPrune (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i64) (param $5 i64) (param $6 i32) (result i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i64)
  (local $13 i32)
  (local $14 i64)
  (local $15 i64)
  (local $16 i32)
  local.get $0
  i32.eqz
  if
   i32.const -1
   return
  end
  i32.const -1
  local.set $9
  i32.const -1
  local.set $10
  loop $for-loop|0
   local.get $0
   local.get $7
   i32.gt_s
   if
    local.get $3
    local.get $7
    i32.add
    i32.load8_u
    i32.eqz
    if
     local.get $4
     local.get $2
     local.get $7
     i32.const 3
     i32.shl
     local.tee $13
     i32.add
     i64.load
     local.tee $14
     i64.sub
     i64.const 0
     local.get $4
     local.get $14
     i64.gt_u
     select
     local.get $5
     i64.lt_u
     if
      i32.const 1
      local.set $8
      block $assembly/emission/registration/better|inlined.0
       local.get $10
       i32.const 0
       i32.lt_s
       br_if $assembly/emission/registration/better|inlined.0
       local.get $1
       local.get $13
       i32.add
       i64.load
       local.tee $12
       local.get $1
       local.get $10
       i32.const 3
       i32.shl
       local.tee $13
       i32.add
       i64.load
       local.tee $15
       i64.lt_u
       local.set $8
       local.get $12
       local.get $15
       i64.ne
       br_if $assembly/emission/registration/better|inlined.0
       local.get $2
       local.get $13
       i32.add
       i64.load
       local.tee $12
       local.get $14
       i64.gt_u
       local.set $8
       local.get $12
       local.get $14
       i64.ne
       br_if $assembly/emission/registration/better|inlined.0
       local.get $7
       local.get $10
       i32.lt_s
       local.set $8
      end
      local.get $7
      local.get $10
      local.get $8
      select
      local.set $10
     else
      local.get $11
      i32.const 1
      i32.add
      local.set $11
      i32.const 1
      local.set $8
      block $assembly/emission/registration/better|inlined.1
       local.get $9
       i32.const 0
       i32.lt_s
       br_if $assembly/emission/registration/better|inlined.1
       local.get $1
       local.get $7
       i32.const 3
       i32.shl
       local.tee $13
       i32.add
       i64.load
       local.tee $12
       local.get $1
       local.get $9
       i32.const 3
       i32.shl
       local.tee $16
       i32.add
       i64.load
       local.tee $14
       i64.lt_u
       local.set $8
       local.get $12
       local.get $14
       i64.ne
       br_if $assembly/emission/registration/better|inlined.1
       local.get $2
       local.get $13
       i32.add
       i64.load
       local.tee $12
       local.get $2
       local.get $16
       i32.add
       i64.load
       local.tee $14
       i64.lt_u
       local.set $8
       local.get $12
       local.get $14
       i64.ne
       br_if $assembly/emission/registration/better|inlined.1
       local.get $7
       local.get $9
       i32.lt_s
       local.set $8
      end
      local.get $7
      local.get $9
      local.get $8
      select
      local.set $9
     end
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
  local.get $9
  local.get $10
  i32.and
  i32.const 0
  i32.lt_s
  if
   i32.const -1
   return
  end
  local.get $6
  local.get $11
  i32.lt_u
  local.get $9
  i32.const 0
  i32.ge_s
  i32.and
  if
   local.get $9
   return
  end
  local.get $10
 )
 (func $assembly/emission/registration/networkLockCost (param $0 i64) (param $1 i64) (param $2 i64) (param $3 i64) (param $4 i64) (result i64)
  (local $5 i64)
  i64.const 1
  i64.const 2
  local.get $2
  i64.eqz
  select
  local.set $5
  local.get $3
  local.get $2
  i64.sub
  i64.const 0
  local.get $2
  local.get $3
  i64.lt_u
  select
  local.set $2
  local.get $4
  i64.eqz
  if (result i64)
   i64.const 0
  else
   local.get $0
   local.get $4
   i64.div_u
  end
  local.tee $3
  i64.const 0
  i64.ne
  if (result i32)
   local.get $2
   i64.const -1
   local.get $3
   i64.div_u
   i64.gt_u
  else
   i32.const 0
  end
  if (result i64)
   i64.const -1
  else
   local.get $2
   local.get $3
   i64.mul
  end
  local.set $2
  local.get $1
  i64.const -1
  local.get $0
  local.get $5
  i64.mul
  local.get $0
  i64.const 0
  i64.ne
  if (result i32)
   local.get $5
   i64.const -1
   local.get $0
   i64.div_u
   i64.gt_u
  else
   i32.const 0
  end
  select
  local.tee $0
  local.get $2
  i64.sub
  i64.const 0
  local.get $0
  local.get $2
  i64.gt_u
  select
  local.tee $0
  local.get $0
  local.get $1
  i64.lt_u
  select
 )
 (func $assembly/emission/registration/lockReductionInterval (param $0 i64) (param $1 i64) (result i64)
  (local $2 i64)
  (local $3 i64)
  local.get $0
  i64.const 9223372036854775807
  i64.gt_u
  if
   i64.const 9223372036854775807
   global.set $assembly/fixed/i64f64/rh
   i64.const -1
   global.set $assembly/fixed/i64f64/rl
  else
   local.get $0
   global.set $assembly/fixed/i64f64/rh
   i64.const 0
   global.set $assembly/fixed/i64f64/rl
  end
  global.get $assembly/fixed/i64f64/rh
  global.get $assembly/fixed/i64f64/rl
  local.get $1
  call $assembly/emission/block/blockEmissionForIssuance
  local.tee $1
  i64.const 9223372036854775807
  i64.gt_u
  if
   i64.const 9223372036854775807
   global.set $assembly/fixed/i64f64/rh
   i64.const -1
   global.set $assembly/fixed/i64f64/rl
  else
   local.get $1
   global.set $assembly/fixed/i64f64/rh
   i64.const 0
   global.set $assembly/fixed/i64f64/rl
  end
  global.get $assembly/fixed/i64f64/rh
  global.get $assembly/fixed/i64f64/rl
  i64.const 1000000000
  global.set $assembly/fixed/i64f64/rh
  i64.const 0
  global.set $assembly/fixed/i64f64/rl
  i64.const 1000000000
  i64.const 0
  call $assembly/fixed/i64f64/divChecked
  i64.const 0
  global.get $assembly/fixed/i64f64/rh
  global.get $assembly/fixed/i64f64/failed
  select
  i64.const 0
  global.get $assembly/fixed/i64f64/rl
  global.get $assembly/fixed/i64f64/failed
  select
  call $assembly/fixed/i64f64/mulSat
  global.get $assembly/fixed/i64f64/rh
  local.tee $0
  i64.const 0
  local.get $0
  i64.const 0
  i64.ge_s
  select
 )
 (func $assembly/emission/distribute/distributeEpoch (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i64) (param $15 i64) (param $16 i64) (param $17 i64) (param $18 i64) (param $19 i32) (param $20 i32) (param $21 i32) (param $22 i32) (param $23 i32) (param $24 i32)
  (local $25 i32)
  (local $26 i64)
  (local $27 i64)
  (local $28 i32)
  (local $29 i64)
  (local $30 i64)
  (local $31 i32)
  (local $32 i64)
  (local $33 i64)
  (local $34 i64)
  (local $35 i64)
  loop $for-loop|0
   local.get $0
   local.get $25
   i32.gt_s
   if
    i64.const -1
    local.get $2
    local.get $25
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.get $26
    i64.add
    local.tee $32
    local.get $26
    local.get $32
    i64.gt_u
    select
    local.set $26
    local.get $25
    i32.const 1
    i32.add
    local.set $25
    br $for-loop|0
   end
  end
  local.get $26
  i64.eqz
  if
   i64.const -1
   local.get $15
   local.get $16
   i64.add
   local.tee $15
   local.get $15
   local.get $16
   i64.lt_u
   select
   local.set $16
  end
  i64.const 0
  global.set $assembly/emission/distribute/ckBurned
  local.get $18
  call $assembly/emission/distribute/ratioOfU64Max
  global.get $assembly/fixed/u96f32/rh
  local.set $15
  global.get $assembly/fixed/u96f32/rl
  local.set $32
  local.get $14
  call $assembly/emission/distribute/ratioOfU64Max
  global.get $assembly/fixed/u96f32/rh
  local.set $14
  global.get $assembly/fixed/u96f32/rl
  local.set $18
  i32.const 1
  local.get $1
  local.get $1
  i32.const 0
  i32.le_s
  select
  local.tee $31
  i32.const 4
  i32.shl
  local.tee $25
  call $assembly/mem/arena/arenaAlloc
  local.tee $28
  i32.const 0
  local.get $25
  memory.fill
  i32.const 0
  local.set $25
  loop $for-loop|1
   local.get $0
   local.get $25
   i32.gt_s
   if
    local.get $25
    local.get $3
    local.get $25
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.get $4
    local.get $5
    local.get $7
    local.get $8
    local.get $10
    local.get $11
    local.get $12
    local.get $13
    local.get $15
    local.get $32
    local.get $14
    local.get $18
    local.get $28
    call $assembly/emission/distribute/childDividends
    local.get $25
    i32.const 1
    i32.add
    local.set $25
    br $for-loop|1
   end
  end
  local.get $31
  i32.const 4
  i32.shl
  local.tee $3
  call $assembly/mem/arena/arenaAlloc
  local.set $7
  local.get $3
  call $assembly/mem/arena/arenaAlloc
  local.set $8
  i64.const 0
  local.set $18
  i32.const 0
  local.set $3
  loop $for-loop|2
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $3
    i32.const 3
    i32.shl
    local.tee $10
    local.get $5
    i32.add
    i64.load
    local.tee $14
    i64.const 32
    i64.shr_u
    global.set $assembly/fixed/u96f32/rh
    local.get $14
    i64.const 32
    i64.shl
    global.set $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rl
    local.get $15
    local.get $32
    call $assembly/fixed/u96f32/mulSat
    global.get $assembly/fixed/u96f32/rh
    local.set $14
    global.get $assembly/fixed/u96f32/rl
    local.set $33
    local.get $4
    local.get $10
    i32.add
    i64.load
    local.tee $34
    i64.const 32
    i64.shr_u
    global.set $assembly/fixed/u96f32/rh
    local.get $34
    i64.const 32
    i64.shl
    global.set $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/rl
    local.tee $34
    local.get $33
    i64.add
    global.set $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/rl
    local.get $34
    i64.lt_u
    i64.extend_i32_u
    local.get $14
    global.get $assembly/fixed/u96f32/rh
    i64.add
    i64.add
    global.set $assembly/fixed/u96f32/rh
    local.get $14
    local.get $33
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rl
    call $assembly/fixed/u96f32/divChecked
    local.get $28
    local.get $3
    i32.const 4
    i32.shl
    i32.add
    i64.load
    local.tee $33
    local.get $28
    local.get $3
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.tee $34
    i64.const 0
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/failed
    select
    i64.const 0
    global.get $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/failed
    select
    call $assembly/fixed/u96f32/mulSat
    block $__inlined_func$assembly/fixed/u96f32/subSat$374
     local.get $33
     global.get $assembly/fixed/u96f32/rh
     local.tee $35
     i64.eq
     local.get $34
     global.get $assembly/fixed/u96f32/rl
     local.tee $14
     i64.lt_u
     i32.and
     local.get $33
     local.get $35
     i64.lt_u
     i32.or
     if
      i64.const 0
      global.set $assembly/fixed/u96f32/rh
      i64.const 0
      global.set $assembly/fixed/u96f32/rl
      br $__inlined_func$assembly/fixed/u96f32/subSat$374
     end
     local.get $34
     local.get $14
     i64.sub
     global.set $assembly/fixed/u96f32/rl
     local.get $33
     local.get $35
     i64.sub
     local.get $14
     local.get $34
     i64.gt_u
     i64.extend_i32_u
     i64.sub
     global.set $assembly/fixed/u96f32/rh
    end
    local.get $3
    i32.const 4
    i32.shl
    local.tee $10
    local.get $7
    i32.add
    global.get $assembly/fixed/u96f32/rh
    i64.store
    local.get $3
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    local.tee $11
    local.get $7
    i32.add
    global.get $assembly/fixed/u96f32/rl
    i64.store
    local.get $8
    local.get $10
    i32.add
    local.get $35
    i64.store
    local.get $8
    local.get $11
    i32.add
    local.get $14
    i64.store
    global.get $assembly/fixed/u96f32/rl
    local.get $18
    i64.add
    global.set $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/rl
    local.get $18
    i64.lt_u
    i64.extend_i32_u
    global.get $assembly/fixed/u96f32/rh
    local.get $29
    i64.add
    i64.add
    global.set $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rh
    local.set $29
    global.get $assembly/fixed/u96f32/rl
    local.set $18
    local.get $14
    local.get $27
    i64.add
    global.set $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/rl
    local.get $27
    i64.lt_u
    i64.extend_i32_u
    local.get $30
    local.get $35
    i64.add
    i64.add
    global.set $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rh
    local.set $30
    global.get $assembly/fixed/u96f32/rl
    local.set $27
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|2
   end
  end
  i64.const 0
  global.set $assembly/emission/distribute/withheldTotal
  local.get $26
  global.set $assembly/emission/distribute/incentiveTotal
  i32.const 0
  local.set $3
  loop $for-loop|3
   local.get $0
   local.get $3
   i32.gt_s
   if
    local.get $3
    i32.const 3
    i32.shl
    local.tee $4
    local.get $2
    i32.add
    i64.load
    local.set $14
    local.get $3
    local.get $9
    i32.add
    i32.load8_u
    if
     local.get $4
     local.get $19
     i32.add
     i64.const 0
     i64.store
     local.get $4
     local.get $20
     i32.add
     local.get $14
     i64.store
     i64.const -1
     global.get $assembly/emission/distribute/withheldTotal
     local.tee $15
     local.get $14
     i64.add
     local.tee $14
     local.get $14
     local.get $15
     i64.lt_u
     select
     global.set $assembly/emission/distribute/withheldTotal
    else
     local.get $3
     i32.const 3
     i32.shl
     local.tee $4
     local.get $19
     i32.add
     local.get $14
     i64.store
     local.get $4
     local.get $20
     i32.add
     i64.const 0
     i64.store
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|3
   end
  end
  i32.const 0
  local.set $0
  loop $for-loop|4
   local.get $0
   local.get $1
   i32.lt_s
   if
    local.get $6
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    call $assembly/emission/distribute/takeBits
    global.get $assembly/fixed/u96f32/rh
    local.set $14
    global.get $assembly/fixed/u96f32/rl
    local.set $15
    local.get $0
    i32.const 4
    i32.shl
    local.tee $2
    local.get $7
    i32.add
    i64.load
    local.get $0
    i32.const 1
    i32.shl
    i32.const 1
    i32.add
    i32.const 3
    i32.shl
    local.tee $3
    local.get $7
    i32.add
    i64.load
    local.get $29
    local.get $18
    call $assembly/fixed/u96f32/divChecked
    i64.const 0
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/failed
    select
    local.set $32
    i64.const 0
    global.get $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/failed
    select
    local.set $33
    local.get $16
    i64.const 32
    i64.shr_u
    global.set $assembly/fixed/u96f32/rh
    local.get $16
    i64.const 32
    i64.shl
    global.set $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rl
    local.get $32
    local.get $33
    call $assembly/fixed/u96f32/mulSat
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rl
    local.get $14
    local.get $15
    local.get $21
    local.get $22
    local.get $0
    call $assembly/emission/distribute/splitTake
    local.get $2
    local.get $8
    i32.add
    i64.load
    local.get $3
    local.get $8
    i32.add
    i64.load
    local.get $30
    local.get $27
    call $assembly/fixed/u96f32/divChecked
    i64.const 0
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/failed
    select
    local.set $32
    i64.const 0
    global.get $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/failed
    select
    local.set $33
    local.get $17
    i64.const 32
    i64.shr_u
    global.set $assembly/fixed/u96f32/rh
    local.get $17
    i64.const 32
    i64.shl
    global.set $assembly/fixed/u96f32/rl
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rl
    local.get $32
    local.get $33
    call $assembly/fixed/u96f32/mulSat
    global.get $assembly/fixed/u96f32/rh
    global.get $assembly/fixed/u96f32/rl
    local.get $14
    local.get $15
    local.get $23
    local.get $24
    local.get $0
    call $assembly/emission/distribute/splitTake
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|4
   end
  end
  global.get $assembly/emission/distribute/withheldTotal
  local.tee $14
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $14
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  local.get $26
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $26
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rl
  call $assembly/fixed/u96f32/divChecked
  i64.const 0
  global.get $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/failed
  select
  global.set $assembly/emission/distribute/minerBurnedHi
  i64.const 0
  global.get $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/failed
  select
  global.set $assembly/emission/distribute/minerBurnedLo
 )
 (func $assembly/emission/distribute/childDividends (param $0 i32) (param $1 i64) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i64) (param $11 i64) (param $12 i64) (param $13 i64) (param $14 i32)
  (local $15 i64)
  (local $16 i64)
  (local $17 i32)
  (local $18 i64)
  (local $19 i64)
  (local $20 i64)
  (local $21 i64)
  (local $22 i64)
  (local $23 i64)
  (local $24 i64)
  (local $25 i64)
  (local $26 i64)
  (local $27 i64)
  (local $28 i64)
  (local $29 i32)
  (local $30 i64)
  (local $31 i64)
  i64.const 4294967296
  local.set $18
  loop $for-loop|0
   local.get $6
   local.get $17
   i32.gt_s
   if
    local.get $0
    local.get $8
    local.get $17
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.eq
    if
     local.get $9
     local.get $17
     i32.const 3
     i32.shl
     i32.add
     i64.load
     call $assembly/emission/distribute/ratioOfU64Max
     block $__inlined_func$assembly/fixed/u96f32/subSat$348
      global.get $assembly/fixed/u96f32/rh
      local.tee $16
      local.get $15
      i64.eq
      global.get $assembly/fixed/u96f32/rl
      local.tee $19
      local.get $18
      i64.gt_u
      i32.and
      local.get $15
      local.get $16
      i64.lt_u
      i32.or
      if
       i64.const 0
       global.set $assembly/fixed/u96f32/rh
       i64.const 0
       global.set $assembly/fixed/u96f32/rl
       br $__inlined_func$assembly/fixed/u96f32/subSat$348
      end
      local.get $18
      local.get $19
      i64.sub
      global.set $assembly/fixed/u96f32/rl
      local.get $15
      local.get $16
      i64.sub
      local.get $18
      local.get $19
      i64.lt_u
      i64.extend_i32_u
      i64.sub
      global.set $assembly/fixed/u96f32/rh
     end
     global.get $assembly/fixed/u96f32/rl
     local.set $18
     global.get $assembly/fixed/u96f32/rh
     local.set $15
    end
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|0
   end
  end
  local.get $0
  local.get $15
  local.get $18
  local.get $2
  local.get $3
  local.get $10
  local.get $11
  call $assembly/emission/distribute/stakeShare
  global.get $assembly/fixed/u96f32/rh
  local.tee $15
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $15
   i64.const 32
   i64.shl
   global.get $assembly/fixed/u96f32/rl
   i64.const 32
   i64.shr_u
   i64.or
  end
  local.tee $15
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $15
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  local.set $20
  global.get $assembly/fixed/u96f32/rl
  local.set $16
  i32.const 0
  local.set $17
  loop $for-loop|1
   local.get $6
   local.get $17
   i32.gt_s
   if
    local.get $0
    local.get $17
    i32.const 2
    i32.shl
    local.tee $29
    local.get $7
    i32.add
    i32.load
    i32.eq
    if
     local.get $8
     local.get $29
     i32.add
     i32.load
     local.get $9
     local.get $17
     i32.const 3
     i32.shl
     i32.add
     i64.load
     call $assembly/emission/distribute/ratioOfU64Max
     global.get $assembly/fixed/u96f32/rh
     global.get $assembly/fixed/u96f32/rl
     local.get $2
     local.get $3
     local.get $10
     local.get $11
     call $assembly/emission/distribute/stakeShare
     global.get $assembly/fixed/u96f32/rl
     local.get $16
     i64.add
     global.set $assembly/fixed/u96f32/rl
     global.get $assembly/fixed/u96f32/rl
     local.get $16
     i64.lt_u
     i64.extend_i32_u
     global.get $assembly/fixed/u96f32/rh
     local.get $20
     i64.add
     i64.add
     global.set $assembly/fixed/u96f32/rh
     global.get $assembly/fixed/u96f32/rh
     local.set $20
     global.get $assembly/fixed/u96f32/rl
     local.set $16
    end
    local.get $17
    i32.const 1
    i32.add
    local.set $17
    br $for-loop|1
   end
  end
  local.get $1
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $1
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rh
  local.tee $23
  local.set $18
  global.get $assembly/fixed/u96f32/rl
  local.tee $24
  local.set $19
  local.get $4
  local.get $0
  i32.const 2
  i32.shl
  i32.add
  i64.load32_u
  call $assembly/emission/distribute/takeBits
  global.get $assembly/fixed/u96f32/rh
  local.set $25
  global.get $assembly/fixed/u96f32/rl
  local.set $26
  i32.const 0
  local.set $4
  loop $for-loop|2
   local.get $4
   local.get $6
   i32.lt_s
   if
    local.get $0
    local.get $4
    i32.const 2
    i32.shl
    local.tee $17
    local.get $7
    i32.add
    i32.load
    i32.eq
    if
     local.get $8
     local.get $17
     i32.add
     i32.load
     local.set $17
     local.get $9
     local.get $4
     i32.const 3
     i32.shl
     i32.add
     i64.load
     call $assembly/emission/distribute/ratioOfU64Max
     local.get $17
     global.get $assembly/fixed/u96f32/rh
     global.get $assembly/fixed/u96f32/rl
     local.get $2
     local.get $3
     local.get $10
     local.get $11
     call $assembly/emission/distribute/stakeShare
     global.get $assembly/fixed/u96f32/rh
     global.get $assembly/fixed/u96f32/rl
     local.get $20
     local.get $16
     call $assembly/fixed/u96f32/divChecked
     local.get $23
     local.get $24
     i64.const 0
     global.get $assembly/fixed/u96f32/rh
     global.get $assembly/fixed/u96f32/failed
     select
     i64.const 0
     global.get $assembly/fixed/u96f32/rl
     global.get $assembly/fixed/u96f32/failed
     select
     call $assembly/fixed/u96f32/mulSat
     block $__inlined_func$assembly/fixed/u96f32/subSat$355
      local.get $18
      global.get $assembly/fixed/u96f32/rh
      local.tee $1
      i64.eq
      local.get $19
      global.get $assembly/fixed/u96f32/rl
      local.tee $15
      i64.lt_u
      i32.and
      local.get $1
      local.get $18
      i64.gt_u
      i32.or
      if
       i64.const 0
       global.set $assembly/fixed/u96f32/rh
       i64.const 0
       global.set $assembly/fixed/u96f32/rl
       br $__inlined_func$assembly/fixed/u96f32/subSat$355
      end
      local.get $19
      local.get $15
      i64.sub
      global.set $assembly/fixed/u96f32/rl
      local.get $18
      local.get $1
      i64.sub
      local.get $15
      local.get $19
      i64.gt_u
      i64.extend_i32_u
      i64.sub
      global.set $assembly/fixed/u96f32/rh
     end
     global.get $assembly/fixed/u96f32/rh
     local.set $18
     global.get $assembly/fixed/u96f32/rl
     local.set $19
     local.get $5
     local.get $17
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.get $5
     local.get $0
     i32.const 2
     i32.shl
     i32.add
     i32.load
     i32.ne
     if
      local.get $12
      local.get $13
      local.get $1
      local.get $15
      call $assembly/fixed/u96f32/mulSat
      global.get $assembly/fixed/u96f32/rh
      local.set $27
      global.get $assembly/fixed/u96f32/rl
      local.set $28
      local.get $25
      local.get $26
      local.get $1
      local.get $15
      call $assembly/fixed/u96f32/mulSat
      global.get $assembly/fixed/u96f32/rh
      local.set $30
      global.get $assembly/fixed/u96f32/rl
      local.set $31
      block $__inlined_func$assembly/fixed/u96f32/subSat$356
       local.get $1
       local.get $27
       i64.eq
       local.get $15
       local.get $28
       i64.lt_u
       i32.and
       local.get $1
       local.get $27
       i64.lt_u
       i32.or
       if
        i64.const 0
        global.set $assembly/fixed/u96f32/rh
        i64.const 0
        global.set $assembly/fixed/u96f32/rl
        br $__inlined_func$assembly/fixed/u96f32/subSat$356
       end
       local.get $15
       local.get $28
       i64.sub
       global.set $assembly/fixed/u96f32/rl
       local.get $1
       local.get $27
       i64.sub
       local.get $15
       local.get $28
       i64.lt_u
       i64.extend_i32_u
       i64.sub
       global.set $assembly/fixed/u96f32/rh
      end
      block $__inlined_func$assembly/fixed/u96f32/subSat$357
       local.get $30
       global.get $assembly/fixed/u96f32/rh
       local.tee $1
       i64.eq
       local.get $31
       global.get $assembly/fixed/u96f32/rl
       local.tee $15
       i64.gt_u
       i32.and
       local.get $1
       local.get $30
       i64.lt_u
       i32.or
       if
        i64.const 0
        global.set $assembly/fixed/u96f32/rh
        i64.const 0
        global.set $assembly/fixed/u96f32/rl
        br $__inlined_func$assembly/fixed/u96f32/subSat$357
       end
       local.get $15
       local.get $31
       i64.sub
       global.set $assembly/fixed/u96f32/rl
       local.get $1
       local.get $30
       i64.sub
       local.get $15
       local.get $31
       i64.lt_u
       i64.extend_i32_u
       i64.sub
       global.set $assembly/fixed/u96f32/rh
      end
      global.get $assembly/fixed/u96f32/rh
      local.set $1
      global.get $assembly/fixed/u96f32/rl
      local.set $15
      local.get $21
      local.get $31
      i64.add
      global.set $assembly/fixed/u96f32/rl
      global.get $assembly/fixed/u96f32/rl
      local.get $21
      i64.lt_u
      i64.extend_i32_u
      local.get $22
      local.get $30
      i64.add
      i64.add
      global.set $assembly/fixed/u96f32/rh
      global.get $assembly/fixed/u96f32/rh
      local.set $22
      global.get $assembly/fixed/u96f32/rl
      local.set $21
      i64.const -1
      local.get $27
      i64.const 32
      i64.shr_u
      i64.const 0
      i64.ne
      if (result i64)
       i64.const -1
      else
       local.get $27
       i64.const 32
       i64.shl
       local.get $28
       i64.const 32
       i64.shr_u
       i64.or
      end
      global.get $assembly/emission/distribute/ckBurned
      local.tee $27
      i64.add
      local.tee $28
      local.get $27
      local.get $28
      i64.gt_u
      select
      global.set $assembly/emission/distribute/ckBurned
     end
     local.get $1
     i64.const 32
     i64.shr_u
     i64.const 0
     i64.ne
     if (result i64)
      i64.const -1
     else
      local.get $1
      i64.const 32
      i64.shl
      local.get $15
      i64.const 32
      i64.shr_u
      i64.or
     end
     local.tee $1
     i64.const 32
     i64.shr_u
     global.set $assembly/fixed/u96f32/rh
     local.get $1
     i64.const 32
     i64.shl
     global.set $assembly/fixed/u96f32/rl
     local.get $14
     local.get $17
     i32.const 4
     i32.shl
     i32.add
     local.tee $29
     i64.load
     local.set $1
     local.get $14
     local.get $17
     i32.const 1
     i32.shl
     i32.const 1
     i32.add
     i32.const 3
     i32.shl
     i32.add
     local.tee $17
     i64.load
     local.tee $15
     global.get $assembly/fixed/u96f32/rl
     i64.add
     global.set $assembly/fixed/u96f32/rl
     global.get $assembly/fixed/u96f32/rl
     local.get $15
     i64.lt_u
     i64.extend_i32_u
     global.get $assembly/fixed/u96f32/rh
     local.get $1
     i64.add
     i64.add
     global.set $assembly/fixed/u96f32/rh
     local.get $29
     global.get $assembly/fixed/u96f32/rh
     i64.store
     local.get $17
     global.get $assembly/fixed/u96f32/rl
     i64.store
    end
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|2
   end
  end
  local.get $19
  local.get $21
  i64.add
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rl
  local.get $19
  i64.lt_u
  i64.extend_i32_u
  local.get $18
  local.get $22
  i64.add
  i64.add
  global.set $assembly/fixed/u96f32/rh
  global.get $assembly/fixed/u96f32/rh
  local.tee $1
  i64.const 32
  i64.shr_u
  i64.const 0
  i64.ne
  if (result i64)
   i64.const -1
  else
   local.get $1
   i64.const 32
   i64.shl
   global.get $assembly/fixed/u96f32/rl
   i64.const 32
   i64.shr_u
   i64.or
  end
  local.tee $1
  i64.const 32
  i64.shr_u
  global.set $assembly/fixed/u96f32/rh
  local.get $1
  i64.const 32
  i64.shl
  global.set $assembly/fixed/u96f32/rl
  local.get $14
  local.get $0
  i32.const 4
  i32.shl
  i32.add
  local.tee $2
  i64.load
  local.set $1
  local.get $14
  local.get $0
  i32.const 1
  i32.shl
  i32.const 1
  i32.add
  i32.const 3
  i32.shl
  i32.add
  local.tee $0
  i64.load
  local.tee $10
  global.get $assembly/fixed/u96f32/rl
  i64.add
  global.set $assembly/fixed/u96f32/rl
  global.get $assembly/fixed/u96f32/rl
  local.get $10
  i64.lt_u
  i64.extend_i32_u
  global.get $assembly/fixed/u96f32/rh
  local.get $1
  i64.add
  i64.add
  global.set $assembly/fixed/u96f32/rh
  local.get $2
  global.get $assembly/fixed/u96f32/rh
  i64.store
  local.get $0
  global.get $assembly/fixed/u96f32/rl
  i64.store
 )
)
