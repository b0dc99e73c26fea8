// Builds a node double's storage from real runtime metadata: every key, hasher,
// value type and default comes from the metadata (fixtures/chain/*.json), or, for
// layouts newer than those blobs, from test/chain/metadata425.ts.
import { TypeRegistry, Metadata } from "@polkadot/types";
import { expandMetadata } from "@polkadot/types/metadata";
import { compactStripLength, stringCamelCase, u8aToHex } from "@polkadot/util";
import { decodeAddress } from "@polkadot/util-crypto";
import type { Runtime } from "./node.js";

export class StateBuilder {
  readonly registry = new TypeRegistry();
  readonly storage = new Map<string, string>();
  private readonly decorated;

  constructor(readonly runtime: Runtime) {
    const md = new Metadata(this.registry, runtime.metadata as `0x${string}`);
    this.registry.setMetadata(md);
    this.decorated = expandMetadata(this.registry, md);
  }

  private entry(item: string) {
    const e = (this.decorated.query as Record<string, Record<string, unknown>>).subtensorModule![stringCamelCase(item)] as ((
      ...args: unknown[]
    ) => Uint8Array) & { meta: { type: { isMap: boolean; asMap: { value: { toNumber(): number } }; asPlain: { toNumber(): number } } } };
    if (!e) throw new Error(`SubtensorModule has no storage item ${item} at spec ${this.runtime.specVersion}`);
    return e;
  }

  /** the raw storage key of SubtensorModule.item(...args) */
  key(item: string, ...args: unknown[]): string {
    const e = this.entry(item);
    return u8aToHex(compactStripLength(e(...args))[1]);
  }

  /** encodes `value` with the item's value type */
  encode(item: string, value: unknown): string {
    const t = this.entry(item).meta.type;
    const id = t.isMap ? t.asMap.value.toNumber() : t.asPlain.toNumber();
    return u8aToHex(this.registry.createTypeUnsafe(this.registry.createLookupType(id), [value]).toU8a());
  }

  /** SubtensorModule.item(...args) = value */
  set(item: string, args: unknown[], value: unknown): this {
    this.storage.set(this.key(item, ...args), this.encode(item, value));
    return this;
  }

  /** removes SubtensorModule.item(...args) (the getter then returns the runtime default) */
  unset(item: string, ...args: unknown[]): this {
    this.storage.delete(this.key(item, ...args));
    return this;
  }

  /** Pallet.item(...args) = value for a pallet other than SubtensorModule (e.g. setIn("drand", "Pulses", [round], pulse)) */
  setIn(pallet: string, item: string, args: unknown[], value: unknown): this {
    const e = (this.decorated.query as Record<string, Record<string, unknown>>)[pallet]?.[stringCamelCase(item)] as
      | (((...a: unknown[]) => Uint8Array) & { meta: { type: { isMap: boolean; asMap: { value: { toNumber(): number } } } } })
      | undefined;
    if (!e) throw new Error(`${pallet} has no storage item ${item} at spec ${this.runtime.specVersion}`);
    const id = e.meta.type.asMap.value.toNumber();
    this.storage.set(
      u8aToHex(compactStripLength(e(...args))[1]),
      u8aToHex(this.registry.createTypeUnsafe(this.registry.createLookupType(id), [value]).toU8a()),
    );
    return this;
  }

  clone(): StateBuilder {
    const b = new StateBuilder(this.runtime);
    for (const [k, v] of this.storage) b.storage.set(k, v);
    return b;
  }
}

/** A deterministic 32-byte account id for test key `i` (hotkey/coldkey), as 0x-hex. */
export function account(i: number, tag = 0xaa): string {
  const b = new Uint8Array(32);
  b[0] = tag;
  new DataView(b.buffer).setUint32(28, i);
  return u8aToHex(b);
}

export { decodeAddress };
