import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { collect, type Document } from "@belarusbrief/core";
import { fixtures, seedDocuments } from "@belarusbrief/testkit";
import { buildSite, type SitePage, type WebOptions } from "../src/index.js";
import { placeholderPng } from "./png.js";

export const BASE_URL = "https://belarusbrief.example/archive/";

/** Every seed document and every fixture: the site the checks run on. */
export function allDocuments(): Document[] {
  return [...Object.values(seedDocuments()), ...Object.values(fixtures())];
}

/** What the other outputs of a build would have listed in `context.built`, as link data. */
export function fakeBuilt(docs: readonly Document[]): WebOptions {
  const locales = [...new Set(docs.map((d) => d.locale))].sort();
  const feeds = locales.flatMap((locale) =>
    (["publications", "news"] as const).flatMap((name) => [
      { kind: "rss" as const, path: `feeds/${name}.${locale}.rss.xml`, locale },
      { kind: "atom" as const, path: `feeds/${name}.${locale}.atom.xml`, locale },
      { kind: "json-feed" as const, path: `feeds/${name}.${locale}.feed.json`, locale },
    ]),
  );
  const withDates = docs.filter((d) => collect(d).events.length > 0);
  return {
    baseUrl: BASE_URL,
    title: "BelarusBrief",
    cards: Object.fromEntries(
      docs.map((d) => [
        d.id,
        { path: `cards/${d.id}/cover-og.png`, width: 1200, height: 630, alt: `Cover: ${d.title}` },
      ]),
    ),
    feeds,
    calendars: Object.fromEntries(withDates.map((d) => [d.id, `calendar/${d.id}.ics`])),
    calendar: "calendar/all.ics",
  };
}

/** Builds the site and writes it, with placeholder cards, feeds and calendars, to a new temporary folder. */
export async function writeSite(): Promise<{ root: string; pages: SitePage[]; options: WebOptions }> {
  const docs = allDocuments();
  const options = fakeBuilt(docs);
  const pages = await buildSite(docs, options);
  const root = mkdtempSync(join(tmpdir(), "bb-web-"));
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (const page of pages) write(`site/${page.path}`, page.html);
  const png = placeholderPng(1200, 630);
  for (const card of Object.values(options.cards ?? {})) write(card.path, png);
  for (const feed of options.feeds ?? []) write(feed.path, feed.kind === "json-feed" ? "{}" : "<rss/>");
  for (const ics of [...Object.values(options.calendars ?? {}), options.calendar ?? ""]) {
    if (ics) write(ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  }
  return { root, pages, options };
}
