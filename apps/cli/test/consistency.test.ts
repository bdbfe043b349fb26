// biome-ignore-all lint/suspicious/noExplicitAny: parsed feeds are untyped
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Artifact, formatDate, formatTime, Site } from "@belarusbrief/core";
import { htmlText, markdownToText, normalizeText } from "@belarusbrief/testkit";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { noCache } from "../src/cache.js";
import { findContentFiles } from "../src/content/find-files.js";
import { loadContent } from "../src/content/load-content.js";
import { renderOutputs } from "../src/render/render-outputs.js";
import type { Settings } from "../src/settings.js";
import { tempDir } from "./helpers.js";

// Every output of a document must give an event the same date and year. The documents below put
// a yearly event and a one-off event before, on and after the document's date, and the brief
// `belarusbrief new` makes for March 2021 (dated March 31, Freedom Day 2021-03-25 carried forward).

const FREEDOM_DAY = "{ id: freedom-day, title: Freedom Day, date: 2021-03-25, recurs: yearly }";
const RALLY =
  "{ id: rally, title: Rally for prisoners, date: 2021-03-25, time: '14:00', endTime: '16:00', timeZone: America/Chicago }";

const brief = (id: string, date: string, events: string[]) => `kind: brief
id: ${id}
locale: en
title: BelarusBrief
period: ${date.slice(0, 7)}
date: ${date}
sections:
  - heading: future dates
    events:
${events.map((e) => `      - ${e}`).join("\n")}
`;

/** One event per document, and the date it must show in every output. */
const CASES = [
  {
    id: "new-march",
    date: "2021-03-31",
    event: FREEDOM_DAY,
    title: "Freedom Day",
    shown: "March 25, 2022",
    wrong: "March 25, 2021",
  },
  {
    id: "new-march-rally",
    date: "2021-03-31",
    event: RALLY,
    title: "Rally for prisoners",
    shown: "March 25, 2021, 2:00 – 4:00 PM CT",
    wrong: "March 25, 2022",
  },
  {
    id: "before",
    date: "2021-03-20",
    event: FREEDOM_DAY,
    title: "Freedom Day",
    shown: "March 25, 2021",
    wrong: "March 25, 2022",
  },
  {
    id: "before-rally",
    date: "2021-03-20",
    event: RALLY,
    title: "Rally for prisoners",
    shown: "March 25, 2021, 2:00 – 4:00 PM CT",
    wrong: "March 25, 2022",
  },
  {
    id: "on",
    date: "2021-03-25",
    event: FREEDOM_DAY,
    title: "Freedom Day",
    shown: "March 25, 2021",
    wrong: "March 25, 2022",
  },
  {
    id: "after",
    date: "2021-03-26",
    event: FREEDOM_DAY,
    title: "Freedom Day",
    shown: "March 25, 2022",
    wrong: "March 25, 2021",
  },
] as const;

const FEEDS = new Set(["rss", "atom", "json-feed"]);

async function build() {
  const dir = join(tempDir(), "content");
  mkdirSync(dir);
  for (const c of CASES) writeFileSync(join(dir, `${c.id}.yaml`), brief(c.id, c.date, [c.event]));
  const { documents, errors } = loadContent(findContentFiles([dir]));
  expect(errors).toEqual([]);
  const settings: Settings = {
    site: Site.parse({ baseUrl: "https://belarus.example.org/" }),
    outputs: {},
    shown: "belarusbrief.json",
    readFile: () => {
      throw new Error("no files");
    },
  };
  const names = ["markdown", "email", "feeds", "calendar", "cards", "posts", "site"];
  return (await renderOutputs(names, { documents, settings, cache: noCache, progress: () => {} })).artifacts;
}

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, htmlEntities: true });
const text = (a: Artifact) => (typeof a.content === "string" ? a.content : Buffer.from(a.content).toString("utf8"));
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** What a reader sees of the document `id` in one artifact, read with a real parser for its format. */
function readerText(a: Artifact, id: string): string | undefined {
  switch (a.kind) {
    case "markdown":
      return markdownToText(text(a).replace(/^---\n[\s\S]*?\n---\n/, ""));
    case "email-html":
    case "page":
      return htmlText(text(a));
    case "email-text":
      return text(a);
    case "rss": {
      const item = asArray(xml.parse(text(a)).rss.channel.item).find((i: any) => String(i.link).includes(`/${id}/`));
      return item ? htmlText(String(item["content:encoded"] ?? "")) : undefined;
    }
    case "atom": {
      const entry = asArray(xml.parse(text(a)).feed.entry).find((e: any) => String(e.id).includes(`/${id}/`));
      return entry ? htmlText(String(entry.content?.["#text"] ?? entry.content ?? "")) : undefined;
    }
    case "json-feed": {
      const item = JSON.parse(text(a)).items.find((i: any) => i.id.includes(`/${id}/`));
      return item ? htmlText(item.content_html) : undefined;
    }
    case "ics":
      return calendarText(text(a));
    case "card":
      return a.alt;
    case "post":
      return a.path.endsWith(".json")
        ? JSON.parse(text(a)).text
        : a.path.endsWith(".html")
          ? htmlText(text(a))
          : text(a);
    default:
      return undefined;
  }
}

// A calendar app shows an event's title, its date and its time in its zone: what DTSTART and
// DTEND say, in words.
function calendarText(ics: string): string {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => {
      const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
      const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time;
      const date = isoDate(start);
      const zone = vevent.getFirstProperty("dtstart")?.getParameter("tzid");
      const when =
        start.isDate || typeof zone !== "string"
          ? formatDate(date, "en")
          : `${formatDate(date, "en")}, ${formatTime({ date, time: clock(start), endTime: clock(end), endDate: isoDate(end), timeZone: zone }, "en")}`;
      return `${vevent.getFirstPropertyValue("summary")}: ${when}.`;
    })
    .join(" ");
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const clock = (t: ICAL.Time) => `${pad(t.hour)}:${pad(t.minute)}`;

describe("every output gives an event the same date and year", async () => {
  const artifacts = await build();

  for (const c of CASES) {
    it(`${c.id} (dated ${c.date}): ${c.title} on ${c.shown}`, () => {
      const ofDoc = artifacts.filter((a) => a.document === c.id || FEEDS.has(a.kind));
      const read = new Set<string>();
      for (const artifact of ofDoc) {
        const visible = readerText(artifact, c.id);
        if (visible === undefined || !visible.includes(c.title)) continue;
        const words = normalizeText(visible);
        read.add(artifact.kind);
        expect(words, `${artifact.path}`).toContain(c.shown);
        expect(words, `${artifact.path}`).not.toContain(c.wrong);
      }
      // Every kind of output that shows dates was read.
      const kinds = ["atom", "email-html", "email-text", "ics", "json-feed", "markdown", "page", "post", "rss"];
      expect([...read].sort()).toEqual(expect.arrayContaining(kinds));
    });
  }

  it("gives a past rally no card and no calendar links, and an upcoming one both", () => {
    const cards = (id: string) =>
      artifacts.filter((a) => a.kind === "card" && a.document === id).map((a) => a.alt ?? "");
    expect(cards("new-march-rally").some((alt) => alt.includes("Rally for prisoners"))).toBe(false);
    expect(
      cards("before-rally").some((alt) => alt.includes("March 25, 2021, 2:00 – 4:00 PM CT: Rally for prisoners")),
    ).toBe(true);
    const email = (id: string) =>
      htmlText(text(artifacts.find((a) => a.kind === "email-html" && a.document === id) as Artifact));
    expect(email("new-march-rally")).not.toMatch(/Add to calendar/);
    expect(email("before-rally")).toMatch(/Add to calendar/);
  });
});
