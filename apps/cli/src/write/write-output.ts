import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { Artifact, ArtifactInfo } from "@belarusbrief/core";
import { CliError, EXIT } from "../exit-codes.js";
import { explainWriteError } from "./write-errors.js";

/** One entry of `manifest.json`: the file, the output that made it (`output`), its size and hash. */
export type ManifestEntry = ArtifactInfo & { output?: string; bytes: number; sha256: string };

/** `manifest.json`: every file a build wrote. */
export interface Manifest {
  version: 1;
  /** Fingerprint of the inputs; a build with the same fingerprint reuses this output. */
  input: string;
  artifacts: ManifestEntry[];
  /**
   * The SHA-256 of each content file the build read, by its path relative to the output folder:
   * a build of some documents keeps the others' files only when their sources are unchanged.
   */
  sources?: Record<string, string>;
}

/**
 * Writes every artifact and `manifest.json` into `outDir` as one step: files go to a temporary
 * sibling folder that then replaces `outDir`, so a failed or interrupted build leaves the previous
 * output as it was. Refuses to replace a folder that is not an earlier build's output.
 */
export function writeOutput(
  outDir: string,
  artifacts: readonly Artifact[],
  input: string,
  sources?: Readonly<Record<string, string>>,
): Manifest {
  try {
    return writeAll(outDir, artifacts, input, sources);
  } catch (error) {
    throw explainWriteError(error, outDir, artifacts);
  }
}

function writeAll(
  outDir: string,
  artifacts: readonly Artifact[],
  input: string,
  sources: Readonly<Record<string, string>> | undefined,
): Manifest {
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  recoverInterrupted(out);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, "manifest.json"))) {
    throw new CliError(
      `${outDir} already holds files that a build did not write (no manifest.json); choose a new or empty folder with --out`,
      EXIT.usage,
    );
  }

  const manifest: Manifest = {
    version: 1,
    input,
    artifacts: artifacts.map(entryOf).sort((a, b) => a.path.localeCompare(b.path)),
    ...(sources ? { sources: { ...sources } } : {}),
  };
  const temporary = mkdtempSync(join(parent, `.${basename(out)}.tmp-`));
  try {
    for (const artifact of artifacts) {
      const target = resolve(temporary, artifact.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, artifact.content);
    }
    writeFileSync(join(temporary, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    swap(temporary, out);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  return manifest;
}

/** Checks artifact paths: relative, inside the output folder, unique. */
export function checkArtifactPaths(artifacts: readonly Artifact[]): void {
  const seen = new Set<string>();
  for (const { path } of artifacts) {
    const inside = relative("/out", resolve("/out", path));
    if (
      path.includes("\\") ||
      inside.startsWith("..") ||
      inside.startsWith(sep) ||
      inside === "" ||
      inside === "manifest.json"
    ) {
      throw new CliError(`internal: an output produced the unsafe path "${path}"`, EXIT.internal);
    }
    if (seen.has(path)) throw new CliError(`internal: two outputs produced "${path}"`, EXIT.internal);
    seen.add(path);
  }
}

function entryOf({ content, ...rest }: Artifact): ManifestEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { ...rest, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
}

function previousOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.previous`);
}

function swap(temporary: string, out: string): void {
  const previous = previousOf(out);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(temporary, out);
  rmSync(previous, { recursive: true, force: true });
}

// A build killed between the two renames of swap() leaves the old output under .<name>.previous:
// put it back, and clear temporary folders of killed builds.
function recoverInterrupted(out: string): void {
  const previous = previousOf(out);
  if (existsSync(previous)) {
    if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
    else renameSync(previous, out);
  }
  const stale = `.${basename(out)}.tmp-`;
  for (const name of readdirSync(dirname(out))) {
    if (name.startsWith(stale)) rmSync(join(dirname(out), name), { recursive: true, force: true });
  }
}
