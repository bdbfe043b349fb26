import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfContent, runCli, tempDir } from "./helpers.js";

describe("belarusbrief validate", () => {
  it("passes the bundled content, showing its warnings as file:line:column", () => {
    const { code, stderr } = runCli(["validate"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^apps\/newsletter\/content\/2021-02-brief\.yaml:\d+:\d+ {2}warning {2}lead\.source\.url {2}the placeholder link "#"/m,
    );
    expect(stderr).toMatch(/files checked: 0 errors, \d+ warnings/);
  });

  it("fails with --strict when there are warnings", () => {
    expect(runCli(["validate", "--strict"]).code).toBe(1);
  });

  it("reports a broken file and still checks the others", () => {
    const dir = copyOfContent();
    writeFileSync(
      join(dir, "content", "broken.yaml"),
      "kind: brief\nid: broken\nlocale: en\ntitle: T\nperiod: 2021-02\ndate: 2021-02-30\n",
    );
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain("content/broken.yaml:6:7  error  date  must be a real date written as YYYY-MM-DD");
    expect(stderr).toMatch(/content\/2021-02-brief\.yaml:\d+:\d+ {2}warning/);
    expect(stderr).toMatch(/files checked: 1 error, /);
  });

  it("reports a link without a scheme as an error with the address to write, and http: as a warning", () => {
    const dir = copyOfContent();
    const newsItem = (id: string, ...lines: string[]) =>
      [`kind: news-item`, `id: ${id}`, "locale: en", "title: T", "date: 2021-02-01", ...lines, ""].join("\n");
    writeFileSync(
      join(dir, "content", "no-scheme.yaml"),
      newsItem("no-scheme", "body: B", "source: { name: Congress, url: www.congress.gov }"),
    );
    writeFileSync(
      join(dir, "content", "plain-http.yaml"),
      newsItem("plain-http", "body: Write to [Congress](http://www.congress.gov/members).", "source: { name: C }"),
    );
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'content/no-scheme.yaml:7:32  error  source.url  "www.congress.gov" has no scheme, so it is not a link; did you mean "https://www.congress.gov"?',
    );
    expect(stderr).toMatch(
      /^content\/plain-http\.yaml:6:16 {2}warning {2}body {2}"http:\/\/www\.congress\.gov\/members" is not encrypted: .*; write "https:\/\/www\.congress\.gov\/members"/m,
    );
    expect(stderr).toMatch(/files checked: 1 error, /);
  });

  it("checks the first year of a yearly date, which the build then counts in every output", () => {
    const dir = copyOfContent();
    const file = join(dir, "content", "2021-02-brief.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("        since: 1918", "        since: 2030"));
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^content\/2021-02-brief\.yaml:\d+:16 {2}error {2}sections\[\d\]\.events\[1\]\.since {2}since 2030 is after this date's year 2021; write the year it was first held$/m,
    );
    writeFileSync(file, text);
    const built = runCli(["build", "content", "--out", "out", "--only", "markdown,email,calendar"], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(dir, "out", "markdown", "2021-02.md"), "utf8")).toContain(
      "March 25, 2021 · every year · 103rd anniversary",
    );
    expect(readFileSync(join(dir, "out", "email", "2021-02.txt"), "utf8")).toContain("103rd anniversary");
  }, 240_000);

  it("reports two documents with the same id", () => {
    const dir = copyOfContent();
    writeFileSync(
      join(dir, "content", "zz-copy.yaml"),
      "kind: news-item\nid: 2021-02\nlocale: en\ntitle: T\ndate: 2021-02-01\nbody: B\n",
    );
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /content\/zz-copy\.yaml:2:5 {2}error {2}id {2}id "2021-02" is already used by content\/2021-02-brief\.yaml/,
    );
  });

  it("prints a JSON report for editors and CI", () => {
    const dir = copyOfContent();
    writeFileSync(join(dir, "content", "broken.yaml"), "kind: brief\n");
    const { code, stdout } = runCli(["validate", "content", "--format", "json"], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["id", "locale", "title", "date"]),
    );
    expect(report.warnings.length).toBeGreaterThan(0);
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [["frobnicate"], /unknown command/],
    [["validate", "--bogus"], /unknown option/],
    [["validate", "no/such/folder"], /no such file or folder/],
    [["validate", "--format", "xml"], /Allowed choices are text, json/],
    [["build", "--only", "pdf"], /unknown output pdf/],
  ])("%j", (args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("when there is no content to find", () => {
    const { code, stderr } = runCli(["validate"], { cwd: "/" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/no content given and none found here/);
  });
});

describe("text from the documents in the terminal", () => {
  // Unquoted text starting with `*` is a YAML mistake whose message quotes the line: with a
  // right-to-left override (U+202E), a screen-clearing escape sequence and a bell in it.
  const line = "**Call \u202E your\u001b[2J senator\u0007** today";

  function broken(): string {
    const dir = tempDir();
    mkdirSync(join(dir, "content"));
    writeFileSync(
      join(dir, "content", "x.yaml"),
      `kind: news-item\nid: x\nlocale: en\ntitle: T\ndate: 2021-02-01\nbody: ${line}\n`,
    );
    return dir;
  }

  it("is shown escaped, so it can neither reorder nor drive the terminal", () => {
    const { code, stderr } = runCli(["validate", "content"], { cwd: broken() });
    expect(code).toBe(1);
    expect(stderr).toContain("**Call \\u202E your\\u001B[2J senator\\u0007** today");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not reach the terminal
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  });

  it("stays exact in --format json", () => {
    const { stdout } = runCli(["validate", "content", "--format", "json"], { cwd: broken() });
    const [error] = JSON.parse(stdout).errors as { message: string }[];
    expect(error?.message).toContain(line);
  });
});

describe("help", () => {
  it("is what bare belarusbrief prints, on stdout", () => {
    const { code, stdout, stderr } = runCli([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: belarusbrief \[options\] \[command\]/);
    expect(stdout).toMatch(/send-test/);
    expect(stderr).toBe("");
  });

  it.each([[["--help"]], [["validate", "--help"]], [["build", "--help"]]])(
    "%j shows usage with examples and exits 0",
    (args) => {
      const { code, stdout } = runCli(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Usage: belarusbrief/);
      expect(stdout).toMatch(/Examples:|Exit codes:/);
    },
  );
});
