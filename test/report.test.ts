// The HTML report renders in headless Chromium (npm's, see chromium.ts) with the expected series.
import { it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
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
    const png = await page.screenshot({ type: "png" });
    expect(png.byteLength).toBeGreaterThan(20_000);
  } finally {
    await chromium.close();
  }
});
