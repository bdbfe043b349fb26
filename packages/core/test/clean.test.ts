import fc from "fast-check";
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

  it("removes exactly the characters the rules name, from any UTF-16 text", () => {
    // Units from every range the rules name (and their neighbours), astral noncharacters and pairs.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xa0 }),
      fc.integer({ min: 0x2028, max: 0x206a }),
      fc.integer({ min: 0xd7ff, max: 0xe000 }),
      fc.integer({ min: 0xfdcf, max: 0xffff }),
      fc.integer({ min: 0, max: 0xffff }),
    );
    const piece = fc.oneof(
      unit.map((code) => String.fromCharCode(code)),
      fc.constantFrom("\u{1fffe}", "\u{10ffff}", "\u{1f1e7}", "\u{1d538}", "\r\n", "x"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(cleanText(text)).toBe(expectedClean(text));
      }),
      { numRuns: 2000 },
    );
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

/** An independent statement of the rules: line breaks as LF, then every removed code point dropped. */
function expectedClean(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n")) if (!isRemoved(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

function isRemoved(code: number): boolean {
  const within = (from: number, to: number) => code >= from && code <= to;
  return (
    within(0, 8) ||
    within(0x0b, 0x1f) ||
    within(0x7f, 0x9f) ||
    within(0x202a, 0x202e) ||
    within(0x2066, 0x2069) ||
    code === 0xfeff ||
    within(0xfdd0, 0xfdef) ||
    (code & 0xfffe) === 0xfffe ||
    within(0xd800, 0xdfff)
  );
}
