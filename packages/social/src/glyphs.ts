import { FieldError, formatPath } from "@belarusbrief/core";
import { emojiDataUri } from "./emoji.js";
import { advances } from "./metrics.js";

/**
 * Fails with a FieldError at `path` when `text` has a character that no bundled font has and that
 * is not a Twemoji emoji either — what satori would draw as an empty box. Checked from the fonts'
 * character maps, before anything is drawn.
 */
export async function checkGlyphs(text: string, weight: 400 | 700, path: readonly PropertyKey[]): Promise<void> {
  const em = advances(weight);
  if (inFonts(text, em)) return;
  const missing: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if ([...segment].every((char) => em.has(char.codePointAt(0) ?? 0) || LAID_OUT.has(char))) continue;
    if (!(await emojiDataUri(segment))) missing.push(segment);
  }
  if (missing.length > 0) throw missingGlyph(missing.join(""), path);
}

function inFonts(text: string, em: ReadonlyMap<number, number>): boolean {
  for (const char of text) if (!em.has(char.codePointAt(0) ?? 0) && !LAID_OUT.has(char)) return false;
  return true;
}

// Characters satori turns into space or skips instead of drawing: a line feed and a tab. Every other
// character, other separators included (U+2028, U+2029), must be in the fonts or Twemoji.
const LAID_OUT = new Set(["\n", "\t"]);

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The error for characters no bundled font or emoji has, naming up to five of them. */
export function missingGlyph(segment: string, path: readonly PropertyKey[]): FieldError {
  const chars = [...new Set(segment.replace(/[ \n\t]/g, ""))].slice(0, 5);
  const named = chars.map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`);
  const field = formatPath(path) || "the card";
  return new FieldError(
    `[@belarusbrief/social] ${field} contains ${named.join(", ")}, which no bundled font or emoji has; remove or replace ${chars.length > 1 ? "them" : "it"}`,
    path,
  );
}
