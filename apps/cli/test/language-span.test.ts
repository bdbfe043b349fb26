import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { htmlLanguages, htmlText, markdownToText } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

/** A folder holding one news item whose body has `body` and the settings a build needs. */
function withBody(body: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, "content"));
  writeFileSync(join(dir, "content", "belarusbrief.json"), JSON.stringify({ baseUrl: "https://example.org/" }));
  const yaml = [
    "kind: news-item",
    "id: 2030-03-25-rally",
    "locale: en",
    "title: Rally on Freedom Day",
    "date: 2030-03-25",
    `body: ${body}`,
    'source: { name: Viasna, url: "https://spring96.org/en" }',
  ];
  writeFileSync(join(dir, "content", "rally.yaml"), `${yaml.join("\n")}\n`);
  return dir;
}

describe("words in another language, [Гомель]{lang=be}", () => {
  it("are marked with their language in the email and the web page, and written plainly in text", () => {
    const dir = withBody("Hundreds marched in [Гомель]{lang=be} and [*Homiel*]{lang=be-Latn} today.");
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", "email,markdown,site"], {
      cwd: dir,
    });
    expect(code, stderr).toBe(0);
    const read = (path: string) => readFileSync(join(dir, "out", path), "utf8");
    for (const page of ["email/2030-03-25-rally.html", "site/news/2030-03-25-rally/index.html"]) {
      const marks = htmlLanguages(read(page));
      expect(marks, page).toContainEqual({ lang: "be", text: "Гомель" });
      expect(marks, page).toContainEqual({ lang: "be-Latn", text: "Homiel" });
      expect(htmlText(read(page)), page).toContain("Hundreds marched in Гомель and Homiel today.");
    }
    for (const text of [read("email/2030-03-25-rally.txt"), markdownToText(read("markdown/2030-03-25-rally.md"))]) {
      expect(text).toContain("Hundreds marched in Гомель and Homiel today.");
      expect(text).not.toMatch(/lang=|\]\{/);
    }
  }, 240_000);

  it("in a language BelarusBrief does not publish in fail validation at the span, with the fix", () => {
    const dir = withBody("Hundreds marched in [Гомель]{lang=by} today.");
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'content/rally.yaml:6:35  error  body  in {lang=by}, "by" is not a language BelarusBrief publishes in; write one of en, be, be-tarask, be-Latn, ru (did you mean "be"?)',
    );
  });
});
