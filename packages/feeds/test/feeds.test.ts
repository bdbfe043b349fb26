// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML is untyped
import { readFileSync } from "node:fs";
import type { DocumentInput, ResolvedDocument } from "@belarusbrief/core";
import { fixture, renderWith, resolvedFixture } from "@belarusbrief/testkit";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { adapter, buildFeeds, renderAtom, renderJsonFeed, renderRss } from "../src/index.js";
import {
  addressesIn,
  allFixtures,
  allSeeds,
  entriesOf,
  htmlElements,
  parseXml,
  resolved,
  SITE,
  textOf,
} from "./helpers.js";

const all = allFixtures();
const publications = all.filter((doc) => doc.kind !== "news-item");
const newest = [...publications].sort((a, b) => b.date.iso.localeCompare(a.date.iso))[0]!;
const fixtureOf = (id: string) => all.find((doc) => doc.id === id)!;

describe("Atom", () => {
  const feed = parseXml(renderAtom(publications, { site: SITE })).feed;

  it("sets ids, self link, language and updated from the content, newest first", () => {
    expect(feed["@xml:lang"]).toBe("en");
    expect(feed.id).toBe("https://belarus.example.org/feeds/publications.all.atom.xml");
    expect(feed.link.find((l: any) => l["@rel"] === "self")["@href"]).toBe(feed.id);
    expect(feed.link.find((l: any) => l["@rel"] === "alternate")["@href"]).toBe(SITE.pagesUrl);
    expect(feed.updated).toBe(`${newest.date.iso}T00:00:00.000Z`);
    const ids = feed.entry.map((e: any) => e.id);
    expect(ids[0]).toBe(newest.url);
    expect(new Set(ids).size).toBe(publications.length);
    expect(feed.entry.map((e: any) => e.updated)).toEqual([...feed.entry.map((e: any) => e.updated)].sort().reverse());
  });

  it("writes titles as plain text and categories with a term", () => {
    const hostile = feed.entry.find((e: any) => e.id.endsWith("/hostile/"));
    expect(hostile.title["@type"]).toBe("text");
    expect(textOf(hostile.title)).toBe(fixtureOf("hostile").title);
    const brief = feed.entry.find((e: any) => e.id.endsWith("/2030-01/"));
    expect(brief.category.map((c: any) => c["@term"])).toEqual(["sanctions", "political prisoners"]);
    expect(feed.entry.find((e: any) => e.id.endsWith("/2030-03-be/"))["@xml:lang"]).toBe("be");
  });

  it("keeps nothing executable in the content, and only absolute http(s)/mailto links", () => {
    for (const entry of feed.entry) {
      for (const { name, attribs } of htmlElements(textOf(entry.content))) {
        expect(["script", "style", "iframe", "img", "svg", "object"]).not.toContain(name);
        expect(Object.keys(attribs).filter((a) => a.startsWith("on"))).toEqual([]);
        if (attribs.href !== undefined) expect(attribs.href).toMatch(/^(https?:\/\/|mailto:)/);
      }
    }
  });
});

describe("RSS", () => {
  const channel = parseXml(renderRss(publications, { site: SITE })).rss.channel;

  it("has a self link, language, permalink guids and authors with email", () => {
    expect(channel["atom:link"][0]["@href"]).toBe("https://belarus.example.org/feeds/publications.all.rss.xml");
    expect(channel.language).toBe("en");
    expect(channel.lastBuildDate).toBe(new Date(`${newest.date.iso}T00:00:00Z`).toUTCString());
    for (const item of channel.item) {
      expect(item.guid["@isPermaLink"]).toBe("true");
      expect(textOf(item.guid)).toBe(item.link[0]);
      // RSS <author> is an email address; a document's own author without one goes to dc:creator.
      if (item.author !== undefined) expect(item.author).toBe("team@belarus.example.org (BelarusBrief team)");
      else expect(item["dc:creator"]).toBeTruthy();
    }
  });

  it("credits an entry without an author to the site's, in dc:creator when it has no email", () => {
    const item = parseXml(renderRss([resolvedFixture("minimal")])).rss.channel.item[0];
    expect(item.author).toBeUndefined();
    expect(item["dc:creator"]).toBe("BelarusBrief");
  });

  it("links the content as the view does: pages of the site under pagesUrl, placeholders and other relative links as text", () => {
    const doc = resolved({
      ...fixture("minimal"),
      body: "[about](/about) [lost](#) [team](/team/) [rel](team/)",
    } as DocumentInput);
    const html = textOf(parseXml(renderRss([doc], { site: SITE })).rss.channel.item[0]["content:encoded"]);
    const links = htmlElements(html).filter((e) => e.name === "a");
    expect(links.map((e) => e.attribs.href)).toEqual([`${SITE.pagesUrl}about`, `${SITE.pagesUrl}team/`]);
    expect(html).toContain("lost");
    expect(html).toContain("rel");
  });
});

describe("JSON Feed 1.1", () => {
  const schema = JSON.parse(readFileSync(new URL("checks/jsonfeed-1.1.schema.json", import.meta.url), "utf8"));
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const validate = ajv.compile(schema);

  it("validates every generated JSON Feed against the JSON Feed 1.1 schema", () => {
    const feeds = buildFeeds([...all, ...allSeeds()], { site: SITE }).filter((f) => f.format === "json-feed");
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) {
      const value = JSON.parse(feed.content);
      expect(validate(value), `${feed.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(value.version).toBe("https://jsonfeed.org/version/1.1");
      expect(value.author).toBeUndefined();
    }
  });

  it("keeps plain-text titles and per-item languages", () => {
    const feed = JSON.parse(renderJsonFeed([fixtureOf("hostile"), fixtureOf("2030-03-be")], { site: SITE }));
    expect(feed.items.map((i: any) => [i.title, i.language])).toEqual([
      ["Агляд беларускай дыяспары", "be"],
      [fixtureOf("hostile").title, "en"],
    ]);
  });
});

describe("entry content", () => {
  const contents = (docs: readonly ResolvedDocument[]) =>
    entriesOf("atom", renderAtom(docs, { site: SITE, limit: docs.length })).map((e) => ({ id: e.id, html: e.html }));

  it("never skips a heading level, starting below the entry's title (h2)", () => {
    for (const { id, html } of contents([...publications, ...allSeeds().filter((d) => d.kind !== "news-item")])) {
      const levels = htmlElements(html)
        .filter((e) => /^h[1-6]$/.test(e.name))
        .map((e) => Number(e.name[1]));
      let previous = 1;
      for (const level of levels) {
        expect(level, `${id}: h${level} after h${previous}`).toBeLessThanOrEqual(previous + 1);
        expect(level, id).toBeGreaterThanOrEqual(2);
        previous = level;
      }
    }
  });

  it("takes heading levels from the view: actions under a section heading are h3", () => {
    const [{ html } = { html: "" }] = contents([fixtureOf("2030-01")]);
    const headings = htmlElements(html).filter((e) => /^h[1-6]$/.test(e.name));
    expect(headings.map((e) => e.name)).toEqual(["h2", "h2", "h2", "h3", "h3", "h2", "h2", "h2", "h2"]);
  });

  it("marks foreign-language blocks with lang and cites them in their own language", () => {
    const [{ html } = { html: "" }] = contents([fixtureOf("2030-03-be")]);
    const russian = htmlElements(html).filter((e) => e.attribs.lang === "ru");
    expect(russian.map((e) => e.name)).toEqual(["li"]);
    const li = /<li lang="ru"[^>]*>(.*?)<\/li>/.exec(html)?.[1] ?? "";
    expect(li).toContain("по состоянию на 31 марта 2030 г.");
    expect(li).toContain("по данным Вясна");
    expect(htmlElements(html).filter((e) => e.attribs.lang === "be-Latn")).toHaveLength(1);
  });

  it("shows each item's date, each report's date and attendance, and a yearly event's occurrence", () => {
    const [{ html } = { html: "" }] = contents([fixtureOf("2030-01")]);
    expect(html).toContain("(January 18, 2030, via");
    expect(html).toContain("January 16, 2030 · Attendance: over 60");
    expect(html).toContain("March 25, 2030 · every year");
    const [{ html: be } = { html: "" }] = contents([fixtureOf("2030-03-be")]);
    expect(be).toContain("25 sakavika 2031 · štohod");
  });

  it("prints each postal address as an address element in its own language, one envelope line per line", () => {
    const doc = fixtureOf("2030-01");
    const addresses = doc.all.actions.flatMap((a) => a.addresses);
    expect(addresses.length).toBeGreaterThan(1);
    for (const kind of ["rss", "atom", "json-feed"] as const) {
      const render = { rss: renderRss, atom: renderAtom, "json-feed": renderJsonFeed }[kind];
      const [{ html } = { html: "" }] = entriesOf(kind, render([doc], { site: SITE, limit: 1 }));
      expect(addressesIn(html), kind).toEqual(addresses.map((a) => ({ lang: a.locale, lines: a.lines })));
    }
  });

  it("names the addressee of recommendations that have an introduction", () => {
    const [{ html } = { html: "" }] = contents([fixtureOf("2030-01")]);
    expect(html).toContain("<p><strong>the Belarusian authorities</strong></p><p>We call on");
  });
});

describe("buildFeeds", () => {
  it("writes publications and news per language plus all, in three formats", () => {
    const feeds = buildFeeds(all, { site: SITE });
    expect(feeds.map((f) => f.path)).toContain("feeds/publications.be.atom.xml");
    expect(feeds.map((f) => f.path)).toContain("feeds/news.all.feed.json");
    expect(new Set(feeds.map((f) => `${f.name}.${f.locale}`))).toEqual(
      new Set(["publications.en", "publications.be", "publications.all", "news.en", "news.all"]),
    );
    expect(feeds).toHaveLength(15);
    const beAtom = parseXml(feeds.find((f) => f.path === "feeds/publications.be.atom.xml")?.content ?? "").feed;
    expect(beAtom["@xml:lang"]).toBe("be");
    expect(beAtom.entry.map((e: any) => e["@xml:lang"])).toEqual(["be", "be"]);
  });

  it("renders the same bytes whatever the order of the documents", () => {
    expect(buildFeeds([...all].reverse(), { site: SITE })).toEqual(buildFeeds(all, { site: SITE }));
  });

  it("keeps the newest `limit` entries of each feed", () => {
    const feeds = buildFeeds(all, { site: SITE, limit: 2 });
    const entries = entriesOf("atom", feeds.find((f) => f.path === "feeds/publications.all.atom.xml")?.content ?? "");
    const expected = [...publications]
      .sort((a, b) => b.date.iso.localeCompare(a.date.iso) || a.id.localeCompare(b.id))
      .slice(0, 2)
      .map((doc) => doc.url);
    expect(entries.map((e) => e.id)).toEqual(expected);
  });

  it("renders an archive of 12,000 documents as feeds of 50 entries, quickly", () => {
    const news = resolvedFixture("full-news-item");
    const archive = Array.from({ length: 12_000 }, (_, i) => {
      const date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const id = `${date}-item-${i}`;
      return { ...news, id, url: `${SITE.pagesUrl}news/${id}/`, date: { ...news.date, iso: date } };
    });
    const started = performance.now();
    const feeds = buildFeeds(archive, { site: SITE });
    const elapsed = performance.now() - started;
    for (const feed of feeds) expect(entriesOf(feed.format, feed.content), feed.path).toHaveLength(50);
    expect(entriesOf("rss", feeds[0]?.content ?? "")[0]?.id).toBe(archive.at(-1)?.url);
    // Each entry is built once for the six feeds showing it; all 12,000 would take tens of seconds.
    expect(elapsed).toBeLessThan(3_000);
  });

  it("rejects bad options with a fix", () => {
    expect(() => renderRss(all, { site: { baseUrl: "belarus.example.org" } })).toThrow(
      /\[@belarusbrief\/feeds\] fix these options: site\.baseUrl: must be a full https:\/\/ address/,
    );
    expect(() => renderRss(all, { limit: 0 })).toThrow(/\[@belarusbrief\/feeds\] fix these options: limit/);
    expect(() => renderRss([], { site: SITE })).toThrow(/at least one document/);
  });
});

describe("adapter", () => {
  it("makes every feed as an artifact with its role, and a locale only for language feeds", async () => {
    const { artifacts } = await renderWith(adapter, all, { site: SITE, options: { limit: 10 } });
    expect(artifacts).toHaveLength(15);
    const info = artifacts.map(({ content: _, ...rest }) => rest);
    expect(info).toContainEqual({
      kind: "json-feed",
      role: "news-feed",
      path: "feeds/news.all.feed.json",
      mediaType: "application/feed+json",
    });
    expect(info).toContainEqual({
      kind: "rss",
      role: "publications-feed",
      path: "feeds/publications.be.rss.xml",
      mediaType: "application/rss+xml",
      locale: "be",
    });
    expect(new Set(artifacts.map((a) => `${a.kind} ${a.role}`))).toEqual(
      new Set(["rss", "atom", "json-feed"].flatMap((kind) => [`${kind} publications-feed`, `${kind} news-feed`])),
    );
  });

  it("takes the feeds' address, title and author from the site settings", async () => {
    const site = { baseUrl: "https://news.example.net/", title: "Diaspora", author: { name: "Editors" } };
    const { artifacts } = await renderWith(adapter, [resolvedFixture("minimal", site)], { site });
    const feed = JSON.parse(String(artifacts.find((a) => a.kind === "json-feed")?.content));
    expect(feed.title).toBe("Diaspora: News");
    expect(feed.feed_url).toMatch(/^https:\/\/news\.example\.net\/feeds\/news\./);
    expect(feed.home_page_url).toBe("https://news.example.net/site/");
    expect(feed.authors).toEqual([{ name: "Editors" }]);
    expect(feed.items[0].url).toBe("https://news.example.net/site/news/minimal/");
  });

  it("rejects options it does not know and a limit that is not a positive whole number", () => {
    expect(adapter.options.safeParse({ baseUrl: "https://x.example/" }).success).toBe(false);
    expect(adapter.options.safeParse({ limit: 2.5 }).success).toBe(false);
    expect(adapter.options.parse({})).toEqual({ language: "en", limit: 50 });
  });
});
