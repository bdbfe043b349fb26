import { FieldError } from "@belarusbrief/core";
import { altText, cardsFor, MAX_ALT, renderSvg } from "@belarusbrief/social";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { checkPrivacy } from "../../cli/src/privacy/check-privacy.js";
import { BASE_URL } from "./adapters.js";
import { anyDocument } from "./arbitraries.js";

// Cards are slow (satori lays out every text, fitting it by binary search): fewer documents here,
// Open Graph size only. FC_CARD_RUNS sets more.
const CARD_RUNS = Number(process.env.FC_CARD_RUNS ?? 100);

describe(`share cards of any valid document (${CARD_RUNS} documents)`, () => {
  it("are well-formed SVG that loads nothing, with alt text of at most MAX_ALT characters; or a FieldError naming the field", async () => {
    await fc.assert(
      fc.asyncProperty(anyDocument, async (doc) => {
        for (const card of cardsFor(doc)) {
          const alt = altText(card);
          expect(alt.trim()).not.toBe("");
          expect([...alt].length).toBeLessThanOrEqual(MAX_ALT);
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
          const artifact = { kind: "card" as const, path: "c.svg", mediaType: "image/svg+xml", content: svg };
          expect(checkPrivacy([artifact], { baseUrl: BASE_URL })).toEqual([]);
          expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i);
        }
      }),
      { numRuns: CARD_RUNS },
    );
  }, 240_000);
});
