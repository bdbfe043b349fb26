import { Document, type DocumentInput, resolve } from "@belarusbrief/core";
import { FIXTURE_NAMES, fixture, htmlText, TEST_SITE } from "@belarusbrief/testkit";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { renderDocumentPage, renderIndex } from "../src/index.js";
import { elements } from "./dom.js";

type Node = DefaultTreeAdapterMap["node"];

const SETUP = { site: TEST_SITE };

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters no page may carry
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const CONTROLS =
  "Intro \u0001 with \u0000 controls \u0085 \u007f \ufdd0 \uffff \ud800 &#xFFFE; &#xFFFF; &#x1; &#0; &#xFDD0;";
const OVERRIDES = "right \u202Eevil\u202C \u2066iso\u2069 \u202A\u202B\u202D end &#x202E;back &#x2067;x";
const TABLE = "\n\n| city | time |\n|---|---|\n| Boston | 12:00 |";

// Keys whose string values are texts a reader sees (plain or Markdown); ids, dates, URLs, enums are not.
const TEXT_KEYS = new Set(
  "title tagline summary intro text name description heading lead body measure location note addressee items recipients city source dateline".split(
    " ",
  ),
);

/** A fixture with `payload` appended to every text a reader sees, validated by the model and resolved. */
function withText(payload: string, name: (typeof FIXTURE_NAMES)[number]) {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return TEXT_KEYS.has(key) ? `${value} ${payload}` : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  const doc = Document.parse(walk(structuredClone(fixture(name)), "") as DocumentInput);
  return resolve(doc, { baseUrl: TEST_SITE.baseUrl as string, pagesUrl: `${TEST_SITE.baseUrl}site/` });
}

/** Parses a page with parse5, collecting every parse error. */
function parsed(html: string): { root: Node; errors: string[] } {
  const errors: string[] = [];
  const root = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return { root, errors };
}

/** Text nodes and attribute values as the browser decodes them. */
function decodedStrings(node: Node): string[] {
  const own = node.nodeName === "#text" ? [(node as DefaultTreeAdapterMap["textNode"]).value] : [];
  const attrs = "attrs" in node ? node.attrs.map((a) => a.value) : [];
  const children = "childNodes" in node ? node.childNodes : [];
  return [...own, ...attrs, ...children.flatMap(decodedStrings)];
}

describe("control characters and noncharacters", () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: a page of a document full of them has no parse error and carries none`, () => {
      const doc = withText(CONTROLS, name);
      for (const html of [renderDocumentPage(doc, SETUP), renderIndex([doc], SETUP)]) {
        const { root, errors } = parsed(html);
        expect(errors).toEqual([]);
        expect(decodedStrings(root).filter((s) => FORBIDDEN.test(s))).toEqual([]);
        expect(Buffer.from(html, "utf8").toString("utf8")).toBe(html);
      }
    });
  }
});

describe("bidi embedding, override and isolate controls", () => {
  it("are removed from every text and attribute of the page, the letters around them kept", () => {
    const html = renderDocumentPage(withText(OVERRIDES, "full-brief"), SETUP);
    const { root, errors } = parsed(html);
    expect(errors).toEqual([]);
    expect(decodedStrings(root).filter((s) => BIDI.test(s))).toEqual([]);
    const visible = htmlText(html);
    // A Markdown field decodes the references; a plain field shows them as typed.
    expect(visible).toContain("repression in Гомель. right evil iso end back x");
    expect(visible).toContain("BelarusBrief right evil iso end &#x202E;back &#x2067;x");
  });
});

describe("GFM tables", () => {
  it("render as tables in every Markdown field, an event description included, never as escaped source", () => {
    const doc = withText(TABLE, "full-brief");
    const html = renderDocumentPage(doc, SETUP);
    const { root, errors } = parsed(html);
    expect(errors).toEqual([]);
    expect(htmlText(html)).not.toMatch(/<\/?t(able|head|body|r|h|d)\b/);
    const tables = elements(root).filter((e) => e.tagName === "table");
    for (const table of tables) {
      const cells = elements(table).filter((e) => e.tagName === "th" || e.tagName === "td");
      expect(cells.map((c) => textOf(c).trim())).toEqual(["city", "time", "Boston", "12:00"]);
    }
    // Every event description is inside a list item of the events list, with its table.
    const events = elements(root).find((e) => e.tagName === "ul" && e.attrs.some((a) => a.value === "events"));
    const described = doc.all.events.filter((e) => e.description).length;
    expect(described).toBeGreaterThan(0);
    expect(elements(events as Node).filter((e) => e.tagName === "table")).toHaveLength(described);
    // …as in the intro and every other Markdown field (at least intro, lead, section intros).
    expect(tables.length).toBeGreaterThan(described + 3);
  });
});

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}
