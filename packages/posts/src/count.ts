import twitterText from "twitter-text";

const graphemeSegmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const encoder = new TextEncoder();

// Characters that are a grapheme cluster each, whatever surrounds them: Latin, Greek, Cyrillic,
// punctuation, symbols (no combining marks, joiners, variation selectors, emoji, Hangul, CR or
// controls). A text of these alone has as many clusters as UTF-16 code units; Intl.Segmenter,
// which costs about a microsecond per cluster, is needed only for the rest.
const SIMPLE =
  /^[\t\n\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u214f\u2190-\u23ff\u2500-\u27bf]*$/;

/** Characters as a reader counts them: grapheme clusters (a flag or a family emoji is one). */
export function graphemes(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

/** Bytes of `text` in UTF-8: Bluesky's facet offsets and record limits are in these. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Length by X's weighted count, from X's own `twitter-text` (links count 23, most scripts beyond Latin-1 count 2). */
export function xLength(text: string): { count: number; valid: boolean } {
  // twitter-text's link extraction takes time quadratic in the length of a word (0.7 s for a word
  // of 5,000 letters); a word of 1,000 characters is taken as too long without asking it.
  if (LONG_WORD.test(text)) return { count: text.length, valid: false };
  const parsed = twitterText.parseTweet(text);
  return { count: parsed.weightedLength, valid: parsed.valid };
}

/**
 * Length as a Mastodon server counts it: grapheme clusters, each link 23 whatever its length
 * (`StatusLengthValidator`). `links` are the ranges of the links the post writes; any other
 * address in the text counts at least 23, in case the server reads it as a link too.
 */
export function mastodonLength(text: string, links: readonly { start: number; end: number }[]): number {
  let rest = text;
  let count = 0;
  for (const link of [...links].sort((a, b) => b.start - a.start)) {
    count += 23;
    rest = rest.slice(0, link.start) + rest.slice(link.end);
  }
  return count + graphemes(rest.replace(/https?:\/\/\S+/gi, (address) => "x".repeat(Math.max(23, graphemes(address)))));
}

/**
 * Length as Threads counts it: characters, and each emoji as many as its UTF-8 bytes
 * (https://developers.facebook.com/docs/threads/posts: "Emojis are counted as the number of UTF-8 bytes").
 */
export function threadsLength(text: string): number {
  if (SIMPLE.test(text) && !EMOJI.test(text)) return text.length;
  let count = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    count += EMOJI.test(segment) ? utf8Length(segment) : [...segment].length;
  }
  return count;
}

const LONG_WORD = /\S{1000}/;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
