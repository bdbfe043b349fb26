import cliProgress from "cli-progress";

/** Progress for long work: a bar on a terminal, nothing otherwise (CI logs stay clean). */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean) {
  const bars = new Map<string, cliProgress.SingleBar>();
  const finished = new Set<string>();
  const show = enabled && stream.isTTY === true;
  return {
    update(done: number, total: number, label: string): void {
      if (!show || finished.has(label)) return;
      let bar = bars.get(label);
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream, format: `${label.padEnd(10)} [{bar}] {value}/{total}`, hideCursor: true, clearOnComplete: false },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
        bars.set(label, bar);
      }
      bar.setTotal(total);
      bar.update(done);
      if (done >= total) {
        bar.stop();
        bars.delete(label);
        finished.add(label);
      }
    },
    stop(): void {
      for (const bar of bars.values()) bar.stop();
      bars.clear();
    },
  };
}
