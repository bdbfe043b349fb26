// Rewrites package-lock.json so that it holds every platform's optional packages, then checks it.
//
//   npm run lock             keeps the locked versions, adds what is missing, drops what is unused
//   npm run lock -- --fresh  resolves every dependency anew within the ranges in package.json
//
// npm builds a lock from the installed node_modules when it has no lock to start from, and
// node_modules holds only this machine's native packages, so `rm package-lock.json && npm install`
// can write a lock without the other platforms' (npm/cli#4828). This script runs npm in an empty
// folder holding only the package.json files (and the current lock, unless --fresh), where npm has
// nothing installed to read and resolves from the registry.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { missingFromLock } from "./check-lock.mjs";

const root = new URL("..", import.meta.url).pathname;
const fresh = process.argv.includes("--fresh");
const work = mkdtempSync(join(tmpdir(), "belarusbrief-lock-"));

function main() {
  try {
    const files = ["package.json", ".npmrc", ...workspaceManifests()];
    if (!fresh) files.push("package-lock.json");
    for (const file of files) {
      if (!existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(work, file)), { recursive: true });
      copyFileSync(join(root, file), join(work, file));
    }
    execFileSync("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], {
      cwd: work,
      stdio: ["ignore", "inherit", "inherit"],
    });
    const lock = JSON.parse(readFileSync(join(work, "package-lock.json"), "utf8"));
    const missing = missingFromLock(lock);
    if (missing.length > 0) {
      for (const m of missing) console.error(`${m.from} needs ${m.name}@${m.range}, which npm left out of the lock`);
      // npm also leaves out an optional dependency that is not on the registry, and `npm ci` then
      // refuses the lock it has just written (npm/cli#9846).
      throw new Error(
        "the new lock is incomplete, so package-lock.json is left as it was. If a package above is not on the registry (npm view NAME), keep the current lock or pin the version of the package that needs it.",
      );
    }
    copyFileSync(join(work, "package-lock.json"), join(root, "package-lock.json"));
    console.log(`package-lock.json ${fresh ? "resolved anew" : "refreshed"}: complete for every platform`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The package.json of every workspace, from the root's `workspaces` globs (`dir/*` or a folder). */
function workspaceManifests() {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const out = [];
  for (const pattern of workspaces) {
    const dirs = pattern.endsWith("/*")
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => join(pattern.slice(0, -2), d.name))
      : [pattern];
    if (dirs.some((d) => d.includes("*"))) throw new Error(`workspace pattern ${pattern} is not supported here`);
    for (const dir of dirs) if (existsSync(join(root, dir, "package.json"))) out.push(join(dir, "package.json"));
  }
  return out;
}

main();
