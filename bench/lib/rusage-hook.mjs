// Loaded with `node --import` into every measured child: writes the process's own resource usage
// (CPU time, peak resident memory) to $BENCH_RUSAGE_FILE when it exits.
import { readFileSync, writeFileSync } from "node:fs";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/lib/measure.mjs for its child processes; no turbo task reads it
const file = process.env.BENCH_RUSAGE_FILE;
if (file)
  process.on("exit", () => writeFileSync(file, JSON.stringify({ ...process.resourceUsage(), peakRssKB: peak() })));

// The peak of this process's own memory. On Linux, `maxRSS` is not it: the kernel carries over the
// peak of the process image replaced by exec, here a fork of the bench itself, so every child
// reported at least the bench's own size (a child with a 40 MB peak showed 311 MB under a 350 MB
// parent). `VmHWM` is the peak of the running image only.
function peak() {
  try {
    return Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]) || undefined;
  } catch {
    return undefined;
  }
}
