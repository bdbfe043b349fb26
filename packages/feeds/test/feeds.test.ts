// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML is untyped
import { readFileSync } from "node:fs";
import { fixture, fixtures } from "@belarusbrief/testkit";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildFeeds, feedLinks, renderAtom, renderJsonFeed, renderRss } from "../src/index.js";
import { htmlElements, OPTIONS, parseXml, textOf } from "./helpers.js";

const all = Object.values(fixtures());
const newest = [...all].sort((a, b) => b.date.localeCompare(a.date))[0]!;

describe("Atom", () => {
  const feed = parseXml(renderAtom(all, OPTIONS)).feed;

  it("sets ids, self link, language and updated from the content, newest first", () => {
    expect(feed["@xml:lang"]).toBe("en");
    expect(feed.id).toBe("https://belarus.example.org/feeds/publications.all.atom.xml");
    expect(feed.link.find((l: any) => l["@rel"] === "self")["@href"]).toBe(feed.id);
    expect(feed.updated).toBe(`${newest.date}T00:00:00.000Z`);
    const ids = feed.entry.map((e: any) => e.id);
    expect(ids[0]).toMatch(new RegExp(`/${newest.id}/$`));
    expect(new Set(ids).size).toBe(all.length);
    expect(feed.entry.map((e: any) => e.updated)).toEqual([...feed.entry.map((e: any) => e.updated)].sort().reverse());
  });

  it("writes titles as plain text and categories with a term", () => {
    const hostile = feed.entry.find((e: any) => e.id.endsWith("/hostile/"));
    expect(hostile.title["@type"]).toBe("text");
    expect(textOf(hostile.title)).toBe(fixture("hostile").title);
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
  const channel = parseXml(renderRss(all, OPTIONS)).rss.channel;

  it("has a self link, language, permalink guids and authors with email", () => {
    expect(channel["atom:link"][0]["@href"]).toBe("https://belarus.example.org/feeds/publications.all.rss.xml");
    expect(channel.language).toBe("en");
    expect(channel.lastBuildDate).toBe(new Date(`${newest.date}T00:00:00Z`).toUTCString());
    for (const item of channel.item) {
      expect(item.guid["@isPermaLink"]).toBe("true");
      expect(textOf(item.guid)).toBe(item.link[0]);
      // RSS <author> is an email address; a document's own author without one goes to dc:creator.
      if (item.author !== undefined) expect(item.author).toBe("team@belarus.example.org (BelarusBrief team)");
      else expect(item["dc:creator"]).toBeTruthy();
    }
  });

  it("uses dc:creator when the author has no email", () => {
    const item = parseXml(renderRss([fixture("minimal")], { baseUrl: OPTIONS.baseUrl })).rss.channel.item[0];
    expect(item.author).toBeUndefined();
    expect(item["dc:creator"]).toBe("BelarusBrief");
  });

  it("resolves relative links in content against baseUrl and drops placeholders", () => {
    const doc = { ...fixture("minimal"), body: "[about](/about) [lost](#) [rel](team/)" };
    const html = textOf(parseXml(renderRss([doc], OPTIONS)).rss.channel.item[0]["content:encoded"]);
    expect(
      htmlElements(html)
        .filter((e) => e.name === "a")
        .map((e) => e.attribs.href),
    ).toEqual(["https://belarus.example.org/about", undefined, "https://belarus.example.org/team/"]);
  });
});

describe("JSON Feed 1.1", () => {
  const schema = JSON.parse(readFileSync(new URL("checks/jsonfeed-1.1.schema.json", import.meta.url), "utf8"));
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const validate = ajv.compile(schema);

  it("validates every generated JSON Feed against the JSON Feed 1.1 schema", () => {
    const feeds = buildFeeds(all, OPTIONS).filter((f) => f.format === "json-feed");
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) {
      const value = JSON.parse(feed.content);
      expect(validate(value), `${feed.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(value.version).toBe("https://jsonfeed.org/version/1.1");
      expect(value.author).toBeUndefined();
    }
  });

  it("keeps plain-text titles and per-item languages", () => {
    const feed = JSON.parse(renderJsonFeed([fixture("hostile"), fixture("belarusian")], OPTIONS));
    expect(feed.items.map((i: any) => [i.title, i.language])).toEqual([
      ["Агляд беларускай дыяспары", "be"],
      [fixture("hostile").title, "en"],
    ]);
  });
});

describe("buildFeeds and feedLinks", () => {
  it("writes publications and news per language plus all, in three formats", () => {
    const feeds = buildFeeds(all, OPTIONS);
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
    expect(buildFeeds([...all].reverse(), OPTIONS)).toEqual(buildFeeds(all, OPTIONS));
  });

  it("announces each feed with type, hreflang and an absolute href", () => {
    const links = feedLinks(all, OPTIONS).map((tag) => htmlElements(tag)[0]?.attribs);
    expect(links).toContainEqual({
      rel: "alternate",
      type: "application/atom+xml",
      hreflang: "be",
      title: "BelarusBrief: Публікацыі (be)",
      href: "https://belarus.example.org/feeds/publications.be.atom.xml",
    });
    expect(links.filter((l) => l?.href?.includes(".all.")).every((l) => l?.hreflang === undefined)).toBe(true);
  });

  it("rejects bad options with a fix", () => {
    expect(() => renderRss(all, { baseUrl: "belarus.example.org" })).toThrow(
      /\[@belarusbrief\/feeds\].*baseUrl must be an absolute/,
    );
    expect(() => renderRss(all, { baseUrl: "https://belarus.example.org" })).toThrow(/ending with \//);
    expect(() => renderRss([], OPTIONS)).toThrow(/at least one document/);
  });
});
