import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

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
