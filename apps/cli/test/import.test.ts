import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Document, loadDocument } from "@belarusbrief/core";
import { IMPORT_KINDS } from "@belarusbrief/import";
import { describe, expect, it } from "vitest";
import { writeNewFiles } from "../src/write/write-new-files.js";
import { copyOfContent, REPO, runCli, tempDir, treeHashes } from "./helpers.js";

const SEEDS = join(REPO, "apps/newsletter/seeds");
const seed = (number: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(`${number}_`)) ?? "");

function load(path: string): Document {
  const result = loadDocument(readFileSync(path, "utf8"), path);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.document;
}

describe("belarusbrief import", () => {
  it("imports an old brief into the content folder, with the summary of what it recognised", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "content"));
    const { code, stderr } = runCli(["import", seed("000")], { cwd: dir });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(
      /^created content\/2021-02-brief\.yaml {2}brief: 4 sections, 10 items, 3 statistics, 2 events, 6 calls to action, 6 reports/m,
    );
    expect(stderr).toMatch(/^ {2}recognised: 4 sections, 10 items, 3 statistics/m);
    expect(stderr).toMatch(/^ {2}kept as plain text: 0 paragraphs; guesses to check: \d+$/m);
    expect(stderr).toContain('Next: read each line marked "# imported:"');
    const brief = load(join(dir, "content", "2021-02-brief.yaml"));
    expect(brief).toMatchObject({ kind: "brief", id: "2021-02", period: "2021-02", date: "2021-02-28" });
    expect(runCli(["validate", "content"], { cwd: dir }).code).toBe(0);
  });

  it("writes a news stream as one file per item under news/, each loading without errors", () => {
    const dir = tempDir();
    const { code, stderr } = runCli(["import", seed("003"), "--out", "imported"], { cwd: dir });
    expect(code, stderr).toBe(0);
    const files = readdirSync(join(dir, "imported", "news"));
    expect(files).toHaveLength(41);
    expect(stderr).toContain("created 41 files in imported/news");
    expect(stderr).toContain('line 1: before the first headline, left out: "News"');
    for (const file of files) expect(load(join(dir, "imported", "news", file)).kind).toBe("news-item");
    const validate = runCli(["validate", "imported"], { cwd: dir });
    expect(validate.code, validate.stderr).toBe(0);
  });

  it("imports all five seeds into documents that validate and build", () => {
    const dir = tempDir();
    const seeds = ["000", "001", "002", "003", "004"].map(seed);
    expect(runCli(["import", ...seeds, "--out", "content"], { cwd: dir }).code).toBe(0);
    const validate = runCli(["validate", "content"], { cwd: dir });
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toMatch(/45 files checked: 0 errors, \d+ warnings/);
    // Every output but the share images, which take minutes here and read the same fields.
    const build = runCli(
      ["build", "content", "--out", "dist", "--only", "markdown,email,feeds,calendar,site", "--json"],
      {
        cwd: dir,
      },
    );
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(join(dir, "dist", "markdown", "2021-02.md"))).toBe(true);
  });

  it("points each file at the schema when @belarusbrief/core is installed above the folder", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "node_modules/@belarusbrief/core/schema"), { recursive: true });
    writeFileSync(join(dir, "node_modules/@belarusbrief/core/schema/document.json"), "{}");
    expect(runCli(["import", seed("001"), seed("003"), "--out", "content"], { cwd: dir }).code).toBe(0);
    const top = readdirSync(join(dir, "content")).find((f) => f.endsWith(".yaml")) ?? "";
    const news = readdirSync(join(dir, "content", "news"))[0] ?? "";
    const first = (path: string) => readFileSync(path, "utf8").split("\n")[0];
    expect(first(join(dir, "content", top))).toBe(
      "# yaml-language-server: $schema=../node_modules/@belarusbrief/core/schema/document.json",
    );
    expect(first(join(dir, "content", "news", news))).toBe(
      "# yaml-language-server: $schema=../../node_modules/@belarusbrief/core/schema/document.json",
    );
  });

  it("skips a document whose id exists, and leaves the existing file alone", () => {
    const dir = copyOfContent();
    const before = treeHashes(join(dir, "content"));
    const { code, stderr } = runCli(["import", seed("000"), seed("003")], { cwd: dir });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(
      'skipped content/2021-02-brief.yaml: the id "2021-02" is used by content/2021-02-brief.yaml',
    );
    // Every news item of the seed is in the content already, under the same id.
    expect(stderr.match(/^skipped content\/news\//gm)).toHaveLength(41);
    expect(stderr).toContain("Nothing new to write.");
    expect(treeHashes(join(dir, "content"))).toEqual(before);
  });

  it("never overwrites a file, even one with another id", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "content"));
    writeFileSync(join(dir, "content", "2021-02-brief.yaml"), "# my draft\n");
    const { code, stderr } = runCli(["import", seed("000")], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain("skipped content/2021-02-brief.yaml: the file exists");
    expect(readFileSync(join(dir, "content", "2021-02-brief.yaml"), "utf8")).toBe("# my draft\n");
  });

  it("writes nothing when one of the files cannot be imported, and says why and how to fix it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "letter.docx"), Buffer.from("PK\u0003\u0004 rest of a zip", "latin1"));
    writeFileSync(join(dir, "undated.txt"), "A TITLE\n\nSome text without any date at all.\n");
    const { code, stderr } = runCli(["import", seed("000"), "letter.docx", "undated.txt", "--out", "out"], {
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stderr).toContain("letter.docx: is a Word, OpenDocument or zip file; save it as plain text (.txt)");
    expect(stderr).toMatch(
      /undated\.txt:1 {2}no date found in the text; give the publication date with --date YYYY-MM-DD/,
    );
    expect(stderr).toContain("nothing written: 2 problems");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("takes the publication date from --date and the kind from --kind", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "undated.txt"), "A TITLE\n\nSome text without any date at all.\n");
    const { code, stderr } = runCli(
      ["import", "undated.txt", "--kind", "press-release", "--date", "2021-08-09", "--out", "out"],
      { cwd: dir },
    );
    expect(code, stderr).toBe(0);
    const [file] = readdirSync(join(dir, "out"));
    expect(load(join(dir, "out", file ?? ""))).toMatchObject({
      kind: "press-release",
      date: "2021-08-09",
      title: "A title",
    });
    expect(stderr).toContain("undated.txt: press-release\n");
  });

  it("reads UTF-16 text as word processors save it", () => {
    const dir = tempDir();
    const text = readFileSync(seed("004"), "utf8");
    writeFileSync(join(dir, "appeal.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(runCli(["import", "appeal.txt", "--out", "out"], { cwd: dir }).code).toBe(0);
    const [file] = readdirSync(join(dir, "out"));
    expect(load(join(dir, "out", file ?? ""))).toMatchObject({ kind: "appeal", locale: "be" });
  });

  it("rejects a missing file, an unknown kind and a malformed date as usage errors", () => {
    const dir = tempDir();
    expect(runCli(["import", "missing.txt", "--out", "out"], { cwd: dir }).code).toBe(2);
    expect(runCli(["import", seed("000"), "--kind", "letter", "--out", "out"], { cwd: dir }).code).toBe(2);
    const date = runCli(["import", seed("001"), "--date", "2021-02-30", "--out", "out"], { cwd: dir });
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('the date "2021-02-30" must be a real date written as YYYY-MM-DD');
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("has --help with examples and every kind the importer knows", () => {
    const { code, stdout } = runCli(["import", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Examples:\n  belarusbrief import old/2021-02.md");
    for (const kind of IMPORT_KINDS) expect(stdout).toContain(`"${kind}"`);
  });
});

describe("writeNewFiles", () => {
  it("creates every file or none: a name that exists undoes the files and folders made before it", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "b", "taken.yaml"), "mine\n");
    const files = [
      { path: join(dir, "a", "new", "one.yaml"), content: "one\n" },
      { path: join(dir, "b", "taken.yaml"), content: "two\n" },
    ];
    expect(() => writeNewFiles(files)).toThrow(/EEXIST/);
    expect(existsSync(join(dir, "a"))).toBe(false);
    expect(readdirSync(join(dir, "b"))).toEqual(["taken.yaml"]);
    expect(readFileSync(join(dir, "b", "taken.yaml"), "utf8")).toBe("mine\n");
  });

  it("writes each file whole", () => {
    const dir = tempDir();
    const content = "x".repeat(1_000_000);
    writeNewFiles([{ path: join(dir, "news", "big.yaml"), content }]);
    expect(readFileSync(join(dir, "news", "big.yaml"), "utf8")).toBe(content);
    expect(readdirSync(join(dir, "news"))).toEqual(["big.yaml"]);
  });
});
