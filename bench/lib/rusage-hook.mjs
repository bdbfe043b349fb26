// Loaded with `node --import` into every measured child: writes the process's own resource usage
// (CPU time, peak resident memory) to $BENCH_RUSAGE_FILE when it exits.
import { writeFileSync } from "node:fs";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/lib/measure.mjs for its child processes; no turbo task reads it
const file = process.env.BENCH_RUSAGE_FILE;
if (file) process.on("exit", () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
