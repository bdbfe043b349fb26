import { Document, type DocumentInput } from "@belarusbrief/core";
import { fixture } from "@belarusbrief/testkit";

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
  "city",
  "source",
  "dateline",
]);

/** The full brief (or another fixture) with `payload` appended to every text a reader sees, validated. */
export function withText(payload: string, name: "full-brief" | "full-news-item" = "full-brief"): Document {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return TEXT_KEYS.has(key) ? `${value} ${payload}` : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return Document.parse(walk(structuredClone(fixture(name)), "") as DocumentInput);
}
