/** Text escaped for HTML content and double-quoted attributes, after `cleanText`. */
export function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Removes what no page may carry, from plain fields (through `escapeHtml`) and from rendered
 * Markdown (where character references such as `&#xFFFE;` become characters): C0/C1 control
 * characters except tab and line breaks, lone surrogates and noncharacters (U+FDD0–U+FDEF,
 * U+xFFFE, U+xFFFF) — all HTML parse errors, and invisible — and the bidi embedding, override and
 * isolate controls (U+202A–U+202E, U+2066–U+2069), which could visually reverse the text after
 * them. Every locale BelarusBrief writes is left to right, so they carry nothing a reader needs.
 */
export function cleanText(text: string): string {
  return text.replace(UNWANTED, "");
}

const UNWANTED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
