import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CliError, EXIT } from "../exit-codes.js";

/** Where the bundled content lives, relative to the repository root. */
export const BUNDLED_CONTENT = "apps/newsletter/content";

/**
 * The YAML files named by `inputs` (files or folders, searched recursively), sorted. With no inputs,
 * the bundled content (or `./content`) in the current folder.
 */
export function findContentFiles(inputs: readonly string[], cwd = process.cwd()): string[] {
  const roots = inputs.length > 0 ? inputs : defaultInputs(cwd);
  const files = new Set<string>();
  for (const input of roots) {
    const path = resolve(cwd, input);
    if (!existsSync(path)) throw new CliError(`${input}: no such file or folder`, EXIT.usage);
    if (statSync(path).isDirectory()) for (const file of walk(path)) files.add(file);
    else if (/\.ya?ml$/i.test(path)) files.add(path);
    else throw new CliError(`${input}: not a YAML file (.yaml or .yml)`, EXIT.usage);
  }
  if (files.size === 0) throw new CliError(`no .yaml files found in ${roots.join(", ")}`, EXIT.usage);
  return [...files].sort();
}

function defaultInputs(cwd: string): string[] {
  for (const candidate of [BUNDLED_CONTENT, "content"]) {
    if (existsSync(join(cwd, candidate))) return [candidate];
  }
  throw new CliError(
    "no content given and none found here: pass YAML files or folders, e.g. belarusbrief validate content/",
    EXIT.usage,
  );
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".") || entry.name === "node_modules") return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.ya?ml$/i.test(entry.name) ? [path] : [];
  });
}
