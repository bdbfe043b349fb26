// biome-ignore-all lint/suspicious/noExplicitAny: parsed feeds are untyped
import type { Document } from "@belarusbrief/core";
import { type MarkerKind, markersOf, normalizeText } from "@belarusbrief/testkit";
import fc from "fast-check";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { hasEvents, renderOne } from "./adapters.js";
import { anyDocument, RUNS } from "./arbitraries.js";
import {
  EMAIL_POLICY,
  FEED_HTML_POLICY,
  htmlProblems,
  htmlText,
  icsProblems,
  icsText,
  jsonFeedProblems,
  markdownProblems,
  markdownText,
  PAGE_POLICY,
  textOf,
  xmlFeedProblems,
} from "./checks.js";
import { knownSubjectSplit } from "./known-issues.js";

// Markdown fields: the outputs' Markdown parsers (marked, micromark) disagree on emphasis delimiters
// next to emoji, list markers and tables, and outputs drop control characters before parsing; so
// these are compared word by word (every letter sequence of the field must appear). Plain-text
// fields are compared exactly, as one string.
const MARKDOWN_FIELD = /(^|\.)(intro|body|text|summary|description)$|\.items\[\d+\]$/;
const words = (s: string) => s.normalize("NFC").match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
// A fence's info string ("```js") is not shown by every parser, and character references inside raw
// HTML stay undecoded in the testkit's markers: both are left out of a field's words.
// Addresses are left out too: GFM autolink literals and CommonMark HTML blocks make parsers disagree
// on where an address ends.
const fieldWords = (s: string) =>
  words(
    s
      .replace(/```+[^\n]*/g, " ")
      .replace(/&#?[a-z0-9]+;/gi, " ")
      .replace(/(https?:\/\/|www\.|mailto:)\S*/gi, " "),
  );

/** Texts of `doc` (of the given kinds) that a reader of `visible` would not find. */
function missing(doc: Document, visible: string, kinds?: readonly MarkerKind[]): string[] {
  // CommonMark turns U+0000 into U+FFFD; outputs drop it with the other control characters.
  // Outputs drop noncharacters (U+FFFE, U+FFFF) too, which normalizeText keeps.
  const clean = (t: string) => normalizeText(t.replace(/[\ufffd\ufffe\uffff]/g, "")).normalize("NFC");
  const text = clean(visible);
  const letters = text.normalize("NFC");
  const shown = (m: { where: string; text: string }) =>
    MARKDOWN_FIELD.test(m.where)
      ? fieldWords(clean(m.text)).every((w) => letters.includes(w))
      : text.includes(clean(m.text));
  // Outputs remove control characters before parsing Markdown, which can change how it parses
  // ("\u0000<b>" is text, "<b>" raw HTML): a marker also counts as shown as its control-free parse.
  const withoutControls = new Map(markersOf(stripControls(doc)).map((m) => [m.where, m]));
  return markersOf(doc)
    .filter((m) => !kinds || kinds.includes(m.kind))
    .filter((m) => !shown(m) && !shown(withoutControls.get(m.where) ?? m))
    .map((m) => `${m.where}: ${JSON.stringify(m.text)}`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters outputs remove
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function stripControls<T>(value: T): T {
  if (typeof value === "string") return value.replace(CONTROLS, "") as T;
  if (Array.isArray(value)) return value.map(stripControls) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripControls(v)])) as T;
  return value;
}

const property = (check: (doc: Document) => Promise<void>) =>
  fc.assert(fc.asyncProperty(anyDocument, check), { numRuns: RUNS });

describe(`every output of any valid document (${RUNS} documents per adapter; FC_RUNS sets more)`, () => {
  it("Markdown: valid CommonMark/GFM with no raw HTML, no images, safe links, every text", () =>
    property(async (doc) => {
      const { markdown = "" } = await renderOne("markdown", doc);
      const { problems, tree } = markdownProblems(markdown);
      expect(problems).toEqual([]);
      // Known bug: an unclosed ``` in one field turns the rest of the file into a code block.
      if (!JSON.stringify(doc).includes("```")) expect(missing(doc, markdownText(tree))).toEqual([]);
    }));

  it("RSS: well-formed XML of RSS elements only; entry HTML allow-listed; every text", () =>
    property(async (doc) => {
      const { rss = "" } = await renderOne("rss", doc);
      const { problems, parsed } = xmlFeedProblems(rss, "rss");
      expect(problems).toEqual([]);
      const item = parsed.rss.channel.item[0];
      const html = [textOf(item.description), textOf(item["content:encoded"])];
      expect(html.flatMap((h) => htmlProblems(h, FEED_HTML_POLICY, true))).toEqual([]);
      expect(missing(doc, [textOf(item.title), ...html.map((h) => htmlText(h, true))].join(" "))).toEqual([]);
    }));

  it("Atom: well-formed XML of Atom elements only; entry HTML allow-listed; every text", () =>
    property(async (doc) => {
      const { atom = "" } = await renderOne("atom", doc);
      const { problems, parsed } = xmlFeedProblems(atom, "atom");
      expect(problems).toEqual([]);
      const entry = parsed.feed.entry[0];
      const html = [textOf(entry.summary), textOf(entry.content)];
      expect(html.flatMap((h) => htmlProblems(h, FEED_HTML_POLICY, true))).toEqual([]);
      expect(missing(doc, [textOf(entry.title), ...html.map((h) => htmlText(h, true))].join(" "))).toEqual([]);
    }));

  it("JSON Feed: valid JSON Feed 1.1 (schema), known keys, http(s) URLs; entry HTML allow-listed; every text", () =>
    property(async (doc) => {
      const { jsonFeed = "" } = await renderOne("jsonFeed", doc);
      const { problems, parsed } = jsonFeedProblems(jsonFeed);
      expect(problems).toEqual([]);
      const item = parsed.items[0];
      expect(htmlProblems(item.content_html ?? "", FEED_HTML_POLICY, true)).toEqual([]);
      expect(missing(doc, `${item.title} ${item.summary ?? ""} ${htmlText(item.content_html ?? "", true)}`)).toEqual(
        [],
      );
    }));

  it("iCalendar: RFC 5545 lines, parsed by ical.js, known properties only; every event text", () =>
    property(async (doc) => {
      if (!hasEvents(doc)) return;
      const { ics = "" } = await renderOne("ics", doc);
      const { problems, calendar } = icsProblems(ics);
      expect(problems).toEqual([]);
      expect(missing(doc, calendar ? icsText(calendar) : "", ["event"])).toEqual([]);
    }));

  it("email: HTML parsed by parse5 without errors, allow-listed elements, attributes, schemes and CSS; every text; a one-line subject; a parseable .eml", () =>
    property(async (doc) => {
      const out = await renderOne("email", doc);
      const html = out.emailHtml ?? "";
      expect(htmlProblems(html, EMAIL_POLICY)).toEqual([]);
      expect(missing(doc, htmlText(html))).toEqual([]);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a subject is one line without controls
      expect(out.emailSubject).not.toMatch(/[\u0000-\u001f\u007f]/);
      const subject = out.emailSubject ?? "";
      const mail = await simpleParser(out.eml ?? "");
      expect(knownSubjectSplit(mail.subject ?? "", subject)).toBe(subject);
      // An empty subject (a title of only invisible characters) leaves the Subject header out.
      const headers = ["content-type", "date", "from", "message-id", "mime-version", "to"];
      if (subject !== "") headers.push("subject");
      expect([...mail.headers.keys()].sort()).toEqual(headers.sort());
    }));

  it("web page: HTML parsed by parse5 without errors, allow-listed elements, attributes, schemes and CSS; every text", () =>
    property(async (doc) => {
      const { page = "" } = await renderOne("page", doc);
      expect(htmlProblems(page, PAGE_POLICY)).toEqual([]);
      expect(missing(doc, htmlText(page))).toEqual([]);
    }));
});

export type { MarkerKind };
