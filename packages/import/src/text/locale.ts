import type { Locale } from "@belarusbrief/core";

/**
 * The language a text is most likely written in, from its letters: Cyrillic with ў or і is
 * Belarusian (`be`), Cyrillic with и, щ or ъ and neither of those is Russian (`ru`), Latin with
 * Łacinka's ŭ, č, š or ž is `be-Latn`, other Latin is English. Undefined for text without letters.
 */
export function detectLocale(text: string): Locale | undefined {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return undefined;
  if (cyrillic > latin) {
    const belarusian = text.match(/[ўЎіІ]/g)?.length ?? 0;
    const russian = text.match(/[иИщЩъЪ]/g)?.length ?? 0;
    return belarusian >= russian ? "be" : "ru";
  }
  const lacinka = text.match(/[ŭŬčČšŠžŽ]/g)?.length ?? 0;
  return lacinka * 50 > latin ? "be-Latn" : "en";
}
