import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { codeFingerprint } from "@belarusbrief/core/fingerprint";
import { ADAPTERS } from "../adapters.js";
import type { Manifest } from "../write/write-output.js";

const PACKAGES = ["@belarusbrief/core", ...ADAPTERS.map((a) => a.package)];

/**
 * The SHA-256 of each content file, by its path relative to the output folder (with `/`), in
 * path order: what `manifest.json` records, so that a later build can tell which documents changed.
 */
export function contentSources(files: readonly string[], out: string): Record<string, string> {
  const entries = files.map(
    (file) => [sourceKey(file, out), createHash("sha256").update(readFileSync(file)).digest("hex")] as const,
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A content file's key in {@link contentSources}: its path relative to the output folder, with `/`. */
export function sourceKey(file: string, out: string): string {
  return relative(out, file).split(sep).join("/");
}

/**
 * A fingerprint of everything a build depends on: the content files (by {@link contentSources}),
 * the settings, the outputs asked for and the code of the packages that render them. Equal
 * fingerprints give equal output.
 */
export function inputHash(
  sources: Readonly<Record<string, string>>,
  settings: unknown,
  outputs: readonly string[],
): string {
  const hash = createHash("sha256");
  const add = (label: string, data: string | Buffer) => hash.update(`${label}\0${data.length}\0`).update(data);
  for (const path of Object.keys(sources).sort()) add(`file:${path}`, sources[path] ?? "");
  add("settings", JSON.stringify(settings));
  add("outputs", outputs.join(","));
  // The CLI's code and every output package's, chunks included.
  add("code", codeFingerprint(import.meta.url, { code: PACKAGES }));
  return hash.digest("hex");
}

/** The `manifest.json` of an earlier build in `out`, if there is one that can be read. */
export function readManifest(out: string): Manifest | undefined {
  const manifestFile = join(out, "manifest.json");
  if (!existsSync(manifestFile)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    return manifest?.version === 1 && Array.isArray(manifest.artifacts) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** True when `out` holds a complete build made from the same inputs; `manifest` is its manifest, if read already. */
export function isUpToDate(out: string, hash: string, manifest = readManifest(out)): boolean {
  if (!manifest || manifest.input !== hash) return false;
  return manifest.artifacts.every((a) => {
    const path = join(out, a.path);
    return existsSync(path) && statSync(path).size === a.bytes;
  });
}
