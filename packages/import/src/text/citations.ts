import type { DraftSource } from "../draft.js";
import { fitPlain, hasWords } from "./words.js";

/** A citation taken off the end of a paragraph. */
export interface Citation {
  /** The paragraph without the citation (keeping a final full stop that stood after it). */
  rest: string;
  sources: DraftSource[];
  /** The label when it was not "via" ("location"), for the editor to check. */
  label?: string;
}

// "(via [Spring96](#))", "(via [Spring96](#) in Russian only)", "(location: [google drive](#)).",
// "(via [A](#), [B](#))", "(via Spring96)", "(via [X](#)) (in Russian only)". One level of inner
// parentheses is allowed, for the link's address.
const TRAILING =
  /\s*\((via|source:|sources:|location:)\s*((?:[^()\n]|\([^()\n]*\))+)\)(?:\s*\((in \p{L}+(?: only)?)\))?\s*([.!]?)\s*$/iu;
const PART = /^\s*(?:\[([^\]\n]+)\]\(([^)\s]*)\)|([^,;[\]()]+?))(?:\s+(in \p{L}+(?: only)?))?\s*(?:,|;|\band\b|$)/iu;

/**
 * Takes a trailing "(via …)" citation off a Markdown paragraph. Undefined when the paragraph does
 * not end with one, or when what is inside cannot be read as sources (then the text stays as it is).
 */
export function takeCitation(paragraph: string): Citation | undefined {
  const match = TRAILING.exec(paragraph);
  if (!match) return undefined;
  const [whole, label = "", inner = "", outerNote, stop = ""] = match;
  const sources = parseSources(inner);
  if (!sources) return undefined;
  if (outerNote) for (const source of sources) source.note ??= outerNote;
  const kind = label.replace(/:$/, "").toLowerCase();
  if (kind === "location") for (const source of sources) source.note ??= "location";
  let rest = paragraph.slice(0, paragraph.length - whole.length).trimEnd();
  if (stop && !/[.!?…”"»)]$/u.test(rest)) rest += stop;
  return { rest, sources, ...(kind === "location" ? { label: kind } : {}) };
}

/** A language note such as "in Russian only" at the end of a text, and the text before it. */
export function takeLanguageNote(text: string): { rest: string; note: string } | undefined {
  const match = /\s*\((in \p{L}+ only|in \p{L}+)\)\s*([.!]?)\s*$/iu.exec(text);
  if (!match) return undefined;
  return { rest: text.slice(0, match.index) + (match[2] ?? ""), note: match[1] ?? "" };
}

function parseSources(inner: string): DraftSource[] | undefined {
  const sources: DraftSource[] = [];
  let rest = inner.trim();
  while (rest !== "") {
    const part = PART.exec(rest);
    if (!part || part[0] === "") return undefined;
    const [, linkText, url, plain, note] = part;
    const name = fitPlain(linkText ?? plain ?? "");
    if (!hasWords(name.text) || name.cut) return undefined;
    sources.push({
      name: name.text,
      ...(url === undefined ? {} : { url }),
      ...(note ? { note } : {}),
    });
    rest = rest.slice(part[0].length).trim();
    if (sources.length > 10) return undefined;
  }
  return sources.length > 0 ? sources : undefined;
}
