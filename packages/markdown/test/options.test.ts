import { fixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderMarkdown } from "../src/index.js";
import { nodesOf, parseMarkdown, textOf } from "./parse.js";

const brief = fixture("full-brief");

describe("options", () => {
  it("renders without front matter and with headings from level 1 by default", async () => {
    const tree = parseMarkdown(await renderMarkdown(brief));
    expect(tree.children[0]).toMatchObject({ type: "heading", depth: 1 });
    expect(nodesOf(tree, "yaml")).toEqual([]);
  });

  it("shifts every heading by headingOffset", async () => {
    const depths = (md: string) => nodesOf(parseMarkdown(md), "heading").map((h) => h.depth);
    const plain = depths(await renderMarkdown(brief));
    const shifted = depths(await renderMarkdown(brief, { headingOffset: 2 }));
    expect(shifted).toEqual(plain.map((d) => d + 2));
    expect(Math.min(...shifted)).toBe(3);
  });

  it("rejects a bad option with a message that says how to fix it", async () => {
    await expect(renderMarkdown(brief, { headingOffset: 5 })).rejects.toThrow(
      /^\[@belarusbrief\/markdown\] .*headingOffset must be a whole number from 0 to 4/,
    );
    await expect(renderMarkdown(brief, { locale: "de" as never })).rejects.toThrow(
      /\[@belarusbrief\/markdown\] .*locale/,
    );
    await expect(renderMarkdown(brief, { colour: true } as never)).rejects.toThrow(/\[@belarusbrief\/markdown\]/);
  });

  it("starts with YAML front matter that parses back to the document's facts", async () => {
    const output = await renderMarkdown(brief, { frontMatter: true });
    const match = /^---\n([\s\S]*?)\n---\n\n# /.exec(output);
    expect(match).not.toBeNull();
    expect(parse(match?.[1] ?? "")).toEqual({
      title: brief.title,
      date: brief.date,
      locale: brief.locale,
      tags: brief.tags,
      kind: "brief",
      id: brief.id,
      description: brief.summary,
    });
  });

  it("writes valid front matter for hostile text", async () => {
    const hostile = fixture("hostile");
    const output = await renderMarkdown(hostile, { frontMatter: true });
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(output)?.[1] ?? "";
    const data = parse(yaml);
    expect(data.title).toBe(hostile.title);
    expect(data.description).toBe(hostile.summary?.replace("\u0008", ""));
    // The rest is the same Markdown as without front matter.
    expect(output.slice(output.indexOf("\n---\n\n") + 6)).toBe(await renderMarkdown(hostile));
  });

  it("prints the fixed words and dates in the requested locale", async () => {
    const en = parseMarkdown(await renderMarkdown(brief));
    const be = parseMarkdown(await renderMarkdown(brief, { locale: "be" }));
    const text = (tree: typeof en) => nodesOf(tree, "paragraph").map(textOf).join("\n");
    expect(text(en)).toContain("(via State.gov)");
    expect(text(be)).toContain("(паводле State.gov)");
    expect(text(be)).toContain("25 сакавіка: Freedom Day.");
    expect(nodesOf(be, "heading").map(textOf)).toContain("Дадаткова");
  });
});
