import { readFileSync } from "node:fs";
import type { ResolvedDocument } from "@belarusbrief/core";
import { HtmlValidate } from "html-validate";
import { simpleParser } from "mailparser";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { buildEml, MERGE_TAGS, PRESETS, renderEmail } from "../src/index.js";
import { visibleHtmlText } from "./html-tree.js";
import { withText } from "./with-text.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Every opener of Go templates (Listmonk), Django/Jinja (Buttondown, Brevo) and Mailchimp merge tags. */
const OPENER = /\{\{|\{%|\{#|\*\||\|\*/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters no output may carry
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

const TEMPLATES =
  "Copied text: {{ TrackView }} {{.Subscriber.Email}} {% if x %} {# c #} *|FNAME|* *|UNSUB|* &#123;&#123; Ref &#x7b;% Ref2 {{{";
const CONTROLS =
  "Intro \u0001 with \u0000 controls \u0085 \u007f \ufdd0 \uffff \ud800 &#xFFFE; &#xFFFF; &#x1; &#0; &#xFDD0;";
const OVERRIDES = "right \u202Eevil\u202C \u2066iso\u2069 \u202A\u202B\u202D end &#x202E;back &#x2067;x";

const envelope = {
  from: "a@belarus.example.org",
  to: "b@example.org",
  date: "2030-01-31",
  messageId: "t@belarus.example.org",
};

function optionsFor(preset: (typeof PRESETS)[number]) {
  return preset === "none"
    ? { preset, unsubscribeUrl: "https://x.org/u?a=1", archiveUrl: "https://x.org/a" }
    : { preset };
}

/** Parses HTML with parse5, collecting every parse error. */
function parseHtml(html: string): { root: Node; errors: string[] } {
  const errors: string[] = [];
  const root = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return { root, errors };
}

function elementsOf(node: Node): Element[] {
  const own = "tagName" in node ? [node] : [];
  const children = "childNodes" in node ? node.childNodes : [];
  return [...own, ...children.flatMap(elementsOf)];
}

/** Text nodes and (unless `textOnly`) attribute values as the browser decodes them. */
function decodedStrings(node: Node, textOnly = false): string[] {
  const own = node.nodeName === "#text" ? [(node as DefaultTreeAdapterMap["textNode"]).value] : [];
  const attrs = "attrs" in node && !textOnly ? node.attrs.map((a) => a.value) : [];
  const children = "childNodes" in node ? node.childNodes : [];
  return [...own, ...attrs, ...children.flatMap((c) => decodedStrings(c, textOnly))];
}

/** The source with the preset's own merge tags cut out: what is left came from the document or the layout. */
function withoutMergeTags(source: string, preset: (typeof PRESETS)[number]): string {
  const tags = MERGE_TAGS[preset];
  return tags ? source.replaceAll(tags.unsubscribe, "").replaceAll(tags.archive, "") : source;
}

const render = (doc: ResolvedDocument, preset: (typeof PRESETS)[number]) => renderEmail(doc, optionsFor(preset));

describe("template syntax from the document never reaches a sending service's template engine", () => {
  const doc = withText(TEMPLATES);
  const news = withText(TEMPLATES, "full-news-item");

  for (const preset of PRESETS) {
    it(`${preset}: no opener in the HTML, text, subject or preheader; the footer's merge tags intact`, async () => {
      for (const d of [doc, news]) {
        const email = render(d, preset);
        // The service reads the raw source, before any HTML parsing: it must hold no opener at all.
        expect(withoutMergeTags(email.html, preset)).not.toMatch(OPENER);
        expect(withoutMergeTags(email.text, preset)).not.toMatch(OPENER);
        expect(email.subject).not.toMatch(OPENER);
        expect(email.preheader).not.toMatch(OPENER);
        // …while readers still see exactly what the author typed (nothing was deleted).
        const { root, errors } = parseHtml(email.html);
        expect(errors).toEqual([]);
        expect(visibleHtmlText(email.html)).toContain("Copied text: {{ TrackView }} {{.Subscriber.Email}} {% if x %}");
        expect(email.text.replaceAll("\u2060", "")).toContain("{{ TrackView }}");
        expect(email.subject.replaceAll("\u2060", "")).toContain("{{ TrackView }}");
        // The footer's merge tags are written as they are, in the source and the text part.
        const tags = MERGE_TAGS[preset];
        if (tags) {
          const hrefs = elementsOf(root)
            .filter((e) => e.tagName === "a")
            .map((a) => a.attrs.find((x) => x.name === "href")?.value);
          expect(hrefs.slice(-2)).toEqual([tags.archive, tags.unsubscribe]);
          expect(email.html).toContain(`href="${tags.unsubscribe}"`);
          expect(email.html).toContain(`href="${tags.archive}"`);
          expect(email.text).toMatch(new RegExp(`: ${escapeRegExp(tags.unsubscribe)}\\n`));
        }
      }
    });
  }

  it("an address from the document has its delimiters percent-encoded (same address, no opener)", async () => {
    const input = withText("[a link](https://example.org/p?q={{TrackView}}|*|X|*)");
    const email = render(input, "listmonk");
    expect(withoutMergeTags(email.html, "listmonk")).not.toMatch(OPENER);
    expect(withoutMergeTags(email.text, "listmonk")).not.toMatch(OPENER);
    expect(email.text).toContain("https://example.org/p?q=%7B%7BTrackView%7D%7D%7C*%7CX%7C*");
  });

  it("stays neutralised through the .eml (mailparser decodes the transfer encodings)", async () => {
    const email = render(doc, "buttondown");
    const parsed = await simpleParser(await buildEml(email, envelope));
    expect(withoutMergeTags(String(parsed.html), "buttondown")).not.toMatch(OPENER);
    expect(withoutMergeTags(String(parsed.text), "buttondown")).not.toMatch(OPENER);
    expect(parsed.subject).not.toMatch(OPENER);
  });
});

describe("control characters and noncharacters", () => {
  for (const name of ["full-brief", "full-news-item"] as const) {
    it(`${name}: parse5 finds no parse error; the text part, subject and preheader carry none`, async () => {
      const email = render(withText(CONTROLS, name), "listmonk");
      expect(parseHtml(email.html).errors).toEqual([]);
      expect(decodedStrings(parseHtml(email.html).root).filter((s) => FORBIDDEN.test(s))).toEqual([]);
      for (const text of [email.text, email.subject, email.preheader]) {
        expect(text).not.toMatch(FORBIDDEN);
        // Lone surrogates: a well-formed string survives a UTF-8 round trip unchanged.
        expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
      }
      expect(visibleHtmlText(email.html)).toContain("Intro with controls");
    });
  }

  it("the .eml parses back identical, without them", async () => {
    const email = render(withText(CONTROLS), "mailchimp");
    const parsed = await simpleParser(await buildEml(email, envelope));
    expect(parsed.text).toBe(email.text);
    expect(parsed.html).toBe(email.html);
    expect(String(parsed.text)).not.toMatch(FORBIDDEN);
  });
});

describe("bidi embedding, override and isolate controls", () => {
  it("are removed from the HTML (as parsed), the text part, subject and preheader", async () => {
    const email = render(withText(OVERRIDES), "brevo");
    const { root, errors } = parseHtml(email.html);
    expect(errors).toEqual([]);
    expect(decodedStrings(root).filter((s) => BIDI.test(s))).toEqual([]);
    for (const text of [email.text, email.subject, email.preheader]) expect(text).not.toMatch(BIDI);
    // The letters around them stay, in typed order (a plain field shows the references as typed).
    const visible = visibleHtmlText(email.html).replace(/\s+/g, " ");
    expect(visible).toContain("repression in Гомель. right evil iso end back x");
    expect(visible).toContain("BelarusBrief right evil iso end &#x202E;back &#x2067;x");
  });
});

describe("GFM tables in Markdown fields", () => {
  it("render as data tables in every Markdown field (an event description, the intro), never as source", async () => {
    const email = render(withText("\n\n| city | time |\n|:---|---:|\n| Boston | 12:00 |"), "mailchimp");
    const { root, errors } = parseHtml(email.html);
    expect(errors).toEqual([]);
    const tables = elementsOf(root).filter((e) => e.tagName === "table" && e.attrs.some((a) => a.value === "data"));
    const descriptions = withText("x").all.events.filter((e) => e.description);
    // One table per Markdown field that got the payload: at least the intro and every event description.
    expect(tables.length).toBeGreaterThan(1 + (descriptions?.length ?? 0));
    for (const table of tables) {
      // Only the attributes every email element may have (no alignment, nothing from the author).
      const names = new Set(elementsOf(table).flatMap((e) => e.attrs.map((a) => a.name)));
      expect([...names].filter((n) => !["role", "class", "style"].includes(n))).toEqual([]);
      const cells = elementsOf(table).filter((e) => e.tagName === "th" || e.tagName === "td");
      expect(cells.map((c) => decodedStrings(c, true).join("").trim())).toEqual(["city", "time", "Boston", "12:00"]);
    }
    expect(visibleHtmlText(email.html)).not.toMatch(/<\/?t(able|d|r|h)/);
    expect(email.text).toContain("city | time\n");
    // And they pass the same strict email html-validate config as every fixture.
    const config = JSON.parse(readFileSync(new URL("./htmlvalidate.json", import.meta.url), "utf8"));
    const elements = JSON.parse(readFileSync(new URL("./email-elements.json", import.meta.url), "utf8"));
    const report = await new HtmlValidate({ ...config, elements: ["html5", elements] }).validateString(email.html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
