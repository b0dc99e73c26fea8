// `yuma precision FILE`: what fixed-point rounding costs each uid, in rao.
import { readEpochFile } from "../fixture-file.js";
import { SnapshotError } from "../snapshot/errors.js";
import { resolveStep, nextCarry, type CarryState } from "../snapshot/carry.js";
import { precisionReport } from "../exact/precision.js";
import { Engine } from "../wasm/engine.js";
import { renderTable } from "./table.js";
import type { Output } from "./epoch.js";

export function precisionCommand(files: string[], opts: { top?: number; json?: boolean }, io: Output): number {
  const engine = new Engine();
  for (const path of files) {
    const file = readEpochFile(path);
    if (file.mode === "dense") io.err(`${path}: a dense fixture; the comparison uses the chain's sparse epoch`);
    let carry: CarryState | undefined;
    file.steps.forEach((step, k) => {
      const s = resolveStep(step.input, carry, `steps[${k}]`);
      let rep: ReturnType<typeof precisionReport>;
      try {
        rep = precisionReport(s, engine);
      } catch (e) {
        throw e instanceof SnapshotError && !e.file ? e.inFile(path) : e;
      }
      carry = nextCarry(s, engine.run(s));
      if (opts.json) {
        io.out(
          JSON.stringify({
            file: path,
            step: k,
            ...rep,
            chainTotal: rep.chainTotal.toString(),
            uids: rep.uids.map((u) => ({ ...u, chain: u.chain.toString() })),
          }),
        );
        return;
      }
      const top = opts.top ?? 16;
      const rows = [...rep.uids]
        .sort((a, b) => Math.abs(Number(b.diff)) - Math.abs(Number(a.diff)) || a.uid - b.uid)
        .slice(0, top)
        .sort((a, b) => a.uid - b.uid)
        .map((u) => [String(u.uid), u.chain.toString(), u.exact, u.diff]);
      io.out(`${path}${file.steps.length > 1 ? ` step ${k}` : ""}: n=${s.n}, raoEmission=${s.raoEmission}`);
      io.out(renderTable(["uid", "chain rao", "exact rao", "chain - exact"], rows));
      io.out(
        `max |diff| ${rep.maxAbs} rao, mean |diff| ${rep.meanAbs} rao, total ${rep.total} rao ` +
          `(chain pays ${rep.chainTotal}, exact math ${rep.exactTotal})${s.n > top ? `; ${top} of ${s.n} uids shown, largest |diff| first` : ""}`,
      );
      io.out("");
    });
  }
  return 0;
}
