// Headless Chromium for the tests with nothing but npm: @sparticuz/chromium ships the
// browser binary (brotli-compressed) inside its npm package; puppeteer-core drives it over
// a pipe (no debugging port). No system browser, no download, no network: every host name
// but 127.0.0.1 fails to resolve.
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createBrotliDecompress } from "node:zlib";
import puppeteer, { type Browser } from "puppeteer-core";

const pkg = fileURLToPath(new URL("../node_modules/@sparticuz/chromium/", import.meta.url));

/** Flags: headless, no sandbox (root in CI), no GPU, nothing that phones home, first run skipped. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** The browser binary, unpacked once per package version into node_modules/.cache (atomic rename). */
export async function chromiumPath(): Promise<string> {
  const version = (JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string }).version;
  const dir = fileURLToPath(new URL(`../node_modules/.cache/yuma-chromium-${version}/`, import.meta.url));
  const exe = join(dir, "chromium");
  if (existsSync(exe)) return exe;
  mkdirSync(dir, { recursive: true });
  const part = `${exe}.${process.pid}.part`;
  await pipeline(createReadStream(join(pkg, "bin", "chromium.br")), createBrotliDecompress(), createWriteStream(part, { mode: 0o755 }));
  renameSync(part, exe);
  return exe;
}

/** A headless Chromium with a fresh profile; `close` also removes the profile. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "yuma-chromium-profile-"));
  const browser = await puppeteer.launch({
    executablePath: await chromiumPath(),
    headless: "shell",
    pipe: true,
    userDataDir: profile,
    args: CHROMIUM_FLAGS,
    timeout: 90_000,
    protocolTimeout: 180_000,
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
