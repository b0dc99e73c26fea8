// coinbase/block_step.rs root_proportion: tao_weight / (tao_weight +
// alpha_issuance), tao_weight = SubnetTAO(root) * get_tao_weight(), U96F32.
// The chain reads alpha_issuance (SubnetAlphaIn + SubnetAlphaOut) from storage
// at the moment of the call, so callers pass the issuance as it stands at
// that point of the block (see pending.ts for which step wrote it).
import * as U from "../fixed/u96f32";

const U64MAX: u64 = u64.MAX_VALUE;

/** root_proportion into (U.rh, U.rl); 0 when the quotient fails (0 / 0). */
export function rootProportion(alphaIssuance: u64, rootTao: u64, taoWeight: u64): void {
  U.fromU64(taoWeight);
  const twh = U.rh, twl = U.rl;
  U.fromU64(U64MAX);
  U.divChecked(twh, twl, U.rh, U.rl, U64MAX); // get_tao_weight: safe_div by u64::MAX
  const gh = U.failed ? 0 : U.rh, gl = U.failed ? 0 : U.rl;
  U.fromU64(rootTao);
  U.mulSat(U.rh, U.rl, gh, gl, U64MAX);
  const wh = U.rh, wl = U.rl;
  U.fromU64(alphaIssuance);
  U.add(wh, wl, U.rh, U.rl); // saturating_add: cannot overflow U96F32 from two u64-sized values
  U.divChecked(wh, wl, U.rh, U.rl, U64MAX);
  if (U.failed) { U.rh = 0; U.rl = 0; }
}
