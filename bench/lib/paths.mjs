// Where things are, and packages resolved from the workspace that declares them (not from hoisting).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BENCH = join(ROOT, "bench");
export const CLI = join(ROOT, "apps", "cli", "dist", "bin.js");
export const CONTENT = join(ROOT, "apps", "newsletter", "content");
/** The browser for the baseline; BENCH_CHROMIUM overrides it (e.g. to try the run without one). */
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by the bench only, which is not a turbo task
export const CHROMIUM = process.env.BENCH_CHROMIUM || "/usr/bin/chromium";
export const SEED_000 = join(CONTENT, "2021-02-brief.yaml");

/** `require` as seen from a workspace folder, e.g. `requireFrom("packages/social")("@fontsource/noto-sans/package.json")`. */
export function requireFrom(workspace) {
  return createRequire(join(ROOT, workspace, "package.json"));
}

/** An ESM import of a package as the named workspace would resolve it. */
export async function importFrom(workspace, name) {
  const { pathToFileURL } = await import("node:url");
  return import(pathToFileURL(requireFrom(workspace).resolve(name)).href);
}
