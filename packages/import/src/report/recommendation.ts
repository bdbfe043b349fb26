import { type Casing, fitPlain, fromCapitals } from "../text/words.js";

/** The sentence before a list of demands, read. */
export interface RecommendationIntro {
  /** "the Belarusian authorities". */
  addressee: string;
  /** The sentence as it will be printed (in title case when the text had capitals). */
  intro: string;
  /** Who makes the demands, when the sentence names an organisation ("Amnesty International"). */
  by?: string;
}

const CALLS_ON =
  /^(.*?)\s*\b(?:calls?|called|urges?|urged|asks?|asked|demands?|demanded)\s+(?:on\s+|upon\s+)?(.+?)\s+to\s*:$/iu;
const SHOULD = /^(.+?)\s+(?:should|must)\s*:$/iu;
const FOR = /^recommendations?\s+(?:to|for)\s+(.+?)\s*:$/iu;

/**
 * Reads "Amnesty International calls on the Belarusian authorities to:", "The rallies called on
 * the United States Congress to:", "The international community should:" or "Recommendations to
 * …:". Undefined for any other sentence (a list after it is then kept as text).
 */
export function recommendationIntro(text: string, capitals: boolean, casing: Casing): RecommendationIntro | undefined {
  const sentence = text.replace(/\s+/g, " ").trim();
  const intro = capitals ? fromCapitals(sentence, casing) : sentence;
  const calls = CALLS_ON.exec(intro);
  const should = calls ? null : SHOULD.exec(intro);
  const named = calls || should ? null : FOR.exec(intro);
  const addressee = calls?.[2] ?? should?.[1] ?? named?.[1];
  if (!addressee || addressee.split(" ").length > 12) return undefined;
  const who = fitPlain(addressee.replace(/^The\s/u, "the "));
  if (who.cut) return undefined;
  const by = calls?.[1]?.trim();
  const organisation = by && /^(?:\p{Lu}[\p{L}.&'’-]*\s?){1,6}$/u.test(by) && !/^(The|We|They|It)\b/u.test(by);
  return { addressee: who.text, intro, ...(organisation ? { by } : {}) };
}
