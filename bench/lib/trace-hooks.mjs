// Module hooks (run on the loader thread): append each resolved URL to $BENCH_TRACE_FILE.
import { appendFileSync } from "node:fs";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/lib/measure.mjs for its child processes; no turbo task reads it
const file = process.env.BENCH_TRACE_FILE;

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (file) appendFileSync(file, `${result.url}\n`);
  return result;
}
