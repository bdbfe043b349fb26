import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ADAPTERS } from "../adapters.js";
import type { Manifest } from "../write/write-output.js";

const PACKAGES = ["@belarusbrief/core", ...ADAPTERS.map((a) => a.package)];

/**
 * A fingerprint of everything a build depends on: the content files, the settings, the outputs
 * asked for and the code of the packages that render them. Equal fingerprints give equal output.
 */
export function inputHash(files: readonly string[], settings: unknown, outputs: readonly string[]): string {
  const hash = createHash("sha256");
  const add = (label: string, data: string | Buffer) => hash.update(`${label}\0${data.length}\0`).update(data);
  for (const file of [...files].sort()) add(`file:${file}`, readFileSync(file));
  add("settings", JSON.stringify(settings));
  add("outputs", outputs.join(","));
  add("cli", readFileSync(new URL(import.meta.url)));
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    try {
      add(name, readFileSync(require.resolve(name)));
    } catch {
      add(name, "absent");
    }
  }
  return hash.digest("hex");
}

/** True when `out` holds a complete build made from the same inputs. */
export function isUpToDate(out: string, hash: string): boolean {
  const manifestFile = join(out, "manifest.json");
  if (!existsSync(manifestFile)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    if (manifest.input !== hash) return false;
    return manifest.artifacts.every((a) => {
      const path = join(out, a.path);
      return existsSync(path) && statSync(path).size === a.bytes;
    });
  } catch {
    return false;
  }
}
