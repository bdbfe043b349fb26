import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** What a fingerprint covers besides the code next to the module that asks for it. */
export interface FingerprintOf {
  /** Packages whose code counts: every code file in the folder of the package's entry (chunks included). */
  code?: readonly string[];
  /** Packages whose `package.json` counts: libraries that change only with their version (fonts, a native renderer). */
  versions?: readonly string[];
}

const known = new Map<string, string>();

/**
 * A hash of the code that makes something kept between builds (a card, a feed, a loaded
 * document), so that a new version of that code never reuses what the old one made. It covers
 * every code file in the folder of `moduleUrl` (pass `import.meta.url`), and the packages named,
 * resolved from there; a package that is not installed counts as absent. Read from the installed
 * packages, never from the user's files, and once per process. Node only.
 */
export function codeFingerprint(moduleUrl: string, of: FingerprintOf = {}): string {
  const key = JSON.stringify([moduleUrl, of]);
  let fingerprint = known.get(key);
  if (fingerprint === undefined) {
    const hash = createHash("sha256");
    const add = (label: string, data: string | Buffer) => hash.update(`${label}\0${data.length}\0`).update(data);
    const require = createRequire(moduleUrl);
    const folder = (dir: string, label: string) => {
      for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(isCode).sort())
        add(`${label}/${file}`, readFileSync(join(dir, file)));
    };
    folder(dirname(fileURLToPath(moduleUrl)), ".");
    for (const name of of.code ?? []) {
      const entry = resolved(require, name);
      if (entry) folder(dirname(entry), name);
      else add(name, "absent");
    }
    for (const name of of.versions ?? []) {
      const manifest = packageJson(require, name);
      add(`${name}/package.json`, manifest ? readFileSync(manifest) : "absent");
    }
    fingerprint = hash.digest("hex");
    known.set(key, fingerprint);
  }
  return fingerprint;
}

function isCode(file: string): boolean {
  return /\.(js|ts)$/.test(file) && !file.endsWith(".d.ts");
}

function resolved(require: NodeJS.Require, name: string): string | undefined {
  try {
    return require.resolve(name);
  } catch {
    return undefined;
  }
}

// A package's own package.json, also when its `exports` do not list it: the first one above its
// entry that has its name (a folder of the package may have one of its own, for its module type).
function packageJson(require: NodeJS.Require, name: string): string | undefined {
  const listed = resolved(require, `${name}/package.json`);
  if (listed) return listed;
  let dir = resolved(require, name);
  while (dir && dirname(dir) !== dir) {
    dir = dirname(dir);
    const file = join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === name) return file;
  }
  return undefined;
}
