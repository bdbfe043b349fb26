import type { ResolvedQuote } from "@belarusbrief/core";
import { langAttributes } from "@belarusbrief/core";
import { esc, phrase, rich, styled } from "./context.js";
import { LAYOUT_TABLE } from "./layout.js";
import { STYLE } from "./style.js";

/** A quotation or testimony with a bar on its left, its attribution and citation below. */
export function quoteHtml(quote: ResolvedQuote): string {
  const cite = [
    quote.attribution ? `— ${esc(quote.attribution)}` : "",
    quote.citation ? `(${phrase(quote.citation)})` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const caption = cite ? `<p${styled(STYLE.cite, "cite")}>${cite}</p>` : "";
  return `<table ${LAYOUT_TABLE}${langAttributes(quote.lang)}><tr><td${styled(STYLE.quote, "quote")}><blockquote${styled(STYLE.blockquote)}>${rich(quote.text)}</blockquote>${caption}</td></tr></table>`;
}
