/**
 * Plain text as Markdown that shows exactly the same text: every character that could start
 * formatting, a link, an image, HTML or a block construct is backslash-escaped, and a bare address
 * is kept from starting GFM's autolink-literal syntax (which would swallow a backslash that
 * follows it; GitHub may still link the address it shows). White space (including line breaks) is
 * folded to single spaces, so the result is always one line.
 */
export function escapeText(text: string): string {
  return stripControls(text)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/!(?=\\\[)/g, "\\!")
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/(^|\s)#/g, "$1\\#")
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&")
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * Plain text for the label of a link, `[label](url)`. As {@link escapeText}, with `[` and `]` as
 * character references: marked removes the backslash of `\[` and `\]` in a label before reading
 * it, so `[!\[x\](https://…)](url)` would show an image there.
 */
export function escapeLabel(text: string): string {
  return escapeText(text).replace(/\\([\s\S])/g, (pair, ch: string) => BRACKETS[ch] ?? pair);
}

/** Characters no output may contain; see {@link stripControls}. */
export const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is matched
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Removes control characters (keeping tab and line feed; CR LF becomes LF), the bidi embedding,
 * override and isolate controls, which could reverse the text that follows them, and U+FEFF
 * (byte order mark, zero-width no-break space), which shows nothing and would otherwise count as
 * white space.
 */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "");
}

/** `[` and `]` as character references, which no Markdown parser reads as brackets. */
export const BRACKETS: Record<string, string> = { "[": "&#91;", "]": "&#93;" };
