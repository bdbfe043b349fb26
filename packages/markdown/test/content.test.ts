import {
  collect,
  type Document,
  formatDate,
  formatStatistic,
  isPlaceholderUrl,
  type Locale,
  urlProblem,
} from "@belarusbrief/core";
import { fixtures, mdastText, normalizeText, seedDocuments } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { sourcesOf } from "./model.js";
import { nodesOf, parseMarkdown, textOf } from "./parse.js";

const documents: [string, Document][] = [
  ...Object.entries(seedDocuments()).map(([path, doc]) => [`seed ${path}`, doc] as [string, Document]),
  ...Object.entries(fixtures()).map(([name, doc]) => [`fixture ${name}`, doc] as [string, Document]),
];

describe.each(documents)("%s, parsed back", (_, doc) => {
  const load = async () => {
    const tree = parseMarkdown(await renderMarkdown(doc));
    return { tree, visible: normalizeText(mdastText(tree)) };
  };

  it("has the title as the only level-1 heading and every section heading at level 2", async () => {
    const { tree } = await load();
    const headings = nodesOf(tree, "heading");
    expect(headings.filter((h) => h.depth === 1).map(textOf)).toEqual([normalizeText(doc.title)]);
    const sections = (doc.sections ?? []).flatMap((s) => (s.heading ? [normalizeText(s.heading)] : []));
    expect(headings.filter((h) => h.depth === 2).map(textOf)).toEqual(expect.arrayContaining(sections));
  });

  it("prints every lead-in in bold and every statistic as its phrase in bold, with its measure", async () => {
    const { tree, visible } = await load();
    const strong = nodesOf(tree, "strong").map(textOf);
    const leads = collect(doc).items.flatMap(({ value }) => (value.lead ? [normalizeText(value.lead)] : []));
    expect(strong).toEqual(expect.arrayContaining(leads));
    for (const { value, locale } of collect(doc).statistics) {
      const phrase = formatStatistic(value, value.locale ?? locale);
      expect(strong).toContain(normalizeText(phrase.value));
      expect(visible).toContain(`${normalizeText(value.measure)}: ${normalizeText(phrase.value)}`);
    }
  });

  it("starts a paragraph with each event's date and names the event in it", async () => {
    const { tree } = await load();
    const paragraphs = nodesOf(tree, "paragraph").map(textOf);
    for (const { value: event } of collect(doc).events) {
      const style = event.date.slice(0, 4) === doc.date.slice(0, 4) ? "day-month" : "long";
      const date = formatDate(event.date, doc.locale as Locale, style);
      const match = paragraphs.find((p) => p.startsWith(date) && p.includes(normalizeText(event.title)));
      expect(match, `${date}: ${event.title}`).toBeDefined();
    }
  });

  it("shows every call to action title and every source name, linked to its address", async () => {
    const { tree, visible } = await load();
    for (const { value } of collect(doc).actions) expect(visible).toContain(normalizeText(value.title));
    const links = nodesOf(tree, "link");
    for (const source of sourcesOf(doc)) {
      expect(visible).toContain(normalizeText(source.name));
      if (source.url === undefined || isPlaceholderUrl(source.url)) continue;
      const linked = links.some(
        (l) => decodeURI(l.url) === source.url && textOf(l).includes(normalizeText(source.name)),
      );
      expect(linked, `${source.name} → ${source.url}`).toBe(true);
    }
  });

  it("has no raw HTML, no images and only https:, http:, mailto:, relative or # links", async () => {
    const { tree } = await load();
    expect(nodesOf(tree, "html")).toEqual([]);
    expect(nodesOf(tree, "image")).toEqual([]);
    for (const link of nodesOf(tree, "link")) expect(urlProblem(link.url), link.url).toBeUndefined();
  });
});
