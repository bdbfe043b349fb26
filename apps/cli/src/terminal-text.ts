// Control characters (a terminal acts on ESC sequences, BEL…) and the invisible characters that
// reorder or hide text (bidi overrides, isolates and marks: CVE-2021-42574, "Trojan Source"), lone
// surrogates, and line and paragraph separators. Zero-width joiners stay: emoji and scripts need them.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for a terminal: every character that could move the cursor, recolour the screen or make text
 * read differently from what it is becomes a visible escape (`\u202E`, `\u001B`). Line breaks are
 * kept with `lines: true` and escaped (`\u000A`) otherwise, so one problem stays on one line.
 */
export function forTerminal(text: string, options: { lines?: boolean } = {}): string {
  const escaped = text.replace(UNSAFE, escapeCharacter);
  return options.lines ? escaped : escaped.replace(/\n/g, escapeCharacter);
}

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
