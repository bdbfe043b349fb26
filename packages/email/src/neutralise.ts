import { escapeHtml } from "@belarusbrief/core";

/*
 * Sending services run a campaign through a template engine before sending it (Listmonk: Go
 * templates, Buttondown and Brevo: `{{ }}` and `{% %}`, Mailchimp: `*|TAG|*`). No text or address
 * from the document may reach one as a delimiter, whatever the preset, because an email rendered
 * for one service may be pasted into another. Only the footer's own merge tags (and the
 * footer addresses from the options) are written as they are.
 */

/**
 * A text from the document as HTML: escaped by core's `escapeHtml`, then every `{`, `}` and `|`
 * written as a character reference. Readers see the same characters; a template engine, which
 * reads the source before any HTML parsing, finds no delimiter.
 */
export function escapeText(text: string): string {
  const html = escapeHtml(text);
  return TEMPLATE_DELIMITER.test(html) ? html.replace(TEMPLATE_DELIMITERS, referenceOf) : html;
}

/** An address from the document with `{`, `}` and `|` percent-encoded: the same address to a server. */
export function neutralHref(url: string): string {
  return TEMPLATE_DELIMITER.test(url) ? url.replace(TEMPLATE_DELIMITERS, percentOf) : url;
}

/**
 * A plain text from the document (text part, subject, preheader) with every template opener
 * (`{{`, `{%`, `{#`, `*|`, `|*`) broken by an invisible U+2060 WORD JOINER after its first
 * character: readers see the same text, a template engine sees no opener.
 */
export function breakTemplates(text: string): string {
  return text.replace(/\{(?=[{%#])|\*(?=\|)|\|(?=\*)/g, (ch) => `${ch}\u2060`);
}

const TEMPLATE_REFERENCES: Record<string, string> = { "{": "&#123;", "}": "&#125;", "|": "&#124;" };
// Most texts hold no delimiter: testing first spares the replacement's copy.
const TEMPLATE_DELIMITER = /[{}|]/;
const TEMPLATE_DELIMITERS = /[{}|]/g;
const referenceOf = (ch: string): string => TEMPLATE_REFERENCES[ch] ?? ch;
const percentOf = (ch: string): string => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`;
