// Slot numbers of the u64 input and output headers shared with src/wasm/layout.ts.
// Input: scalars as u64, buffers as byte offsets into linear memory.

export const IN_N = 0;
export const IN_CURRENT_BLOCK = 1;
export const IN_TEMPO = 2;
export const IN_CUTOFF_FACTOR_MILLI = 3;
export const IN_LAST_MECHANISM_STEP_BLOCK = 4;
export const IN_RAO_EMISSION = 5;
export const IN_KAPPA = 6;
export const IN_BONDS_MOVING_AVERAGE = 7;
export const IN_BONDS_PENALTY = 8;
export const IN_LIQUID_ALPHA = 9;
export const IN_ALPHA_LOW = 10;
export const IN_ALPHA_HIGH = 11;
export const IN_ALPHA_STEEPNESS = 12; // i16 sign-extended
export const IN_YUMA3 = 13;
export const IN_MAX_VALIDATORS = 14;
export const IN_STAKE_THRESHOLD = 15;
export const IN_OWNER_UID = 16; // u64::MAX = none
export const IN_COMMIT_REVEAL = 17;
export const IN_TAO_WEIGHT = 18;
export const IN_ALPHA_STAKE = 19; // u64[n]
export const IN_TAO_STAKE = 20; // u64[n]
export const IN_LAST_UPDATE = 21; // u64[n]
export const IN_BLOCK_AT_REG = 22; // u64[n]
export const IN_COMMIT_BLOCKS = 23; // u64[n], u64::MAX = no active commit
export const IN_PERMIT = 24; // u8[n]
export const IN_W_PTR = 25; // u32[n+1]
export const IN_W_COLS = 26; // u32[nnz]
export const IN_W_VALS = 27; // u32[nnz] (u16 values)
export const IN_B_PTR = 28;
export const IN_B_COLS = 29;
export const IN_B_VALS = 30;
export const IN_FLAGS = 31; // FL_* bits: legacy behaviours of older runtimes (0 = spec 423+)
export const IN_ACTIVITY_CUTOFF = 32; // stored u16 ActivityCutoff (read when FL_STORED_CUTOFF)
export const IN_STAKE = 33; // u64[n] TAO stake (read when FL_TAO_STAKE)
export const IN_SLOTS = 34;

export const OUT_STAKE_WEIGHT = 0; // u16[n]
export const OUT_ACTIVE = 1; // u8[n]
export const OUT_EMISSION = 2; // u64[n]
export const OUT_CONSENSUS = 3; // u16[n]
export const OUT_INCENTIVE = 4;
export const OUT_DIVIDENDS = 5;
export const OUT_VTRUST = 6;
export const OUT_NEW_PERMIT = 7; // u8[n]
export const OUT_SERVER_EMISSION = 8; // u64[n]
export const OUT_VALIDATOR_EMISSION = 9;
export const OUT_STAKE = 10; // u64[n]
export const OUT_BOND_KIND = 11; // u8[n]: 0 row, 1 cleared ([]), 2 unchanged (null)
export const OUT_BOND_PTR = 12; // u32[n+1]
export const OUT_BOND_COLS = 13; // u32[]
export const OUT_BOND_VALS = 14; // u32[] (u16 values)
export const OUT_DBG_STAKE = 15; // i64[n] I32F32 bits
export const OUT_DBG_ACTIVE_STAKE = 16;
export const OUT_DBG_CONSENSUS = 17;
export const OUT_DBG_VTRUST = 18;
export const OUT_DBG_INCENTIVE = 19;
export const OUT_DBG_DIVIDENDS = 20;
export const OUT_DBG_W_PTR = 21; // weights after masks + row normalisation
export const OUT_DBG_W_COLS = 22;
export const OUT_DBG_W_VALS = 23; // i64
export const OUT_DBG_B_PTR = 24; // EMA bonds before u16 conversion
export const OUT_DBG_B_COLS = 25;
export const OUT_DBG_B_VALS = 26;
export const OUT_DBG_W_ROWS = 27; // row counts of the two debug matrices
export const OUT_DBG_B_ROWS = 28;
export const OUT_RANK = 29; // u16[n] (FL_RANK_TRUST)
export const OUT_TRUST = 30; // u16[n]
export const OUT_PRUNING_SCORE = 31; // u16[n]
export const OUT_SLOTS = 32;

export const BOND_ROW: u8 = 0;
export const BOND_CLEARED: u8 = 1;
export const BOND_UNCHANGED: u8 = 2;

// IN_FLAGS bits, set from src/snapshot/versions.ts switches
export const FL_TAO_STAKE = 1; // stake from IN_STAKE; from_num/to_num conversions wrap (<233): stake, EMA alpha, u16 outputs, PruningScores
export const FL_WRAP_ADD = 2; // plain wrapping operators (<153): inactive check lastUpdate + cutoff, EMA 1 - alpha, PruningScores * and /
export const FL_STORED_CUTOFF = 4; // activity cutoff = IN_ACTIVITY_CUTOFF (<423)
export const FL_PLAIN_TOPK = 8; // is_topk, no stake threshold (<273)
export const FL_BOND_MASK_LAST_UPDATE = 16; // bond mask lastUpdate_i <= reg_j (<257)
export const FL_UNCHANGED_BOND_ROWS = 32; // no permit old or new: row not written (<320)
export const FL_RANK_TRUST = 64; // Rank, Trust, PruningScores outputs (<365)
export const FL_OWNER_NOT_EXEMPT = 128; // owner neither threshold-exempt nor forced permit (<397)
export const FL_LIQUID_V1 = 256; // liquid alpha v1 on the original branch (154-272)
export const FL_SIGMOID_273 = 512; // sigmoid argument -(s*(d-0.5)) (273-282)
export const FL_SIGMOID_SAFE_EXP = 1024; // sigmoid exp overflow -> 0, no clamp (273-364)
export const FL_SATURATING_DIV = 2048; // saturating_div instead of safe_div (<233)
