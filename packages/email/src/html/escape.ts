/**
 * Escapes a text from the document for HTML text and attribute values: characters HTML cannot
 * carry removed (`cleanText`), and every `{`, `}` and `|` written as a character reference, so no
 * sending service's template engine (`{{ }}`, `{% %}`, `*|TAG|*`) can find an opener in it.
 * Only the adapter's own markup (the footer's merge tags) is written with `escapeMarkup` instead.
 */
export function escapeHtml(text: string): string {
  return neutraliseTemplates(escapeMarkup(cleanText(text)));
}

/** HTML-escapes a value the adapter itself chose (a merge tag, a caller's option) without touching `{` or `|`. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Writes `{`, `}` and `|` of an HTML string from the document (sanitised Markdown, escaped text) as
 * character references. Browsers show the same characters; template engines, which read the
 * source before any HTML parsing, see no delimiter. Only for strings with no `<style>` or comments.
 */
export function neutraliseTemplates(html: string): string {
  return html.replace(/[{}|]/g, (ch) => TEMPLATE_ENTITIES[ch] ?? ch);
}

/**
 * Breaks every template opener of a plain text (subject, preheader, text part) with an invisible
 * U+2060 WORD JOINER: `{{` `{%` `{#` `*|` `|*` become `{⁠{` … Readers see the same text.
 */
export function breakTemplates(text: string): string {
  return text.replace(/\{(?=[{%#])|\*(?=\|)|\|(?=\*)/g, (ch) => `${ch}\u2060`);
}

/**
 * Removes what no output may carry: C0/C1 control characters except tab and line breaks, lone
 * surrogates, noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) — all HTML parse errors and
 * invisible anyway — and the bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069), which could reverse the text after them. Every locale BelarusBrief writes is left
 * to right, so they carry nothing a reader needs.
 */
export function cleanText(text: string): string {
  return text.replace(UNWANTED, "");
}

const UNWANTED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const TEMPLATE_ENTITIES: Record<string, string> = { "{": "&#123;", "}": "&#125;", "|": "&#124;" };
