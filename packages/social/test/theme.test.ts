import { resolvedFixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { CardSettings, cardsFor, contrastRatio, renderSvg, Theme, textPairs } from "../src/index.js";

describe("theme", () => {
  it("computes WCAG contrast like the reference values", () => {
    expect(contrastRatio("#FFFFFF", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#FFFFFF", "#FFFFFF")).toBe(1);
    expect(contrastRatio("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
  });

  it("gives every text of the default white-red-white theme at least 4.5:1", () => {
    const pairs = textPairs(Theme.parse({}));
    expect(pairs).toHaveLength(4);
    for (const pair of pairs) expect(pair.ratio, `${pair.text} on ${pair.on}`).toBeGreaterThanOrEqual(4.5);
  });

  it("rejects a theme whose text would be hard to read, saying which pair", async () => {
    const [card] = cardsFor(resolvedFixture("minimal"));
    if (!card) throw new Error("no card");
    await expect(renderSvg(card, { theme: { muted: "#BBBBBB" } })).rejects.toThrow(
      /^\[@belarusbrief\/social\] theme\.muted has contrast 1\.\d\d:1 on theme\.background; choose colours that reach 4\.5:1$/,
    );
    await expect(renderSvg(card, { size: "huge" as "og" })).rejects.toThrow(/^\[@belarusbrief\/social\] size/);
  });

  it("reports a hard-to-read theme in the settings as an issue at the colour's path", () => {
    const result = CardSettings.safeParse({ theme: { onAccent: "#E0E0E0", muted: "#BBBBBB" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["theme.muted", expect.stringMatching(/^has contrast 1\.\d\d:1 on theme\.background; choose colours/)],
      ["theme.onAccent", expect.stringMatching(/^has contrast \d\.\d\d:1 on theme\.accent; choose colours/)],
    ]);
    expect(CardSettings.safeParse({ theme: { accent: "red" } }).error?.issues[0]?.path).toEqual(["theme", "accent"]);
  });

  it("draws a PNG or SVG logo and rejects other bytes", async () => {
    const [card] = cardsFor(resolvedFixture("minimal"));
    if (!card) throw new Error("no card");
    const logo = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect width="20" height="10" fill="#C8313E"/></svg>',
    );
    const svg = await renderSvg(card, { logo, footer: "belarus.example.org" });
    expect(svg).toMatch(/<image[^>]+width="88"[^>]+height="44"/);
    await expect(renderSvg(card, { logo: new Uint8Array([1, 2, 3]) })).rejects.toThrow(
      /logo must be the bytes of a PNG or SVG/,
    );
  });
});
