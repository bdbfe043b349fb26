import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Artifact } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { Staging, writeOutput } from "../src/write/write-output.js";
import { tempDir, treeHashes } from "./helpers.js";

const file = (path: string, content: string, document?: string): Artifact => ({
  kind: "markdown",
  role: "document-markdown",
  path,
  mediaType: "text/markdown; charset=utf-8",
  ...(document ? { document } : {}),
  content,
});

describe("the staging folder of a build", () => {
  it("writes each file as it comes, and changes nothing when the build is given up", () => {
    const out = join(tempDir(), "out");
    writeOutput(out, [file("markdown/a.md", "first\n")], "one");
    const before = treeHashes(out);

    const staging = Staging.open(out);
    staging.write({ ...file("markdown/a.md", "second\n"), output: "markdown" });
    const temporary = readdirSync(join(out, "..")).filter((name) => name.startsWith(".out.tmp-"));
    expect(temporary).toHaveLength(1);
    expect(readFileSync(join(out, "..", temporary[0] as string, "markdown/a.md"), "utf8")).toBe("second\n");
    staging.discard();

    expect(treeHashes(out)).toEqual(before);
    expect(readdirSync(join(out, ".."))).toEqual(["out"]);
  });

  it("keeps a file of the last build as the same file, and lets a collection replace its own output's file", () => {
    const out = join(tempDir(), "out");
    const first = writeOutput(out, [file("markdown/a.md", "kept\n", "a"), file("markdown/b.md", "old\n", "b")], "one");
    const inode = statSync(join(out, "markdown/a.md")).ino;

    const staging = Staging.open(out);
    staging.keep(first.artifacts.find((a) => a.path === "markdown/a.md") as (typeof first.artifacts)[number]);
    staging.write({ ...file("markdown/b.md", "per document\n", "b"), output: "markdown" });
    expect(() => staging.write({ ...file("markdown/b.md", "another output\n"), output: "feeds" })).toThrow(
      /two outputs produced "markdown\/b\.md"/,
    );
    staging.write({ ...file("markdown/b.md", "from the collection\n"), output: "markdown" }, "markdown");
    const manifest = staging.commit("two");

    expect(statSync(join(out, "markdown/a.md")).ino).toBe(inode);
    expect(readFileSync(join(out, "markdown/b.md"), "utf8")).toBe("from the collection\n");
    expect(manifest.artifacts.map((a) => [a.path, a.bytes])).toEqual([
      ["markdown/a.md", 5],
      ["markdown/b.md", 20],
    ]);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"))).toEqual(manifest);
  });

  it("clears the staging folders of builds that ended, not those of a build still running", async () => {
    const parent = tempDir();
    const out = join(parent, "out");
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
    try {
      const running = `.out.tmp-${sleeper.pid}-abc`;
      // A process id far above any the system hands out.
      const ended = ".out.tmp-4194305-def";
      for (const name of [running, ended]) mkdirSync(join(parent, name));
      writeOutput(out, [file("markdown/a.md", "a\n")], "one");
      expect(existsSync(join(parent, running))).toBe(true);
      expect(existsSync(join(parent, ended))).toBe(false);
    } finally {
      sleeper.kill();
    }
  });
});
