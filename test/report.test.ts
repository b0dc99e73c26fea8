// The HTML report renders in headless Chromium with the expected series.
import { it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
const cli = (...args: string[]) => spawnSync(process.execPath, ["dist/src/cli/main.js", ...args], { cwd: root, encoding: "utf8" });
const headless = (dir: string, ...args: string[]) => spawnSync(chromium, [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", `--user-data-dir=${join(dir, "chromium-profile")}`, ...args,
], { encoding: "utf8", timeout: 90_000, maxBuffer: 1 << 26 });

it("yuma report writes a page that headless Chromium renders with 4 charts x 8 series and a bonds heatmap", () => {
  expect(existsSync(chromium), `Chromium not found at ${chromium} (apt-get install chromium, or set CHROMIUM)`).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), "yuma-report-"));
  expect(cli("replay", "fixtures/examples/history.jsonl", "--out", dir, "--quiet").status).toBe(0);
  const r = cli("report", dir);
  expect(r.status).toBe(0);
  expect(r.stdout.trim()).toBe(`${join(dir, "report.html")}: 1 histories, 32 series`);
  const html = readFileSync(join(dir, "report.html"), "utf8");
  expect(html).not.toMatch(/<script|https?:\/\//);
  const url = pathToFileURL(join(dir, "report.html")).href;
  const dom = headless(dir, "--dump-dom", url);
  expect(dom.status).toBe(0);
  expect(dom.stdout.match(/<path class="series"/g)?.length).toBe(32);
  expect(dom.stdout.match(/<svg class="chart"/g)?.length).toBe(4);
  expect(dom.stdout.match(/<rect class="cell"/g)?.length ?? 0).toBeGreaterThan(50);
  const png = join(dir, "report.png");
  const shot = headless(dir, "--window-size=1400,1800", `--screenshot=${png}`, url);
  expect(shot.status).toBe(0);
  expect(statSync(png).size).toBeGreaterThan(20_000);
});
