import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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
 * Writes every artifact and `manifest.json` into `outDir` as one step (see {@link Staging}).
 * Refuses to replace a folder that is not an earlier build's output.
 */
export function writeOutput(
  outDir: string,
  artifacts: readonly Artifact[],
  input: string,
  sources?: Readonly<Record<string, string>>,
): Manifest {
  const staging = Staging.open(outDir);
  try {
    for (const artifact of artifacts) staging.write(artifact);
    return staging.commit(input, sources);
  } finally {
    staging.discard();
  }
}

/**
 * An output folder being built: each file is written to a temporary sibling folder as soon as it
 * is made, and {@link Staging.commit} then puts that folder in place of `outDir` with two renames,
 * so a failed or interrupted build leaves the previous output as it was. Only each file's manifest
 * entry stays in memory. A write that fails (a full disk) is remembered and the rest only counted,
 * so that `commit` can say how much the whole build needed.
 */
export class Staging {
  readonly #outDir: string;
  readonly #out: string;
  readonly #temporary: string;
  readonly #entries = new Map<string, ManifestEntry>();
  /** Folders made so far, so that thousands of files in one folder make it once. */
  readonly #folders = new Set<string>();
  #failure: unknown;
  #needed = { files: 0, bytes: 0 };

  private constructor(outDir: string, out: string, temporary: string) {
    this.#outDir = outDir;
    this.#out = out;
    this.#temporary = temporary;
  }

  /** Starts a build of `outDir`; refuses a folder holding files no build wrote. */
  static open(outDir: string): Staging {
    const out = resolve(outDir);
    const parent = dirname(out);
    try {
      mkdirSync(parent, { recursive: true });
      recoverInterrupted(out);
      if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, "manifest.json"))) {
        throw new CliError(
          `${outDir} already holds files that a build did not write (no manifest.json); choose a new or empty folder with --out`,
          EXIT.usage,
        );
      }
      return new Staging(outDir, out, mkdtempSync(join(parent, `.${basename(out)}.tmp-${process.pid}-`)));
    } catch (error) {
      throw explainWriteError(error, outDir, { files: 0, bytes: 0 });
    }
  }

  /**
   * Writes one file. Its path must be safe and new, unless `replace` names the output whose file
   * of the same path it replaces (a collection making again a file its documents made). Returns
   * its manifest entry.
   */
  write(artifact: Artifact & { output?: string }, replace?: string): ManifestEntry {
    const { content, ...info } = artifact;
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const earlier = this.#entries.get(info.path);
    if (earlier && replace !== undefined && earlier.output === replace) this.#uncount(earlier);
    else this.#claim(info.path);
    const entry = { ...info, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
    this.#count(entry);
    if (this.#failure !== undefined) return entry;
    try {
      const target = resolve(this.#temporary, info.path);
      this.#folder(dirname(target));
      writeFileSync(target, bytes);
    } catch (error) {
      this.#failure = error;
    }
    return entry;
  }

  /** Takes a file of the previous build as it is: linked (or copied) from `outDir`, never read. */
  keep(entry: ManifestEntry): void {
    this.#claim(entry.path);
    this.#count(entry);
    if (this.#failure !== undefined) return;
    try {
      const target = resolve(this.#temporary, entry.path);
      this.#folder(dirname(target));
      linkOrCopy(resolve(this.#out, entry.path), target);
    } catch (error) {
      this.#failure = error;
    }
  }

  /**
   * A new temporary folder next to the output for the build's own scratch files (what the
   * collections took of each document). A build killed before removing it leaves it to the
   * next build, which removes it with its staging folder.
   */
  scratch(): string {
    try {
      return mkdtempSync(join(dirname(this.#out), `.${basename(this.#out)}.tmp-${process.pid}-scratch-`));
    } catch (error) {
      throw this.explain(error);
    }
  }

  /** An error of writing anything for this build (a full disk), said in plain words; any other as it is. */
  explain(error: unknown): unknown {
    return explainWriteError(error, this.#outDir, this.#needed);
  }

  /** Writes `manifest.json` and puts the new output in place of the old. */
  commit(input: string, sources?: Readonly<Record<string, string>>): Manifest {
    const manifest: Manifest = {
      version: 1,
      input,
      artifacts: [...this.#entries.values()].sort((a, b) => a.path.localeCompare(b.path)),
      ...(sources ? { sources: { ...sources } } : {}),
    };
    try {
      if (this.#failure !== undefined) throw this.#failure;
      writeFileSync(join(this.#temporary, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      swap(this.#temporary, this.#out);
    } catch (error) {
      this.discard();
      throw explainWriteError(error, this.#outDir, this.#needed);
    }
    return manifest;
  }

  /** Removes the temporary folder; the previous output stays as it was. Safe to call after `commit`. */
  discard(): void {
    rmSync(this.#temporary, { recursive: true, force: true });
  }

  #folder(path: string): void {
    if (this.#folders.has(path)) return;
    mkdirSync(path, { recursive: true });
    this.#folders.add(path);
  }

  #claim(path: string): void {
    checkArtifactPath(path);
    if (this.#entries.has(path)) throw new CliError(`internal: two outputs produced "${path}"`, EXIT.internal);
  }

  #count(entry: ManifestEntry): void {
    this.#entries.set(entry.path, entry);
    this.#needed.files++;
    this.#needed.bytes += entry.bytes;
  }

  #uncount(entry: ManifestEntry): void {
    this.#needed.files--;
    this.#needed.bytes -= entry.bytes;
  }
}

/** Checks artifact paths: relative, inside the output folder, unique. */
export function checkArtifactPaths(artifacts: readonly Artifact[]): void {
  const seen = new Set<string>();
  for (const { path } of artifacts) {
    checkArtifactPath(path);
    if (seen.has(path)) throw new CliError(`internal: two outputs produced "${path}"`, EXIT.internal);
    seen.add(path);
  }
}

/** Refuses a path that is absolute, leaves the output folder, or names `manifest.json`. */
function checkArtifactPath(path: string): void {
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
}

// A kept file is linked, so it costs neither reading nor disk space; where links are refused, copied.
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "EMLINK") throw error;
    copyFileSync(from, to);
  }
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

/**
 * Tidies what builds that ended without finishing left next to `outDir`, for a build that finds
 * the output up to date and so writes nothing. Only tidying: what cannot be removed now is
 * removed by the next build that writes.
 */
export function clearInterrupted(outDir: string): void {
  try {
    recoverInterrupted(resolve(outDir));
  } catch {
    // Left for the next build that writes, which reports why it cannot.
  }
}

// A build killed between the two renames of swap() leaves the old output under .<name>.previous:
// put it back, and clear temporary folders of builds that ended without finishing.
function recoverInterrupted(out: string): void {
  const previous = previousOf(out);
  if (existsSync(previous)) {
    if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
    else renameSync(previous, out);
  }
  const stale = `.${basename(out)}.tmp-`;
  for (const name of readdirSync(dirname(out))) {
    if (!name.startsWith(stale)) continue;
    // A build still running writes there while it renders: only a finished process's folder is stale.
    const pid = Number(/^(\d+)-/.exec(name.slice(stale.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    rmSync(join(dirname(out), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
