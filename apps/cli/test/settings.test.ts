import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../src/adapters.js";
import { CONTENT, runCli, tempDir, traced } from "./helpers.js";

/** A content folder with one document and `settings` as its belarusbrief.json. */
function project(settings: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, "content"));
  cpSync(join(CONTENT, "2021-06-appeal-political-prisoners.yaml"), join(dir, "content", "appeal.yaml"));
  writeFileSync(join(dir, "content", "belarusbrief.json"), settings);
  return dir;
}

/** `line:column` of the first `needle` in `text`, 1-based, as editors count. */
function at(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in the text`);
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

const MISTAKES = `{
  "baseUrl": "https://belarus.example.org/",
  "emial": {},
  "email": {
    "from": "BelarusBrief <brief@belarus.example.org>\\r\\nBcc: someone@elsewhere.example",
    "presett": "none"
  },
  "posts": { "platforms": ["telegarm"] }
}
`;

describe("belarusbrief.json", () => {
  it("is checked by validate, every mistake at its place with the fix", () => {
    const dir = project(MISTAKES);
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    const file = "content/belarusbrief.json";
    expect(stderr).toContain(
      `${file}:${at(MISTAKES, '"emial"')}  error  emial  unknown setting "emial" (did you mean "email"?); the settings here are baseUrl,`,
    );
    expect(stderr).toContain(
      `${file}:${at(MISTAKES, '"BelarusBrief <')}  error  email.from  must be one address such as "BelarusBrief <brief@belarus.example.org>"`,
    );
    expect(stderr).toContain(
      `${file}:${at(MISTAKES, '"presett"')}  error  email.presett  unknown setting "presett" (did you mean "preset"?)`,
    );
    expect(stderr).toContain(
      `${file}:${at(MISTAKES, '"telegarm"')}  error  posts.platforms[0]  must be one of telegram, bluesky, mastodon, threads, x, facebook, instagram (did you mean "telegram"?)`,
    );
    expect(stderr).toMatch(/1 file checked: 4 errors/);

    const json = runCli(["validate", "content", "--format", "json"], { cwd: dir });
    const report = JSON.parse(json.stdout) as { ok: boolean; errors: { file: string; path: string; line: number }[] };
    expect(report.ok).toBe(false);
    expect(report.errors.filter((e) => e.file === file).map((e) => `${e.path}@${e.line}`)).toEqual([
      "emial@3",
      "email.from@5",
      "email.presett@6",
      "posts.platforms[0]@8",
    ]);
  });

  it.each([
    ["a line break", "BelarusBrief <brief@belarus.example.org>\\r\\nBcc: someone@elsewhere.example"],
    ["an address group", "team: brief@belarus.example.org, someone@elsewhere.example;"],
    ["two addresses", "brief@belarus.example.org, someone@elsewhere.example"],
  ])("never lets email.from with %s into a message", (_, from) => {
    const settings = `{\n  "baseUrl": "https://belarus.example.org/",\n  "email": { "from": "${from}" }\n}\n`;
    const dir = project(settings);
    const { code, stderr } = runCli(["build", "content", "--only", "email", "--out", "out"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `content/belarusbrief\\.json:${at(settings, `"${from.slice(0, 4)}`)} {2}error {2}email\\.from {2}must be one address`,
      ),
    );
    expect(stderr).toMatch(/build stopped: .*nothing was written/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it.each([
    [
      '{\n  "baseUrl": "https://belarus.example.org/",\n}\n',
      "2:44",
      "JSON allows no comma after the last entry; delete this comma",
    ],
    [
      '{\n  // our site\n  "baseUrl": "https://belarus.example.org/"\n}\n',
      "2:3",
      "JSON has no comments; delete this one",
    ],
    ["{\n  'baseUrl': 'https://belarus.example.org/'\n}\n", "2:3", 'JSON puts text in double quotes: write "baseUrl"'],
    [
      '{\n  baseUrl: "https://belarus.example.org/"\n}\n',
      "2:3",
      'the name baseUrl must be in double quotes: "baseUrl"',
    ],
    ['{\n  "title": "A",\n  "title": "B"\n}\n', "3:3", '"title" is set twice; keep one of them'],
    ['{\n  "title": "A\n"\n}\n', "2:14", "text in JSON cannot hold a line break"],
  ])("names the place of a JSON mistake: %j", (settings, place, message) => {
    const dir = project(settings);
    const validate = runCli(["validate", "content"], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(`content/belarusbrief.json:${place}  error  (settings)  ${message}`);
    const build = runCli(["build", "content", "--only", "markdown", "--out", "out"], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`content/belarusbrief.json:${place}  error  (settings)  ${message}`);
    expect(build.stderr).toMatch(
      /belarusbrief: content\/belarusbrief\.json has 1 mistake; fix it and run the command again/,
    );
    expect(build.stderr).not.toMatch(/internal error|SyntaxError|at position/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("checks the cards section in validate, at its place, without loading an image library", () => {
    const settings =
      '{\n  "baseUrl": "https://belarus.example.org/",\n  "cards": { "theme": { "accent": "#fff" } }\n}\n';
    const dir = project(settings);
    const problem = `content/belarusbrief.json:${at(settings, '"#fff"')}  error  cards.theme.accent  must be a colour written as #RRGGBB`;
    const validate = traced(dir, ["validate", "content"]);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(problem);
    expect(validate.images).toEqual([]);
    const build = traced(dir, ["build", "content", "--only", "cards", "--out", "out"]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(problem);
    // The tracer does see the image libraries when they load.
    expect(build.images.length).toBeGreaterThan(0);
  });
});

describe("the outputs' settings schemas", () => {
  it("accept an absent section, so validate may leave out the outputs the settings do not mention", async () => {
    for (const entry of ADAPTERS) {
      const adapter = await entry.load();
      expect(adapter.options.safeParse({}).success, entry.name).toBe(true);
      if (entry.loadOptions) expect(await entry.loadOptions(), entry.name).toBe(adapter.options);
    }
    expect(ADAPTERS.filter((e) => !e.loadOptions).map((e) => e.name)).toEqual([]);
  });
});
