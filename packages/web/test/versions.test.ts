import { LANGUAGE_NAMES, resolve } from "@belarusbrief/core";
import { fixture, resolvedFixture, TEST_SITE } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/index.js";
import { attr, elements, parseHtml } from "./dom.js";

const BASE = TEST_SITE.baseUrl as string;
const text = (e: { childNodes?: unknown[] }) =>
  (e.childNodes ?? []).map((c) => (c as { value?: string }).value ?? "").join("");

describe("language versions of one document", () => {
  const english = resolvedFixture("full-brief");
  const belarusian = resolve(
    { ...fixture("belarusian"), translationOf: english.id },
    { baseUrl: BASE, pagesUrl: `${BASE}site/` },
  );

  it("link to each other in <head> (hreflang, with themselves) and on the page, in each language's own name", () => {
    const pages = buildSite([english, belarusian, resolvedFixture("minimal")], { site: TEST_SITE });
    const page = (id: string) => parseHtml(String(pages.find((p) => p.document === id)?.content ?? ""));
    const alternates = (id: string) =>
      elements(page(id))
        .filter(
          (e) => e.tagName === "link" && attr(e, "rel") === "alternate" && attr(e, "hreflang") && !attr(e, "type"),
        )
        .map((e) => [attr(e, "hreflang"), attr(e, "href")]);
    const both = [
      ["en", `${BASE}site/briefs/2030-01/`],
      ["be", `${BASE}site/briefs/2030-03-be/`],
    ];
    expect(alternates("2030-01")).toEqual(both);
    expect(alternates("2030-03-be")).toEqual([both[1], both[0]]);
    const versions = elements(page("2030-01")).find((e) => e.tagName === "p" && attr(e, "class") === "versions");
    expect(versions).toBeDefined();
    const link = elements(versions as never).find((e) => e.tagName === "a");
    expect(link && attr(link, "href")).toBe("../2030-03-be/index.html");
    expect(link && attr(link, "lang")).toBe("be");
    expect(link && text(link)).toBe(LANGUAGE_NAMES.be);
    expect(alternates("minimal")).toEqual([]);
  });
});
