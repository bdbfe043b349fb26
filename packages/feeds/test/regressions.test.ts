// biome-ignore-all lint/suspicious/noExplicitAny: parsed XML and JSON are untyped
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { collect, Document, type DocumentInput, type Event } from "@belarusbrief/core";
import { fixture, fixtures, hasTool, seedDocuments } from "@belarusbrief/testkit";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renderAtom, renderCalendar, renderJsonFeed, renderRss } from "../src/index.js";
import { htmlText, OPTIONS, parseXml, tempFile, textOf } from "./helpers.js";

// Regressions for bugs found by apps/security (known-issues.test.ts), each checked by a real parser.

const doc = (patch: Record<string, unknown>, base = "minimal") =>
  Document.parse({ ...fixture(base as "minimal"), ...patch } as DocumentInput);

/** full-brief with the first event patched. */
function briefWithEvent(patch: Partial<Event>): Document {
  const input = structuredClone(fixture("full-brief")) as any;
  const section = input.sections.find((s: any) => s.events?.length);
  Object.assign(section.events[0], patch);
  return Document.parse(input);
}

const CAL = { baseUrl: OPTIONS.baseUrl };

// ical.js does not know NAME (RFC 7986) or X-WR-CALNAME and would return them still escaped; both are TEXT.
for (const name of ["name", "x-wr-calname"]) (ICAL.design.icalendar.property as any)[name] = { defaultType: "text" };

const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true });
(addFormats as unknown as typeof addFormats.default)(ajv);
const validateJsonFeed = ajv.compile(
  JSON.parse(readFileSync(new URL("checks/jsonfeed-1.1.schema.json", import.meta.url), "utf8")),
);
const isUri = ajv.compile({ type: "string", format: "uri" });

/** Problems of a JSON Feed: JSON Feed 1.1 schema (with ajv-formats) and strings holding controls or noncharacters. */
function jsonProblems(text: string): string[] {
  const value = JSON.parse(text);
  const problems = validateJsonFeed(value) ? [] : [ajv.errorsText(validateJsonFeed.errors)];
  const walk = (v: any): void => {
    if (typeof v === "string" && BAD_TEXT.test(v)) problems.push(`string ${JSON.stringify(v)}`);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return problems;
}

// Anything but XML 1.0 Char (section 2.2), plus C1 controls and noncharacters, which no output should carry.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const BAD_TEXT = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** Problems of RSS or Atom: characters XML forbids, fast-xml-parser's validator, and xmllint when installed. */
function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) problems.push(`U+${bad[0].codePointAt(0)?.toString(16).toUpperCase()} is not an XML Char`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) problems.push(`fast-xml-parser: ${valid.err.msg}`);
  if (hasTool("xmllint")) {
    const run = spawnSync("xmllint", ["--noout", tempFile("feed.xml", text)], { encoding: "utf8" });
    if (run.status !== 0) problems.push(`xmllint: ${run.stderr}`);
  }
  return problems;
}

/** Problems of an iCalendar file as text: CRLF lines only, no controls, no noncharacters; and ical.js parsing. */
function icsProblems(text: string): { problems: string[]; calendar: ICAL.Component } {
  const problems: string[] = [];
  const lines = text.split("\r\n");
  if (lines.pop() !== "") problems.push("does not end with CRLF");
  lines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1} holds a bare CR or LF`);
    if (BAD_TEXT.test(line)) problems.push(`line ${i + 1} holds a control or noncharacter`);
    if (Buffer.byteLength(line) > 75) problems.push(`line ${i + 1} is longer than 75 octets`);
  });
  return { problems, calendar: new ICAL.Component(ICAL.parse(text)) };
}

const veventTexts = (calendar: ICAL.Component) =>
  calendar
    .getAllSubcomponents("vevent")
    .map((e) => ["summary", "location", "description"].map((n) => String(e.getFirstPropertyValue(n) ?? "")).join(" "))
    .join(" ");

describe("characters XML, JSON Feed and iCalendar cannot carry", () => {
  const hostileText = "a &#xFFFE; b &#x1; c &#xFDD0; d &#x85; e \u{1FFFF} f";

  it("are stripped after Markdown rendering from RSS and Atom (xmllint, fast-xml-parser), text kept", () => {
    const d = doc({ intro: hostileText, title: "T\uFFFF\u0085itle" });
    for (const render of [renderRss, renderAtom]) {
      const out = render([d], OPTIONS);
      expect(xmlProblems(out)).toEqual([]);
      expect(out).toMatch(/a\s+b\s+c\s+d\s+e\s+f/);
    }
    expect(textOf(parseXml(renderAtom([d], OPTIONS)).feed.entry[0].title)).toBe("Title");
  });

  it("are stripped from JSON Feed strings, which stay valid", () => {
    const out = renderJsonFeed([doc({ intro: hostileText })], OPTIONS);
    expect(jsonProblems(out)).toEqual([]);
    expect(htmlText(JSON.parse(out).items[0].content_html)).toMatch(/a\s+b\s+c\s+d\s+e\s+f/);
  });

  it("are stripped from calendar descriptions rendered from Markdown", () => {
    const { problems, calendar } = icsProblems(renderCalendar(briefWithEvent({ description: hostileText }), CAL));
    expect(problems).toEqual([]);
    expect(veventTexts(calendar)).toMatch(/a\s+b\s+c\s+d\s+e\s+f/);
  });
});

describe("calendar TEXT escaping", () => {
  const title = "Brief\rATTACH:https://evil.example/x";

  it("escapes a carriage return in the calendar name (NAME, X-WR-CALNAME) instead of starting a line", () => {
    const input = { ...fixture("full-brief"), title } as DocumentInput;
    const { problems, calendar } = icsProblems(renderCalendar(Document.parse(input), CAL));
    expect(problems).toEqual([]);
    expect(calendar.getAllProperties().map((p) => p.name)).not.toContain("attach");
    expect(calendar.getFirstPropertyValue("name")).toBe("Brief\nATTACH:https://evil.example/x");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Brief\nATTACH:https://evil.example/x");
  });

  it("keeps CR, LF, ; , and \\ of every event text as text (SUMMARY, LOCATION, DESCRIPTION)", () => {
    const nasty = "One\rTwo\r\nThree\nFour; five, six \\ seven";
    const ics = renderCalendar(briefWithEvent({ title: nasty, location: nasty, description: "x" }), {
      ...CAL,
      title: `Cal\r\n${nasty}`,
    });
    const { problems, calendar } = icsProblems(ics);
    expect(problems).toEqual([]);
    const event = calendar.getFirstSubcomponent("vevent");
    for (const name of ["summary", "location"])
      expect(event?.getFirstPropertyValue(name)).toBe("One\nTwo\nThree\nFour; five, six \\ seven");
    expect(calendar.getFirstPropertyValue("name")).toBe(`Cal\nOne\nTwo\nThree\nFour; five, six \\ seven`);
    // The same properties as with harmless texts: nothing was injected.
    const names = (c: ICAL.Component) =>
      c.getAllSubcomponents("vevent").map((e) => e.getAllProperties().map((p) => p.name));
    const plain = renderCalendar(briefWithEvent({ title: "x", location: "y", description: "x" }), CAL);
    expect(names(calendar)).toEqual(names(new ICAL.Component(ICAL.parse(plain))));
  });
});

describe("URLs are RFC 3986 URIs (ajv-formats uri)", () => {
  it("percent-encodes an author URL with ] in JSON Feed and Atom", () => {
    const d = doc({ author: { name: "A", url: "https://example.org/a]b" } });
    const json = renderJsonFeed([d], OPTIONS);
    expect(jsonProblems(json)).toEqual([]);
    expect(JSON.parse(json).items[0].authors).toEqual([{ name: "A", url: "https://example.org/a%5Db" }]);
    expect(parseXml(renderAtom([d], OPTIONS)).feed.entry[0].author.uri).toBe("https://example.org/a%5Db");
  });

  it("percent-encodes page addresses from documentUrl and the site address in every feed", () => {
    const options = {
      ...OPTIONS,
      baseUrl: "https://example.org/bb|[x]/",
      documentUrl: (d: Document) => `https://example.org/p a^g{e}/${d.id}/`,
    };
    const docs = Object.values(fixtures());
    const json = JSON.parse(renderJsonFeed(docs, options));
    expect(jsonProblems(JSON.stringify(json))).toEqual([]);
    const urls = [json.home_page_url, json.feed_url, ...json.items.flatMap((i: any) => [i.id, i.url])];
    for (const url of urls) expect(isUri(url), url).toBe(true);
    expect(json.items[0].url).toMatch(/^https:\/\/example\.org\/p%20a%5Eg%7Be%7D\//);
    const atom = parseXml(renderAtom(docs, options)).feed;
    const atomUrls = [atom.id, ...atom.link.map((l: any) => l["@href"]), ...atom.entry.map((e: any) => e.id)];
    for (const url of atomUrls) expect(isUri(url), url).toBe(true);
    expect(xmlProblems(renderRss(docs, options))).toEqual([]);
  });

  it("rejects a documentUrl that is not an absolute address, with a fix", () => {
    expect(() => renderAtom([fixture("minimal")], { ...OPTIONS, documentUrl: () => "/relative/" })).toThrow(
      /\[@belarusbrief\/feeds\] "\/relative\/" is not an absolute http\(s\) address; make documentUrl return one/,
    );
  });

  it("percent-encodes an event URL in the calendar", () => {
    const { problems, calendar } = icsProblems(
      renderCalendar(briefWithEvent({ url: "https://example.org/route|[1]" }), CAL),
    );
    expect(problems).toEqual([]);
    const url = String(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("url"));
    expect(url).toBe("https://example.org/route%7C%5B1%5D");
    expect(isUri(url)).toBe(true);
  });
});

describe("author names that show nothing", () => {
  // The model now rejects such names, but the adapter is the last line: a name can still be emptied by cleaning.
  const withAuthorName = (name: string) => Object.assign(doc({}), { author: { name } }) as Document;

  it("fall back to the site author in JSON Feed, Atom and RSS", () => {
    const d = withAuthorName("\u0001");
    const json = JSON.parse(renderJsonFeed([d], OPTIONS));
    expect(jsonProblems(JSON.stringify(json))).toEqual([]);
    expect(json.items[0].authors).toEqual([{ name: OPTIONS.author.name, url: OPTIONS.author.url }]);
    const atom = renderAtom([d], OPTIONS);
    expect(xmlProblems(atom)).toEqual([]);
    expect(parseXml(atom).feed.entry[0].author.name).toBe(OPTIONS.author.name);
    const rss = renderRss([d], OPTIONS);
    expect(xmlProblems(rss)).toEqual([]);
    expect(parseXml(rss).rss.channel.item[0].author).toBe(`${OPTIONS.author.email} (${OPTIONS.author.name})`);
  });

  it("fall back to the site's title when the site author's name shows nothing too", () => {
    const options = { ...OPTIONS, author: { name: "\u0001\u200b", url: "https://belarus.example.org/about/" } };
    const json = JSON.parse(renderJsonFeed([withAuthorName("\u0002")], options));
    expect(jsonProblems(JSON.stringify(json))).toEqual([]);
    expect(json.authors).toEqual([{ name: "BelarusBrief", url: "https://belarus.example.org/about/" }]);
    expect(json.items[0].authors).toEqual(json.authors);
  });
});

describe("calendar descriptions", () => {
  it("keep the alt text of a Markdown image", () => {
    const ics = renderCalendar(briefWithEvent({ description: "See ![the march route](images/route.png) here" }), CAL);
    const { problems, calendar } = icsProblems(ics);
    expect(problems).toEqual([]);
    expect(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("description")).toMatch(
      /^See the march route here/,
    );
  });
});

describe("calendars name no third-party host", () => {
  const docs = [...Object.values(fixtures()), ...Object.values(seedDocuments())];

  it("write no TZURL, and no URL but the site's and the events' own", () => {
    for (const d of docs) {
      const ics = renderCalendar(d, CAL);
      const { problems, calendar } = icsProblems(ics);
      expect(problems, d.id).toEqual([]);
      const unfolded = ics.replace(/\r\n[ \t]/g, "");
      expect(
        calendar.getAllSubcomponents("vtimezone").flatMap((z) => z.getAllProperties("tzurl")),
        d.id,
      ).toEqual([]);
      expect(unfolded, d.id).not.toMatch(/tzurl/i);
      const own = collect(d).events.flatMap(({ value: e }) => [e.url, e.online, e.description ?? ""]);
      const allowed = new Set([new URL(OPTIONS.baseUrl).host, ...own.flatMap(hostsIn)]);
      for (const host of hostsIn(unfolded)) expect(allowed, `${d.id}: ${host}`).toContain(host);
    }
  });

  it("would catch a TZURL (so the check can fail)", () => {
    expect(hostsIn("TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Minsk")).toEqual(["tzurl.org"]);
  });
});

function hostsIn(text: string | undefined): string[] {
  return [...(text ?? "").matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/\s\\;,?#"'<>]+)/gi)].map((m) =>
    (m[1] ?? "").toLowerCase(),
  );
}
