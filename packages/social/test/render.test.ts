import { FieldError } from "@belarusbrief/core";
import { describeConformance, FIXTURE_NAMES, fixture, markdownToText, seedDocuments } from "@belarusbrief/testkit";
import { describe, expect, it, vi } from "vitest";
import { altText, type Card, cardsFor, renderPng, renderPngs, renderSvg, SIZE_NAMES, SIZES } from "../src/index.js";
import { cardTexts, localWord, pngHeader, renderAll } from "./helpers.js";

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

describeConformance({
  name: "@belarusbrief/social",
  render: renderAll,
  extension: "cards.svg.txt",
  snapshots: new URL("__snapshots__/", import.meta.url),
  // Satori draws text as paths: what a reader sees is the cards' text data and their alt texts.
  visibleText: (_output, doc) =>
    cardsFor(doc)
      .flatMap((card) => [altText(card), ...cardTexts(card)])
      .join("\n"),
  covers: ["quote"],
});

const documents = {
  ...Object.fromEntries(FIXTURE_NAMES.map((name) => [`fixture ${name}`, fixture(name)])),
  ...Object.fromEntries(Object.entries(seedDocuments()).map(([file, doc]) => [`seed ${file}`, doc])),
};

describe.each(Object.entries(documents))("%s", (_name, doc) => {
  const cards = cardsFor(doc);

  it("yields cards with unique ids", () => {
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it.each(cards.map((card) => [card.id, card] as const))("%s renders in every size", async (_id, card: Card) => {
    assetCalls.length = 0;
    for (const size of SIZE_NAMES) {
      const { png, width, height, alt } = await renderPng(card, { size, footer: "BelarusBrief" });
      expect(pngHeader(png)).toEqual(SIZES[size]);
      expect({ width, height }).toEqual(SIZES[size]);
      expect([...alt].length).toBeLessThanOrEqual(420);
      const word = localWord(card);
      if (word) expect(alt).toContain(word);
    }
    expect(assetCalls.filter((call) => call.code !== "emoji")).toEqual([]);
  });
});

describe("cardsFor", () => {
  it("makes a card for every sourced statistic, upcoming event and call to action, with their texts", () => {
    const doc = fixture("full-brief");
    const texts = cardsFor(doc).flatMap(cardTexts).join("\n");
    for (const expected of [
      "over 35,000",
      "protesters detained since August 2020",
      "Source: Viasna",
      "as of January 31, 2030",
      "Freedom Day",
      "Daley Plaza, Chicago, IL",
      "Online",
      "Write to political prisoners",
      "via Pisma v kletochku",
      "Ask your senator to act",
      "January 2030",
    ]) {
      expect(texts).toContain(expected);
    }
  });

  it("gives a statistic without a source no card", () => {
    const cards = cardsFor(fixture("full-brief"));
    expect(cards.map((c) => c.id)).not.toContain("statistic-sentence");
    expect(cards.filter((c) => c.template === "statistic")).toHaveLength(2);
  });

  it("shows every quote of the fixtures as a quote card", () => {
    const doc = fixture("full-statement");
    const quotes = cardsFor(doc).filter((c) => c.template === "quote");
    expect(quotes.map((q) => (q.template === "quote" ? q.text.text : ""))).toEqual([
      markdownToText("I saw all these mutilated people."),
      "In 2020, I truly became a citizen.",
    ]);
  });

  it("writes each card in its block's language, Łacinka included", () => {
    const cards = cardsFor(fixture("belarusian"));
    const event = cards.find((c) => c.template === "event");
    expect(event?.locale).toBe("be-Latn");
    expect(event && altText(event)).toMatch(/^25 sakavika 20\d\d, štohod: Dzień Voli\. Minsk\.$/);
    const russian = cards.find((c) => c.template === "statistic" && c.locale === "ru");
    expect(russian && altText(russian)).toMatch(/^не менее 511 задержанных в марте\. Источник: Вясна/);
  });

  it("draws a trend for a series with several values", async () => {
    const doc = fixture("belarusian");
    const stats = doc.sections?.[0]?.statistics ?? [];
    const base = stats[0];
    if (!base) throw new Error("fixture changed");
    const series = [{ ...base, value: 900, asOf: "2030-01-31" }, { ...base, value: 1050, asOf: "2030-02-28" }, base];
    const trendDoc = { ...doc, sections: [{ heading: "Рэпрэсіі", statistics: series }] };
    const cards = cardsFor(trendDoc).filter((c) => c.template === "statistic");
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
  const card = cardsFor(fixture("full-brief")).find((c) => c.template === "statistic") as Card;

  it("gives the same PNG bytes twice", async () => {
    const a = await renderPng(card, { size: "square" });
    const b = await renderPng(card, { size: "square" });
    expect(Buffer.from(b.png).equals(Buffer.from(a.png))).toBe(true);
  });

  it("renders a batch a few at a time, in order, with the same bytes as one by one", async () => {
    const cards = cardsFor(fixture("full-brief")).slice(0, 5);
    const jobs = cards.map((c, i) => ({ card: c, options: { size: SIZE_NAMES[i % 3] } }));
    const seen: number[] = [];
    const batch = await renderPngs(jobs, { concurrency: 3, onDone: (done) => seen.push(done) });
    const single = await Promise.all(jobs.map((j) => renderPng(j.card, j.options)));
    expect(batch.map((b) => Buffer.from(b.png).toString("base64"))).toEqual(
      single.map((b) => Buffer.from(b.png).toString("base64")),
    );
    expect(batch.map((b) => b.alt)).toEqual(single.map((b) => b.alt));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const bad = { ...fixture("minimal"), title: "Minimal \u{10FFFD} title" };
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

  it.each([
    ["\u{10FFFD}", "U+10FFFD"],
    ["中", "U+4E2D"],
  ])("fails a character no bundled font has (%s) with a FieldError naming it", async (char, code) => {
    const doc = { ...fixture("minimal"), title: `Minimal ${char} title` };
    const [headline] = cardsFor(doc);
    const error = await renderSvg(headline as Card).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).path).toEqual(["title"]);
    expect((error as Error).message).toContain(code);
  });

  it("draws flag and other emoji from Twemoji, fetching nothing", async () => {
    const body = fixture("full-news-item");
    const line = markdownToText(
      body.kind === "news-item" ? (body.body.split("\n").find((l) => l.includes("🇧🇾")) ?? "") : "",
    );
    expect(line).toContain("🇧🇾");
    const [headline] = cardsFor({ ...fixture("minimal"), title: line });
    assetCalls.length = 0;
    const svg = await renderSvg(headline as Card, { size: "story" });
    expect(new Set(assetCalls.map((c) => `${c.code} ${c.segment}`))).toEqual(new Set(["emoji 📌", "emoji 🇧🇾"]));
    expect(svg.match(/<image[^>]+href="data:image\/svg\+xml;base64,/g)?.length).toBe(2);
  });

  it("keeps the alt text within 420 characters", () => {
    const doc = fixture("full-brief");
    if (doc.kind !== "brief") throw new Error("fixture changed");
    const cover = cardsFor({ ...doc, tagline: "word ".repeat(200).trim() }).find((c) => c.template === "cover");
    const alt = altText(cover as Card);
    expect([...alt].length).toBeLessThanOrEqual(420);
    expect(alt.endsWith("…")).toBe(true);
  });
});
