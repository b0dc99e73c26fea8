// Progress display: bars on a TTY (cli-progress), periodic plain lines otherwise.
import cliProgress from "cli-progress";

export interface Progress {
  update(name: string, done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, quiet: boolean, intervalMs = 2000): Progress {
  if (quiet) return { update() {}, stop() {} };
  const started = new Map<string, number>();
  const rate = (name: string, done: number) => {
    const t = (Date.now() - (started.get(name) ?? Date.now())) / 1000;
    return t > 0 ? done / t : 0;
  };
  if (stream.isTTY) {
    const multi = new cliProgress.MultiBar(
      {
        stream,
        format: "{name} [{bar}] {value}/{total} epochs | {rate} epochs/s | ETA {eta_formatted}",
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    const bars = new Map<string, cliProgress.SingleBar>();
    return {
      update(name, done, total) {
        if (!started.has(name)) started.set(name, Date.now());
        let bar = bars.get(name);
        if (!bar) {
          bar = multi.create(total, 0, { name, rate: "0" });
          bars.set(name, bar);
        }
        bar.update(done, { name, rate: rate(name, done).toFixed(1) });
      },
      stop() {
        multi.stop();
      },
    };
  }
  const lastLine = new Map<string, number>();
  return {
    update(name, done, total) {
      if (!started.has(name)) started.set(name, Date.now());
      const now = Date.now();
      if (done < total && now - (lastLine.get(name) ?? 0) < intervalMs) return;
      lastLine.set(name, now);
      const r = rate(name, done);
      const eta = r > 0 ? Math.ceil((total - done) / r) : 0;
      stream.write(
        `${name}: ${done}/${total} epochs (${((100 * done) / Math.max(total, 1)).toFixed(1)}%) ${r.toFixed(1)} epochs/s ETA ${eta}s\n`,
      );
    },
    stop() {},
  };
}
