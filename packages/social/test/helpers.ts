import { formatPath, messages, oneLine, type ResolvedDocument } from "@belarusbrief/core";
import type { Marker } from "@belarusbrief/testkit";
import { type Card, type CardText, cardsFor, MAX_QUOTE_CHARACTERS, renderSvg } from "../src/index.js";

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngHeader(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => png[i] === b)) throw new Error("not a PNG");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== "IHDR") throw new Error("no IHDR chunk first");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every text a card holds (satori draws text as paths, so the SVG itself has none to read). */
export function cardTexts(card: Card): string[] {
  const out: string[] = [];
  for (const value of Object.values(card)) {
    if (isText(value)) out.push(value.text);
    if (Array.isArray(value)) for (const v of value) if (isText(v)) out.push(v.text);
  }
  return out;
}

/** All cards of a document as one reviewable text: the SVG of each card, Open Graph size. */
export async function renderAll(doc: ResolvedDocument): Promise<string> {
  const parts: string[] = [];
  for (const card of cardsFor(doc)) parts.push(`<!-- ${card.id} -->\n${await renderSvg(card)}\n`);
  return parts.join("");
}

/** A word of the card's language that its alt text must contain. */
export function localWord(card: Card): string | undefined {
  const m = messages(card.locale);
  if (card.template === "statistic") return m.via;
  if (card.template === "cover") return m.kind.brief;
  if (card.template === "action") return card.kicker.text;
  return undefined;
}

/**
 * Whether a marker is about something no card shows, by design: a block that gets no card (a
 * statistic without a source, a past event, a quote too long for an image) or
 * a field a card leaves to the document's page (an event's description; an action's text,
 * recipients, letters and postal addresses).
 */
export function notOnCards(marker: Marker, doc: ResolvedDocument): boolean {
  const within = (path: readonly (string | number)[]) => marker.where.startsWith(`${formatPath(path)}.`);
  const { statistics, events, quotes } = doc.all;
  if (statistics.some((s) => !s.citation && within(s.path))) return true;
  if (events.some((e) => !e.upcoming && within(e.path))) return true;
  if (quotes.some((q) => [...oneLine(q.text)].length > MAX_QUOTE_CHARACTERS && within(q.path))) return true;
  return /\.(description|body|recipients\[\d+\]|letter\[\d+\]\.text|addresses\[\d+\]\.lines\[\d+\])$/.test(
    marker.where,
  );
}

function isText(value: unknown): value is CardText {
  return typeof value === "object" && value !== null && "text" in value && "path" in value;
}
