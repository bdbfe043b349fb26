import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { htmlLanguages, htmlText, markdownToText, normalizeText } from "@belarusbrief/testkit";
import { XMLParser } from "fast-xml-parser";
import { type DefaultTreeAdapterMap, parse, parseFragment } from "parse5";
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

/** A folder holding one press release with `title` and one section headed `heading`, and the settings a build needs. */
function withTitles(title: string, heading: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, "content"));
  writeFileSync(join(dir, "content", "belarusbrief.json"), JSON.stringify({ baseUrl: "https://example.org/" }));
  const yaml = [
    "kind: press-release",
    "id: 2030-03-25-freedom-day",
    "locale: en",
    `title: ${title}`,
    "date: 2030-03-25",
    "intro: Hundreds gathered at Daley Plaza.",
    "sections:",
    `  - heading: ${heading}`,
    "    items:",
    "      - body: The day the Belarusian People's Republic was declared in 1918.",
  ];
  writeFileSync(join(dir, "content", "day.yaml"), `${yaml.join("\n")}\n`);
  return dir;
}

describe("words in another language in a title or a heading, [Дзень Волі]{lang=be}", () => {
  it("are marked in the headings of the email, the web page and the feed entry, and written as words elsewhere", () => {
    const dir = withTitles('"Marking [Дзень Волі]{lang=be} in Chicago"', "Why [Дзень Волі]{lang=be} matters, *twice*");
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", "email,markdown,site,feeds"], {
      cwd: dir,
    });
    expect(code, stderr).toBe(0);
    const read = (path: string) => readFileSync(join(dir, "out", path), "utf8");
    const title = "Marking Дзень Волі in Chicago";
    const heading = "Why Дзень Волі matters, *twice*";
    const be = [{ lang: "be", text: "Дзень Волі" }];
    const pages = {
      "email/2030-03-25-freedom-day.html": title,
      "site/press-releases/2030-03-25-freedom-day/index.html": `${title} — BelarusBrief`,
    };
    for (const [page, titleElement] of Object.entries(pages)) {
      const html = read(page);
      expect(headingsOf(parse(html)), page).toEqual(
        expect.arrayContaining([
          { tag: "h1", text: title, languages: be },
          { tag: "h2", text: heading, languages: be },
        ]),
      );
      expect(titleElementOf(parse(html)), page).toBe(titleElement);
      expect(htmlText(html), page).not.toMatch(/lang=|\]\{/);
    }

    // The feed: the entry's title is plain text; its content shows the section heading, marked.
    const atom = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(
      read("feeds/publications.en.atom.xml"),
    );
    expect(atom.feed.entry.title["#text"]).toBe(title);
    expect(headingsOf(parseFragment(atom.feed.entry.content["#text"]))).toEqual([
      { tag: "h2", text: heading, languages: be },
    ]);

    const markdown = markdownToText(read("markdown/2030-03-25-freedom-day.md"));
    const text = read("email/2030-03-25-freedom-day.txt");
    for (const words of [markdown, text]) {
      expect(words).toContain(title);
      expect(words).toContain(heading);
      expect(words).not.toMatch(/lang=|\]\{/);
    }
    expect(htmlLanguages(read("email/2030-03-25-freedom-day.html"))).toContainEqual({ lang: "be", text: "Дзень Волі" });
  }, 240_000);

  it("in a language BelarusBrief does not publish in fail validation at the span's {lang=…}, with the fix", () => {
    const dir = withTitles('"Marking [Дзень Волі]{lang=by} in Chicago"', "Why [Дзень Волі]{lang=be-latn} matters");
    const { code, stderr } = runCli(["validate", "content"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'content/day.yaml:4:29  error  title  in {lang=by}, "by" is not a language BelarusBrief publishes in; write one of en, be, be-tarask, be-Latn, ru (did you mean "be"?)',
    );
    expect(stderr).toContain(
      'content/day.yaml:8:30  error  sections[0].heading  in {lang=be-latn}, "be-latn" is not a language BelarusBrief publishes in; write one of en, be, be-tarask, be-Latn, ru (did you mean "be-Latn"?)',
    );
  });
});

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Every heading element, its text, and the elements inside it that state a language. */
function headingsOf(tree: Node): { tag: string; text: string; languages: { lang: string; text: string }[] }[] {
  return elementsOf(tree)
    .filter((element) => /^h[1-6]$/.test(element.tagName))
    .map((element) => ({
      tag: element.tagName,
      text: normalizeText(textOf(element)),
      languages: elementsOf(element)
        .slice(1)
        .flatMap((inner) => {
          const lang = inner.attrs.find((a) => a.name === "lang")?.value;
          return lang === undefined ? [] : [{ lang, text: normalizeText(textOf(inner)) }];
        }),
    }));
}

function titleElementOf(tree: Node): string | undefined {
  const title = elementsOf(tree).find((element) => element.tagName === "title");
  return title ? textOf(title) : undefined;
}

function elementsOf(node: Node): Element[] {
  const self = "tagName" in node ? [node] : [];
  const children = "childNodes" in node ? node.childNodes : [];
  return [...self, ...children.flatMap(elementsOf)];
}

function textOf(node: Node): string {
  if (node.nodeName === "#text" && "value" in node) return node.value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}
