/**
 * Plain text as Markdown that shows exactly the same text: every character that could start
 * formatting, a link, HTML or a block construct is backslash-escaped. White space (including line
 * breaks) is folded to single spaces, so the result is always one line.
 */
export function escapeText(text: string): string {
  return stripControls(text)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/(^|\s)#/g, "$1\\#")
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&")
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * Removes control characters (keeping tab and line feed; CR LF becomes LF) and the bidi embedding,
 * override and isolate controls, which could reverse the text that follows them.
 */
export function stripControls(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
  );
}
