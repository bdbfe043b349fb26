import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, copyOfContent, runCli, treeHashes } from "./helpers.js";

// A real small disk: a tmpfs mounted for the test. Needs root (CI runs as root); skipped elsewhere.
const mounted: string[] = [];
function mountDisk(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "ignore" }).status === 0;
  if (ok) mounted.push(dir);
  return ok;
}
const canMount = process.platform === "linux" && process.getuid?.() === 0 && probeMount();
function probeMount(): boolean {
  const dir = join(copyOfContent(), "probe");
  const ok = mountDisk(dir, "size=64k");
  if (ok) spawnSync("umount", [mounted.pop() as string]);
  return ok;
}

afterEach(() => {
  for (const dir of mounted.splice(0)) spawnSync("umount", [dir]);
});

const NO_INTERNALS = /internal error|Error: E[A-Z]+|\n {4}at /;

/** A folder holding one document, whose build fits on a small disk. */
function oneDocument(dir: string): string {
  mkdirSync(join(dir, "one"));
  copyFileSync(join(dir, "content", "2021-06-appeal-political-prisoners.yaml"), join(dir, "one", "doc.yaml"));
  return "one";
}

describe.skipIf(!canMount)("build on a full or read-only disk", () => {
  it("says the disk is full, how much the build needs, and that nothing was changed", () => {
    const dir = copyOfContent();
    // What the email build needs, measured by building it where there is room.
    expect(runCli(["build", "content", "--only", "email", "--out", "roomy"], { cwd: dir }).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, "roomy", "manifest.json"), "utf8")) as {
      artifacts: { bytes: number }[];
    };
    const needed = manifest.artifacts.reduce((sum, a) => sum + a.bytes, 0);
    expect(needed).toBeGreaterThan(512 * 1024);

    expect(mountDisk(join(dir, "disk"), "size=256k")).toBe(true);
    const one = oneDocument(dir);
    expect(runCli(["build", one, "--only", "markdown", "--out", "disk/out"], { cwd: dir }).code).toBe(0);
    const before = treeHashes(join(dir, "disk"));

    const { code, stderr } = runCli(["build", "content", "--only", "email", "--out", "disk/out"], { cwd: dir });
    expect(code).toBe(3);
    const megabytes = (needed / 1024 / 1024).toFixed(1);
    expect(stderr).toMatch(
      new RegExp(
        `belarusbrief: the disk holding the folder disk/ is full: the build needs ${megabytes} MB for ${manifest.artifacts.length} files, and \\d+ KB is free\\. Free some space, or build elsewhere with --out\\.`,
      ),
    );
    expect(stderr).toMatch(/Nothing was changed: disk\/out\/ still holds the previous build\.\n$/);
    expect(stderr).not.toMatch(NO_INTERNALS);
    expect(treeHashes(join(dir, "disk"))).toEqual(before);
    expect(readdirSync(join(dir, "disk"))).toEqual(["out"]);
  });

  it("says the disk is read-only and what to do", () => {
    const dir = copyOfContent();
    expect(mountDisk(join(dir, "disk"), "size=256k")).toBe(true);
    const one = oneDocument(dir);
    expect(runCli(["build", one, "--only", "markdown", "--out", "disk/out"], { cwd: dir }).code).toBe(0);
    const before = treeHashes(join(dir, "disk"));
    expect(spawnSync("mount", ["-o", "remount,ro", join(dir, "disk")]).status).toBe(0);

    const { code, stderr } = runCli(["build", "content", "--only", "markdown", "--out", "disk/out", "--no-cache"], {
      cwd: dir,
    });
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /^belarusbrief: the folder disk\/ is on a read-only disk, so the build cannot write there\. Choose a folder on a writable disk with --out\. Nothing was changed: disk\/out\/ still holds the previous build\.$/m,
    );
    expect(stderr).not.toMatch(NO_INTERNALS);
    expect(treeHashes(join(dir, "disk"))).toEqual(before);
  });
});

// Root may write anywhere: the build then runs as `nobody`, as an editor without the permission would.
const asRoot = process.getuid?.() === 0;
describe.skipIf(process.platform === "win32")("build into a folder without write permission", () => {
  it("names the folder and what to do", () => {
    const dir = copyOfContent();
    chmodSync(dir, 0o755);
    const locked = join(dir, "locked");
    mkdirSync(locked, { mode: 0o755 });
    if (!asRoot) chmodSync(locked, 0o555);
    const result = spawnSync(process.execPath, [BIN, "build", "content", "--only", "markdown", "--out", "locked/out"], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
      encoding: "utf8",
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toMatch(
      /^belarusbrief: you may not write to the folder locked\/ \(permission denied\)\. Give your user write permission there, or build elsewhere with --out\. Nothing was written\.$/m,
    );
    expect(result.stderr).not.toMatch(NO_INTERNALS);
    expect(readdirSync(locked)).toEqual([]);
  });
});
