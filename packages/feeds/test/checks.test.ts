import { spawnSync } from "node:child_process";
import { hasTool, normalizeText, resolvedFixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { buildFeeds } from "../src/index.js";
import { allFixtures, allSeeds, feedparser, htmlElements, SITE, tempFile } from "./helpers.js";

const ATOM_RNC = new URL("checks/atom.rnc", import.meta.url).pathname;
let built: ReturnType<typeof buildFeeds> | undefined;
const xmlFeeds = () => {
  built ??= buildFeeds([...allFixtures(), ...allSeeds()], { site: SITE }).filter((f) => f.format !== "json-feed");
  return built;
};
const hasFeedparser = () => {
  if (!hasTool("/usr/bin/python3")) return false;
  const ok = spawnSync("/usr/bin/python3", ["-c", "import feedparser"]).status === 0;
  if (!ok && process.env.CI) throw new Error("python3-feedparser is not installed; .ci/run should install it");
  return ok;
};

describe.runIf(hasTool("xmllint"))("xmllint", () => {
  it("finds every RSS and Atom feed well-formed", () => {
    for (const feed of xmlFeeds()) {
      const run = spawnSync("xmllint", ["--noout", tempFile("feed.xml", feed.content)], { encoding: "utf8" });
      expect(run.stderr, feed.path).toBe("");
      expect(run.status, feed.path).toBe(0);
    }
  });
});

describe.runIf(hasTool("jing", []))("jing with the Atom RELAX NG grammar", () => {
  it("finds every Atom feed valid", () => {
    const files = xmlFeeds()
      .filter((f) => f.format === "atom")
      .map((f) => tempFile(f.path.replace("feeds/", ""), f.content));
    const run = spawnSync("jing", ["-c", ATOM_RNC, ...files], { encoding: "utf8" });
    expect(run.stdout + withoutWrapperWarnings(run.stderr)).toBe("");
    expect(run.status).toBe(0);
  });

  it("rejects an Atom feed without ids (so the check can fail)", () => {
    const [feed] = xmlFeeds().filter((f) => f.format === "atom");
    const broken = tempFile("broken.xml", (feed?.content ?? "").replace(/<id>[^<]*<\/id>/g, ""));
    expect(spawnSync("jing", ["-c", ATOM_RNC, broken], { encoding: "utf8" }).status).not.toBe(0);
  });
});

// Debian's jing wrapper warns on stderr about optional jars it does not need.
function withoutWrapperWarnings(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => line !== "" && !/^\[warning\] \/usr\/bin\/jing: Unable to locate/.test(line))
    .join("\n");
}

describe.runIf(hasFeedparser())("python3-feedparser", () => {
  it("reads every feed without error, with the right entry count and language", () => {
    for (const feed of xmlFeeds()) {
      const parsed = feedparser(tempFile("feed.xml", feed.content));
      const expected = (feed.content.match(feed.format === "atom" ? /<entry[ >]/g : /<item>/g) ?? []).length;
      expect(parsed.bozo, `${feed.path}: ${parsed.error}`).toBe(false);
      expect(parsed.version, feed.path).toBe(feed.format === "atom" ? "atom10" : "rss20");
      expect(parsed.entries, feed.path).toHaveLength(expected);
      expect(parsed.language, feed.path).toBe(feed.locale === "all" ? "en" : feed.locale);
    }
  });

  it("shows hostile titles as the same text and their content without anything executable", () => {
    const hostile = resolvedFixture("hostile", SITE);
    const feeds = buildFeeds([hostile], { site: SITE }).filter((f) => f.format !== "json-feed");
    for (const feed of feeds) {
      const [entry] = feedparser(tempFile("feed.xml", feed.content)).entries;
      expect(entry?.title, feed.path).toBe(normalizeText(hostile.title).replace(/ +/g, " "));
      expect(entry?.title).toContain("<script>");
      for (const { name, attribs } of htmlElements(entry?.content ?? "")) {
        expect(name).not.toBe("script");
        expect(Object.keys(attribs).filter((a) => a.startsWith("on"))).toEqual([]);
        expect(attribs.href ?? "").not.toMatch(/^\s*javascript:/i);
      }
    }
  });
});

describe("seed documents", () => {
  const seeds = allSeeds();
  it.runIf(seeds.some((d) => d.kind === "news-item"))("puts every news item of seed 003 in the news feed", () => {
    const news = seeds.filter((d) => d.kind === "news-item");
    expect(news.length).toBeGreaterThanOrEqual(40);
    const atom = buildFeeds(seeds, { site: SITE, limit: news.length }).find(
      (f) => f.path === "feeds/news.all.atom.xml",
    );
    expect((atom?.content.match(/<entry[ >]/g) ?? []).length).toBe(news.length);
  });
});
