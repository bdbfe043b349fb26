import { messages, type ResolvedQuote } from "@belarusbrief/core";
import type { BlockContent, Blockquote } from "mdast";
import { fold, paragraph, spaced, text } from "./mdast.js";
import { note } from "./note.js";
import { blocksOf, inlinesOf } from "./rich.js";

/**
 * A quotation inside a paragraph, as a brief's lead: `Ales Bialiatski, chair of Viasna: “…” (via
 * Viasna)`. A quotation of several blocks becomes a block quote.
 */
export function inlineQuote(quote: ResolvedQuote): BlockContent[] {
  const [only, ...rest] = quote.text;
  if (only?.type !== "paragraph" || rest.length > 0) return [quoteBlock(quote)];
  const quoted = /^["“„«']/.test(only.children[0]?.type === "text" ? only.children[0].value : "");
  const { open, close } = quoted ? { open: "", close: "" } : messages(quote.locale).quotes;
  const who = quote.attribution ? [text(`${fold(quote.attribution)}:`)] : [];
  const words = [text(open), ...inlinesOf(only.children), text(close)];
  return [paragraph(spaced(who, words, note([quote.citation])))];
}

/** A testimony: the text as a block quote, ending with "— a nurse who had to flee Belarus (via …)". */
export function quoteBlock(quote: ResolvedQuote): Blockquote {
  const who = quote.attribution ? [text(`— ${fold(quote.attribution)}`)] : [];
  const line = spaced(who, note([quote.citation]));
  return { type: "blockquote", children: [...blocksOf(quote.text), ...(line.length ? [paragraph(line)] : [])] };
}
