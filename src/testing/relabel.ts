// Relabeling uids: permute a snapshot's uids consistently (rows, columns,
// vectors, owner) and a result the same way, for the relabeling property.
import type { EpochResult, Snapshot, SparseRow } from "../snapshot/types.js";

/** perm[i] = the new uid of old uid i. Rows are re-sorted by uid. */
export function permuteSnapshot(s: Snapshot, perm: number[]): Snapshot {
  const inv = invert(perm);
  const vec = <T>(xs: T[]): T[] => inv.map((old) => xs[old]!);
  const opt = <T>(xs: T[] | undefined): T[] | undefined => (xs === undefined ? undefined : vec(xs));
  const rows = (m: SparseRow[]): SparseRow[] =>
    inv.map((old) => m[old]!.map(([j, v]) => [j < perm.length ? perm[j]! : j, v] as [number, number]).sort((a, b) => a[0] - b[0]));
  return {
    ...s,
    ownerUid: s.ownerUid === null ? null : perm[s.ownerUid]!,
    commitBlocks: vec(s.commitBlocks),
    alphaStake: vec(s.alphaStake),
    taoStake: vec(s.taoStake),
    lastUpdate: vec(s.lastUpdate),
    blockAtRegistration: vec(s.blockAtRegistration),
    validatorPermit: vec(s.validatorPermit),
    weights: rows(s.weights),
    bonds: rows(s.bonds),
    // the pre-dTAO TAO stake vector (specs < 233)
    ...(s.stake === undefined ? {} : { stake: opt(s.stake) }),
  };
}

/** The result relabeled by perm, with bond rows sorted by uid (debug dropped). */
export function permuteResult(r: EpochResult, perm: number[]): EpochResult {
  const inv = invert(perm);
  const vec = <T>(xs: T[]): T[] => inv.map((old) => xs[old]!);
  const opt = <T>(xs: T[] | undefined): T[] | undefined => (xs === undefined ? undefined : vec(xs));
  return {
    stakeWeight: opt(r.stakeWeight),
    active: vec(r.active),
    emission: vec(r.emission),
    consensus: vec(r.consensus),
    incentive: vec(r.incentive),
    dividends: vec(r.dividends),
    validatorTrust: vec(r.validatorTrust),
    newValidatorPermit: vec(r.newValidatorPermit),
    serverEmission: vec(r.serverEmission),
    validatorEmission: vec(r.validatorEmission),
    stake: opt(r.stake),
    // outputs written only by some runtime versions (Rank/Trust/PruningScores before 365)
    ...(r.rank === undefined ? {} : { rank: opt(r.rank) }),
    ...(r.trust === undefined ? {} : { trust: opt(r.trust) }),
    ...(r.pruningScore === undefined ? {} : { pruningScore: opt(r.pruningScore) }),
    bonds: vec(r.bonds).map((row) =>
      row === null ? null : row.map(([j, v]) => [j < perm.length ? perm[j]! : j, v] as [number, number]).sort((a, b) => a[0] - b[0]),
    ),
  };
}

/** A result with bond rows sorted by uid and without debug: for order-free comparison. */
export function canonicalResult(r: EpochResult): EpochResult {
  const { debug: _debug, ...rest } = r;
  return { ...rest, bonds: r.bonds.map((row) => (row === null ? null : [...row].sort((a, b) => a[0] - b[0]))) };
}

function invert(perm: number[]): number[] {
  const inv = new Array<number>(perm.length);
  perm.forEach((p, i) => {
    inv[p] = i;
  });
  return inv;
}
