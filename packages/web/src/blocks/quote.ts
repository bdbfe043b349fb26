import { escapeHtml, inlineToHtml, langAttributes, type ResolvedQuote, toHtml } from "@belarusbrief/core";

/** A quotation or testimony as `<figure><blockquote>` with who said it and its citation in `<figcaption>`. */
export function quote(q: ResolvedQuote): string {
  const caption = [q.attribution ? escapeHtml(q.attribution) : "", q.citation ? inlineToHtml(q.citation) : ""]
    .filter(Boolean)
    .join(", ");
  const figcaption = caption ? `<figcaption>— ${caption}</figcaption>` : "";
  return `<figure class="quote"${langAttributes(q.lang)}><blockquote>${toHtml(q.text)}</blockquote>${figcaption}</figure>`;
}
