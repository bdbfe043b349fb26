import type { TokenizerExtension, Tokens } from "marked";
import { LOCALES, type Locale } from "../schema/primitives.js";
import { closestName } from "../text/closest-name.js";

/**
 * A language span as written in a Markdown field: `[Гомель]{lang=be}`, the bracketed words
 * followed by their language (Pandoc's bracketed span with one attribute). `[x]` alone and a link
 * `[x](url)` are not spans; inside code the brackets are text.
 */
export interface LanguageSpanToken extends Tokens.Generic {
  type: "languageSpan";
  raw: string;
  /** The language as written, checked by {@link spanLocale}. */
  lang: string;
  /** `{lang=…}` as written, for finding it in the source file. */
  attribute: string;
  tokens: Tokens.Generic[];
}

// The words: any text without unescaped brackets, or one level of bracketed text (a link inside).
const WORDS = String.raw`(?:\\.|\[(?:\\.|[^\[\]\\])*\]|[^\[\]\\])+`;
const SPAN = new RegExp(String.raw`^\[(${WORDS})\](\{lang=([^\s{}]*)\})`);

/** The marked extension that reads language spans, words first, so emphasis and links inside them work. */
export const languageSpan: TokenizerExtension = {
  name: "languageSpan",
  level: "inline",
  start: (src) => {
    const at = src.indexOf("[");
    return at >= 0 ? at : undefined;
  },
  tokenizer(src) {
    const match = matchSpan(src);
    if (!match) return undefined;
    const { raw, words, attribute, lang } = match;
    const token: LanguageSpanToken = {
      type: "languageSpan",
      raw,
      lang,
      attribute,
      tokens: this.lexer.inlineTokens(words),
    };
    return token;
  },
};

/** A language span at the start of a text, its parts as written. */
export interface SpanMatch {
  /** The whole span: `[Гомель]{lang=be}`. */
  raw: string;
  /** What is inside the brackets: `Гомель`. */
  words: string;
  /** `{lang=be}`. */
  attribute: string;
  /** `be`, checked by {@link spanLocale}. */
  lang: string;
}

/**
 * The language span `text` starts with, if it starts with one: the one reading of the syntax, for
 * Markdown fields (through {@link languageSpan}) and for titles (`parseTitle`).
 */
export function matchSpan(text: string): SpanMatch | undefined {
  const match = SPAN.exec(text);
  if (!match) return undefined;
  const [raw, words = "", attribute = "", lang = ""] = match;
  return { raw, words, attribute, lang };
}

/** The locale a span names, or the editor-facing message when it names none of {@link LOCALES}. */
export function spanLocale(lang: string): Locale | { message: string } {
  if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  const guess = lang ? closestName(lang, LOCALES) : undefined;
  const named = lang ? `"${lang}" is not a language BelarusBrief publishes in` : "the span names no language";
  return {
    message: `in {lang=${lang}}, ${named}; write one of ${LOCALES.join(", ")}${guess ? ` (did you mean "${guess}"?)` : ""}`,
  };
}
