import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;

// What the workspaces import is found by knip (declared dependencies) and by TypeScript's own import
// scanner (private paths), so the rules follow the languages' syntax rather than regular expressions.
describe("the workspaces' dependencies", () => {
  it("declare everything a workspace imports or runs (knip)", () => {
    expect(knip([])).toEqual([]);
  });

  it("list in `dependencies` what the published code imports, not only in `devDependencies` (knip --production --strict)", () => {
    // Commands in scripts are left to the first test: users never run the packages' scripts, and the
    // root's (turbo in `npm start`) are the private monorepo's.
    expect(knip(["--production", "--strict", "--exclude", "binaries"])).toEqual([]);
  });

  it("are used through their public entry points in the published code: the main one, or a path their exports map lists", () => {
    expect(privateImports()).toEqual([]);
  });
});

/** knip's findings with the repository's knip.json, one `file:line:col  kind  name` per finding. */
function knip(flags: string[]): string[] {
  const bin = join(ROOT, "node_modules", "knip", "bin", "knip.js");
  const run = spawnSync(process.execPath, [bin, ...flags, "--reporter", "json", "--no-progress"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`knip failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { issues: Array<Record<string, unknown> & { file: string }> };
  return report.issues.flatMap(({ file, ...kinds }) =>
    Object.entries(kinds).flatMap(([kind, found]) =>
      Array.isArray(found)
        ? found.map(
            (f: { name: string; line?: number; col?: number }) =>
              `${file}:${f.line ?? 1}:${f.col ?? 1}  ${kind}  ${f.name}`,
          )
        : [],
    ),
  );
}

/** Imports in a published workspace's src/ and bin/ of a dependency path that the dependency does not export. */
function privateImports(): string[] {
  const found: string[] = [];
  for (const dir of workspaces()) {
    for (const file of sourceFiles(dir)) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      for (const { fileName: specifier } of importedFiles) {
        if (specifier.startsWith(".") || specifier.startsWith("/") || isBuiltin(specifier)) continue;
        const parts = specifier.split("/");
        const length = specifier.startsWith("@") ? 2 : 1;
        const name = parts.slice(0, length).join("/");
        const subpath = parts.slice(length).join("/");
        if (subpath === "") continue;
        const manifest = packageJsonOf(name, dir);
        if (manifest === undefined) continue; // not installed: knip reports it as unresolved
        if (!exportsSubpath(manifest.exports, `./${subpath}`))
          found.push(
            `${relative(ROOT, file)}: ${specifier} is not public: ${name} ${manifest.exports === undefined ? "has no exports map, so only its main entry is" : `does not export ./${subpath}`}`,
          );
      }
    }
  }
  return found;
}

/** Folders of the workspaces a release publishes. */
function workspaces(): string[] {
  return ["packages", "apps"]
    .flatMap((group) => readdirSync(join(ROOT, group)).map((name) => join(ROOT, group, name)))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .filter((dir) => !JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(dir, "src"));
  walk(join(dir, "bin"));
  return out;
}

/** The package.json `name` resolves to from `dir`, found the way Node looks in node_modules folders. */
function packageJsonOf(name: string, dir: string): { exports?: unknown } | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const path = join(d, "node_modules", name, "package.json");
    if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8"));
    if (d === dirname(d)) return undefined;
  }
}

/** Whether an exports map makes `subpath` (`./x/y`) importable: a key for it, or a `*` pattern matching it. */
function exportsSubpath(exports: unknown, subpath: string): boolean {
  if (exports === null || typeof exports !== "object" || Array.isArray(exports)) return false;
  for (const [key, target] of Object.entries(exports)) {
    if (target === null) continue;
    if (key === subpath) return true;
    const star = key.indexOf("*");
    if (star >= 0 && subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1))) return true;
  }
  return false;
}
