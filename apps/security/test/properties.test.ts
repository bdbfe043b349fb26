import { cleanText, FieldError, type ResolvedDocument } from "@belarusbrief/core";
import { renderEmail } from "@belarusbrief/email";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Output, renderOne, resolveFor, type TextAdapter } from "./adapters.js";
import { anyDocument, RUNS } from "./arbitraries.js";
import { byRole, contentOf, only } from "./artifacts.js";
import { calendarMismatches } from "./calendar.js";
import { icsProblems, icsText, parseMail, schemeOf } from "./checks.js";
import { knownSubjectSplit } from "./known-issues.js";
import { artifactProblems } from "./problems.js";
import { missing, missingIn, visibleText, withoutLinkAddresses } from "./visible.js";

/** Runs `check` on `RUNS` random documents, each resolved as a build resolves it. */
const property = (check: (doc: ResolvedDocument) => Promise<void>) =>
  fc.assert(
    fc.asyncProperty(anyDocument, (input) => check(resolveFor(input))),
    { numRuns: RUNS },
  );

// Parsing every artifact of 1,000 documents takes tens of seconds per adapter on a loaded machine.
const TIMEOUT = 600_000;

/** Renders `name` for `doc`; every artifact well-formed, allow-listed and clean. */
async function rendered(name: TextAdapter, doc: ResolvedDocument): Promise<Output> {
  const out = await renderOne(name, doc);
  const problems = (await Promise.all(out.artifacts.map((a) => artifactProblems(a, doc)))).flat();
  expect(problems).toEqual([]);
  return out;
}

describe(`any valid document, resolved (${RUNS} documents; FC_RUNS sets more)`, () => {
  it(
    "holds no character core's cleaner removes, in any string; every address it links is absolute https, http or mailto",
    () =>
      property(async (doc) => {
        const unclean: string[] = [];
        const unsafe: string[] = [];
        const walk = (value: unknown, path: string, key: string) => {
          if (typeof value === "string") {
            if (cleanText(value) !== value) unclean.push(`${path}: ${JSON.stringify(value)}`);
            // The document and each event as written keep addresses as typed (relative, placeholders);
            // `words` are the language's fixed words ("Online").
            if ((key === "url" || key === "online") && !/\.(document|event|words)\./.test(path)) {
              const scheme = schemeOf(value);
              const absolute =
                scheme === "mailto" || ((scheme === "https" || scheme === "http") && URL.canParse(value));
              if (!absolute) unsafe.push(`${path}: ${value}`);
            }
          } else if (Array.isArray(value)) {
            for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`, key);
          } else if (value && typeof value === "object")
            for (const [k, v] of Object.entries(value)) {
              if (cleanText(k) !== k) unclean.push(`${path} key ${JSON.stringify(k)}`);
              walk(v, `${path}.${k}`, k);
            }
        };
        walk(doc, "doc", "");
        expect(unclean).toEqual([]);
        expect(unsafe).toEqual([]);
      }),
    TIMEOUT,
  );
});

// Every adapter, every artifact: a strict parser of its format, allow-lists of elements,
// attributes, schemes and CSS, no character core's cleaner removes in the file or in any string a
// parser decodes from it, and every fact of the view (testkit's markers) shown exactly.
describe(`every output of any valid document (${RUNS} documents per adapter; FC_RUNS sets more)`, () => {
  it(
    "Markdown: front matter YAML, CommonMark/GFM with no raw HTML, no images, safe links; clean; every text",
    () =>
      property(async (doc) => {
        const { artifacts } = await rendered("markdown", doc);
        expect(missingIn(doc, only(artifacts, "document-markdown", doc.id))).toEqual([]);
      }),
    TIMEOUT,
  );

  it(
    "feeds: RSS, Atom and JSON Feed well-formed, their elements and keys only, entry HTML allow-listed; clean; every text",
    () =>
      property(async (doc) => {
        const { artifacts } = await rendered("feeds", doc);
        // The document's entry is in the feed of its language and in the feed of all languages, in each format.
        expect(artifacts.map((a) => a.kind).sort()).toEqual(["atom", "atom", "json-feed", "json-feed", "rss", "rss"]);
        for (const artifact of artifacts) expect(missingIn(doc, artifact), artifact.path).toEqual([]);
      }),
    TIMEOUT,
  );

  it(
    "iCalendar: RFC 5545 lines parsed by ical.js, known properties only; clean; every event's text, dates and time as the view says",
    () =>
      property(async (doc) => {
        const { artifacts } = await rendered("calendar", doc);
        if (doc.all.events.length === 0) {
          expect(byRole(artifacts, "document-calendar")).toEqual([]);
          return;
        }
        const { calendar } = icsProblems(contentOf(only(artifacts, "document-calendar", doc.id)));
        if (!calendar) throw new Error("no calendar");
        // Dates and times are data in a calendar (DTSTART, DTEND), compared with the view's below.
        const text = withoutLinkAddresses(icsText(calendar), doc);
        // A yearly entry repeats, so it names no one year's anniversary (`since`).
        const shown = (m: { kind: string; where: string }) =>
          m.kind === "event" && !/\.(date|time|since)$/.test(m.where);
        expect(missing(doc, text, { keep: shown })).toEqual([]);
        expect(calendarMismatches(calendar, doc)).toEqual([]);
      }),
    TIMEOUT,
  );

  it(
    "email: HTML parsed by parse5 without errors, allow-listed elements, attributes, schemes and CSS; clean; every text; a one-line subject; a .eml with exactly the expected headers",
    () =>
      property(async (doc) => {
        const { artifacts } = await rendered("email", doc);
        expect(missingIn(doc, only(artifacts, "email-html", doc.id))).toEqual([]);
        const subject = renderEmail(doc).subject;
        // biome-ignore lint/suspicious/noControlCharactersInRegex: a subject is one line without controls
        expect(subject).not.toMatch(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/);
        const mail = await parseMail(contentOf(only(artifacts, "email-message", doc.id)));
        expect(knownSubjectSplit(mail.subject ?? "", subject)).toBe(subject);
        // An empty subject (a title of only invisible characters) leaves the Subject header out.
        expect(mail.headers.has("subject")).toBe(subject !== "");
      }),
    TIMEOUT,
  );

  it(
    "web pages: HTML parsed by parse5 without errors, allow-listed elements, attributes, schemes and CSS; clean; every text",
    () =>
      property(async (doc) => {
        const { artifacts } = await rendered("site", doc);
        expect(byRole(artifacts, "index-page").length).toBeGreaterThan(0);
        expect(missingIn(doc, only(artifacts, "page", doc.id))).toEqual([]);
      }),
    TIMEOUT,
  );

  it(
    "posts: Telegram HTML in Telegram's tags, Bluesky JSON without control characters, links only to the document's page, nothing executable; clean; every text; or a FieldError naming the field",
    () =>
      property(async (doc) => {
        const { artifacts, refused } = await rendered("posts", doc);
        for (const { part, error } of refused) {
          // Only a word longer than a short post (a 1,200-letter word on X) is refused, at its field.
          expect(error, part).toBeInstanceOf(FieldError);
          expect(error.message).toMatch(/^\[@belarusbrief\/posts\] /);
          expect(error.path.length, error.message).toBeGreaterThan(0);
          expect(error.document).toBe(doc.id);
          expect(["telegram", "facebook"]).not.toContain(part);
        }
        expect(artifacts.every((a) => a.kind === "post" && a.document === doc.id)).toBe(true);
        expect(missing(doc, artifacts.map(visibleText).join("\n"))).toEqual([]);
      }),
    TIMEOUT,
  );
});
