import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

export const REPO = new URL("../../../", import.meta.url).pathname;
export const BIN = join(REPO, "apps/cli/dist/bin.js");
export const CONTENT = join(REPO, "apps/newsletter/content");

/** Runs the built CLI as a subprocess, the way editors and scripts run it. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "belarusbrief-cli-"));
}

/** A temporary copy of the bundled content (and its settings), to edit freely. */
export function copyOfContent(): string {
  const dir = tempDir();
  cpSync(CONTENT, join(dir, "content"), { recursive: true });
  return dir;
}

/** Every file under `dir` with the SHA-256 of its bytes, to compare trees. */
export function treeHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** Modules of the image libraries: satori and resvg (reading the fonts' metrics is not drawing). */
const IMAGE_MODULES = /\/(satori|@resvg\/resvg-js[^/]*)\//;

/** Runs the CLI recording every module it resolves; returns the image libraries among them. */
export function traced(cwd: string, args: string[]) {
  const dir = tempDir();
  const log = join(dir, "loaded.txt");
  writeFileSync(log, "");
  writeFileSync(
    join(dir, "hooks.mjs"),
    `import { appendFileSync } from "node:fs";
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + "\\n");
  return result;
}
`,
  );
  writeFileSync(
    join(dir, "register.mjs"),
    `import { register } from "node:module";
register(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)}, { data: { log: ${JSON.stringify(log)} } });
`,
  );
  const result = spawnSync(
    process.execPath,
    ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, ...args],
    {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      encoding: "utf8",
    },
  );
  const loaded = readFileSync(log, "utf8").split("\n").filter(Boolean);
  return { code: result.status, stderr: result.stderr, images: loaded.filter((url) => IMAGE_MODULES.test(url)) };
}
