import { type Document, type Locale, type Messages, messages } from "@belarusbrief/core";
import { safeUrl } from "../links.js";
import type { ResolvedEmailOptions } from "../options.js";
import { escapeHtml } from "./escape.js";
import { markdownToHtml } from "./markdown.js";

/** What every HTML block needs: the document, the options, and helpers bound to them. */
export interface HtmlContext {
  doc: Document;
  options: ResolvedEmailOptions;
  /** Fixed words of the email's own chrome (footer, "Add to calendar"). */
  words: Messages;
  md: (markdown: string) => string;
  url: (url: string | undefined) => string | undefined;
}

export function htmlContext(doc: Document, options: ResolvedEmailOptions): HtmlContext {
  return {
    doc,
    options,
    words: messages(options.locale ?? doc.locale),
    md: (markdown) => markdownToHtml(markdown, options.baseUrl),
    url: (url) => safeUrl(url, options.baseUrl),
  };
}

/** ` lang="…" dir="…"` when a block's language differs from the one around it, else nothing. */
export function langAttrs(locale: Locale | undefined, around: Locale): string {
  return locale && locale !== around ? ` lang="${locale}" dir="${dirOf(locale)}"` : "";
}

/** Writing direction of a locale; every locale BelarusBrief publishes in is left to right. */
export function dirOf(_locale: Locale): "ltr" | "rtl" {
  return "ltr";
}

/** A link when `href` is usable, the escaped text alone otherwise. */
export function anchor(href: string | undefined, innerHtml: string, hreflang?: Locale): string {
  if (!href) return innerHtml;
  return `<a href="${escapeHtml(href)}"${hreflang ? ` hreflang="${hreflang}"` : ""}>${innerHtml}</a>`;
}
