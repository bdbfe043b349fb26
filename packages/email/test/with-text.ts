import { Document, type DocumentInput, type ResolvedDocument, resolve } from "@belarusbrief/core";
import { fixture, TEST_SITE } from "@belarusbrief/testkit";

// Keys whose string values are texts a reader sees (plain or Markdown); ids, dates, URLs, enums are not.
const TEXT_KEYS = new Set([
  "title",
  "tagline",
  "summary",
  "intro",
  "text",
  "name",
  "description",
  "heading",
  "lead",
  "body",
  "measure",
  "location",
  "note",
  "addressee",
  "items",
  "recipients",
  "institution",
  "street",
  "town",
  "region",
  "city",
  "source",
  "dateline",
]);

/**
 * The full brief (or another fixture) with `payload` appended to every text a reader sees,
 * validated and resolved as a build resolves it (the payload's Markdown parsed by core).
 */
export function withText(payload: string, name: "full-brief" | "full-news-item" = "full-brief"): ResolvedDocument {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return TEXT_KEYS.has(key) ? `${value} ${payload}` : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  const document = Document.parse(walk(structuredClone(fixture(name)), "") as DocumentInput);
  return resolve(document, { baseUrl: String(TEST_SITE.baseUrl) });
}
