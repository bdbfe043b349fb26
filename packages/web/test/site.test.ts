import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix } from "node:path";
import { LOCALES } from "@belarusbrief/core";
import { hasTool } from "@belarusbrief/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/index.js";
import { attr, elements, parseHtml } from "./dom.js";
import { pngSize } from "./png.js";
import { BASE_URL, SITE, writeSite } from "./site-on-disk.js";

let site: ReturnType<typeof writeSite>;
beforeAll(() => {
  site = writeSite();
});
afterAll(() => {
  if (site) rmSync(site.root, { recursive: true, force: true });
});

const parsed = () => site.pages.map((page) => ({ page, els: elements(parseHtml(String(page.content))) }));

describe("the built site", () => {
  it("has an index, an index per language, and a page per document", () => {
    const paths = site.pages.map((p) => p.path);
    expect(paths).toContain("site/index.html");
    expect(paths).toContain("site/en/index.html");
    expect(paths).toContain("site/be/index.html");
    expect(paths).toContain("site/briefs/2021-02/index.html");
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.length).toBe(site.docs.length + 1 + new Set(site.docs.map((d) => d.locale)).size);
    for (const doc of site.docs) {
      const page = site.pages.find((p) => p.document === doc.id);
      expect(`${BASE_URL}${page?.path.replace(/index\.html$/, "")}`).toBe(doc.url);
    }
  });

  it("is the same bytes when built twice", () => {
    const again = buildSite(site.docs, { site: SITE, artifacts: site.artifacts });
    expect(again).toEqual(site.pages);
  });

  it("has one h1 per page and never skips a heading level", () => {
    for (const { page, els } of parsed()) {
      const levels = els.filter((e) => /^h[1-6]$/.test(e.tagName)).map((e) => Number(e.tagName[1]));
      expect(
        levels.filter((l) => l === 1),
        page.path,
      ).toHaveLength(1);
      levels.forEach((level, i) => {
        expect(level - (levels[i - 1] ?? 0), `${page.path} heading ${i}`).toBeLessThanOrEqual(1);
      });
    }
  });

  it("loads nothing: no scripts, images, frames, objects or external stylesheets", () => {
    for (const { page, els } of parsed()) {
      const loaders = els.filter((e) =>
        ["script", "img", "iframe", "object", "embed", "video", "audio", "source"].includes(e.tagName),
      );
      expect(loaders, page.path).toEqual([]);
      expect(
        els.filter((e) => e.tagName === "link" && attr(e, "rel") === "stylesheet"),
        page.path,
      ).toEqual([]);
      expect(
        els.flatMap((e) => e.attrs.filter((a) => a.name.startsWith("on") || a.name === "style")),
        page.path,
      ).toEqual([]);
    }
  });

  it("links only with https:, http:, mailto: or relative addresses, and every relative one exists", () => {
    for (const { page, els } of parsed()) {
      for (const el of els.filter(
        (e) => (e.tagName === "a" || e.tagName === "link") && attr(e, "href") !== undefined,
      )) {
        const href = attr(el, "href") ?? "";
        if (attr(el, "rel") === "canonical") continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
          expect(href, page.path).toMatch(/^(https?:\/\/[^/]|mailto:)/);
          continue;
        }
        const target = posix.join(dirname(page.path), decodeURI(href.split("#")[0] ?? ""));
        expect(existsSync(join(site.root, target)), `${page.path} → ${href}`).toBe(true);
      }
    }
  });

  it("sets lang on <html> and only known languages anywhere", () => {
    for (const { page, els } of parsed()) {
      expect(attr(els[0] as never, "lang"), page.path).toBe(page.locale);
      for (const lang of els.map((e) => attr(e, "lang") ?? attr(e, "hreflang")).filter(Boolean)) {
        expect(LOCALES, page.path).toContain(lang);
      }
    }
  });

  it("points Open Graph and Twitter tags at card files of the stated size, and og:url at the canonical URL", () => {
    for (const { page, els } of parsed().filter(({ page }) => page.document)) {
      const meta = (key: string) =>
        els
          .find((e) => e.tagName === "meta" && (attr(e, "property") === key || attr(e, "name") === key))
          ?.attrs.find((a) => a.name === "content")?.value;
      const canonical = els.find((e) => e.tagName === "link" && attr(e, "rel") === "canonical");
      expect(meta("og:url")).toBe(attr(canonical as never, "href"));
      expect(meta("og:url")).toBe(`${BASE_URL}${page.path.replace(/index\.html$/, "")}`);
      const image = meta("og:image") ?? "";
      expect(image.startsWith(BASE_URL), page.path).toBe(true);
      expect(meta("twitter:image")).toBe(image);
      expect(meta("twitter:card")).toBe("summary_large_image");
      expect(meta("og:image:alt")).toBeTruthy();
      const size = pngSize(readFileSync(join(site.root, image.slice(BASE_URL.length))));
      expect({ width: String(size.width), height: String(size.height) }).toEqual({
        width: meta("og:image:width"),
        height: meta("og:image:height"),
      });
      expect(meta("description")?.length).toBeGreaterThan(0);
    }
  });

  it("announces every feed with its type and language", () => {
    const [index] = parsed();
    const alternates = index?.els.filter((e) => e.tagName === "link" && attr(e, "rel") === "alternate") ?? [];
    expect(alternates.map((e) => [attr(e, "type"), attr(e, "hreflang"), attr(e, "href")])).toEqual(
      site.artifacts
        .filter((a) => a.role === "publications-feed" || a.role === "news-feed")
        .map((f) => [
          (
            {
              rss: "application/rss+xml",
              atom: "application/atom+xml",
              "json-feed": "application/feed+json",
            } as Record<string, string>
          )[f.kind],
          f.locale,
          `../${f.path}`,
        ]),
    );
  });

  it("is valid HTML for the Nu HTML Checker", { timeout: 60_000 }, () => {
    if (!hasTool("java", ["-version"])) return;
    const jar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar")), "build/dist/vnu.jar");
    const files = site.pages.map((p) => join(site.root, p.path));
    const run = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", ...files], { encoding: "utf8" });
    const messages = (JSON.parse(run.stderr || run.stdout) as { messages: { url: string; message: string }[] })
      .messages;
    expect(messages.map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  });
});
