import { describeConformance, fixture, normalizeText } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { renderDocumentPage, renderIndex, renderLocaleIndex } from "../src/index.js";
import { attr, domText, elements, parseHtml } from "./dom.js";

const OPTIONS = {
  baseUrl: "https://belarusbrief.example/",
  title: "BelarusBrief",
  cards: {
    "2030-01": { path: "cards/2030-01/cover-og.png", width: 1200, height: 630, alt: "Cover of the January brief" },
  },
  feeds: [
    { kind: "rss", path: "feeds/publications.en.rss.xml", locale: "en" },
    { kind: "atom", path: "feeds/publications.en.atom.xml", locale: "en" },
  ],
  calendars: { "2030-01": "calendar/2030-01.ics" },
} as const;

const OPTIONS_FOR_RENDER = { ...OPTIONS, feeds: [...OPTIONS.feeds] };

describeConformance({
  name: "@belarusbrief/web",
  render: (doc) => renderDocumentPage(doc, OPTIONS_FOR_RENDER),
  extension: "html",
  snapshots: new URL("__snapshots__/", import.meta.url),
  visibleText: (html) => domText(html),
});

describe("pages", () => {
  it("neutralises hostile input: no script, no event handlers, no javascript: links", async () => {
    const els = elements(parseHtml(await renderDocumentPage(fixture("hostile"), OPTIONS_FOR_RENDER)));
    expect(els.filter((e) => ["script", "iframe", "svg", "img"].includes(e.tagName))).toEqual([]);
    expect(els.filter((e) => e.tagName === "style")).toHaveLength(1);
    expect(els.flatMap((e) => e.attrs).filter((a) => a.name.startsWith("on"))).toEqual([]);
    const hrefs = els.map((e) => attr(e, "href")).filter((h): h is string => h !== undefined);
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(hrefs).toContain("https://example.org/?a=1&b=%3C2%3E");
  });

  it("marks blocks in another language with lang and dir", async () => {
    const els = elements(parseHtml(await renderDocumentPage(fixture("belarusian"), OPTIONS_FOR_RENDER)));
    expect(attr(els[0] as never, "lang")).toBe("be");
    const langs = els.filter((e) => attr(e, "lang")).map((e) => [e.tagName, attr(e, "lang"), attr(e, "dir")]);
    expect(langs).toContainEqual(["section", "be-Latn", "ltr"]);
    expect(langs).toContainEqual(["section", "en", "ltr"]);
    expect(langs).toContainEqual(["li", "ru", "ltr"]);
  });

  it("links upcoming dates to the document's .ics, Google and Outlook, and shows statistics with source and date", async () => {
    const html = await renderDocumentPage(fixture("full-brief"), OPTIONS_FOR_RENDER);
    const hrefs = elements(parseHtml(html)).map((e) => attr(e, "href") ?? "");
    expect(hrefs.filter((h) => h === "../../../calendar/2030-01.ics")).toHaveLength(3);
    const google = new URL(hrefs.find((h) => h.includes("calendar.google.com") && h.includes("Daley")) ?? "");
    expect(google.searchParams.get("dates")).toBe("20300214T180000Z/20300214T200000Z");
    expect(normalizeText(domText(html))).toContain(
      "1,265 political prisoners (Source: Viasna, as of January 15, 2030)",
    );
  });

  it("rejects bad options with a message that says how to fix them", async () => {
    await expect(renderDocumentPage(fixture("minimal"), { baseUrl: "belarusbrief.example" })).rejects.toThrow(
      /^\[@belarusbrief\/web\] fix the options: baseUrl: baseUrl must be an absolute https:\/\//,
    );
    await expect(renderDocumentPage(fixture("minimal"), { baseUrl: "https://a.example" })).rejects.toThrow(
      /end with \//,
    );
  });
});

describe("indexes", () => {
  const docs = [
    fixture("minimal"),
    fixture("full-brief"),
    fixture("full-news-item"),
    fixture("full-appeal"),
    fixture("belarusian"),
  ];
  it("lists publications by month, newest first, then news", async () => {
    const els = elements(parseHtml(await renderIndex(docs, OPTIONS_FOR_RENDER)));
    const publications = els.find((e) => e.tagName === "section" && attr(e, "aria-labelledby") === "publications");
    const inside = elements(publications as never);
    expect(
      inside.filter((e) => e.tagName === "time" && e.parentNode?.nodeName === "h3").map((e) => attr(e, "datetime")),
    ).toEqual(["2030-06", "2030-03", "2030-01"]);
    const links = inside.filter((e) => e.tagName === "a").map((e) => attr(e, "href"));
    expect(links).toEqual([
      "appeals/2030-06-appeal/index.html",
      "briefs/2030-03-be/index.html",
      "briefs/2030-01/index.html",
    ]);
    const news = elements(els.find((e) => attr(e, "aria-labelledby") === "news") as never);
    expect(news.filter((e) => e.tagName === "a").map((e) => attr(e, "href"))).toEqual([
      "news/2030-02-04-comedian-labelled-terrorist/index.html",
      "news/minimal/index.html",
    ]);
  });
  it("keeps a language's index to that language, in its words", async () => {
    const html = await renderLocaleIndex(docs, "be", OPTIONS_FOR_RENDER);
    const els = elements(parseHtml(html));
    expect(attr(els[0] as never, "lang")).toBe("be");
    expect(
      els.filter((e) => e.tagName === "a" && attr(e, "href")?.endsWith("index.html")).map((e) => attr(e, "href")),
    ).toEqual(["../index.html", "../appeals/2030-06-appeal/index.html", "../briefs/2030-03-be/index.html"]);
    expect(domText(html)).toContain("Публікацыі");
  });
});
