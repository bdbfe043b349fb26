// Loaded with `node --import`: records every module the process resolves (ESM hooks) and every
// CommonJS file in require.cache at exit, one URL or path per line, into $BENCH_TRACE_FILE.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/lib/measure.mjs for its child processes; no turbo task reads it
const file = process.env.BENCH_TRACE_FILE;
if (file) {
  register("./trace-hooks.mjs", import.meta.url);
  const require = createRequire(import.meta.url);
  process.on("exit", () => appendFileSync(file, `${Object.keys(require.cache).join("\n")}\n`));
}
