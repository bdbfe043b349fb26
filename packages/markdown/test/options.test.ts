import { renderWith, resolvedFixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adapter, MarkdownOptions, renderMarkdown } from "../src/index.js";
import { nodesOf, parseMarkdown, splitFrontMatter } from "./parse.js";

const brief = resolvedFixture("full-brief");

describe("options", () => {
  it("starts with YAML front matter by default, which parses back to the document's facts", () => {
    const { yaml, body } = splitFrontMatter(renderMarkdown(brief));
    expect(body).toMatch(/^# BelarusBrief\n/);
    expect(parse(yaml ?? "")).toEqual({
      title: brief.title,
      date: brief.date.iso,
      locale: brief.locale,
      tags: brief.tags,
      kind: "brief",
      id: brief.id,
      description: brief.summary,
    });
  });

  it("renders the same Markdown without front matter when asked", () => {
    const bare = renderMarkdown(brief, { frontMatter: false });
    expect(bare).toMatch(/^# BelarusBrief\n/);
    expect(splitFrontMatter(renderMarkdown(brief)).body).toBe(bare);
  });

  it("writes front matter that parses back to hostile text as written", () => {
    const hostile = resolvedFixture("hostile");
    const { yaml, body } = splitFrontMatter(renderMarkdown(hostile));
    const data = parse(yaml ?? "");
    expect(data.title).toBe(hostile.title);
    expect(data.description).toBe(hostile.summary);
    expect(body).toBe(renderMarkdown(hostile, { frontMatter: false }));
  });

  it("shifts every heading by headingOffset", () => {
    const depths = (md: string) => nodesOf(parseMarkdown(md), "heading").map((h) => h.depth);
    const plain = depths(renderMarkdown(brief, { frontMatter: false }));
    const shifted = depths(renderMarkdown(brief, { frontMatter: false, headingOffset: 2 }));
    expect(plain).toEqual([1, 2, 2, 2, 2, 2]);
    expect(shifted).toEqual(plain.map((d) => d + 2));
  });

  it("rejects a bad option with a message that says how to fix it", () => {
    expect(() => renderMarkdown(brief, { headingOffset: 5 })).toThrow(
      /^\[@belarusbrief\/markdown\] .*headingOffset must be a whole number from 0 to 4/,
    );
    expect(() => renderMarkdown(brief, { frontMatter: "yes" as never })).toThrow(/frontMatter must be true or false/);
    expect(() => renderMarkdown(brief, { colour: true } as never)).toThrow(/\[@belarusbrief\/markdown\] .*colour/);
    const issues = MarkdownOptions.safeParse({ headingOffset: 1.5 }).error?.issues.map((i) => i.message);
    expect(issues).toEqual(["headingOffset must be a whole number from 0 to 4, e.g. 1 to start at ##"]);
  });
});

describe("adapter", () => {
  it("makes one Markdown file per document, with the options of its settings", async () => {
    const { artifacts } = await renderWith(adapter, [brief], { options: { headingOffset: 1, frontMatter: false } });
    expect(artifacts).toEqual([
      {
        kind: "markdown",
        role: "document-markdown",
        path: "markdown/2030-01.md",
        mediaType: "text/markdown; charset=utf-8",
        document: "2030-01",
        locale: "en",
        content: renderMarkdown(brief, { headingOffset: 1, frontMatter: false }),
      },
    ]);
    expect(String(artifacts[0]?.content)).toMatch(/^## BelarusBrief\n/);
  });

  it("rejects settings its schema does not accept", async () => {
    await expect(renderWith(adapter, [brief], { options: { headingOffset: -1 } })).rejects.toThrow(/headingOffset/);
  });
});
