import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { graphemes, mastodonLength, threadsLength, utf8Length } from "../src/count.js";

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const clusters = (text: string) => [...segmenter.segment(text)].length;

describe("counting", () => {
  it("graphemes agree with Intl.Segmenter on any text, its shortcut for Latin and Cyrillic included", () => {
    const samples = [
      "Łukašenka žyvie ŭ strachu",
      "Жыве Беларусь!",
      "e\u0301",
      "🇧🇾🇺🇦",
      "👨‍👩‍👧‍👦",
      "a\r\nb",
      "1️⃣",
      "한국어",
      "",
    ];
    for (const text of samples) expect(graphemes(text), text).toBe(clusters(text));
    // Letters the shortcut takes, next to combining marks, joiners, CR and emoji parts it must leave to the segmenter.
    const near = fc.constantFrom(
      "a",
      "Ł",
      "ж",
      "ў",
      "—",
      "€",
      " ",
      "\n",
      "\r",
      "\u0301",
      "\u200d",
      "\ufe0f",
      "🇧",
      "🇾",
      "👩",
    );
    fc.assert(
      fc.property(fc.string({ unit: near }), fc.string({ unit: "binary" }), (a, b) => {
        expect(graphemes(a)).toBe(clusters(a));
        expect(graphemes(a + b)).toBe(clusters(a + b));
      }),
      { numRuns: 200 },
    );
  });

  it("Threads counts an emoji as its UTF-8 bytes and anything else as characters", () => {
    expect(threadsLength("Жыве")).toBe(4);
    expect(threadsLength("🇧🇾")).toBe(8);
    expect(threadsLength("👨‍👩‍👧‍👦 ok")).toBe(25 + 3);
  });

  it("Mastodon counts a link as 23 and any other address as at least 23", () => {
    const text = "Чытаць: https://belarus.example.org/site/briefs/2030-01/ і https://x.co";
    const link = text.indexOf("https://belarus");
    const end = text.indexOf(" і");
    expect(mastodonLength(text, [{ start: link, end }])).toBe("Чытаць: ".length + 23 + " і ".length + 23);
  });

  it("UTF-8 length is what Bluesky's byte offsets count", () => {
    expect(utf8Length("ЖЫВЕ 🇧🇾")).toBe(Buffer.byteLength("ЖЫВЕ 🇧🇾"));
  });
});
