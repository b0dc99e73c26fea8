// The package's browser entry in a real browser: bundled with esbuild for the browser
// platform, served on 127.0.0.1, run in headless Chromium (npm's, see chromium.ts).
// Every upstream fixture step must come out bit-exact there, sparse and dense; plus an
// in-memory replay, a what-if, an invariants run, and the unbundled entry loaded by a
// plain <script type=module>.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createServer, type Server } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { join, normalize } from "node:path";
import { build } from "esbuild";
import type { Page } from "puppeteer-core";
import { launchChromium } from "./chromium.js";
import { Engine } from "../src/wasm/engine.js";
import { validateSnapshot } from "../src/snapshot/validate.js";
import type { EpochResult, Fixture } from "../src/snapshot/types.js";
import type { api } from "./browser/page.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixtureDir = join(root, "fixtures");
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const readFixture = (f: string) => JSON.parse(readFileSync(join(fixtureDir, f), "utf8")) as Fixture;

const PLAIN_PAGE = `<!doctype html><meta charset="utf-8"><title>plain</title>
<script type="module">
import { runEpoch } from "/dist/src/core.js";
const res = await fetch("/fixtures/upstream-test_10_graph.json");
const fixture = await res.json();
window.plainResult = runEpoch(fixture.steps[0].input);
</script>`;

let server: Server;
let origin = "";
let page: Page;
let close: () => Promise<void> = async () => {};

/** Serves the bundle, the fixtures and dist/ (for the unbundled page) on 127.0.0.1 only. */
function serve(bundle: string): Promise<void> {
  const types: Record<string, string> = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" };
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname));
    const send = (body: string | Buffer, type: string) => res.writeHead(200, { "content-type": type }).end(body);
    if (path === "/")
      return send(
        `<!doctype html><meta charset="utf-8"><title>yuma</title><script type="module" src="/bundle.js"></script>`,
        types[".html"]!,
      );
    if (path === "/bundle.js") return send(bundle, types[".js"]!);
    if (path === "/plain.html") return send(PLAIN_PAGE, types[".html"]!);
    const ext = path.slice(path.lastIndexOf("."));
    if ((path.startsWith("/fixtures/") || path.startsWith("/dist/src/")) && types[ext] && !path.includes("..")) {
      try {
        return send(readFileSync(join(root, path)), types[ext]!);
      } catch {
        /* 404 below */
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
}

beforeAll(async () => {
  const out = await build({
    entryPoints: [join(root, "test/browser/page.ts")],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  await serve(out.outputFiles[0]!.text);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chromium = await launchChromium();
  close = chromium.close;
  page = await chromium.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${origin}/`, { waitUntil: "load" });
  await page.waitForFunction(() => "yuma" in globalThis, { timeout: 30_000 });
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await close();
  await new Promise((resolve) => server?.close(resolve));
});

type Api = typeof api;
const call = <K extends keyof Api>(name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> =>
  page.evaluate(
    (n, a) => (globalThis as unknown as { yuma: Record<string, (...x: unknown[]) => unknown> }).yuma[n]!(...a),
    name,
    args,
  ) as Promise<Awaited<ReturnType<Api[K]>>>;

/** Debug intermediates: the fixtures carry matrices only for n <= 16; compare what they carry. */
function pick<T extends object>(actual: T | undefined, expected: object | undefined): T | undefined {
  if (!actual || !expected) return actual;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(expected)) out[k] = (actual as Record<string, unknown>)[k];
  return out as T;
}

describe("browser entry in headless Chromium: upstream fixtures bit-exact (opentensor/subtensor@14bc6f9f)", () => {
  it("the fixture set is complete, sparse and dense", () => {
    expect(fixtures.length).toBe(117);
    const dense = fixtures.filter((f) => readFixture(f).upstream.function === "epoch_dense_mechanism");
    expect(dense.length).toBeGreaterThan(0);
    expect(dense.length).toBeLessThan(fixtures.length);
  });
  for (const f of fixtures) {
    it(f, async () => {
      const fixture = readFixture(f);
      const results = await call("fixture", f);
      expect(results.length).toBe(fixture.steps.length);
      results.forEach((r, k) => {
        const expected = fixture.steps[k]!.expected!;
        expect({ ...r, debug: pick(r.debug, expected.debug) }).toEqual(expected);
      });
    });
  }
});

describe("browser entry in headless Chromium: replay, what-if, invariants, no bundler", () => {
  it("replaySteps over an in-memory history carries bonds as the chain does (seq-yuma3-long, every step)", async () => {
    const fixture = readFixture("seq-yuma3-long.json");
    expect(fixture.steps.length).toBeGreaterThan(2);
    const results = await call("replay", "seq-yuma3-long.json");
    expect(results.map(({ debug: _, ...r }) => r)).toEqual(
      fixture.steps.map((s) => {
        const { debug: _, ...e } = s.expected!;
        return e;
      }),
    );
  });

  it("whatIf equals the epoch of the snapshot edited by hand (weights stored, lastUpdate = currentBlock)", async () => {
    const uid = 8;
    const w: [number, number][] = [
      [2, 100],
      [4, 5000],
      [5, 65535],
      [9, 300],
    ];
    const r = await call("whatIf", "examples/snapshot.json", uid, w);
    const edited = validateSnapshot(JSON.parse(readFileSync(join(fixtureDir, "examples/snapshot.json"), "utf8")));
    edited.weights[uid] = w; // already max-upscaled: the largest weight is 65535
    edited.lastUpdate[uid] = edited.currentBlock;
    const direct: EpochResult = new Engine().run(edited);
    expect(r).toEqual(direct);
    expect(r.validatorEmission[uid]).not.toBe(undefined);
  });

  it("checkInvariants passes the engine's result and names conservation when uid 0 is overpaid by 1 TAO", async () => {
    const { clean, tampered } = await call("invariants", "examples/snapshot.json", "1000000000");
    expect(clean).toEqual([]);
    expect(tampered.map((v) => v.invariant)).toContain("conservation");
  });

  it("the unbundled entry (dist/src/core.js) loads from a plain <script type=module> and runs an upstream step", async () => {
    const plain = await page.browser().newPage();
    try {
      const errors: string[] = [];
      plain.on("pageerror", (e) => errors.push(String(e)));
      await plain.goto(`${origin}/plain.html`, { waitUntil: "load" });
      await plain.waitForFunction(() => "plainResult" in globalThis, { timeout: 30_000 });
      expect(errors).toEqual([]);
      const result = await plain.evaluate(() => (globalThis as unknown as { plainResult: EpochResult }).plainResult);
      const { debug: _, ...expected } = readFixture("upstream-test_10_graph.json").steps[0]!.expected!;
      expect(result).toEqual(expected);
    } finally {
      await plain.close();
    }
  });
});
