import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrap } from "../src/text/wrap.js";

describe("wrap", () => {
  it("wraps like the plain word-by-word statement of its rules, for any text, prefix and width", () => {
    const piece = fc.constantFrom(
      "a",
      "word",
      "342.",
      "-",
      ">",
      "1.",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u00a0",
      "🇧🇾",
      "Łukašenka",
      "https://example.org/an/address/longer/than/any/line/it/could/sit/on",
    );
    const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));
    const lead = fc.constantFrom("", "> ", "* ", "  ", "🇧🇾 ");
    fc.assert(
      fc.property(text, lead, lead, fc.integer({ min: 4, max: 80 }), (t, prefix, hang, width) => {
        expect(wrap(t, prefix, hang, width)).toBe(reference(t, prefix, hang, width));
      }),
      { numRuns: 3000 },
    );
  });

  it("cuts lines at the margin, never before a list marker, and never breaks a long word", () => {
    const text = "one two three four five six seven 342. eight https://example.org/a/long/address/beyond/the/margin";
    expect(wrap(text, "* ", "  ", 36).split("\n")).toEqual([
      "* one two three four five six",
      "  seven 342. eight",
      "  https://example.org/a/long/address/beyond/the/margin",
    ]);
  });
});

/** The rules as first written: words split by a regex, lines built from arrays, each trimmed. */
function reference(text: string, prefix: string, hang: string, width: number): string {
  const columns = (s: string) => [...s].length;
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  const lines: string[] = [];
  let line: string[] = [];
  let size = columns(prefix);
  let lead = prefix;
  for (const word of words) {
    if (line.length > 0 && size + 1 + columns(word) > width) {
      const carried = /^(?:\d+\.|[-*+>])$/.test(word) && line.length > 1 ? line.pop() : undefined;
      lines.push(lead + line.join(" "));
      lead = hang;
      line = carried === undefined ? [] : [carried];
      size = columns(hang) + (carried === undefined ? 0 : columns(carried));
    }
    size += (line.length > 0 ? 1 : 0) + columns(word);
    line.push(word);
  }
  lines.push(lead + line.join(" "));
  return lines.map((l) => l.trimEnd()).join("\n");
}
