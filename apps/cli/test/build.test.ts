import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfContent, runCli, tempDir, treeHashes } from "./helpers.js";

const TEXT_OUTPUTS = "markdown,email,feeds,calendar";

describe("belarusbrief build", () => {
  it("writes every artifact with a manifest whose sizes and hashes match the files", () => {
    const out = join(tempDir(), "out");
    const { code, stderr } = runCli(["build", "--out", out, "--only", TEXT_OUTPUTS]);
    expect(code, stderr).toBe(0);
    // The content's warnings are counted, not listed: `validate` lists them.
    expect(stderr).toMatch(/^ {2}\d+ placeholder links in \d+ documents$/m);
    expect(stderr).not.toMatch(/warning {2}lead\.source\.url/);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.version).toBe(1);
    const kinds = new Set(manifest.artifacts.map((a: { kind: string }) => a.kind));
    expect([...kinds].sort()).toEqual([
      "atom",
      "email-html",
      "email-text",
      "eml",
      "ics",
      "json-feed",
      "markdown",
      "rss",
    ]);
    for (const artifact of manifest.artifacts) {
      const bytes = readFileSync(join(out, artifact.path));
      expect(bytes.byteLength, artifact.path).toBe(artifact.bytes);
      expect(createHash("sha256").update(bytes).digest("hex"), artifact.path).toBe(artifact.sha256);
      expect(artifact.mediaType, artifact.path).toMatch(/^[a-z]+\/[a-z0-9.+-]+/);
    }
    const markdown = manifest.artifacts.filter((a: { kind: string }) => a.kind === "markdown");
    expect(markdown.length).toBe(45);
    expect(markdown.find((a: { document: string }) => a.document === "2021-02")).toMatchObject({
      path: "markdown/2021-02.md",
      locale: "en",
    });
  });

  it("gives the same bytes on every build, and reuses the output when nothing changed", () => {
    const dir = copyOfContent();
    const first = runCli(["build", "content", "--out", "a", "--only", TEXT_OUTPUTS], { cwd: dir });
    const second = runCli(["build", "content", "--out", "b", "--only", TEXT_OUTPUTS], { cwd: dir });
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(treeHashes(join(dir, "b"))).toEqual(treeHashes(join(dir, "a")));
    const again = runCli(["build", "content", "--out", "a", "--only", TEXT_OUTPUTS], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/nothing changed: a\/ is up to date/);
  });

  it("leaves the previous output byte-identical when the content has an error", () => {
    const dir = copyOfContent();
    expect(runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir }).code).toBe(0);
    const before = treeHashes(join(dir, "out"));
    writeFileSync(
      join(dir, "content", "broken.yaml"),
      "kind: brief\nid: broken\nlocale: en\ntitle: T\nperiod: 2021-02\ndate: 2021-02-30\n",
    );
    const failed = runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("content/broken.yaml:6:7  error  date");
    expect(failed.stderr).toMatch(/nothing was written/);
    expect(treeHashes(join(dir, "out"))).toEqual(before);
  });

  it("refuses to replace a folder it did not write", () => {
    const dir = copyOfContent();
    mkdirSync(join(dir, "mine"));
    writeFileSync(join(dir, "mine", "notes.txt"), "keep me");
    const { code, stderr } = runCli(["build", "content", "--out", "mine", "--only", "markdown"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/not write \(no manifest\.json\)/);
    expect(readFileSync(join(dir, "mine", "notes.txt"), "utf8")).toBe("keep me");
    expect(existsSync(join(dir, "mine", "manifest.json"))).toBe(false);
  });

  it("prints a machine-readable summary with --json", () => {
    const out = join(tempDir(), "out");
    const { code, stdout } = runCli(["build", "--out", out, "--only", "markdown", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, artifacts: 45 });
  });

  it("fails with --strict when there are warnings, writing nothing", () => {
    const out = join(tempDir(), "out");
    expect(runCli(["build", "--out", out, "--only", "markdown", "--strict"]).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe("a field no output can show", () => {
  it("names the file, line, column and field of a card text that cannot fit, and writes nothing", () => {
    const dir = copyOfContent();
    const file = join(dir, "content", "2021-02-brief.yaml");
    const long = "Protesters detained in Belarus since August ".repeat(6).trim();
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("measure: Protesters detained in Belarus since August", `measure: ${long}`),
    );
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", "cards"], { cwd: dir });
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(
      /content\/2021-02-brief\.yaml:46:18 +error +sections\[\d+\]\.statistics\[0\]\.measure +.*too long for the \w+ card; shorten it to about \d+ characters/,
    );
    const errors = stderr.split("\n").filter((line) => / error /.test(line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).not.toMatch(/belarusbrief\.json/);
    expect(stderr).not.toMatch(/internal error/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  }, 240_000);
});

describe("card settings in belarusbrief.json", () => {
  const settings = (dir: string, cards: object) =>
    writeFileSync(join(dir, "belarusbrief.json"), JSON.stringify({ baseUrl: "https://example.org/", cards }));
  const oneDocument = (dir: string) => {
    mkdirSync(join(dir, "one"));
    writeFileSync(
      join(dir, "one", "doc.yaml"),
      readFileSync(join(dir, "content", "2021-06-appeal-political-prisoners.yaml")),
    );
  };

  it("draws the logo and theme, and rejects a logo outside the settings folder", () => {
    const dir = copyOfContent();
    oneDocument(dir);
    writeFileSync(
      join(dir, "logo.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#c8313e"/></svg>',
    );
    settings(dir, { logo: "logo.svg", footer: "belarus.example.org", theme: { accent: "#9B1C1C" } });
    const styled = runCli(["build", "one", "--out", "styled", "--only", "cards", "--no-cache"], { cwd: dir });
    expect(styled.code, styled.stderr).toBe(0);
    settings(dir, {});
    expect(runCli(["build", "one", "--out", "bare", "--only", "cards", "--no-cache"], { cwd: dir }).code).toBe(0);
    const card = "cards/2021-06-appeal-political-prisoners/statistic-political-prisoners-og.png";
    expect(treeHashes(join(dir, "styled"))[card]).toBeDefined();
    expect(treeHashes(join(dir, "styled"))[card]).not.toBe(treeHashes(join(dir, "bare"))[card]);
    settings(dir, { logo: "../outside.png" });
    const outside = runCli(["build", "one", "--out", "x", "--only", "cards"], { cwd: dir });
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(
      /^belarusbrief\.json:1:\d+ {2}error {2}cards\.logo {2}must be a file next to the settings/m,
    );
    expect(existsSync(join(dir, "x"))).toBe(false);
  });

  it("stops with a clear message when the theme has too little contrast", () => {
    const dir = copyOfContent();
    oneDocument(dir);
    settings(dir, { theme: { accent: "#FFDDDD" } });
    const { code, stderr } = runCli(["build", "one", "--out", "x", "--only", "cards", "--no-cache"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^belarusbrief\.json:1:\d+ {2}error {2}cards\.theme\.accent {2}has contrast 1\.26:1 on theme\.background; choose colours that reach 4\.5:1$/m,
    );
    expect(stderr).toMatch(/build stopped: .*nothing was written/);
  });
});

describe("email size", () => {
  it("warns, with the size and by how much, when Gmail would clip a brief's email", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "content"));
    const item = (i: number) =>
      `      - { lead: "Item ${i}", body: "${"Repression continued across the country this month. ".repeat(8).trim()}" }`;
    const section = (s: number) =>
      [`  - heading: Section ${s}`, "    items:", ...Array.from({ length: 80 }, (_, i) => item(i))].join("\n");
    const yaml = [
      "kind: brief",
      "id: 2030-01",
      "locale: en",
      "title: Long brief",
      "period: 2030-01",
      "date: 2030-01-31",
      "sections:",
      ...[1, 2, 3].map(section),
    ].join("\n");
    writeFileSync(join(dir, "content", "long.yaml"), `${yaml}\n`);
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", "email"], { cwd: dir });
    expect(code, stderr).toBe(0);
    const html = readFileSync(join(dir, "out", "email", "2030-01.html"));
    const kb = Math.ceil(html.byteLength / 1024);
    expect(kb).toBeGreaterThan(102);
    expect(stderr).toContain(
      `content/long.yaml:1:1  warning  (document)  the email HTML is ${kb} KB, ${Math.ceil((html.byteLength - 102 * 1024) / 1024)} KB over Gmail's ~102 KB limit`,
    );
  });
});

describe("building some documents of a content folder", () => {
  const BRIEF = "content/2021-02-brief.yaml";
  /** A copy of the content with three news items, so that a build with every output stays quick. */
  const smallContent = () => {
    const dir = copyOfContent();
    const news = readdirSync(join(dir, "content", "news")).sort();
    for (const name of news.slice(3)) rmSync(join(dir, "content", "news", name));
    return dir;
  };
  const manifestOf = (out: string) =>
    JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {
      artifacts: { path: string; document?: string; output?: string }[];
    };
  const items = (file: string) => readFileSync(file, "utf8").match(/<item>/g)?.length ?? 0;
  const editTitle = (dir: string, title: string) => {
    const file = join(dir, BRIEF);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, `title: ${title}`));
  };

  it("updates the named document's files, keeps every other file, and gives what a full build gives", () => {
    const dir = smallContent();
    const out = join(dir, "out");
    const full = runCli(["build", "content", "--out", "out"], { cwd: dir });
    expect(full.code, full.stderr).toBe(0);
    const before = treeHashes(out);
    const manifest = manifestOf(out);
    const documents = new Set(manifest.artifacts.flatMap((a) => (a.document ? [a.document] : [])));
    expect(documents.size).toBe(7);

    editTitle(dir, "BelarusBrief, checked again");
    const one = runCli(["build", BRIEF, "--out", "out"], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    const after = treeHashes(out);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // Feeds of every document still list every document.
    expect(items(join(out, "feeds/publications.all.rss.xml"))).toBe(4);
    expect(items(join(out, "feeds/news.all.rss.xml"))).toBe(3);
    expect(readFileSync(join(out, "feeds/publications.all.rss.xml"), "utf8")).toContain("BelarusBrief, checked again");
    expect(one.stderr).toContain(
      `rebuilt ${BRIEF} and the feeds, calendars and site from all 7 documents of content/; kept the files of the other 6 as they were`,
    );
    // The other documents' own files are the very same bytes.
    const own = manifest.artifacts.filter((a) => a.document && a.document !== "2021-02" && a.output !== "site");
    expect(own.length).toBeGreaterThan(100);
    for (const a of own) expect(after[a.path], a.path).toBe(before[a.path]);
    // The edited document's own files changed.
    expect(after["markdown/2021-02.md"]).not.toBe(before["markdown/2021-02.md"]);
    expect(readFileSync(join(out, "markdown/2021-02.md"), "utf8")).toContain("BelarusBrief, checked again");
    expect(after["email/2021-02.html"]).not.toBe(before["email/2021-02.html"]);

    // Byte for byte what a full build of the edited folder writes, manifest.json included.
    const again = runCli(["build", "content", "--out", "again"], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(treeHashes(join(dir, "again"))).toEqual(after);
    expect(runCli(["build", "content", "--out", "out"], { cwd: dir }).stderr).toMatch(
      /nothing changed: out\/ is up to date/,
    );
  }, 300_000);

  it("after one edit, a build of the whole folder keeps the other documents' files and gives what a full build gives", () => {
    const dir = smallContent();
    const out = join(dir, "out");
    const args = ["--only", `${TEXT_OUTPUTS},site`];
    expect(runCli(["build", "content", "--out", "out", ...args], { cwd: dir }).code).toBe(0);
    const before = treeHashes(out);
    const manifest = manifestOf(out);
    const inode = (path: string) => statSync(join(out, path)).ino;
    const own = manifest.artifacts.filter((a) => a.document && a.document !== "2021-02" && a.output !== "site");
    expect(own.length).toBeGreaterThan(20);
    const inodes = Object.fromEntries(own.map((a) => [a.path, inode(a.path)]));

    editTitle(dir, "BelarusBrief, checked again");
    const one = runCli(["build", "content", "--out", "out", ...args], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    const after = treeHashes(out);
    // The other documents' own files are the very files of the last build, not made again.
    for (const a of own) {
      expect(after[a.path], a.path).toBe(before[a.path]);
      expect(inode(a.path), a.path).toBe(inodes[a.path]);
    }
    // The edited document's files, the feeds listing it and the site's pages changed.
    for (const path of [
      "markdown/2021-02.md",
      "email/2021-02.html",
      "feeds/publications.all.rss.xml",
      "site/index.html",
    ])
      expect(after[path], path).not.toBe(before[path]);
    expect(readFileSync(join(out, "feeds/publications.all.rss.xml"), "utf8")).toContain("BelarusBrief, checked again");

    // Byte for byte what a full build of the edited folder writes, manifest.json included.
    const full = runCli(["build", "content", "--out", "full", "--no-cache", ...args], { cwd: dir });
    expect(full.code, full.stderr).toBe(0);
    expect(treeHashes(join(dir, "full"))).toEqual(after);
  }, 300_000);

  it("after one edit, takes the other documents' share of the feeds and calendar from the cache, and gives what a full build gives", () => {
    const dir = smallContent();
    const out = join(dir, "out");
    const build = (...extra: string[]) => {
      const run = runCli(["build", "content", "--only", TEXT_OUTPUTS, "--json", ...extra], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { warnings: { file: string; line: number; message: string }[] };
    };
    const warningsOf = (summary: ReturnType<typeof build>) =>
      summary.warnings.map((w) => `${w.file}:${w.line} ${w.message}`).sort();
    build("--out", "out");

    editTitle(dir, "BelarusBrief, checked again");
    const edited = build("--out", "out");
    const full = build("--out", "full", "--no-cache");
    expect(treeHashes(out)).toEqual(treeHashes(join(dir, "full")));
    // The unchanged documents' warnings are reported as a full build reports them.
    expect(warningsOf(edited).length).toBeGreaterThan(3);
    expect(warningsOf(edited)).toEqual(warningsOf(full));

    // What the feeds took of the appeal is read from the cache, not from its file: a record
    // changed on purpose shows in the next build's feeds.
    const records = join(dir, ".belarusbrief-cache");
    const appeal = readdirSync(records)
      .filter((name) => name.startsWith("collected-"))
      .map((name) => join(records, name))
      .filter((path) => JSON.parse(readFileSync(path, "utf8")).id === "2021-06-appeal-political-prisoners");
    expect(appeal.length).toBeGreaterThan(0);
    for (const path of appeal) {
      const record = JSON.parse(readFileSync(path, "utf8"));
      record.entries.feeds.entry.title = "Taken from the cache";
      writeFileSync(path, JSON.stringify(record));
    }
    editTitle(dir, "BelarusBrief, checked once more");
    build("--out", "out");
    expect(readFileSync(join(out, "feeds/publications.all.rss.xml"), "utf8")).toContain("Taken from the cache");
  }, 300_000);

  it("renders a document again when its own file in the output was changed by hand", () => {
    const dir = smallContent();
    const out = join(dir, "out");
    expect(runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir }).code).toBe(0);
    const expected = treeHashes(out);
    writeFileSync(join(out, "markdown/2021-06-appeal-political-prisoners.md"), "changed by hand\n");
    editTitle(dir, "BelarusBrief, checked again");
    expect(runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir }).code).toBe(0);
    const after = treeHashes(out);
    expect(after["markdown/2021-06-appeal-political-prisoners.md"]).toBe(
      expected["markdown/2021-06-appeal-political-prisoners.md"],
    );
  });

  it("builds every document when others changed since the last build, or when there is no build yet", () => {
    const dir = smallContent();
    const first = runCli(["build", BRIEF, "--out", "out", "--only", TEXT_OUTPUTS], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain("no earlier build in out/: building all 7 documents of content/");
    expect(manifestOf(join(dir, "out")).artifacts.filter((a) => a.output === "markdown").length).toBe(7);

    const other = join(dir, "content/2021-06-appeal-political-prisoners.yaml");
    writeFileSync(other, readFileSync(other, "utf8").replace(/^title: .*$/m, "title: Changed elsewhere"));
    editTitle(dir, "BelarusBrief, checked again");
    const one = runCli(["build", BRIEF, "--out", "out", "--only", TEXT_OUTPUTS], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toContain(
      "other documents of content/, the settings or the outputs changed since the last build",
    );
    expect(readFileSync(join(dir, "out/markdown/2021-06-appeal-political-prisoners.md"), "utf8")).toContain(
      "Changed elsewhere",
    );
    expect(runCli(["build", "content", "--out", "full", "--only", TEXT_OUTPUTS], { cwd: dir }).code).toBe(0);
    expect(treeHashes(join(dir, "out"))).toEqual(treeHashes(join(dir, "full")));
  }, 300_000);

  it("stops, naming the file, when another document of the folder has an error", () => {
    const dir = smallContent();
    expect(runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir }).code).toBe(0);
    const before = treeHashes(join(dir, "out"));
    writeFileSync(
      join(dir, "content", "broken.yaml"),
      "kind: brief\nid: broken\nlocale: en\ntitle: T\nperiod: 2021-02\ndate: 2021-02-30\n",
    );
    const failed = runCli(["build", BRIEF, "--out", "out", "--only", "markdown"], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("content/broken.yaml:6:7  error  date");
    expect(failed.stderr).toContain(
      "made from every document of content/, so errors in the other files stop this build",
    );
    expect(treeHashes(join(dir, "out"))).toEqual(before);
  });

  it("finds the content folder from belarusbrief.json when run from elsewhere", () => {
    const dir = smallContent();
    writeFileSync(join(dir, "belarusbrief.json"), JSON.stringify({ baseUrl: "https://example.org/" }));
    const elsewhere = tempDir();
    const out = join(dir, "out");
    const args = ["--out", out, "--only", "markdown,feeds"];
    expect(runCli(["build", join(dir, "content"), ...args], { cwd: elsewhere }).code).toBe(0);
    const before = treeHashes(out);
    editTitle(dir, "BelarusBrief, checked again");
    const one = runCli(["build", join(dir, BRIEF), ...args], { cwd: elsewhere });
    expect(one.code, one.stderr).toBe(0);
    expect(Object.keys(treeHashes(out)).sort()).toEqual(Object.keys(before).sort());
    expect(items(join(out, "feeds/publications.all.rss.xml"))).toBe(4);
    expect(one.stderr).toMatch(/kept the files of the other 6 as they were/);
  });

  it("refuses to replace a build of other documents with a file from outside the content folder", () => {
    const dir = smallContent();
    expect(runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir }).code).toBe(0);
    const before = treeHashes(join(dir, "out"));
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "drafts", "brief.yaml"), readFileSync(join(dir, BRIEF)));
    const refused = runCli(["build", "drafts/brief.yaml", "--out", "out", "--only", "markdown"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("out/ holds the files of 6 other documents, which this build would remove");
    expect(treeHashes(join(dir, "out"))).toEqual(before);
  });
});
