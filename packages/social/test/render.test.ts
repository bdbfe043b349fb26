import { type Document, FieldError, formatPath, type ResolvedDocument, resolve, toText } from "@belarusbrief/core";
import {
  describeAdapter,
  FIXTURE_NAMES,
  fixture,
  loadSeeds,
  markersOf,
  normalizeText,
  renderWith,
  resolvedFixture,
  resolveLoaded,
  TEST_SITE,
} from "@belarusbrief/testkit";
import { describe, expect, it, vi } from "vitest";
import {
  adapter,
  altText,
  type Card,
  cardsFor,
  renderPng,
  renderPngs,
  renderSvg,
  SIZE_NAMES,
  SIZES,
  type Size,
} from "../src/index.js";
import { cardTexts, localWord, notOnCards, pngHeader, renderAll } from "./helpers.js";

// Records what satori asks the asset callback for, to prove no glyph ever fell back to a missing box.
const assetCalls = vi.hoisted(() => [] as { code: string; segment: string }[]);
vi.mock("satori", async (importOriginal) => {
  const real = (await importOriginal<typeof import("satori")>()).default;
  return {
    default: (node: unknown, options: Parameters<typeof real>[1]) =>
      real(node as Parameters<typeof real>[0], {
        ...options,
        loadAdditionalAsset: async (code: string, segment: string) => {
          assetCalls.push({ code, segment });
          return options.loadAdditionalAsset ? options.loadAdditionalAsset(code, segment) : [];
        },
      }),
  };
});

describeAdapter({
  adapter,
  snapshots: new URL("__snapshots__/", import.meta.url),
  // PNG bytes are not reviewable as files: the SVG of every card is snapshotted below instead.
  snapshot: {},
  shows: { card: ["statistic", "event", "action", "quote"] },
  // Rasterising every card of every seed takes minutes: the seeds are checked from the card data below.
  seeds: false,
  // Satori draws text as paths: a reader who cannot see the image gets its alt text. Each card shows
  // one block, so the document's cards are read together; "each with the facts of its own block"
  // below checks every card on its own.
  visibleText: (artifact) => artifact.alt ?? "",
  together: ["card"],
  // No card by design: statistics without a source (a number shared without who says so), past
  // events (a card invites people to come), expired actions, quotes too long for an image; and an
  // event's description or an action's text, recipients, letters and postal addresses, which a card leaves to the page.
  skip: notOnCards,
});

describe("SVG snapshots", () => {
  it.each(FIXTURE_NAMES)("%s matches the reviewed snapshot", async (name) => {
    const file = new URL(`__snapshots__/${name}.cards.svg.txt`, import.meta.url).pathname;
    await expect(await renderAll(resolvedFixture(name))).toMatchFileSnapshot(file);
  });
});

describe.each(FIXTURE_NAMES)("fixture %s", (name) => {
  it("renders every card in every size, each with the facts of its own block in its alt text", async () => {
    const doc = resolvedFixture(name);
    const cards = cardsFor(doc);
    const byPath = new Map(
      cards.flatMap((card) => SIZE_NAMES.map((size) => [`cards/${doc.id}/${card.id}-${size}.png`, { card, size }])),
    );
    assetCalls.length = 0;
    const { artifacts } = await renderWith(adapter, [doc], { options: { footer: "BelarusBrief" } });
    expect(artifacts.map((a) => a.path)).toEqual([...byPath.keys()]);
    for (const artifact of artifacts) {
      const { card, size } = byPath.get(artifact.path) as { card: Card; size: Size };
      expect(pngHeader(artifact.content as Uint8Array)).toEqual(SIZES[size]);
      expect({ width: artifact.width, height: artifact.height }).toEqual(SIZES[size]);
      expect(artifact).toMatchObject({ kind: "card", mediaType: "image/png", document: doc.id, locale: card.locale });
      expect(artifact.alt).toBe(altText(card));
    }
    const og = artifacts.filter((a) => a.role === "og-image");
    expect(og.map((a) => a.path)).toEqual([`cards/${doc.id}/${cards[0]?.id}-og.png`]);
    expect(cards[0]?.template).toMatch(/^(cover|headline)$/);
    expect(artifacts.filter((a) => a.role !== "og-image").every((a) => a.role === "card")).toBe(true);
    expect(assetCalls.filter((call) => call.code !== "emoji")).toEqual([]);
  });
});

// Rasterising every card of every seed in every size takes minutes on a loaded 2-core machine, so
// the conformance suite runs on the fixtures only and the seeds are checked here from the card data;
// every card is still laid out in every size, so a text that does not fit or a glyph no font has fails.
describe.each([
  ...FIXTURE_NAMES.map((name): [string, () => ResolvedDocument] => [`fixture ${name}`, () => resolvedFixture(name)]),
  ...Object.entries(loadSeeds()).map(([file, loaded]): [string, () => ResolvedDocument] => [
    `seed ${file}`,
    () => resolveLoaded(loaded),
  ]),
])("%s", (_name, load) => {
  it("gives each card the facts of its own block in its alt text, in the card's language", () => {
    const doc = load();
    const cards = cardsFor(doc);
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    const markers = markersOf(doc).filter((marker) => !notOnCards(marker, doc));
    for (const card of cards) {
      const alt = altText(card);
      expect(graphemes(alt)).toBeLessThanOrEqual(420);
      const word = localWord(card);
      if (word) expect(alt).toContain(word);
      if (card.path.length === 0) continue;
      const own = markers.filter((m) => m.where.startsWith(`${formatPath(card.path)}.`));
      expect(own.length, `${card.id} shows its block`).toBeGreaterThan(0);
      for (const marker of own) expect(normalizeText(alt), `${card.id}: ${marker.where}`).toContain(marker.text);
    }
    // Every block with facts to show, and no card by design excepted, has a card.
    const shown = new Set(cards.map((card) => formatPath(card.path)));
    const blocks = [...doc.all.statistics, ...doc.all.events, ...doc.all.actions, ...doc.all.quotes]
      .map((block) => formatPath(block.path))
      .filter((path) => markers.some((m) => m.where.startsWith(`${path}.`)));
    expect(blocks.filter((path) => !shown.has(path))).toEqual([]);
  });

  it("lays out every card in every size with the bundled fonts", async () => {
    assetCalls.length = 0;
    for (const card of cardsFor(load())) {
      for (const size of SIZE_NAMES)
        await expect(renderSvg(card, { size, footer: "BelarusBrief" })).resolves.toMatch(/^<svg/);
    }
    expect(assetCalls.filter((call) => call.code !== "emoji")).toEqual([]);
  });
});

describe("cardsFor", () => {
  it("makes a card for every sourced statistic, upcoming event and open call to action, with the view's words", () => {
    const texts = normalizeText(cardsFor(resolvedFixture("full-brief")).flatMap(cardTexts).join("\n"));
    for (const expected of [
      "over 35,000",
      "protesters detained since August 2020",
      "via Viasna",
      "as of January 31, 2030",
      "Freedom Day",
      "March 25, 2030",
      "every year",
      "February 14, 2030",
      "12:00 – 2:00 PM CT",
      "Daley Plaza, Chicago, IL",
      "Online",
      "Write to political prisoners",
      "via Pisma v kletochku",
      "Deadline: February 28, 2030",
      "Ask your senator to act",
      "January 2030",
    ]) {
      expect(texts).toContain(expected);
    }
  });

  it("gives a statistic without a source no card", () => {
    const cards = cardsFor(resolvedFixture("full-brief"));
    expect(cards.map((c) => c.id)).not.toContain("statistic-sentence");
    expect(cards.filter((c) => c.template === "statistic")).toHaveLength(2);
  });

  it("shows each event at the occurrence the view decided, and past events and expired actions not at all", () => {
    // The `new` scenario of issue 14: a March brief dated after Freedom Day, with a rally that day.
    const base = fixture("full-brief");
    const doc = resolveDocument({
      ...base,
      id: "2021-03",
      period: "2021-03",
      date: "2021-03-31",
      sections: [
        {
          heading: "future dates",
          events: [
            { id: "freedom-day", title: "Freedom Day", date: "2021-03-25", allDay: true, recurs: "yearly" },
            { id: "rally", title: "Rally", date: "2021-03-25", time: "14:00", timeZone: "America/Chicago" },
            { id: "vigil", title: "Vigil", date: "2021-04-02", time: "18:00", timeZone: "America/Chicago" },
          ],
          actions: [
            { kind: "sign", title: "Too late", deadline: "2021-03-30" },
            { kind: "sign", title: "Still open", deadline: "2021-03-31" },
          ],
        },
      ],
    } as Document);
    const cards = cardsFor(doc);
    const events = cards.filter((c) => c.template === "event");
    expect(events.map((c) => c.id)).toEqual(["event-vigil", "event-freedom-day"]);
    for (const card of events) {
      const view = doc.all.events.find((e) => `event-${e.id}` === card.id);
      expect(card.date.text).toBe(view?.dates);
    }
    expect(events.map((c) => c.date.text)).toEqual(["April 2, 2021", "March 25, 2022"]);
    expect(normalizeText(altText(events[0] as Card))).toBe("April 2, 2021, 6:00 PM CT: Vigil.");
    const actions = cards.filter((c) => c.template === "action");
    expect(actions.map((c) => c.template === "action" && c.title.text)).toEqual(["Still open"]);
  });

  it("quotes the view's text and attribution, anonymous speakers included", () => {
    const quotes = cardsFor(resolvedFixture("full-statement")).filter((c) => c.template === "quote");
    expect(quotes.map((q) => q.id)).toEqual(["quote-i-saw-all-these-mutilated-people", "quote-katsyaryna-snytina"]);
    expect(quotes.map((q) => (q.template === "quote" ? [q.text.text, q.attribution?.text] : []))).toEqual([
      ["I saw all these mutilated people.", "Anonymous, a nurse who had to flee Belarus"],
      ["In 2020, I truly became a citizen.", "Katsyaryna Snytina, basketball player"],
    ]);
  });

  it("writes each card in its block's language, Łacinka included", () => {
    const cards = cardsFor(resolvedFixture("belarusian"));
    const event = cards.find((c) => c.template === "event");
    expect(event?.locale).toBe("be-Latn");
    expect(event && altText(event)).toMatch(/^25 sakavika 20\d\d, štohod · 1\d\d-ja hadavina: Dzień Voli\. Minsk\.$/);
    const russian = cards.find((c) => c.template === "statistic" && c.locale === "ru");
    expect(russian && altText(russian)).toMatch(/^не менее 511 задержанных в марте\. по данным Вясна/);
  });

  it("draws a trend for a series with several values", async () => {
    const raw = fixture("belarusian");
    const base = raw.sections?.[0]?.statistics?.[0];
    if (!base) throw new Error("fixture changed");
    const series = [{ ...base, value: 900, asOf: "2030-01-31" }, { ...base, value: 1050, asOf: "2030-02-28" }, base];
    const doc = resolveDocument({ ...raw, sections: [{ heading: "Рэпрэсіі", statistics: series }] } as Document);
    const cards = cardsFor(doc).filter((c) => c.template === "statistic");
    const last = cards[2];
    expect(last?.template === "statistic" && last.trend?.map((p) => [p.value, p.current])).toEqual([
      [900, false],
      [1050, false],
      [1200, true],
    ]);
    for (const size of SIZE_NAMES) {
      const { png } = await renderPng(last as Card, { size });
      expect(pngHeader(png)).toEqual(SIZES[size]);
    }
  });
});

describe("rendering", () => {
  const card = cardsFor(resolvedFixture("full-brief")).find((c) => c.template === "statistic") as Card;

  it("gives the same PNG bytes twice", async () => {
    const a = await renderPng(card, { size: "square" });
    const b = await renderPng(card, { size: "square" });
    expect(Buffer.from(b.png).equals(Buffer.from(a.png))).toBe(true);
  });

  it("renders a batch a few at a time, in order, with the same bytes as one by one", async () => {
    const cards = cardsFor(resolvedFixture("full-brief")).slice(0, 5);
    const jobs = cards.map((c, i) => ({ card: c, options: { size: SIZE_NAMES[i % 3] } }));
    const seen: number[] = [];
    const batch = await renderPngs(jobs, { concurrency: 3, onDone: (done) => seen.push(done) });
    const single = await Promise.all(jobs.map((j) => renderPng(j.card, j.options)));
    expect(batch.map((b) => Buffer.from(b.png).toString("base64"))).toEqual(
      single.map((b) => Buffer.from(b.png).toString("base64")),
    );
    expect(batch.map((b) => b.alt)).toEqual(single.map((b) => b.alt));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const bad = resolveDocument({ ...fixture("minimal"), title: "Minimal \u{10FFFD} title" });
    const failing = [...jobs, { card: cardsFor(bad)[0] as Card, options: {} }];
    await expect(renderPngs(failing)).rejects.toBeInstanceOf(FieldError);
  });

  it("fails text that cannot fit with a FieldError naming the field and a length that does fit", async () => {
    const long = { ...card, measure: { ...(card as { measure: Card["kicker"] }).measure } } as Card & {
      measure: Card["kicker"];
    };
    long.measure.text = "protesters detained since August 2020 ".repeat(8).trim();
    const error = await renderSvg(long).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).path).toEqual(["sections", 1, "statistics", 0, "measure"]);
    const match =
      /^\[@belarusbrief\/social\] sections\[1\]\.statistics\[0\]\.measure is (\d+) characters too long for the og card; shorten it to about (\d+) characters$/.exec(
        (error as Error).message,
      );
    expect(match).not.toBeNull();
    const [excess, fits] = [Number(match?.[1]), Number(match?.[2])];
    expect(excess + fits).toBe([...long.measure.text].length);
    long.measure.text = [...long.measure.text].slice(0, fits).join("");
    await expect(renderSvg(long)).resolves.toMatch(/^<svg/);
  });

  it("fails a measure too long for any card with a FieldError at the field, naming the document", async () => {
    const raw = fixture("full-brief");
    const sections = structuredClone(raw.sections ?? []);
    const stat = sections[1]?.statistics?.[0];
    if (!stat) throw new Error("fixture changed");
    stat.measure = "protesters detained since August 2020 ".repeat(8).trim();
    const doc = resolveDocument({ ...raw, sections } as Document);
    const error = await renderWith(adapter, [doc]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ path: ["sections", 1, "statistics", 0, "measure"], document: doc.id });
    expect((error as Error).message).toMatch(/too long for the og card; shorten it to about \d+ characters$/);
  });

  it.each([
    ["\u{10FFFD}", "U+10FFFD"],
    ["中", "U+4E2D"],
    ["\u2029", "U+2029"],
  ])("fails a character no bundled font has (%s) with a FieldError naming it", async (char, code) => {
    const doc = resolveDocument({ ...fixture("minimal"), title: `Minimal ${char} title` });
    const [headline] = cardsFor(doc);
    const error = await renderSvg(headline as Card).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).path).toEqual(["title"]);
    expect((error as Error).message).toContain(code);
  });

  it("draws flag and other emoji from Twemoji, fetching nothing", async () => {
    const body = resolvedFixture("full-news-item").body ?? [];
    const line = toText(body)
      .split("\n")
      .find((l) => l.includes("🇧🇾"));
    expect(line).toBe("📌 A pinned point 🇧🇾");
    const [headline] = cardsFor(resolveDocument({ ...fixture("minimal"), title: line as string }));
    assetCalls.length = 0;
    const svg = await renderSvg(headline as Card, { size: "story" });
    expect(new Set(assetCalls.map((c) => `${c.code} ${c.segment}`))).toEqual(new Set(["emoji 📌", "emoji 🇧🇾"]));
    expect(svg.match(/<image[^>]+href="data:image\/svg\+xml;base64,/g)?.length).toBe(2);
  });

  it("keeps the alt text within 420 characters", () => {
    const raw = fixture("full-brief");
    const cover = cardsFor(resolveDocument({ ...raw, tagline: "word ".repeat(200).trim() } as Document)).find(
      (c) => c.template === "cover",
    );
    const alt = altText(cover as Card);
    expect(graphemes(alt)).toBeLessThanOrEqual(420);
    expect(alt.endsWith("…")).toBe(true);
  });

  it("shortens a long quotation in the alt text but keeps its attribution", () => {
    const quote = cardsFor(resolvedFixture("full-statement")).find((c) => c.template === "quote") as Card;
    if (quote.template !== "quote") throw new Error("no quote");
    const long = { ...quote, text: { ...quote.text, text: "They beat us for hours. ".repeat(16).trim() } };
    const alt = altText(long);
    expect(graphemes(alt)).toBeLessThanOrEqual(420);
    expect(alt).toMatch(/^“They beat us for hours\..*…” — Anonymous, a nurse who had to flee Belarus\.$/);
  });
});

function resolveDocument(document: Document): ResolvedDocument {
  return resolve(document, { baseUrl: TEST_SITE.baseUrl as string });
}

function graphemes(text: string): number {
  return [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
}
