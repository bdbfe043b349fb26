import { type Dirent, type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Calls `changed` whenever something in the folders of `roots` (and their subfolders) is written,
 * created, renamed or removed; a root that is a file is watched through its folder.
 *
 * Each folder is watched on its own. Node 20's recursive watching on Linux stops reporting a file
 * once an editor has saved it the safe way, by writing a new file and renaming it over the old
 * one (vim, JetBrains, Kate do): the first such save was seen, the next ones not. Watching the
 * folder sees every save. The folders are listed again whenever an entry appears or goes, so a
 * new subfolder is watched too.
 */
export function watchFolders(roots: readonly string[], changed: () => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const folders = () => {
    const found = new Set<string>();
    for (const root of roots) {
      const top = isFolder(root) ? root : dirname(root);
      if (!isFolder(top)) continue;
      addTree(top, found);
    }
    return found;
  };
  const update = () => {
    const now = folders();
    for (const [folder, watcher] of watchers)
      if (!now.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    for (const folder of now) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (event) => {
          if (event === "rename") update();
          changed();
        });
        // A folder removed while watched ends its watcher; the next listing forgets it.
        watcher.on("error", () => watchers.delete(folder));
        watchers.set(folder, watcher);
      } catch {
        // Gone between listing and watching.
      }
    }
  };
  update();
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function addTree(folder: string, found: Set<string>): void {
  found.add(folder);
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // Gone while listing.
  }
  for (const entry of entries) if (entry.isDirectory() && !hidden(entry.name)) addTree(join(folder, entry.name), found);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// Version control and dependency folders hold no content.
function hidden(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}
