// The HTML report renders in headless Chromium (npm's, see chromium.ts) with the expected series.
import { it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "./chromium.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });

it("yuma report writes a page that headless Chromium renders with 4 charts x 8 series and a bonds heatmap", async () => {
  const dir = mkdtempSync(join(tmpdir(), "yuma-report-"));
  expect(cli("replay", "fixtures/examples/history.jsonl", "--out", dir, "--quiet").status).toBe(0);
  const r = cli("report", dir);
  expect(r.status).toBe(0);
  expect(r.stdout.trim()).toBe(`${join(dir, "report.html")}: 1 histories, 32 series`);
  const html = readFileSync(join(dir, "report.html"), "utf8");
  expect(html).not.toMatch(/<script|https?:\/\//);
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1400, height: 1800 });
    await page.goto(pathToFileURL(join(dir, "report.html")).href, { waitUntil: "load" });
    const dom = await page.content();
    expect(dom.match(/<path class="series"/g)?.length).toBe(32);
    expect(dom.match(/<svg class="chart"/g)?.length).toBe(4);
    expect(dom.match(/<rect class="cell"/g)?.length ?? 0).toBeGreaterThan(50);
    // the history's lines carry no specVersion: no version markers, no versions line
    expect(dom).not.toMatch(/class="marker"|class="spec-versions"/);
    const png = await page.screenshot({ type: "png" });
    expect(png.byteLength).toBeGreaterThan(20_000);
  } finally {
    await chromium.close();
  }
});

/** A fixture's step inputs (its first step holds explicit bonds, the rest "carry"). */
const eraSteps = (name: string): object[] =>
  (JSON.parse(readFileSync(join(root, "fixtures/eras", `${name}.json`), "utf8")) as { steps: { input: object }[] }).steps.map(
    (s) => s.input,
  );

it("yuma report marks the epochs where the runtime version changes (spec 195 -> 257 at epoch 3, -> 273 at epoch 6)", async () => {
  // 9 epochs of an 8-uid subnet: the bonds test of three eras, three steps each, bonds carried across the upgrades
  const lines = [
    ...eraSteps("spec195-test_bonds").slice(0, 3),
    ...eraSteps("spec257-test_bonds").slice(3, 6),
    ...eraSteps("spec273-test_bonds").slice(6, 9),
  ];
  const dir = mkdtempSync(join(tmpdir(), "yuma-report-eras-"));
  writeFileSync(join(dir, "eras.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const out = join(dir, "out");
  const rep = cli("replay", join(dir, "eras.jsonl"), "--out", out, "--quiet");
  expect(rep.status, rep.stderr).toBe(0);
  const epochs = readFileSync(join(out, "eras.epochs.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(epochs.map((e) => e.specVersion)).toEqual([195, 195, 195, 257, 257, 257, 273, 273, 273]);
  const nullRow = (epochs[7].bonds as unknown[]).indexOf(null);
  const r = cli("report", out, "--epoch", "7");
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout.trim()).toBe(`${join(out, "report.html")}: 1 histories, 32 series`);
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.goto(pathToFileURL(join(out, "report.html")).href, { waitUntil: "load" });
    const charts = await page.$$eval("svg.chart", (svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector(".title")?.textContent,
        points: (svg.querySelector("path.series")?.getAttribute("d")?.match(/[ML]/g) ?? []).length,
        markers: [...svg.querySelectorAll("g.marker")].map((g) => ({
          epoch: g.getAttribute("data-x"),
          label: g.querySelector("text")?.textContent,
          x: g.querySelector("line")?.getAttribute("x1"),
        })),
      })),
    );
    expect(charts.length).toBe(4);
    for (const c of charts) {
      expect(c.points, c.title ?? "").toBe(9); // every epoch has a result (none dropped for lacking a stake output)
      // plot area x from 64 to 64 + 506 for epochs 0..8: epoch 3 at 64 + 506*3/8 = 253.75, epoch 6 at 64 + 506*6/8 = 443.5
      expect(c.markers, c.title ?? "").toEqual([
        { epoch: "3", label: "spec 257", x: "253.8" },
        { epoch: "6", label: "spec 273", x: "443.5" },
      ]);
    }
    const versions = await page.$eval("p.spec-versions", (p) => p.textContent);
    expect(versions).toBe(
      "Runtime versions: spec 195 (epochs 0-2), spec 257 (epochs 3-5; changed at epoch 3), spec 273 (epochs 6-8; changed at epoch 6)",
    );
    // the heatmap at epoch 7 draws each row as stored: a null row (spec < 320: left unchanged) is the last row written before
    expect(nullRow).toBeGreaterThanOrEqual(0);
    const storedRow = (i: number) => {
      for (let k = 7; k >= 0; k--) if (epochs[k].bonds[i] !== null) return { k, row: epochs[k].bonds[i] as [number, number][] };
      throw new Error(`no row for uid ${i}`);
    };
    expect(storedRow(nullRow).k).toBe(5);
    const want = [...Array(8).keys()].flatMap((i) =>
      storedRow(i)
        .row.filter(([, v]) => v > 0)
        .map(([j, v]) => `uid ${i} -> uid ${j}: ${v}`),
    );
    expect(want.length).toBe(16); // validators 0-3 bond servers 4-7
    expect(await page.$$eval("svg.heatmap rect.cell title", (ts) => ts.map((t) => t.textContent))).toEqual(want);
  } finally {
    await chromium.close();
  }
});
