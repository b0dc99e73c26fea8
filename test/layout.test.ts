// The TS and AS copies of the I/O header layout must agree slot for slot.
import { it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as L from "../src/wasm/layout.js";

it("src/wasm/layout.ts mirrors assembly/epoch/layout.ts", () => {
  const as = readFileSync(fileURLToPath(new URL("../assembly/epoch/layout.ts", import.meta.url)), "utf8");
  const slots = [...as.matchAll(/export const (\w+)(?:: u8)? = (\d+);/g)].map((m) => [m[1], Number(m[2])]);
  expect(slots.length).toBeGreaterThan(60);
  expect(Object.entries(L).sort()).toEqual(slots.sort());
});
