import { langAttributes, type ResolvedItem } from "@belarusbrief/core";
import { withLeadIn } from "../lead-in.js";
import { esc, phrase, rich, styled } from "./context.js";
import { quoteHtml } from "./quote.js";
import { STYLE } from "./style.js";

/** One entry: bold lead-in run into the body, then its date and "(via …)", then its quotation. */
export function itemHtml(item: ResolvedItem): string {
  const meta = [item.date ? esc(item.date.text) : "", item.citation ? `(${phrase(item.citation)})` : ""]
    .filter(Boolean)
    .join(" · ");
  const quote = item.quote ? quoteHtml(item.quote) : "";
  const line = meta ? `<p${styled(STYLE.meta, "meta")}>${meta}</p>` : "";
  return `<div${langAttributes(item.lang)}>${rich(withLeadIn(item))}${line}${quote}</div>`;
}
