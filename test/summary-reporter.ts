// Closes the run with the plain line "N passed, M failed" that CI reads.
import type { Reporter } from "vitest/reporters";
import type { RunnerTask } from "vitest";

function count(tasks: RunnerTask[], acc: { passed: number; failed: number; skipped: number }) {
  for (const t of tasks) {
    if (t.type === "test") {
      const s = t.result?.state;
      if (s === "pass") acc.passed++;
      else if (s === "fail") acc.failed++;
      else acc.skipped++;
    } else if ("tasks" in t) {
      count(t.tasks, acc);
    }
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTask[] = [], errors: unknown[] = []): void {
    const acc = { passed: 0, failed: 0, skipped: 0 };
    count(files, acc);
    // a file that failed to load counts as a failure too
    const failed = acc.failed + errors.length + files.filter((f) => f.result?.state === "fail" && !("tasks" in f && f.tasks.length)).length;
    process.stdout.write(`\n${acc.passed} passed, ${failed} failed${acc.skipped ? `, ${acc.skipped} skipped` : ""}\n`);
  }
}
