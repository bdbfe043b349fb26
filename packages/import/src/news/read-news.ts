import { preview } from "../blocks/block.js";
import { paragraphs } from "../blocks/text-blocks.js";
import { Ids } from "../context.js";
import { type DraftDocument, Notes } from "../draft.js";
import { findDates, isoDate, yearsIn } from "../text/dates.js";
import { detectLocale } from "../text/locale.js";
import { fitPlain, hasWords, idFrom } from "../text/words.js";
import { plainTextMarkdown } from "./plain-text-markdown.js";

const SOURCE = /^Source:\s*(.+?)\s*$/iu;

/** One news item read from the stream, with its notes. */
export interface ReadNews {
  draft: DraftDocument;
  notes: Notes;
}

/**
 * A news stream shaped like seed 003: each item is a headline line, a date line ("Feb 04, 2024"),
 * paragraphs (📌 lines, "•" bullets, quotes, flag lists) and a final "Source: …" line. Text before
 * the first headline (a page header) is reported as left out.
 */
export function readNews(text: string, pageNotes: Notes): ReadNews[] {
  const all = paragraphs(text);
  const starts: number[] = [];
  all.forEach((paragraph, i) => {
    const previous = all[i - 1];
    if (i > 0 && dateLine(paragraph.lines) && previous?.lines.length === 1 && !dateLine(previous.lines))
      starts.push(i - 1);
  });
  const before = all.slice(0, starts[0] ?? all.length);
  for (const paragraph of before)
    pageNotes.dropped(paragraph.line, `before the first headline, left out: "${preview(paragraph.lines.join(" "))}"`);

  const ids = new Ids();
  return starts.map((start, n) => {
    const notes = new Notes();
    const chunk = all.slice(start, starts[n + 1] ?? all.length);
    const [headline, dated, ...body] = chunk;
    const line = headline?.line ?? 1;
    const date = dateLine(dated?.lines ?? []) ?? "";
    const title = fitPlain(headline?.lines.join(" ") ?? "");
    if (title.cut) notes.guess(["title"], line, "the headline was too long for a title and is shortened");
    const last = body.at(-1);
    const source = last?.lines.length === 1 ? SOURCE.exec(last.lines[0] ?? "") : null;
    if (source) body.pop();
    const markdown = plainTextMarkdown(body.map((p) => p.lines.join("\n")).join("\n\n"));
    const base = `${date}-${idFrom(title.text)}`;
    const id = ids.take(base);
    if (id !== base) notes.guess(["id"], line, `another item of the text has the same date and headline (${base})`);
    const draft: DraftDocument = {
      kind: "news-item",
      id,
      locale: detectLocale(`${title.text}\n${markdown}`) ?? "en",
      title: title.text,
      date,
      body: hasWords(markdown) ? markdown : title.text,
      ...(source?.[1] ? { source: { name: fitPlain(source[1]).text } } : {}),
    };
    notes.from([], line);
    if (!hasWords(markdown)) notes.guess(["body"], line, "the item has no text; the headline is repeated as its body");
    if (!source) notes.guess([], line, 'the item has no "Source:" line: add source: { name: …, url: … }');
    const later = yearsIn(markdown).filter((y) => y > Number(date.slice(0, 4)));
    if (later.length > 0)
      notes.guess(
        ["date"],
        dated?.line,
        `check the year: the text speaks of ${later.reduce((a, b) => Math.max(a, b))}, after this date`,
      );
    return { draft, notes };
  });
}

/** `YYYY-MM-DD` when the lines are one date and nothing else ("Feb 04, 2024", "4 February 2024"). */
function dateLine(lines: readonly string[]): string | undefined {
  if (lines.length !== 1) return undefined;
  const line = (lines[0] ?? "").trim();
  const [date] = findDates(line);
  if (!date?.day || !date.year || date.index !== 0 || date.text.length !== line.replace(/[.,]$/, "").length)
    return undefined;
  return isoDate(date.year, date.month, date.day);
}
