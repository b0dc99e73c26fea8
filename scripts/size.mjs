// `npm run size`: the WebAssembly module, and the browser entry bundled and minified
// by esbuild (as a bundler would, through package.json exports), raw and gzipped.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = new URL("../", import.meta.url);
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

async function bundle(contents) {
  const out = await build({
    stdin: { contents, resolveDir: new URL(".", root).pathname, loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return Buffer.from(out.outputFiles[0].contents);
}

const rows = [["build/release.wasm", readFileSync(new URL("build/release.wasm", root))]];
rows.push(['browser bundle: export * from "yuma-engine"', await bundle('export * from "yuma-engine";')]);
rows.push(["browser bundle: { Engine, validateSnapshot }", await bundle('export { Engine, validateSnapshot } from "yuma-engine";')]);
const w = Math.max(...rows.map(([name]) => name.length));
console.log(`${"what".padEnd(w)}  ${"bytes".padStart(10)}  ${"gzip -9".padStart(10)}`);
for (const [name, bytes] of rows) console.log(`${name.padEnd(w)}  ${kib(bytes.length).padStart(10)}  ${kib(gz(bytes)).padStart(10)}`);
