// Checks that package-lock.json is complete: every dependency of every locked package, optional
// ones included, resolves to an entry of the lock the way Node resolves it. A lock written from a
// node_modules folder lacks the other platforms' native packages (rollup, biome, turbo, resvg…);
// `npm ci` then fails on those platforms, or silently installs without them (npm/cli#4828).
// Usage: node scripts/check-lock.mjs [path/to/package-lock.json]
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Every dependency in `lock` (a parsed package-lock.json, version 2 or 3) that has no entry,
 * as `{ from, name, range, optional }`; an empty list for a complete lock.
 */
export function missingFromLock(lock) {
  const entries = lock.packages;
  if (!entries || typeof entries !== "object")
    throw new Error(`lockfileVersion ${lock.lockfileVersion} has no "packages"; regenerate it with npm run lock`);
  const missing = [];
  for (const [location, entry] of Object.entries(entries)) {
    if (entry.link) continue; // a workspace link: its own entry (resolved) lists the dependencies
    const wanted = [
      ...Object.entries(entry.dependencies ?? {}).map(([name, range]) => ({ name, range, optional: false })),
      ...Object.entries(entry.optionalDependencies ?? {}).map(([name, range]) => ({ name, range, optional: true })),
      ...Object.entries(entry.devDependencies ?? {})
        .filter(() => !location.includes("node_modules/")) // only the root's and workspaces' are installed
        .map(([name, range]) => ({ name, range, optional: false })),
      ...Object.entries(entry.peerDependencies ?? {})
        .filter(([name]) => !entry.peerDependenciesMeta?.[name]?.optional)
        .map(([name, range]) => ({ name, range, optional: false })),
    ];
    for (const dep of wanted) {
      if (resolve(entries, location, dep.name) === undefined) missing.push({ from: location || "(root)", ...dep });
    }
  }
  return missing;
}

/** The lock location `name` resolves to from the package at `location`, as Node looks it up. */
function resolve(entries, location, name) {
  let dir = location;
  for (;;) {
    if (posix.basename(dir) !== "node_modules") {
      const candidate = dir === "" ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
      if (candidate in entries) return candidate;
    }
    if (dir === "") return undefined;
    dir = posix.dirname(dir) === "." ? "" : posix.dirname(dir);
  }
}

function main() {
  const path = process.argv[2] ?? fileURLToPath(new URL("../package-lock.json", import.meta.url));
  const missing = missingFromLock(JSON.parse(readFileSync(path, "utf8")));
  if (missing.length === 0) {
    console.log(`${posix.basename(path)} is complete: every dependency, every platform's optional packages included`);
    return;
  }
  for (const m of missing)
    console.error(`${m.from} needs ${m.optional ? "optional " : ""}${m.name}@${m.range}: not in the lock`);
  console.error(
    `${path}: ${missing.length} dependencies missing. Run \`npm run lock\` (it rebuilds the lock without reading node_modules) and commit the result.`,
  );
  process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
