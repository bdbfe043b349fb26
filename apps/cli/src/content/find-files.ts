import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { CliError, EXIT } from "../exit-codes.js";

/** Where the bundled content lives, relative to the repository root. */
export const BUNDLED_CONTENT = "apps/newsletter/content";

/**
 * The YAML files named by `inputs` (files or folders, searched recursively), sorted. With no inputs,
 * the bundled content (or `./content`) in the current folder. Inside a folder, a symbolic link is
 * followed only when its target is inside that same folder; one pointing outside is an error, so a
 * link cannot make the build read (and publish) a file from elsewhere on the machine.
 */
export function findContentFiles(inputs: readonly string[], cwd = process.cwd()): string[] {
  const roots = inputs.length > 0 ? inputs : defaultInputs(cwd);
  const files = new Set<string>();
  for (const input of roots) {
    const path = resolve(cwd, input);
    if (!existsSync(path)) throw new CliError(`${input}: no such file or folder`, EXIT.usage);
    if (statSync(path).isDirectory()) for (const file of walk(path, realpathSync(path), new Set())) files.add(file);
    else if (/\.ya?ml$/i.test(path)) files.add(path);
    else throw new CliError(`${input}: not a YAML file (.yaml or .yml)`, EXIT.usage);
  }
  if (files.size === 0) throw new CliError(`no .yaml files found in ${roots.join(", ")}`, EXIT.usage);
  return [...files].sort();
}

/** The content folder used when no paths are given: the bundled content, or `./content`. */
export function defaultContentFolder(cwd = process.cwd()): string | undefined {
  return [BUNDLED_CONTENT, "content"].find((candidate) => existsSync(join(cwd, candidate)));
}

function defaultInputs(cwd: string): string[] {
  const folder = defaultContentFolder(cwd);
  if (folder) return [folder];
  throw new CliError(
    "no content given and none found here: pass YAML files or folders, e.g. belarusbrief validate content/",
    EXIT.usage,
  );
}

function walk(dir: string, root: string, seen: Set<string>): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".") || entry.name === "node_modules") return [];
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = existsSync(path) ? realpathSync(path) : undefined;
      const read = /\.ya?ml$/i.test(entry.name) || (target !== undefined && statSync(target).isDirectory());
      if (!read) return [];
      if (target === undefined || (target !== root && !target.startsWith(root + sep)))
        throw new CliError(
          `${relative(process.cwd(), path)}: a symbolic link to ${target ?? "a missing file"}, outside ${relative(process.cwd(), root) || "."}; copy the file into the content folder instead`,
          EXIT.usage,
        );
      if (statSync(path).isDirectory()) return walk(path, root, seen);
    } else if (entry.isDirectory()) return walk(path, root, seen);
    return /\.ya?ml$/i.test(entry.name) ? [path] : [];
  });
}
