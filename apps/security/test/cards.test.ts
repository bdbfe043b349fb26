import { cleanText, FieldError } from "@belarusbrief/core";
import { altText, cardsFor, MAX_ALT, renderSvg } from "@belarusbrief/social";
import { FIXTURE_NAMES, loadFixture, renderWith } from "@belarusbrief/testkit";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { cards, resolveFor, SITE } from "./adapters.js";
import { anyDocument, RUNS } from "./arbitraries.js";
import { privacyProblems } from "./problems.js";

// Alt text is plain string work: as many documents as the other properties. Drawing is slow
// (satori lays out every text, fitting it by binary search): fewer documents, Open Graph size only,
// drawn as SVG (the vector image the adapter rasterises), and a failure is reported as found rather
// than shrunk, which would redraw hundreds of cards. FC_CARD_RUNS sets more.
const CARD_RUNS = Number(process.env.FC_CARD_RUNS ?? 40);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe(`share cards of any valid document, resolved`, () => {
  it(`have clean alt text of at most MAX_ALT code points, never empty (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(anyDocument, (input) => {
        for (const card of cardsFor(resolveFor(input))) {
          const alt = altText(card);
          expect(alt.trim()).not.toBe("");
          expect([...alt].length).toBeLessThanOrEqual(MAX_ALT);
          expect(cleanText(alt)).toBe(alt);
        }
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  it(`are well-formed SVG that loads nothing; or a FieldError naming the field (${CARD_RUNS} documents)`, async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, async (input) => {
        for (const card of cardsFor(resolveFor(input))) {
          let svg: string;
          try {
            svg = await renderSvg(card, { size: "og" });
          } catch (error) {
            // Text too long to fit, or a character no bundled font has: a clear error at the field.
            expect(error).toBeInstanceOf(FieldError);
            expect((error as FieldError).path.length).toBeGreaterThan(0);
            continue;
          }
          expect(XMLValidator.validate(svg)).toBe(true);
          const artifact = { kind: "card", role: "card", path: "c.svg", mediaType: "image/svg+xml", content: svg };
          expect(privacyProblems([artifact])).toEqual([]);
          expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i);
        }
      }),
      { numRuns: CARD_RUNS, endOnFailure: true },
    );
  }, 240_000);
});

describe("the cards adapter on every fixture", () => {
  it("makes PNG files with clean alt text, one og-image per document", async () => {
    for (const name of FIXTURE_NAMES) {
      const loaded = loadFixture(name);
      const doc = resolveFor(loaded.document, loaded.text);
      const { artifacts } = await renderWith(cards, [doc], { site: SITE });
      expect(artifacts.filter((a) => a.role === "og-image").map((a) => [a.width, a.height])).toEqual([[1200, 630]]);
      for (const artifact of artifacts) {
        expect(artifact.kind).toBe("card");
        expect([...(artifact.content as Uint8Array).slice(0, 8)], artifact.path).toEqual(PNG);
        const alt = artifact.alt ?? "";
        expect(alt.trim(), artifact.path).not.toBe("");
        expect([...alt].length).toBeLessThanOrEqual(MAX_ALT);
        expect(cleanText(alt)).toBe(alt);
      }
    }
  }, 240_000);
});
