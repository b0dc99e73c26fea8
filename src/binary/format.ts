/**
 * The compact binary form of a history: `yuma-history-binary`, format version 1.
 * (README "Binary histories"; `yuma convert` writes and reads it.)
 *
 * Everything is little endian. A file is a 16-byte header followed by records,
 * one per epoch, in run order; nothing follows the last record.
 *
 * Header (16 bytes):
 *   0  8  magic, the ASCII bytes `YUMAHIST`
 *   8  2  u16 format version (1)
 *  10  1  u8 mode: 0 sparse (epoch_mechanism), 1 dense (epoch_dense_mechanism)
 *  11  5  reserved, zero
 *
 * Record (one epoch; 8 + L bytes):
 *   0  4  u32 L, the body's length in bytes
 *   4  L  body
 * 4+L  4  u32 CRC-32 (ISO-HDLC, zlib's crc32) of the body
 *
 * Body: a u64 field mask (two u32 words, low first; bit k = field k of FIELDS
 * below is present), then each present field in FIELDS order, encoded by the
 * kind the record's runtime gives it (`fieldsFor(specVersion)` in
 * src/snapshot/versions.ts; absent specVersion = 425). specVersion (field 0)
 * comes first, so the kinds of the rest are known. The present fields are
 * exactly those a JSON snapshot of that spec may hold (required ones present,
 * fields the spec does not read absent), so every record carries its own
 * specVersion and a history may change runtime from record to record.
 *
 * Field kinds (n = the record's `n`, which precedes every per-uid field):
 *   u16, i16        2 bytes
 *   u32             4 bytes
 *   u64             8 bytes
 *   bool            1 byte, 0 or 1
 *   u16|null        u32: 0..65535, or 0xFFFFFFFF for null
 *   u64[]           n x u64
 *   u64|null[]      ceil(n/8) bytes of presence bits (bit i of byte i>>3 = uid i not null; unused bits 0),
 *                   then one u64 per present uid, in uid order
 *   bool[]          ceil(n/8) bytes of bits (bit i of byte i>>3 = uid i; unused bits 0)
 *   rows            u32 E, the entries of all rows, or 0xFFFFFFFF for `"bonds": "carry"`;
 *                   then n x u32 row lengths (summing to E), E x u16 uids, E x u16 values
 *                   (CSR; each row's entries in stored order)
 *
 * Integers are stored as the integers the JSON gives; u64 decimal strings as
 * their value. Reading a record back gives the snapshot object with its keys in
 * FIELDS order: converting JSONL to binary and back is byte-identical to
 * `JSON.stringify` of the validated snapshot with its keys in that order.
 *
 * A new snapshot field needs a new format version (FIELDS is frozen per version).
 */
export const MAGIC = "YUMAHIST";
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 16;
/** record framing: length before the body, CRC-32 after it */
export const RECORD_OVERHEAD = 8;
/** `rows` entry count meaning `"bonds": "carry"` */
export const CARRY = 0xffffffff;
/** `u16|null` value meaning null */
export const NULL_U16 = 0xffffffff;
/** Longest body accepted (a record must fit in one Buffer). */
export const MAX_BODY_BYTES = 2 ** 31 - 1;

export const MODE_CODES = { sparse: 0, dense: 1 } as const;

/** Field k of format version 1 (bit k of the mask). Do not reorder: append, and bump FORMAT_VERSION. */
export const FIELDS: readonly string[] = [
  "specVersion",
  "netuid",
  "n",
  "currentBlock",
  "tempo",
  "activityCutoff",
  "activityCutoffFactorMilli",
  "lastMechanismStepBlock",
  "raoEmission",
  "kappa",
  "bondsMovingAverage",
  "bondsPenalty",
  "liquidAlphaEnabled",
  "alphaLow",
  "alphaHigh",
  "alphaSigmoidSteepness",
  "yuma3Enabled",
  "maxAllowedValidators",
  "stakeThreshold",
  "ownerUid",
  "commitRevealEnabled",
  "commitBlocks",
  "stake",
  "alphaStake",
  "taoStake",
  "taoWeight",
  "lastUpdate",
  "blockAtRegistration",
  "validatorPermit",
  "weights",
  "bonds",
];

/** The file extension `yuma convert` and `yuma replay` take for a binary history. */
export const BINARY_EXTENSION = ".yhist";

/** True when `bytes` start with the binary history magic. */
export function hasMagic(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false;
  return true;
}
