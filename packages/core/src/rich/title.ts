import { escapeHtml } from "./escape.js";
import { merge, type TextProblem } from "./parse.js";
import { matchSpan, spanLocale } from "./span.js";
import { inlineToHtml } from "./to-html.js";
import { inlineToText } from "./to-text.js";
import type { Inline } from "./types.js";

/**
 * A title, heading or lead-in as rich text: text nodes, and spans (each holding one text node) for
 * words in another language. Nothing else: a title is plain text but for its language spans.
 */
export type TitleText = Inline[];

/** A parsed title field. */
export interface ParsedTitle {
  tree: TitleText;
  problems: TextProblem[];
}

/**
 * Reads the language spans of a title field (`Marking [Дзень Волі]{lang=be} in Chicago`) with the
 * span syntax of Markdown fields, and nothing else: `*`, `_`, `[text](url)` and backslashes stay
 * as typed. A span naming no locale BelarusBrief publishes in is an error at its `{lang=…}` (the
 * same message as in a Markdown field), and its words stay, unmarked. Never throws.
 */
export function parseTitle(title: string): ParsedTitle {
  const nodes: Inline[] = [];
  const problems: TextProblem[] = [];
  const text = (value: string) => {
    if (value) nodes.push({ type: "text", value });
  };
  let from = 0;
  let search = 0;
  for (let open = title.indexOf("[", search); open >= 0; open = title.indexOf("[", search)) {
    const span = matchSpan(title.slice(open));
    search = open + 1;
    if (!span) continue;
    text(title.slice(from, open));
    const locale = spanLocale(span.lang);
    if (typeof locale === "string")
      nodes.push({ type: "span", locale, children: [{ type: "text", value: span.words }] });
    else {
      const offset = open + span.raw.length - span.attribute.length;
      problems.push({
        severity: "error",
        rule: "unknown-language",
        message: locale.message,
        offset,
        raw: span.attribute,
      });
      text(span.words);
    }
    from = search = open + span.raw.length;
  }
  text(title.slice(from));
  return { tree: merge(nodes), problems };
}

/** The words of a title as every text output prints them: brackets and `{lang=…}` gone. */
export function titleWords(title: TitleText): string {
  return inlineToText(title);
}

/**
 * A title as HTML: every text escaped (by `escapeText`, default {@link escapeHtml}), words in another
 * language in `<span lang dir>` exactly as in rich text. For a heading, a link's text, a title cell.
 */
export function titleToHtml(title: TitleText, escapeText: (text: string) => string = escapeHtml): string {
  return inlineToHtml(title, { escape: escapeText });
}
