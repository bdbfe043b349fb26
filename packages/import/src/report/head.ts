import { LIMITS } from "@belarusbrief/core";
import { type Block, preview } from "../blocks/block.js";
import type { Context } from "../context.js";
import { findDates, isoDate } from "../text/dates.js";
import { firstSentence, fitPlain, fromCapitals, plainWords } from "../text/words.js";

// Lines a web page or a PDF adds around the text.
const ARTEFACT =
  /^(top of page|bottom of page|back to top|skip to (main )?content|print( this page)?|share( this( page)?)?|page \d+( of \d+)?)$/iu;
// A document's own label: the kind, not part of its text.
const LABEL =
  /^(press release|for immediate release|statement|public statement|appeal|petition|open letter|news release)$/iu;
// "NEW YORK, May 22, 2023 —" or "Chicago – May 22, 2023 –" at the start of the first paragraph.
const DATELINE = /^(\p{Lu}[\p{L} .'’-]{1,40}?)\s*(?:,|–|—|-)\s*(.{6,30}?\d{4})\s*(?:–|—|-{1,2}|:)\s+/u;

/** The top of a press release, statement or appeal. */
export interface Head {
  title: string;
  /** The label that named the kind ("PRESS RELEASE"), when there was one. */
  label?: string;
  dateline?: string;
  /** `YYYY-MM-DD` from the dateline. */
  date?: string;
  /** The blocks after the title, without artefacts and the label; the dateline taken off the first paragraph. */
  rest: Block[];
}

/**
 * Separates the title (the first block; written in capitals, it is put in title case and marked),
 * the kind's label, a dateline and web-page artefacts ("top of page") from the text.
 */
export function readHead(blocks: readonly Block[], context: Context): Head | undefined {
  const kept: Block[] = [];
  let label: string | undefined;
  for (const block of blocks) {
    const words = plainWords(block.text).replace(/[.:]$/, "");
    if (block.type !== "list" && ARTEFACT.test(words)) {
      context.notes.dropped(block.line, `"${words}" left out: it belongs to the web page, not the text`);
    } else if (!label && block.type !== "list" && LABEL.test(words) && kept.length <= 1) {
      label = words;
      context.notes.dropped(block.line, `"${words}" left out: it is the document's kind`);
    } else kept.push(block);
  }
  const first = kept.shift();
  if (!first) return undefined;
  const head: Head = { title: "", rest: kept, ...(label ? { label } : {}) };
  const words = plainWords(first.text);
  if (
    (first.type === "heading" || (!first.text.includes("\n") && words.length <= 200)) &&
    words.length <= LIMITS.plainText
  ) {
    const title = fitPlain(first.capitals ? fromCapitals(words, context.casing) : words);
    head.title = title.text;
    if (first.capitals)
      context.notes.guess(["title"], first.line, "written in capitals in the text; check the capitals");
  } else {
    head.title = fitPlain(firstSentence(words), 120).text;
    kept.unshift(first);
    context.notes.guess(["title"], first.line, `no title line; taken from "${preview(words)}"; write the real title`);
  }
  const dateline = kept[0]?.type === "paragraph" ? DATELINE.exec(kept[0].text) : null;
  const date = dateline ? findDates(dateline[2] ?? "")[0] : undefined;
  if (dateline && kept[0] && date?.day && date.year) {
    head.dateline = fromCapitalsIf(dateline[1] ?? "");
    head.date = isoDate(date.year, date.month, date.day);
    kept[0] = { ...kept[0], text: kept[0].text.slice(dateline[0].length) };
  }
  return head;
}

function fromCapitalsIf(text: string): string {
  return /\p{Ll}/u.test(text) ? text.trim() : fromCapitals(text.trim());
}
