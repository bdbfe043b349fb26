#!/usr/bin/env node
/**
 * One-off converter: seed 003 (the news stream, plain text) → one YAML news-item document per item
 * in content/news/. Run from anywhere: `node apps/newsletter/scripts/convert-news-seed.js`.
 *
 * Seed layout, per item: headline / date line ("Feb 04, 2024") / paragraphs / "Source: …".
 * The first line of the file ("News") is a page header; the last item has no "Source:" line.
 * Text is carried verbatim, except: surrounding whitespace of each paragraph is trimmed, "•" bullets
 * become a Markdown list, and e-mail addresses become mailto: links. The seed's dates are kept as
 * printed (they say 2024 where the text speaks of 2025 events; correcting them is the editors' call).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, Scalar } from "yaml";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const seedFile = join(app, "seeds", "003_c3f1ba26cd1ef3f9.txt");
const outDir = join(app, "content", "news");
const SCHEMA_COMMENT =
  " yaml-language-server: $schema=../../../../node_modules/@belarusbrief/core/schema/document.json";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DATE_LINE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}), (\d{4})$/;
const SOURCE_LINE = /^Source:\s*(.+?)\s*$/;
const BULLET = /^[\s\u00a0]*•\s*/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * Splits the seed text into items: { headline, dateLine, date, paragraphs, source }. An item starts at
 * a headline followed by a date line and ends with its "Source:" line, or at the next item / end of file
 * (the last item of the seed has no "Source:" line).
 */
export function parseNewsSeed(text) {
  const paragraphs = toParagraphs(text);
  const starts = [];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0 && DATE_LINE.test(paragraph)) starts.push(index - 1);
  });
  const header = paragraphs.slice(0, starts[0]);
  if (header.join() !== "News") throw new Error(`unexpected text before the first item: ${header.join(" / ")}`);
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? paragraphs.length;
    const [headline, dateLine, ...body] = paragraphs.slice(start, end);
    const last = SOURCE_LINE.exec(body.at(-1) ?? "");
    if (last) body.pop();
    if (body.some((paragraph) => SOURCE_LINE.test(paragraph))) throw new Error(`"Source:" inside "${headline}"`);
    const date = DATE_LINE.exec(dateLine);
    const month = String(MONTHS.indexOf(date[1]) + 1).padStart(2, "0");
    return { headline, dateLine, date: `${date[3]}-${month}-${date[2]}`, paragraphs: body, source: last?.[1] };
  });
}

/** Paragraphs (runs of non-blank lines), each line trimmed of surrounding spaces and no-break spaces. */
function toParagraphs(text) {
  const paragraphs = [];
  let current = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (isBlank(line)) {
      if (current.length > 0) paragraphs.push(current.join("\n"));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length > 0) paragraphs.push(current.join("\n"));
  return paragraphs;
}

function isBlank(line) {
  return /^[\s\u00a0]*$/.test(line);
}

/**
 * The item's paragraphs as Markdown: "•" bullets as a list, e-mail addresses as mailto: links, and the
 * line breaks inside a paragraph (one flag and minister per line) as hard line breaks ("\" at the end).
 */
export function toMarkdown(paragraphs) {
  const blocks = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.replace(EMAIL, (address) => `[${address}](mailto:${address})`);
    if (BULLET.test(text)) {
      const item = `- ${text.replace(BULLET, "")}`;
      const previous = blocks.at(-1);
      if (previous?.list) previous.lines.push(item);
      else blocks.push({ list: true, lines: [item] });
    } else blocks.push({ list: false, lines: [text.replace(/\n/g, "\\\n")] }); // keep line breaks: hard breaks
  }
  return blocks.map((block) => block.lines.join("\n")).join("\n\n");
}

/** A simple ASCII slug: diacritics dropped, lower case, dashes, at most `max` characters. */
export function slug(text, max = 60) {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/['’]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const at = cut.lastIndexOf("-");
  return (at > 20 ? cut.slice(0, at) : ascii.slice(0, max)).replace(/-+$/, "");
}

function toYaml(item) {
  const id = `${item.date}-${slug(item.headline)}`;
  const doc = new Document({
    kind: "news-item",
    id,
    locale: "en",
    title: item.headline,
    date: item.date,
    body: toMarkdown(item.paragraphs),
    ...(item.source ? { source: { name: item.source } } : {}),
  });
  doc.commentBefore = `${SCHEMA_COMMENT}\n Converted from seed 003 by scripts/convert-news-seed.js.`;
  const date = doc.get("date", true);
  date.comment = ` as printed in the seed ("${item.dateLine}"); kept, although the text may speak of later events`;
  const body = doc.get("body", true);
  body.type = Scalar.BLOCK_LITERAL;
  const source = doc.get("source", true);
  if (source) {
    source.flow = true;
    source.comment = " the seed gives no address";
  } else doc.comment = ' The seed has no "Source:" line for this item (it is the last one in the file).';
  return { id, text: doc.toString({ lineWidth: 0, blockQuote: "literal" }) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const items = parseNewsSeed(readFileSync(seedFile, "utf8"));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const ids = new Set();
  for (const item of items) {
    const { id, text } = toYaml(item);
    if (ids.has(id)) throw new Error(`duplicate id ${id}`);
    ids.add(id);
    writeFileSync(join(outDir, `${id}.yaml`), text);
  }
  console.log(`wrote ${items.length} news items to ${outDir} (${readdirSync(outDir).length} files)`);
}
