import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { markdownBlocks } from "../src/blocks/markdown-blocks.js";
import { textBlocks } from "../src/blocks/text-blocks.js";
import { detectKind } from "../src/detect-kind.js";
import { Notes } from "../src/draft.js";
import { writeYaml } from "../src/write-yaml.js";

const SEEDS = new URL("../../../apps/newsletter/seeds/", import.meta.url).pathname;
const seed = (n: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(n)) ?? ""), "utf8");

describe("blocks of plain text", () => {
  it("joins lines a PDF wrapped, repairs hyphenation, and keeps short lines apart", () => {
    const long = "a".repeat(60);
    expect(textBlocks(`${long} ill-\ntreatment ${long}\nend`).map((b) => b.text)).toEqual([
      `${long} ill-treatment ${long} end`,
    ]);
    expect(textBlocks("🇱🇹 Lithuania;\n🇵🇱 Poland.").map((b) => b.text)).toEqual(["🇱🇹 Lithuania;\\\n🇵🇱 Poland."]);
  });

  it("splits a heading in capitals off its paragraph, and a line ending with a colon off what follows", () => {
    const blocks = textBlocks("A TITLE IN\nCAPITALS\nThe text begins.\nHe said:\nA quotation.");
    expect(blocks.map((b) => [b.type, b.text, b.line])).toEqual([
      ["heading", "A TITLE IN CAPITALS", 1],
      ["paragraph", "The text begins.\\\nHe said:", 3],
      ["paragraph", "A quotation.", 5],
    ]);
  });

  it("reads bullets as one list across blank lines, continuation lines included", () => {
    const blocks = textBlocks("They call on X to:\n\n\uf0b7 First, wrapped\nhere;\n\n• Second.\n\nAfter.");
    expect(blocks.map((b) => [b.type, b.items ?? b.text])).toEqual([
      ["paragraph", "They call on X to:"],
      ["list", ["First, wrapped\\\nhere;", "Second."]],
      ["paragraph", "After."],
    ]);
  });

  it("keeps a dash at the start of a wrapped line in the sentence", () => {
    const long = "b".repeat(60);
    expect(textBlocks(`${long} ours\n– and we feel it.`).map((b) => b.type)).toEqual(["paragraph"]);
  });
});

describe("blocks of Markdown", () => {
  it("gives each block the line it starts on", () => {
    const blocks = markdownBlocks(seed("000"));
    const lines = seed("000").split("\n");
    for (const block of blocks.filter((b) => b.type !== "rule")) {
      expect(lines[block.line - 1], block.text).toContain(block.text.split("\n")[0]?.slice(0, 20));
    }
    const headings = lines.flatMap((line, i) => (line.startsWith("#") ? [i + 1] : []));
    expect(blocks.filter((b) => b.type === "heading").map((b) => b.line)).toEqual(headings);
    expect(headings).toHaveLength(4);
  });
});

describe("detectKind", () => {
  it("recognises each seed", () => {
    expect(["000", "001", "002", "003", "004"].map((n) => detectKind(seed(n)).kind)).toEqual([
      "brief",
      "press-release",
      "statement",
      "news",
      "appeal",
    ]);
  });

  it("falls back to a statement, and says so", () => {
    expect(detectKind("Just some words.")).toEqual({
      kind: "statement",
      reason: "nothing more specific (a statement is text with sections)",
    });
  });
});

describe("writeYaml", () => {
  const draft = {
    kind: "appeal" as const,
    id: "x",
    locale: "en" as const,
    title: "key: value",
    date: "2021-06-07",
    intro: "Two\n\nparagraphs",
    sections: [
      {
        actions: [
          { kind: "sign" as const, title: "A", url: "#", letter: [{ locale: "en" as const, text: "Dear" }] },
          { kind: "sign" as const, title: "B", url: "#" },
        ],
      },
    ],
  };
  const first = draft.sections[0]?.actions[0];
  const second = draft.sections[0]?.actions[1] as Record<string, unknown>;
  second.letter = first?.letter;
  const notes = new Notes();
  notes.guess(["title"], 1, "check\nthis");
  notes.guess(["sections", 0, "actions", 1], 3, "on a map");
  notes.guess([], 1, "about the whole document");
  const yaml = writeYaml(draft, notes.list, ["header line"]);

  it("writes guesses as comments on their lines, and document notes at the top", () => {
    expect(yaml).toMatch(/^# header line\n# imported: about the whole document\n/);
    expect(yaml).toContain('title: "key: value" # imported: check this\n');
    expect(yaml).toMatch(/ {6}# imported: on a map\n {6}- kind: sign\n {8}title: B/);
  });

  it("writes multi-line text as a literal block and a shared letter once, by name", () => {
    expect(yaml).toContain("intro: |-\n  Two\n\n  paragraphs\n");
    expect(yaml).toContain("letter: &letter");
    expect(yaml).toContain("letter: *letter");
    expect(parseDocument(yaml).toJS()).toEqual(draft);
  });
});
