// Rehearses a release without publishing: copies the repository (with its node_modules) to a
// temporary folder, runs `changeset version` there, builds the copy and runs the pack test on it,
// so the tarballs a release would publish are installed and used outside the monorepo at their
// new versions. The repository itself is never changed.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, sep } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "belarusbrief-release-"));
const copy = join(work, "repo");
// Outputs and caches are rebuilt in the copy; node_modules is copied whole (its workspace links are
// relative, so in the copy they point at the copy's packages).
const SKIPPED = new Set([".git", ".turbo", "dist", "coverage", ".belarusbrief-cache", "tmp"]);

const bin = (name) => join(copy, "node_modules", ".bin", name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: copy, stdio: ["ignore", "inherit", "inherit"] });

function main() {
  try {
    cpSync(root, copy, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => {
        const path = relative(root, source);
        if (path.split(sep).includes("node_modules")) return true;
        return !SKIPPED.has(basename(path)) && path !== join("docs", "api");
      },
    });
    const before = versions();
    run(bin("changeset"), ["version"]);
    const after = versions();
    const left = readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    if (left.length > 0) throw new Error(`changeset version left ${left.join(", ")} unread`);
    for (const [name, version] of after) console.log(`${name} ${before.get(name)} → ${version}`);
    run(bin("turbo"), ["run", "build", "--output-logs=errors-only"]);
    run(process.execPath, [join(copy, "scripts", "pack-test.mjs")]);
    console.log("release dry run passed: the versioned packages build, pack, install and run outside the monorepo");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Name → version of every package a release publishes (the private workspaces are never versioned). */
function versions() {
  const out = new Map();
  for (const group of ["packages", "apps"]) {
    for (const dir of readdirSync(join(copy, group))) {
      const pkg = JSON.parse(readFileSync(join(copy, group, dir, "package.json"), "utf8"));
      if (!pkg.private) out.set(pkg.name, pkg.version);
    }
  }
  return out;
}

main();
