// yuma-root-fixture/1 files (fixtures/eras/README.md): read, validate, run
// each case through the API at the file's spec version, compare.
import { readJsonFile } from "../fixture-file.js";
import { SnapshotError } from "../snapshot/errors.js";
import { object, keys, array, join, int } from "./input.js";
import { rootEpoch } from "./epoch.js";
import { subnetToPrune } from "./subnettoprune.js";
import { rootNetworkLockCost } from "./lockcost.js";
import { rootBlockEmission } from "./blockemission.js";
import { rootEra } from "./versions.js";

export const ROOT_FIXTURE_SCHEMA = "yuma-root-fixture/1";

export type RootCaseKind = "rootEpoch" | "blockEmission" | "subnetToPrune" | "networkLockCost";
const KINDS: readonly RootCaseKind[] = ["rootEpoch", "blockEmission", "subnetToPrune", "networkLockCost"];

export interface RootCase {
  name: string;
  kind: RootCaseKind;
  input: unknown;
  expected: Record<string, unknown>;
}

export interface RootFixture {
  schema: string;
  name: string;
  description: string;
  upstream: { repo: string; commit: string; specVersion: number; file: string };
  cases: RootCase[];
}

const OK_FIELDS: Record<RootCaseKind, { required: string[]; optional: string[] }> = {
  rootEpoch: { required: ["blockEmission", "emissionValues"], optional: ["debug"] },
  blockEmission: { required: ["blockEmission"], optional: [] },
  subnetToPrune: { required: ["netuid"], optional: [] },
  networkLockCost: { required: ["lockCost"], optional: [] },
};

function str(v: unknown, path: string): string {
  if (typeof v !== "string") throw new SnapshotError(path, `expected a string, got ${v === null ? "null" : typeof v}`);
  return v;
}

/** Checks the file's structure (inputs are validated when a case runs). */
export function parseRootFixture(v: unknown): RootFixture {
  const o = object(v, "");
  if (o.schema !== ROOT_FIXTURE_SCHEMA)
    throw new SnapshotError("schema", `expected "${ROOT_FIXTURE_SCHEMA}", got ${JSON.stringify(o.schema)}`);
  keys(o, "", ["schema", "name", "description", "upstream", "cases"]);
  const up = object(o.upstream, "upstream");
  keys(up, "upstream", ["repo", "commit", "specVersion", "file"]);
  const specVersion = int(up.specVersion, "upstream.specVersion", 0, 4294967295, "u32");
  rootEra(specVersion, "upstream.specVersion");
  if (!/^[0-9a-f]{40}$/.test(str(up.commit, "upstream.commit"))) throw new SnapshotError("upstream.commit", "expected a 40-hex commit");
  const cases = array(o.cases, "cases").map((c, i): RootCase => {
    const p = join("cases", i);
    const co = object(c, p);
    keys(co, p, ["name", "kind", "input", "expected"]);
    const kind = co.kind as RootCaseKind;
    if (!KINDS.includes(kind))
      throw new SnapshotError(join(p, "kind"), `expected one of ${KINDS.join(", ")}, got ${JSON.stringify(co.kind)}`);
    const ep = join(p, "expected");
    const ex = object(co.expected, ep);
    if ("err" in ex || "panic" in ex) {
      const which = "err" in ex ? "err" : "panic";
      keys(ex, ep, [which]);
      str(ex[which], join(ep, which));
    } else {
      keys(ex, ep, OK_FIELDS[kind].required, OK_FIELDS[kind].optional);
    }
    return { name: str(co.name, join(p, "name")), kind, input: co.input, expected: ex };
  });
  return {
    schema: ROOT_FIXTURE_SCHEMA,
    name: str(o.name, "name"),
    description: str(o.description, "description"),
    upstream: { repo: str(up.repo, "upstream.repo"), commit: up.commit as string, specVersion, file: str(up.file, "upstream.file") },
    cases,
  };
}

export function readRootFixture(file: string): RootFixture {
  return readJsonFile(file, parseRootFixture);
}

/** Runs one case at `specVersion`: the outcome in the `expected` shape. Input errors name `cases[i].input.…`. */
export function runRootCase(c: RootCase, specVersion: number, index = 0): Record<string, unknown> {
  try {
    switch (c.kind) {
      case "rootEpoch":
        return rootEpoch(c.input, specVersion, { debug: "debug" in c.expected });
      case "blockEmission":
        return rootBlockEmission(c.input, specVersion);
      case "subnetToPrune":
        return subnetToPrune(c.input, specVersion);
      case "networkLockCost":
        return rootNetworkLockCost(c.input, specVersion);
    }
  } catch (e) {
    if (e instanceof SnapshotError) {
      const base = `cases[${index}].input`;
      throw new SnapshotError(
        e.path === "specVersion" ? "upstream.specVersion" : e.path ? `${base}${e.path.startsWith("[") ? "" : "."}${e.path}` : base,
        e.reason,
      );
    }
    throw e;
  }
}

/** The first difference between an outcome and a case's expected value, or null (err / panic: only the kind counts). */
export function rootCaseDifference(expected: Record<string, unknown>, got: Record<string, unknown>): string | null {
  if ("err" in expected || "panic" in expected) {
    const want = "err" in expected ? "err" : "panic";
    if (want in got) return null;
    return `expected ${want} (${String(expected[want])}), got ${JSON.stringify(got).slice(0, 200)}`;
  }
  if ("err" in got || "panic" in got) return `expected an Ok result, got ${JSON.stringify(got)}`;
  return diff(expected, got, "");
}

function diff(a: unknown, b: unknown, path: string): string | null {
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return `${path}: expected an array, got ${JSON.stringify(b)}`;
    if (a.length !== b.length) return `${path}: expected length ${a.length}, got ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (typeof a === "object" && a !== null) {
    if (typeof b !== "object" || b === null) return `${path}: expected an object, got ${JSON.stringify(b)}`;
    for (const k of Object.keys(a)) {
      const d = diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: expected ${JSON.stringify(a)}, got ${JSON.stringify(b)}`;
}

export interface RootCheckResult {
  file: string;
  case: string;
  ok: boolean;
  difference?: string;
}

/** Runs every case of a file. */
export function checkRootFixture(file: string): RootCheckResult[] {
  const f = readRootFixture(file);
  return f.cases.map((c, i) => {
    let got: Record<string, unknown>;
    try {
      got = runRootCase(c, f.upstream.specVersion, i);
    } catch (e) {
      if (e instanceof SnapshotError) throw e.inFile(file);
      throw e;
    }
    const d = rootCaseDifference(c.expected, got);
    return d ? { file, case: c.name, ok: false, difference: d } : { file, case: c.name, ok: true };
  });
}
