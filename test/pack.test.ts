// The package as a user installs it: `npm pack`, install the tarball into an empty project
// (offline, from npm's cache: the lockfile below pins what our own lockfile pins), then
// (a) a Node ESM script, (b) a strict TypeScript file type-checked with tsc, and
// (c) `npx yuma epoch --check` on a fixture, all from the installed package.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { releaseWasmBytes } from "../src/wasm/engine.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const fixture = join(root, "fixtures/upstream-test_10_graph_dense.json");

/** Runs a command without blocking the test worker; resolves with its exit status and output. */
async function run(cmd: string, args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(cmd, args, { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
    return { status: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? String(e) };
  }
}

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
  [k: string]: unknown;
}
interface PackResult {
  filename: string;
  integrity: string;
  files: { path: string }[];
}

let dir = "";
let packed: PackResult;

/** A lockfile for the consumer: the tarball plus the production closure and @types/node as our lockfile has them. */
function consumerLock(
  pkg: { version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> },
  typesNode: string,
): object {
  const ours = (JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> }).packages;
  const packages: Record<string, object> = {
    "": { name: "consumer", dependencies: { "yuma-engine": `file:${packed.filename}` }, devDependencies: { "@types/node": typesNode } },
    "node_modules/yuma-engine": {
      version: pkg.version,
      resolved: `file:${packed.filename}`,
      integrity: packed.integrity,
      license: "MIT",
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [path, entry] of Object.entries(ours)) {
    if (!path || entry.link) continue;
    if (!entry.dev && !entry.devOptional) packages[path] = entry;
  }
  for (const name of ["@types/node", "undici-types"]) packages[`node_modules/${name}`] = { ...ours[`node_modules/${name}`], dev: true };
  return { name: "consumer", lockfileVersion: 3, requires: true, packages };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "yuma-pack-"));
  // `npm test` has just built dist/ and build/ (pretest); the prepack script would rebuild them
  // under the other test files' feet, so pack what is built.
  const pack = await run(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], root);
  expect(pack.status, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const typesNode = (JSON.parse(readFileSync(join(root, "node_modules/@types/node/package.json"), "utf8")) as { version: string }).version;
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: "consumer",
        private: true,
        type: "module",
        dependencies: { "yuma-engine": `file:${packed.filename}` },
        devDependencies: { "@types/node": typesNode },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify(consumerLock(pkg, typesNode), null, 2));
  const ci = await run(npm, ["ci", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], dir);
  expect(ci.status, ci.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm pack -> install the tarball into an empty project", () => {
  it("the tarball holds the built entries, the CLI and the module, and no sources or tests", () => {
    const files = packed.files.map((f) => f.path);
    for (const f of [
      "package.json",
      "README.md",
      "dist/src/index.js",
      "dist/src/index.d.ts",
      "dist/src/core.js",
      "dist/src/core.d.ts",
      "dist/src/cli/main.js",
      "dist/src/replay/worker.js",
      "dist/src/testing/index.js",
      "dist/src/wasm/release-wasm.js",
      "build/release.wasm",
    ]) {
      expect(files).toContain(f);
    }
    expect(
      files.filter(
        (f) =>
          (f.endsWith(".ts") && !f.endsWith(".d.ts")) ||
          f.startsWith("test/") ||
          f.startsWith("dist/test/") ||
          f.startsWith("node_modules/"),
      ),
    ).toEqual([]);
  });

  it("the inlined module is build/release.wasm byte for byte", () => {
    expect(Buffer.from(releaseWasmBytes()).equals(readFileSync(join(root, "build/release.wasm")))).toBe(true);
  });

  it("(a) a Node ESM script runs a fixture through the package root, yuma-engine/node and yuma-engine/core", async () => {
    writeFileSync(
      join(dir, "run.mjs"),
      `
import { Engine, runSteps, firstDifference, readEpochFile, replay } from "yuma-engine";
import * as node from "yuma-engine/node";
import * as core from "yuma-engine/core";
const file = readEpochFile(process.argv[2]);
const results = runSteps(new Engine(), file);
const diffs = results.map((r, k) => firstDifference({ ...file.steps[k].expected, debug: undefined }, { ...r, debug: undefined }) ?? "none");
let replayed = 0;
for await (const rec of replay(process.argv[2])) replayed += rec.result.incentive.length > 0 ? 1 : 0;
console.log(JSON.stringify({ steps: results.length, diffs, replayed, nodeOnly: typeof node.replayToFiles, coreHasFiles: "readEpochFile" in core, coreRuns: typeof core.runEpoch }));
`,
    );
    const r = await run(process.execPath, ["run.mjs", fixture], dir);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      steps: 1,
      diffs: ["none"],
      replayed: 1,
      nodeOnly: "function",
      coreHasFiles: false,
      coreRuns: "function",
    });
  });

  it("(b) a strict TypeScript file type-checks against the installed declarations (and a wrong call does not)", async () => {
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          types: ["node"],
          skipLibCheck: false,
          noUncheckedIndexedAccess: true,
        },
        files: ["use.ts"],
      }),
    );
    writeFileSync(
      join(dir, "use.ts"),
      `
import { Engine, validateSnapshot, whatIf, type EpochResult, type Snapshot } from "yuma-engine";
import { replayToFiles } from "yuma-engine/node";
import { checkInvariants, type Violation } from "yuma-engine/core";
import { arbSnapshot } from "yuma-engine/testing";
export function epoch(json: unknown): { result: EpochResult; violations: Violation[] } {
  const snapshot: Snapshot = validateSnapshot(json);
  const result = new Engine().run(snapshot, { mode: "dense", debug: true });
  const first: number | undefined = result.incentive[0];
  void first;
  void whatIf(snapshot, { uid: 0, weights: [[1, 65535]] }).deltas.dividends.delta.length;
  return { result, violations: checkInvariants(snapshot, result) };
}
export const files: typeof replayToFiles = replayToFiles;
export const arb = arbSnapshot({ maxN: 4 });
// @ts-expect-error mode is "sparse" | "dense"
new Engine().run(validateSnapshot({}), { mode: "fast" });
`,
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const r = await run(process.execPath, [tsc, "-p", "tsconfig.json"], dir);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("(c) npx yuma epoch --check on a fixture", async () => {
    const r = await run("npx", ["--offline", "yuma", "epoch", "--check", fixture], dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").at(-1)).toBe("1 passed, 0 failed");
  });
});
