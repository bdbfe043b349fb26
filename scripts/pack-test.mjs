// Proves the packages work outside the monorepo: packs each public package, installs the tarballs
// into a fresh project in a temporary folder, type-checks a small program against them and runs it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PACKAGES = ["packages/core", "packages/markdown", "packages/feeds", "packages/email", "packages/social", "packages/web", "apps/cli"];
const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "belarusbrief-pack-"));
const tarballs = join(work, "tarballs");
const project = join(work, "project");
mkdirSync(tarballs);
mkdirSync(project);

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });

try {
  for (const dir of PACKAGES) run("npm", ["pack", "--silent", "--pack-destination", tarballs], join(root, dir));
  const files = readdirSync(tarballs).map((f) => `file:${join(tarballs, f)}`);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "outside-project", private: true, type: "module" }, null, 2),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files, "typescript@5.9.3", "@types/node@20"], project);
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: false, outDir: "out", skipLibCheck: false, types: ["node"] },
    include: ["main.ts"],
  }, null, 2));
  writeFileSync(join(project, "main.ts"), PROGRAM);
  writeFileSync(join(project, "brief.yaml"), BRIEF);
  run("npx", ["tsc", "-p", "."], project);
  run("node", ["out/main.js"], project);
  run("npx", ["belarusbrief", "validate", "brief.yaml"], project);
  console.log("pack test passed: the packed packages install, type-check and run outside the monorepo");
} finally {
  rmSync(work, { recursive: true, force: true });
}
