import { describe, expect, it } from "vitest";
import { cleanDocument, cleanText } from "../src/index.js";

describe("cleanText: the one text cleaner", () => {
  it.each([
    ["C0 controls", "a\u0000b\u0007c\u001bd", "abcd"],
    ["C1 controls", "a\u0085b\u009fc", "abc"],
    ["DEL", "a\u007fb", "ab"],
    ["bidi overrides and embeddings", "a\u202ab\u202bc\u202cd\u202de\u202ef", "abcdef"],
    ["bidi isolates", "a\u2066b\u2067c\u2068d\u2069e", "abcde"],
    ["byte order mark", "\ufeffa", "a"],
    ["noncharacters", "a\ufffeb\uffffc\ufdd0d\u{1fffe}e\u{10ffff}f", "abcdef"],
    ["lone surrogates", "a\ud800b\udc00c", "abc"],
    ["CR LF and CR", "a\r\nb\rc", "a\nb\nc"],
  ])("removes %s", (_, input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it.each([
    ["tab and line feed", "a\tb\nc"],
    ["left-to-right and right-to-left marks", "a\u200eb\u200fc"],
    ["joiners in emoji and scripts", "👨\u200d👩\u200d👧 a\u200cb"],
    ["flags and Łacinka", "🇧🇾 Łukašenka žyvie ŭ strachu"],
    ["a surrogate pair", "𝔸"],
  ])("keeps %s", (_, input) => {
    expect(cleanText(input)).toBe(input);
  });

  it("is idempotent", () => {
    const dirty = "\u202e\r\n\u0000x\ud800";
    expect(cleanText(cleanText(dirty))).toBe(cleanText(dirty));
  });
});

describe("cleanDocument", () => {
  it("cleans every string, says where and what, and returns a clean value untouched", () => {
    const doc = { title: "a\u202eb", sections: [{ items: [{ body: "ok" }, { body: "c\u0007" }] }] };
    const { value, cleaned } = cleanDocument(doc);
    expect(value).toEqual({ title: "ab", sections: [{ items: [{ body: "ok" }, { body: "c" }] }] });
    expect(cleaned).toEqual([
      { path: ["title"], removed: ["U+202E"] },
      { path: ["sections", 0, "items", 1, "body"], removed: ["U+0007"] },
    ]);
    const clean = { title: "fine", list: [1, "two"] };
    expect(cleanDocument(clean).value).toBe(clean);
  });
});
