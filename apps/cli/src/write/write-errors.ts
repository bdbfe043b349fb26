import { existsSync, statfsSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { CliError, EXIT } from "../exit-codes.js";

/**
 * Says in plain words why the output could not be written — a full disk, a folder without
 * permission, a read-only disk — naming the folder, what the build needed and what to do, and
 * whether the previous output is still in place. `needed` is what the whole build writes. Any other error is returned as it is.
 */
export function explainWriteError(error: unknown, outDir: string, needed: { files: number; bytes: number }): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !KNOWN.has(code)) return error;
  const out = resolve(outDir);
  const parent = dirname(out);
  const shown = (path: string) => {
    const folder = existsSync(path) && statSync(path).isDirectory();
    return `${folder ? "the folder " : ""}${relative(process.cwd(), path) || "."}${folder ? sep : ""}`;
  };
  // Files go to a temporary sibling of the output first: name the folder the user chose.
  const failed = (error as NodeJS.ErrnoException).path;
  const where = failed && !failed.startsWith(join(parent, `.${basename(out)}.`)) ? failed : parent;
  const kept = keptNote(out);

  if (code === "ENOSPC" || code === "EDQUOT") {
    const free = freeBytes(parent);
    return new CliError(
      `the disk holding ${shown(parent)} is full${code === "EDQUOT" ? " (your quota)" : ""}: the build needs ${size(needed.bytes)} for ${needed.files} files${free === undefined ? "" : `, and ${size(free)} is free`}. Free some space, or build elsewhere with --out. ${kept}`,
      EXIT.internal,
    );
  }
  if (code === "EROFS")
    return new CliError(
      `${shown(where)} is on a read-only disk, so the build cannot write there. Choose a folder on a writable disk with --out. ${kept}`,
      EXIT.internal,
    );
  return new CliError(
    `you may not write to ${shown(where)} (permission denied). Give your user write permission there, or build elsewhere with --out. ${kept}`,
    EXIT.internal,
  );
}

const KNOWN = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM"]);

function keptNote(out: string): string {
  if (existsSync(join(out, "manifest.json")))
    return `Nothing was changed: ${relative(process.cwd(), out) || "."}${sep} still holds the previous build.`;
  const moved = join(dirname(out), `.${basename(out)}.previous`);
  if (existsSync(moved))
    return `The previous build is in ${relative(process.cwd(), moved)}; the next build puts it back in place.`;
  return "Nothing was written.";
}

function freeBytes(folder: string): number | undefined {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
