// Per-uid totals over a replay, serialisable for checkpoints.
import type { EpochResult } from "../snapshot/types.js";
import type { PackedEpochResult } from "../wasm/packed.js";

export interface UidTotals {
  epochs: number;
  server: bigint;
  validator: bigint;
  incentive: number;
  dividends: number;
  validatorTrust: number;
  permitEpochs: number;
  registrations: number;
}

export class Summary {
  readonly uids: UidTotals[] = [];
  private lastReg: string[] = [];

  add(result: EpochResult, blockAtRegistration: string[]): void {
    const n = result.active.length;
    for (let i = 0; i < n; i++) {
      const t = this.epochOf(i, blockAtRegistration);
      t.server += BigInt(result.serverEmission[i]!);
      t.validator += BigInt(result.validatorEmission[i]!);
      t.incentive += result.incentive[i]!;
      t.dividends += result.dividends[i]!;
      t.validatorTrust += result.validatorTrust[i]!;
      if (result.newValidatorPermit[i]) t.permitEpochs++;
    }
    this.lastReg = blockAtRegistration.slice();
  }

  /** The same as `add`, from a packed result. */
  addPacked(p: PackedEpochResult, blockAtRegistration: string[]): void {
    for (let i = 0; i < p.n; i++) {
      const t = this.epochOf(i, blockAtRegistration);
      t.server += p.serverEmission[i]!;
      t.validator += p.validatorEmission[i]!;
      t.incentive += p.incentive[i]!;
      t.dividends += p.dividends[i]!;
      t.validatorTrust += p.validatorTrust[i]!;
      if (p.newValidatorPermit[i]) t.permitEpochs++;
    }
    this.lastReg = blockAtRegistration.slice();
  }

  /** Uid i's totals, counted one more epoch (a new registration when its blockAtRegistration changed). */
  private epochOf(i: number, blockAtRegistration: string[]): UidTotals {
    let t = this.uids[i];
    if (!t) {
      t = { epochs: 0, server: 0n, validator: 0n, incentive: 0, dividends: 0, validatorTrust: 0, permitEpochs: 0, registrations: 1 };
      this.uids[i] = t;
    } else if (this.lastReg[i] !== undefined && this.lastReg[i] !== blockAtRegistration[i]) {
      t.registrations++;
    }
    t.epochs++;
    return t;
  }

  /** CSV with one row per uid; means are of the u16 values as fractions of 65535. */
  csv(): string {
    const head =
      "uid,epochs,server_emission_rao,validator_emission_rao,total_emission_rao,mean_incentive,mean_dividends,mean_validator_trust,epochs_with_permit,registrations";
    const mean = (s: number, k: number) => (k ? s / k / 65535 : 0).toFixed(6);
    const rows = this.uids.map((t, i) =>
      [
        i,
        t.epochs,
        t.server,
        t.validator,
        t.server + t.validator,
        mean(t.incentive, t.epochs),
        mean(t.dividends, t.epochs),
        mean(t.validatorTrust, t.epochs),
        t.permitEpochs,
        t.registrations,
      ].join(","),
    );
    return [head, ...rows].join("\n") + "\n";
  }

  toJSON(): unknown {
    return {
      lastReg: this.lastReg,
      uids: this.uids.map((t) => ({ ...t, server: t.server.toString(), validator: t.validator.toString() })),
    };
  }

  static fromJSON(x: unknown): Summary {
    const o = x as { lastReg: string[]; uids: (Omit<UidTotals, "server" | "validator"> & { server: string; validator: string })[] };
    const s = new Summary();
    s.lastReg = o.lastReg;
    for (const t of o.uids) s.uids.push({ ...t, server: BigInt(t.server), validator: BigInt(t.validator) });
    return s;
  }
}
