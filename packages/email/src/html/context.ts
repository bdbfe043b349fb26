import {
  type HtmlTarget,
  type Inline,
  inlineToHtml,
  type Locale,
  type Messages,
  messages,
  type ResolvedDocument,
  type RichText,
  type TitleText,
  titleToHtml,
  toHtml,
} from "@belarusbrief/core";
import { escapeText, neutralHref } from "../neutralise.js";
import { STYLE } from "./style.js";

/** What every part of the HTML needs: the document and the email's own words. */
export interface HtmlContext {
  doc: ResolvedDocument;
  /** Words of the email's own chrome (footer, "Upcoming dates", "Add to calendar"). */
  words: Messages;
}

export function htmlContext(doc: ResolvedDocument, locale: Locale | undefined): HtmlContext {
  return { doc, words: locale ? messages(locale) : doc.words };
}

/** How rich text from the document is written: each element with its inline style, template delimiters neutralised. */
export const TARGET: HtmlTarget = {
  styles: {
    p: STYLE.p,
    ul: STYLE.list,
    ol: STYLE.list,
    li: STYLE.li,
    blockquote: STYLE.blockquote,
    code: STYLE.code,
    table: STYLE.dataTable,
    th: STYLE.dataHead,
    td: STYLE.dataCell,
    a: STYLE.a,
  },
  // A table from the document holds data; the email's own layout tables are the presentational ones.
  attributes: { table: 'role="table" class="data"' },
  escape: escapeText,
  href: neutralHref,
};

/** Rich text as the email's HTML. */
export function rich(tree: RichText): string {
  return toHtml(tree, TARGET);
}

/** A phrase (a citation, a paragraph's content) as the email's HTML. */
export function phrase(nodes: readonly Inline[]): string {
  return inlineToHtml(nodes, TARGET);
}

/** A text from the document, escaped. */
export const esc = escapeText;

/** A title, heading or lead-in from the document, escaped, its words in another language marked. */
export function title(nodes: TitleText): string {
  return titleToHtml(nodes, escapeText);
}

/** ` style="…"`, plus ` class="…"` when the element keeps a class for the `<style>` rules. */
export function styled(style: string, className?: string): string {
  return `${className ? ` class="${className}"` : ""} style="${style}"`;
}

/** A link to an address from the document, styled like every link; its text already HTML. */
export function anchor(url: string, innerHtml: string, hreflang?: Locale): string {
  return `<a href="${esc(neutralHref(url))}"${hreflang ? ` hreflang="${hreflang}"` : ""}${styled(STYLE.a)}>${innerHtml}</a>`;
}
