import { randomBytes } from "node:crypto";
import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";

/** A file to create. */
export interface NewFile {
  path: string;
  content: string;
}

/**
 * Creates every file, or none: each is first written in full to a temporary file beside it, then
 * linked to its name, which fails if the name exists (never overwriting, even a file that appeared
 * meanwhile). On any failure the files and folders made so far are removed and the error is thrown.
 */
export function writeNewFiles(files: readonly NewFile[]): void {
  const folders: string[] = [];
  const temporary: string[] = [];
  const created: string[] = [];
  try {
    for (const file of files) {
      makeFolder(dirname(file.path), folders);
      const staged = join(dirname(file.path), `.${randomBytes(6).toString("hex")}.import`);
      writeFileSync(staged, file.content, { flag: "wx" });
      temporary.push(staged);
    }
    files.forEach((file, i) => {
      link(temporary[i] as string, file.path);
      created.push(file.path);
    });
  } catch (error) {
    for (const path of created) unlinkSync(path);
    throw error;
  } finally {
    for (const path of temporary) if (existsSync(path)) unlinkSync(path);
    if (created.length < files.length) for (const folder of folders.reverse()) tryRemoveFolder(folder);
  }
}

// A hard link is atomic and fails if the name exists; where the file system has no hard links,
// an exclusive copy still never overwrites.
function link(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV") throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
}

/** Makes a folder and its missing parents, remembering each one made, outermost first. */
function makeFolder(folder: string, made: string[]): void {
  if (existsSync(folder)) return;
  makeFolder(dirname(folder), made);
  mkdirSync(folder);
  made.push(folder);
}

function tryRemoveFolder(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty: something else was put there meanwhile; leave it.
  }
}
