// Emission invariants as predicates over (snapshot, result). Each is
// documented in README "Invariants" with why it holds on chain.
import type { EpochMode, EpochResult, Snapshot } from "../snapshot/types.js";
import { deriveActivityCutoff } from "../snapshot/validate.js";
import { fx, fx64, fx64To32Sat, floorDiv, U64_MAX } from "../reference/fixed.js";
import { switchesFor } from "../snapshot/versions.js";

export interface Violation {
  invariant: string;
  detail: string;
}

export interface InvariantOptions {
  mode?: EpochMode;
}

const ONE = 1n << 32n;

/** Total stake per uid, I64F64 bits, as get_stake_weights_for_network computes it. */
function totalStake(s: Snapshot): bigint[] {
  // before spec 233: the TAO stake through I64F64::from_num (wraps at 2^63)
  if (s.stake) return s.stake.map((a) => BigInt.asIntN(128, BigInt(a) << 64n));
  const q = ((BigInt(s.taoWeight) << 64n) / (U64_MAX << 32n)) << 32n;
  return s.alphaStake.map((a, i) => fx64.addSat(fx64.fromInt(BigInt(a)), fx64.mulSat(fx64.fromInt(BigInt(s.taoStake[i]!)), q)));
}

/** Stake after the threshold filter (owner exempt in the sparse epoch). */
function filteredStake(s: Snapshot, mode: EpochMode): bigint[] {
  const min = BigInt(s.stakeThreshold ?? "0");
  const exempt = mode === "sparse" && switchesFor(s.specVersion).ownerExemptAndPermitted ? s.ownerUid : null;
  return totalStake(s).map((t, i) => (exempt === i || fx64.toU64(t) >= min ? t : 0n));
}

/** Whether the I64F64 stake sum stays below 2^63 (it wraps beyond, on chain too). */
export function stakeSumFits(s: Snapshot): boolean {
  const t = totalStake(s);
  return t.every((x) => x >= 0n) && t.reduce((a, b) => a + b, 0n) < 1n << 127n;
}

export function checkInvariants(s: Snapshot, r: EpochResult, opts: InvariantOptions = {}): Violation[] {
  const mode = opts.mode ?? "sparse";
  const sw = switchesFor(s.specVersion);
  const v: Violation[] = [];
  const n = s.n;
  const bad = (invariant: string, detail: string) => v.push({ invariant, detail });

  // -- shape and ranges --
  for (const k of [
    "stakeWeight",
    "active",
    "emission",
    "consensus",
    "incentive",
    "dividends",
    "validatorTrust",
    "newValidatorPermit",
    "serverEmission",
    "validatorEmission",
    "stake",
    "bonds",
  ] as const) {
    const xs = r[k]; // stakeWeight/stake are absent where the runtime did not write them
    if (xs !== undefined && xs.length !== n) bad("ranges", `${k} has length ${xs.length}, n = ${n}`);
  }
  for (const k of ["stakeWeight", "consensus", "incentive", "dividends", "validatorTrust"] as const) {
    (r[k] ?? []).forEach((x, i) => {
      if (!Number.isInteger(x) || x < 0 || x > 65535) bad("ranges", `${k}[${i}] = ${x}`);
    });
  }
  for (const k of ["emission", "serverEmission", "validatorEmission", "stake"] as const) {
    (r[k] ?? []).forEach((x, i) => {
      if (!/^(0|[1-9][0-9]*)$/.test(x) || BigInt(x) > U64_MAX) bad("ranges", `${k}[${i}] = ${x}`);
    });
  }
  // The dense variant keeps negative EMA bonds, which a negative EMA alpha
  // (bondsMovingAverage > 1e6, root only) produces: negative dividends then
  // floor to 0 (u16 and rao) while the rest exceed the budget (README "Invariants").
  const denseNegativeAlpha = mode === "dense" && BigInt(s.bondsMovingAverage) > 1_000_000n;
  for (const k of ["incentive", "dividends"] as const) {
    if (denseNegativeAlpha) break;
    const sum = r[k].reduce((a, b) => a + b, 0);
    if (sum > 0 && (sum > 65535 || sum < 65535 - n - 1)) bad("ranges", `${k} sums to ${sum}, outside [${65535 - n - 1}, 65535]`);
  }
  r.bonds.forEach((row, i) =>
    row?.forEach(([j, x], e) => {
      if (!Number.isInteger(x) || x < 0 || x > 65535 || !Number.isInteger(j) || j < 0) bad("ranges", `bonds[${i}][${e}] = [${j}, ${x}]`);
    }),
  );

  // -- activity --
  // the stored u16 ActivityCutoff before 423; a wrapping `+` before 153
  const cutoff = sw.activityCutoff === "stored" ? BigInt(s.activityCutoff!) : deriveActivityCutoff(s.activityCutoffFactorMilli, s.tempo);
  s.lastUpdate.forEach((u, i) => {
    const sum = BigInt(u) + cutoff;
    const want = !((sum > U64_MAX ? (sw.wrappingOps ? sum - (U64_MAX + 1n) : U64_MAX) : sum) < BigInt(s.currentBlock));
    if (r.active[i] !== want) bad("activity", `active[${i}] = ${r.active[i]}, lastUpdate + cutoff < currentBlock says ${want}`);
  });

  // -- permits --
  const permits = r.newValidatorPermit.filter(Boolean).length;
  const ownerForced = mode === "sparse" && sw.ownerExemptAndPermitted && s.ownerUid !== null ? 1 : 0;
  if (permits > s.maxAllowedValidators + ownerForced)
    bad("permits", `${permits} permits > maxAllowedValidators ${s.maxAllowedValidators}${ownerForced ? " + owner" : ""}`);

  // -- conservation --
  if (stakeSumFits(s) && !denseNegativeAlpha) {
    const R = BigInt(s.raoEmission);
    const paid = r.serverEmission.reduce((a, x) => a + BigInt(x), 0n) + r.validatorEmission.reduce((a, x) => a + BigInt(x), 0n);
    const due = filteredStake(s, mode).some((t) => t > 0n);
    const slack = (2n * BigInt(n) * R + ONE - 1n) / ONE + 2n * BigInt(n);
    if (paid > R) bad("conservation", `server + validator emission ${paid} > raoEmission ${R}`);
    if (due && paid < R - slack) bad("conservation", `server + validator emission ${paid} < raoEmission ${R} - ${slack}`);
    if (!due && paid !== 0n) bad("conservation", `no stake passes the threshold, yet ${paid} rao paid`);
    const combined = r.emission.reduce((a, x) => a + BigInt(x), 0n);
    if (combined > R) bad("conservation", `emission sums to ${combined} > raoEmission ${R}`);
  }

  // -- bond rows --
  r.bonds.forEach((row, i) => {
    if (row === null) {
      if (mode === "sparse" && sw.writeAllBondRows) bad("bonds", `bonds[${i}] is null in the sparse epoch`);
      else if (s.validatorPermit[i] || r.newValidatorPermit[i]) bad("bonds", `bonds[${i}] is null though uid ${i} has a permit`);
    } else if (!r.newValidatorPermit[i] && row.length > 0) {
      bad("bonds", `bonds[${i}] written without a new permit`);
    } else if (mode === "dense" && r.newValidatorPermit[i] && (row.length !== n || row.some(([j], k) => j !== k))) {
      bad("bonds", `dense bonds[${i}] is not a full row 0..n-1`);
    }
  });
  const ema = r.debug?.emaBonds;
  if (ema) {
    // Holds while the EMA is a convex combination: bondsMovingAverage <= 1e6 (subnet owners
    // can set at most 975000; root can set any u64, and then bonds grow past 1.0: README "Invariants").
    if (s.yuma3Enabled && BigInt(s.bondsMovingAverage) <= 1_000_000n) {
      ema.forEach((row, i) =>
        row.forEach(([j, x]) => {
          const b = BigInt(x);
          if (b < 0n || b > ONE) bad("bonds", `Yuma3 EMA bond [${i}][${j}] = ${b} outside [0, 1]`);
        }),
      );
    } else if (!s.yuma3Enabled) {
      const colMax = new Map<number, bigint>();
      ema.forEach((row) =>
        row.forEach(([j, x]) => {
          const b = BigInt(x);
          if (b > (colMax.get(j) ?? 0n)) colMax.set(j, b);
        }),
      );
      for (const [j, m] of colMax)
        if (m > 0n && m !== ONE) bad("bonds", `original-Yuma bond column ${j} max ${m} is not 1.0 after max-upscale`);
    }
  }

  // -- no weights: validator emission follows (active) stake --
  if (s.weights.every((row) => row.length === 0) && stakeSumFits(s)) {
    const R = BigInt(s.raoEmission);
    const fs = filteredStake(s, mode);
    const sum = fs.reduce((a, b) => fx64.add(a, b), 0n);
    const stake = fs.map((t) => fx64To32Sat(sum === 0n ? t : fx64.safeDiv(t, sum)));
    const permitted = s.validatorPermit.map((p, i) => p || (mode === "sparse" && sw.ownerExemptAndPermitted && s.ownerUid === i));
    const active = stake.map((x, i) => (r.active[i] && permitted[i] ? x : 0n));
    const asum = fx.sum(active);
    const base = asum === 0n ? stake : active.map((x) => fx.safeDiv(x, asum));
    base.forEach((x, i) => {
      const want = floorDiv(x * R, ONE);
      const wantClamped = want < 0n ? 0n : want > U64_MAX ? U64_MAX : want;
      if (BigInt(r.validatorEmission[i]!) !== wantClamped)
        bad("no-weights", `validatorEmission[${i}] = ${r.validatorEmission[i]}, stake fallback gives ${wantClamped}`);
      if (r.serverEmission[i] !== "0") bad("no-weights", `serverEmission[${i}] = ${r.serverEmission[i]} with no weights`);
    });
  }
  return v;
}
