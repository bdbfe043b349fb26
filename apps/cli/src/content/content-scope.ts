import { homedir } from "node:os";
import { dirname, parse, resolve } from "node:path";
import { findSettingsFile } from "../settings.js";
import { defaultContentFolder, findContentFiles } from "./find-files.js";

/** What a build reads: every file of the content, and which of them the paths named. */
export interface ContentScope {
  /** Every content file the build reads, sorted. */
  files: string[];
  /**
   * Present when the paths name only some documents of a content folder: that folder (which
   * `files` lists in full) and the files named.
   */
  partial?: { folder: string; named: string[] };
}

/**
 * The content a build of `inputs` reads. Feeds, calendars and the site are made from every
 * document, so paths naming only some documents of a content folder (the default one, or the
 * one of the settings file) bring in the whole folder. Paths outside any content folder, or
 * naming all of one, are read as given.
 */
export function contentScope(inputs: readonly string[], cwd = process.cwd()): ContentScope {
  const named = findContentFiles(inputs, cwd);
  if (inputs.length === 0) return { files: named };
  for (const folder of contentFolders(named, cwd)) {
    const all = findContentFiles([folder], cwd);
    const inFolder = new Set(all);
    if (!named.every((file) => inFolder.has(file))) continue;
    if (named.length === all.length) return { files: named };
    return { files: all, partial: { folder, named } };
  }
  return { files: named };
}

/**
 * Folders that may hold the whole content of `named`, nearest first: the default content folder
 * here, and the one of the settings file (its `content` folder when it has one, else the folder
 * itself).
 */
function contentFolders(named: readonly string[], cwd: string): string[] {
  const folders: string[] = [];
  const add = (base: string) => {
    const standard = defaultContentFolder(base);
    const folder = standard ? resolve(base, standard) : base;
    if (!folders.includes(folder)) folders.push(folder);
  };
  if (defaultContentFolder(cwd)) add(cwd);
  const settings = named[0] ? findSettingsFile(dirname(named[0])) : undefined;
  // A settings file in the home folder or at the top of the disk does not make that a content folder.
  if (settings) {
    const folder = dirname(settings);
    if (folder !== homedir() && folder !== parse(folder).root) add(folder);
  }
  return folders;
}
