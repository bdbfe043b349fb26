import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, copyOfContent, runCli, tempDir, treeHashes } from "../../cli/test/helpers.js";

// These run the built CLI (apps/cli/dist/bin.js), as editors and scripts do.

describe("the CLI never overwrites source files", () => {
  it("refuses build --out pointing at the content folder, leaving it byte-identical", () => {
    const dir = copyOfContent();
    const before = treeHashes(join(dir, "content"));
    for (const out of ["content", "."]) {
      const { code, stderr } = runCli(["build", "content", "--out", out, "--only", "markdown"], { cwd: dir });
      expect(code, out).toBe(2);
      expect(stderr).toMatch(/already holds files that a build did not write \(no manifest\.json\)/);
    }
    expect(treeHashes(join(dir, "content"))).toEqual(before);
  });

  it("new never replaces an existing file", () => {
    const dir = copyOfContent();
    const target = join(dir, "content", "2021-03-brief.yaml");
    writeFileSync(target, "# keep me\n");
    const { code, stderr } = runCli(["new", "content", "--month", "2021-03"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/2021-03-brief\.yaml already exists; edit it, or choose another --month/);
    expect(readFileSync(target, "utf8")).toBe("# keep me\n");
  });
});

describe("builds are atomic", () => {
  it("a build killed with SIGKILL while rendering cards leaves the previous output byte-identical; the next build succeeds", async () => {
    const dir = copyOfContent();
    const out = join(dir, "out");
    expect(runCli(["build", "content", "--out", out, "--only", "markdown,email"], { cwd: dir }).code).toBe(0);
    const before = treeHashes(out);

    const child = spawn(process.execPath, [BIN, "build", "content", "--no-cache", "--out", out], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_, signal) => resolve(signal)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    expect(treeHashes(out)).toEqual(before);
    const again = runCli(["build", "content", "--out", out, "--only", "markdown,email"], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(dir).filter((name) => name.startsWith(".out."))).toEqual([]);
  }, 120_000);
});

describe("bad files report themselves; the rest still validate", () => {
  it("two malformed files among many: each is reported at file:line:column, every other file is checked", () => {
    const dir = copyOfContent();
    writeFileSync(join(dir, "content", "broken-yaml.yaml"), 'kind: brief\ntitle: "unclosed\n');
    writeFileSync(
      join(dir, "content", "news", "broken-schema.yaml"),
      "kind: news-item\nid: Bad Id\nlocale: en\ntitle: T\ndate: 2021-02-30\nbody: x\n",
    );
    const { code, stdout } = runCli(["validate", "content", "--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      files: number;
      documents: number;
      errors: { file: string; line: number; path: string }[];
    };
    const files = new Set(report.errors.map((e) => e.file));
    expect([...files].sort()).toEqual(["content/broken-yaml.yaml", "content/news/broken-schema.yaml"]);
    expect(report.errors.find((e) => e.path === "date")).toMatchObject({
      file: "content/news/broken-schema.yaml",
      line: 5,
    });
    expect(report.files).toBe(47);
    expect(report.documents).toBe(45);
  });
});

describe("symbolic links", () => {
  it("reports a YAML file that links outside the content folder, and reads nothing", () => {
    const dir = copyOfContent();
    mkdirSync(join(dir, "private"));
    writeFileSync(
      join(dir, "private", "secret.yaml"),
      "kind: appeal\nid: secret\nlocale: en\ntitle: Secret\ndate: 2021-01-01\n",
    );
    symlinkSync(join(dir, "private", "secret.yaml"), join(dir, "content", "innocent.yaml"));
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /content\/innocent\.yaml: a symbolic link to .*private\/secret\.yaml, outside content; copy the file into the content folder instead/,
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("reports a folder that links outside the content folder", () => {
    const dir = copyOfContent();
    mkdirSync(join(dir, "elsewhere"));
    symlinkSync(join(dir, "elsewhere"), join(dir, "content", "more"));
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/content\/more: a symbolic link to .*elsewhere, outside content/);
  });

  it("follows a link that stays inside the content folder", () => {
    const dir = copyOfContent();
    mkdirSync(join(dir, "content", ".drafts"));
    writeFileSync(
      join(dir, "content", ".drafts", "a.yaml"),
      "kind: appeal\nid: linked-appeal\nlocale: en\ntitle: Linked\ndate: 2021-01-01\n",
    );
    symlinkSync(join(dir, "content", ".drafts", "a.yaml"), join(dir, "content", "linked.yaml"));
    const { code, stdout } = runCli(["validate", "content", "--format", "json"], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ files: 46, documents: 46 });
  });
});

describe("limits", () => {
  it("refuses a document over 1 MiB with a clear error, naming the file", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "content"));
    const body = `kind: news-item\nid: huge\nlocale: en\ntitle: Huge\ndate: 2021-01-01\nbody: "${"x".repeat(1024 * 1024)}"\n`;
    writeFileSync(join(dir, "content", "huge.yaml"), body);
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `content/huge.yaml:1:1  error  (document)  file is ${Buffer.byteLength(body)} bytes, more than the 1048576 allowed; split it into several documents`,
    );
  });
});
