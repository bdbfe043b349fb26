import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draw } from "../src/draw.js";
import { textNode } from "../src/fit.js";
import { FRAMES, innerWidth, ROLES } from "../src/frame.js";
import type { Theme } from "../src/options.js";
import { countLines, textHeight } from "../src/text-lines.js";

const THEME: Theme = {
  background: "#FFFFFF",
  text: "#000000",
  muted: "#000000",
  accent: "#000000",
  onAccent: "#FFFFFF",
};

// Words of the kinds cards carry: Latin, Cyrillic, Łacinka, numbers, quotes, dashes, emoji, a
// word longer than any line, and pairs a shaper kerns or joins.
const WORDS = [
  "political",
  "prisoners",
  "Viasna",
  "flag",
  "office",
  "AV",
  "Tw",
  "fi",
  "ffl",
  "ok",
  "of",
  "the",
  "Палітвязні",
  "прызнаныя",
  "Вясной",
  "з",
  "за",
  "кратамі",
  "сьвята",
  "Łukašenka",
  "źviarnuŭ",
  "Wołga",
  "2020",
  "1,265",
  "35,007",
  "#12",
  "a/b",
  "e-mail",
  "no.",
  "«Тэст»",
  "“quoted”",
  "(brackets)",
  "—",
  "…",
  "·",
  "👍🏽",
  "🇧🇾",
  "📌",
  "Supercalifragilisticexpialidociousnessesandmore",
];

/** Height of a text as satori lays it out: the height of an SVG holding only that text. */
async function satoriHeight(text: string, role: (typeof ROLES)["og"]["hero"], fontSize: number, width: number) {
  const svg = await draw(textNode(text, role, fontSize, width, THEME), { width }, []);
  return Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
}

describe("text set from font metrics", () => {
  it("never takes fewer lines than satori, and at most one more", async () => {
    const roles = Object.values(ROLES.og);
    let exact = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 24 }),
        fc.constantFrom(...roles),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 160, max: innerWidth(FRAMES.og) }),
        async (words, role, t, width) => {
          const text = words.join(" ");
          const fontSize = Math.round(role.min + (role.max - role.min) * t);
          const style = {
            fontSize,
            weight: role.weight,
            letterSpacing: role.uppercase ? fontSize * 0.06 : 0,
            uppercase: role.uppercase ?? false,
          };
          const drawn = await satoriHeight(text, role, fontSize, width);
          const line = Math.round(fontSize * role.lineHeight);
          const metric = textHeight(text, width, style, role.lineHeight);
          expect(metric, `${JSON.stringify(text)} at ${fontSize}px in ${width}px`).toBeGreaterThanOrEqual(drawn);
          expect(metric - drawn).toBeLessThanOrEqual(line);
          if (metric === drawn) exact++;
        },
      ),
      { numRuns: 200, seed: 20301 },
    );
    // Conservative, not useless: nearly every text breaks exactly as satori breaks it.
    expect(exact).toBeGreaterThan(180);
  });

  it("breaks where satori broke a text a metric without margin got wrong", async () => {
    const role = ROLES.og.hero;
    const drawn = await satoriHeight("flag 👍🏽 ok", role, 64, 300);
    expect(drawn).toBe(2 * Math.round(64 * role.lineHeight));
    expect(countLines("flag 👍🏽 ok", 300, { fontSize: 64, weight: 700, letterSpacing: 0, uppercase: false })).toBe(2);
  });

  it("breaks a word wider than the line between characters, and collapses spaces", () => {
    const style = { fontSize: 40, weight: 700 as const, letterSpacing: 0, uppercase: false };
    expect(countLines("  a   b  ", 1000, style)).toBe(1);
    expect(countLines("", 1000, style)).toBe(0);
    expect(countLines("x".repeat(100), 300, style)).toBeGreaterThan(5);
  });
});
