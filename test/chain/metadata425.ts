// Runtime metadata for the spec-425 storage layout (HEAD 14bc6f9f), which no
// stored metadata blob covers. Built from the test network's real spec-224
// metadata (fixtures/chain/testnet-spec224-block3867931.json) by adding and
// changing the SubtensorModule items the epoch reads, with names, hashers,
// key/value types and defaults taken from pallets/subtensor/src/lib.rs at
// 14bc6f9f964b9cc362e9635dd110a487fa5d15a0 (defaults: runtime/src/lib.rs there).
import fs from "node:fs";
import { TypeRegistry, Metadata } from "@polkadot/types";
import { u8aToHex } from "@polkadot/util";
import type { Runtime } from "./node.js";

const le = (v: bigint, bytes: number) => {
  const b = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) b[i] = Number((v >> BigInt(8 * i)) & 0xffn);
  return u8aToHex(b);
};

let cached: Runtime | undefined;

export function metadata425(): Runtime {
  if (cached) return cached;
  const f = JSON.parse(fs.readFileSync(new URL("../../fixtures/chain/testnet-spec224-block3867931.json", import.meta.url), "utf8"));
  const reg = new TypeRegistry();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const j: any = new Metadata(reg, f.metadata).toJSON();
  const v = j.metadata.v14;
  const prim = (name: string): number => {
    const t = v.lookup.types.find((t: { type: { def: { primitive?: string } } }) => t.type.def.primitive === name);
    if (t) return t.id;
    const id = Math.max(...v.lookup.types.map((t: { id: number }) => t.id)) + 1;
    v.lookup.types.push({ id, type: { path: [], params: [], def: { primitive: name }, docs: [] } });
    return id;
  };
  const U16 = prim("U16"),
    U32 = prim("U32"),
    U64 = prim("U64"),
    BOOL = prim("Bool"),
    I16 = prim("I16");
  const st = v.pallets.find((p: { name: string }) => p.name === "SubtensorModule").storage;
  const put = (name: string, hasher: string, value: number, fallback: string) => {
    const item = { name, modifier: "Default", type: { map: { hashers: [hasher], key: U16, value } }, fallback, docs: [] };
    const i = st.items.findIndex((x: { name: string }) => x.name === name);
    if (i >= 0) st.items[i] = item;
    else st.items.push(item);
  };
  // items added after spec 224 (lib.rs at 14bc6f9f)
  put("Yuma3On", "Blake2_128Concat", BOOL, "0x00"); // DefaultYuma3: false
  put("AlphaSigmoidSteepness", "Identity", I16, le(1000n, 2)); // SubtensorInitialAlphaSigmoidSteepness: i16 = 1000
  put("ActivityCutoffFactorMilli", "Identity", U32, le(13_889n, 4)); // INITIAL_ACTIVITY_CUTOFF_FACTOR_MILLI = 13_889
  put("PendingServerEmission", "Identity", U64, le(0n, 8));
  put("PendingValidatorEmission", "Identity", U64, le(0n, 8));
  put("PendingRootAlphaDivs", "Identity", U64, le(0n, 8));
  put("LastEpochBlock", "Identity", U64, le(0n, 8));
  put("SubnetEpochIndex", "Identity", U64, le(0n, 8)); // DefaultZeroU64
  // TimelockedWeightCommits: (NetUidStorageIndex, epoch u64) -> VecDeque<(AccountId, u64 commit_block, BoundedVec<u8>, RoundNumber u64)>,
  // Twox64Concat both, ValueQuery; the key and the account/bytes types are those of spec 224's CRV3WeightCommits
  // (WeightCommits and RevealPeriodEpochs are unchanged since 224)
  const crv3 = st.items.find((x: { name: string }) => x.name === "CRV3WeightCommits");
  const typeOf = (id: number) => v.lookup.types.find((t: { id: number }) => t.id === id).type.def;
  const [ACCOUNT, BYTES] = typeOf(typeOf(crv3.type.map.value).sequence.type).tuple as number[];
  const nextId = () => Math.max(...v.lookup.types.map((t: { id: number }) => t.id)) + 1;
  const tuple = nextId();
  v.lookup.types.push({ id: tuple, type: { path: [], params: [], def: { tuple: [ACCOUNT, U64, BYTES, U64] }, docs: [] } });
  const seq = nextId();
  v.lookup.types.push({ id: seq, type: { path: [], params: [], def: { sequence: { type: tuple } }, docs: [] } });
  st.items.push({
    name: "TimelockedWeightCommits",
    modifier: "Default",
    type: { map: { hashers: ["Twox64Concat", "Twox64Concat"], key: crv3.type.map.key, value: seq } },
    fallback: "0x00",
    docs: [],
  });
  // MechanismCountCurrent: NetUid -> MechId(u8), Twox64Concat, ValueQuery, DefaultMechanismCount = 1
  st.items.push({
    name: "MechanismCountCurrent",
    modifier: "Default",
    type: { map: { hashers: ["Twox64Concat"], key: U16, value: prim("U8") } },
    fallback: "0x01",
    docs: [],
  });
  // defaults that changed since 224 (runtime/src/lib.rs at 14bc6f9f)
  put("BondsPenalty", "Identity", U16, le(65535n, 2)); // SubtensorInitialBondsPenalty = u16::MAX
  put("MaxAllowedValidators", "Identity", U16, le(128n, 2)); // SubtensorInitialMaxAllowedValidators = 128
  put("CommitRevealWeightsEnabled", "Identity", BOOL, "0x01"); // DefaultCommitRevealWeightsEnabled: true
  put("Tempo", "Identity", U16, le(360n, 2)); // INITIAL_SUBNET_TEMPO = 360 (prod)
  const tw = st.items.find((x: { name: string }) => x.name === "TaoWeight");
  tw.fallback = le(971_718_665_099_567_868n, 8); // SubtensorInitialTaoWeight
  // read for the epoch block's own emission, mechanisms and same-block reveals (src/chain/epochBlockEmission.ts,
  // mechanism.ts; lib.rs at 14bc6f9f): hasher, value type, query kind and default as declared there
  const putItem = (name: string, hasher: string, value: number, fallback: string, optional = false) => {
    const item = {
      name,
      modifier: optional ? "Optional" : "Default",
      type: { map: { hashers: [hasher], key: U16, value } },
      fallback,
      docs: [],
    };
    const i = st.items.findIndex((x: { name: string }) => x.name === name);
    if (i >= 0) st.items[i] = item;
    else st.items.push(item);
  };
  const U8 = prim("U8");
  const VEC_U16 = nextId();
  v.lookup.types.push({ id: VEC_U16, type: { path: [], params: [], def: { sequence: { type: U16 } }, docs: [] } });
  putItem("OwnerCutEnabled", "Identity", BOOL, "0x01"); // DefaultOwnerCutEnabled: true
  putItem("FirstEmissionBlockNumber", "Identity", U64, "0x00", true); // OptionQuery
  putItem("SubtokenEnabled", "Identity", BOOL, "0x00"); // DefaultFalse
  putItem("NetworkRegistrationAllowed", "Identity", BOOL, "0x01"); // DefaultRegistrationAllowed: true (false at 224)
  putItem("MechanismCountCurrent", "Twox64Concat", U8, "0x01"); // DefaultMechanismCount: MechId 1
  putItem("MechanismEmissionSplit", "Twox64Concat", VEC_U16, "0x00", true); // Vec<u16>, OptionQuery
  void U64;
  const md = new Metadata(new TypeRegistry(), j);
  cached = { specVersion: 425, metadata: md.toHex() };
  return cached;
}
