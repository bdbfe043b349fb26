import { readFileSync } from "node:fs";
import {
  describeAdapter,
  htmlLanguages,
  htmlText,
  MARKER_KINDS,
  renderWith,
  resolvedFixture,
  TEST_SITE,
} from "@belarusbrief/testkit";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { adapter, renderEmail } from "../src/index.js";
import { allDocuments, OPTIONS, render } from "./documents.js";
import { elements, visibleHtmlText } from "./html-tree.js";

describeAdapter({
  adapter,
  options: OPTIONS,
  snapshots: new URL("__snapshots__/", import.meta.url),
  snapshot: { "email-html": "html", "email-text": "txt" },
  shows: { "email-html": MARKER_KINDS, "email-text": MARKER_KINDS },
  visibleText: (artifact) =>
    artifact.kind === "email-text" ? plainVisible(String(artifact.content)) : htmlText(String(artifact.content)),
  languages: { kinds: ["email-html"], marks: (artifact) => htmlLanguages(String(artifact.content)) },
});

describe("options", () => {
  const doc = resolvedFixture("minimal");
  it("asks for the footer addresses with preset none, as a fix", () => {
    expect(() => renderEmail(doc, { preset: "none" })).toThrow(
      /^\[@belarusbrief\/email\] preset "none" needs "unsubscribeUrl"; give .*preset "none" needs "archiveUrl"/,
    );
  });
  it("rejects a javascript: unsubscribe address and a setting it does not know", () => {
    expect(() =>
      renderEmail(doc, { preset: "none", unsubscribeUrl: "javascript:alert(1)", archiveUrl: "https://x.org/a" }),
    ).toThrow(/"unsubscribeUrl" must be an https:/);
    expect(adapter.options.safeParse({ baseUrl: "https://x.org/" }).success).toBe(false);
  });
  it("defaults to the Mailchimp preset, as the settings always did", () => {
    expect(adapter.options.parse({})).toEqual({ preset: "mailchimp" });
  });
  it.each([
    ["mailchimp", "*|UNSUB|*", "*|ARCHIVE|*"],
    ["buttondown", "{{ unsubscribe_url }}", "{{ email_url }}"],
    ["listmonk", "{{ UnsubscribeURL }}", "{{ MessageURL }}"],
    ["brevo", "{{ unsubscribe }}", "{{ mirror }}"],
  ] as const)("preset %s puts its merge tags in the footer links and the text", (preset, unsub, archive) => {
    const email = renderEmail(doc, { preset });
    const hrefs = elements(email.html)
      .filter((e) => e.tagName === "a")
      .map((a) => attr(a, "href"));
    expect(hrefs.slice(-2)).toEqual([archive, unsub]);
    expect(email.text).toContain(`: ${unsub}\n`);
  });
  it("uses the options' own addresses with preset none", () => {
    const email = renderEmail(doc, {
      preset: "none",
      unsubscribeUrl: "https://x.org/u?id=1&b=2",
      archiveUrl: "https://x.org/a",
    });
    const hrefs = elements(email.html)
      .filter((e) => e.tagName === "a")
      .map((a) => attr(a, "href"));
    expect(hrefs.slice(-2)).toEqual(["https://x.org/a", "https://x.org/u?id=1&b=2"]);
  });
  it("writes the footer and headings of its own in the options' locale", () => {
    const email = renderEmail(resolvedFixture("full-brief"), { ...OPTIONS, locale: "be" });
    expect(visibleHtmlText(email.html)).toContain("Адкрыць у браўзеры");
    expect(email.text).toContain("Адпісацца: *|UNSUB|*");
  });
  it("loads report photos only from the site's assetBaseUrl", () => {
    const imgs = (site: object) =>
      elements(renderEmail(resolvedFixture("full-brief", { ...TEST_SITE, ...site }), OPTIONS).html).filter(
        (e) => e.tagName === "img",
      );
    expect(imgs({})).toEqual([]);
    const [img] = imgs({ assetBaseUrl: "https://assets.belarus.example.org/2030-01/" });
    expect(attr(img, "src")).toBe("https://assets.belarus.example.org/2030-01/images/boston.jpg");
    expect(attr(img, "alt")).toBe("People with white-red-white flags in front of the State House");
  });
});

describe("html", () => {
  const config = json("./htmlvalidate.json");
  const validator = new HtmlValidate({ ...config, elements: ["html5", json("./email-elements.json")] });
  for (const [name, doc] of allDocuments()) {
    it(`${name}: valid for html-validate with the email config; headings never skip a level`, async () => {
      const html = render(doc).html;
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      );
      expect(messages).toEqual([]);
      const levels = elements(html)
        .filter((e) => /^h[1-6]$/.test(e.tagName))
        .map((e) => Number(e.tagName.slice(1)));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
      });
    });
  }

  it("the email config is strict: a layout table without role and an image without alt fail", async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="en" dir="ltr"><head><title>t</title></head><body><table><tr><td><img src="https://x.org/a.png" width="1"></td></tr></table></body></html>',
    );
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/role/), expect.stringMatching(/alt/)]));
  });

  it("links only to https:, http: and mailto:, and fetches nothing", () => {
    for (const [, doc] of allDocuments()) {
      for (const el of elements(render(doc).html)) {
        const href = attr(el, "href");
        if (el.tagName === "a" && href && !/^\*\|[A-Z]+\|\*$/.test(href))
          expect(new URL(href).protocol).toMatch(/^(https|http|mailto):$/);
        expect(["img", "link", "script", "iframe", "object", "embed", "video", "audio", "source"]).not.toContain(
          el.tagName,
        );
        expect(el.attrs.filter((a) => /^on/i.test(a.name))).toEqual([]);
      }
    }
  });

  it("styles every element inline and keeps only the phone and dark rules in the head, under Gmail's 16 KB", () => {
    const html = render(resolvedFixture("full-brief")).html;
    const styles = elements(html).filter((e) => e.tagName === "style");
    expect(styles).toHaveLength(1);
    const css = textOf(styles[0]);
    expect(Buffer.byteLength(css)).toBeLessThan(16 * 1024);
    expect(css).toContain("@media (prefers-color-scheme:dark)");
    // Depth of braces: a rule inside a single @media is depth 2; a nested @-rule would reach 3.
    let depth = 0;
    let max = 0;
    for (const ch of css) {
      if (ch === "{") max = Math.max(max, ++depth);
      if (ch === "}") depth--;
    }
    expect(max).toBe(2);
    // Outside the @media blocks there is no rule: everything else is inline.
    expect(css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\}/g, "")).toBe("");
    const unstyled = elements(html).filter(
      (e) => ["p", "h1", "h2", "h3", "a", "td", "ul", "li", "blockquote"].includes(e.tagName) && !attr(e, "style"),
    );
    expect(unstyled.map((e) => e.tagName)).toEqual([]);
    const metas = elements(html)
      .filter((e) => e.tagName === "meta")
      .map((m) => `${attr(m, "name")}=${attr(m, "content")}`);
    expect(metas).toEqual(expect.arrayContaining(["color-scheme=light dark", "supported-color-schemes=light dark"]));
  });

  it("marks every block in another language with lang and dir (bilingual appeal)", () => {
    const html = render(resolvedFixture("full-appeal")).html;
    const root = elements(html).find((e) => e.tagName === "html");
    expect([attr(root, "lang"), attr(root, "dir")]).toEqual(["be", "ltr"]);
    const english = elements(html).filter((e) => attr(e, "lang") === "en");
    const texts = english.map((e) => visibleHtmlText(`<body>${serializeInner(e)}</body>`));
    expect(texts.join(" ")).toContain("I am writing to thank you for your support of democracy in Belarus.");
    expect(texts.join(" ")).toContain("political prisoners");
    for (const e of english) expect(attr(e, "dir")).toBe("ltr");
  });

  it("prints each postal address as an address element in its own language, one envelope line per line", () => {
    const doc = resolvedFixture("full-brief");
    const addresses = doc.all.actions.flatMap((a) => a.addresses);
    expect(addresses.length).toBeGreaterThan(1);
    const printed = elements(render(doc).html)
      .filter((e) => e.tagName === "address")
      .map((e) => ({ lang: attr(e, "lang"), dir: attr(e, "dir"), lines: linesOf(e) }));
    expect(printed).toEqual(addresses.map((a) => ({ lang: a.locale, dir: "ltr", lines: a.lines })));
  });

  it("puts Outlook ghost tables and a VML button in mso comments", () => {
    const html = render(resolvedFixture("full-brief")).html;
    const comments = [...html.matchAll(/<!--\[if mso\]>([\s\S]*?)<!\[endif\]-->/g)].map((m) => m[1] ?? "");
    expect(comments.some((c) => /<table role="presentation" width="600"/.test(c))).toBe(true);
    expect(
      comments.filter((c) => c.includes("<v:roundrect") && c.includes('href="https://politzek.me/en"')),
    ).toHaveLength(1);
  });

  it("lists dates in the view's order with the view's time phrase, calendar links for upcoming ones only", () => {
    const doc = resolvedFixture("full-brief");
    const html = render(doc).html;
    const text = htmlText(html);
    const events = doc.all.events;
    const order = events.map((e) => text.indexOf(e.title));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain("February 14, 2030, 12:00 – 2:00 PM CT Rally at Daley Plaza");
    const google = elements(html).filter((e) => attr(e, "href")?.startsWith("https://calendar.google.com/"));
    expect(google).toHaveLength(events.filter((e) => e.calendar).length);
    expect(google.map((a) => attr(a, "href"))).toEqual(events.flatMap((e) => (e.calendar ? [e.calendar.google] : [])));
  });

  it("keeps the hidden preheader first in the body", () => {
    const email = render(resolvedFixture("full-brief"));
    const pre = elements(email.html).find((e) => attr(e, "class") === "pre");
    expect(attr(pre, "style")).toMatch(/display:\s*none/);
    expect(textOf(pre)).toMatch(/^Sanctions widen, prisoners' birthdays, and rallies in five cities\./);
    expect(email.preheader).toBe("Sanctions widen, prisoners' birthdays, and rallies in five cities.");
  });

  it("shortens a long preheader to 150 characters at a word", () => {
    const doc = { ...resolvedFixture("minimal"), description: `${"word ".repeat(40)}end` };
    const { preheader } = render(doc);
    expect([...preheader].length).toBeLessThanOrEqual(150);
    expect(preheader).toMatch(/^word( word)+…$/);
  });
});

describe("hostile input", () => {
  it("renders nothing executable and shows every character as text", () => {
    const email = render(resolvedFixture("hostile"));
    const els = elements(email.html);
    for (const tag of ["script", "iframe", "svg", "img", "object", "embed"])
      expect(els.filter((e) => e.tagName === tag)).toEqual([]);
    expect(els.flatMap((e) => e.attrs.filter((a) => /^on/i.test(a.name)))).toEqual([]);
    expect(els.filter((e) => /^\s*javascript:/i.test(attr(e, "href") ?? ""))).toEqual([]);
    // One <style> (ours), none from the author.
    expect(els.filter((e) => e.tagName === "style")).toHaveLength(1);
    const visible = visibleHtmlText(email.html);
    for (const text of [
      "<script>alert('x')</script> & ]]> <in> *bold* _u_ [a](javascript:alert(1)) | pipe",
      "<iframe src=//evil.example>",
      "<style>body{display:none}</style> Share it",
      "Summary with <svg onload=alert(1)> & ]]>",
      "🇧🇾 Łacinka: Łukašenka žyvie ŭ strachu",
    ]) {
      expect(visible).toContain(text);
    }
    expect(email.subject).toBe(
      "<script>alert('x')</script> & ]]> <in> *bold* _u_ [a](javascript:alert(1)) | pipe · February 2030",
    );
  });
});

describe("text part", () => {
  for (const [name, doc] of allDocuments()) {
    it(`${name}: wraps at 72 columns and never breaks a link`, () => {
      const { text } = render(doc);
      const long = text.split("\n").filter((line) => [...line].length > 72);
      // Only a single unbreakable word (an address) may run past the margin.
      for (const line of long) expect(line.trim().replace(/^(\[\d+\]|[-*>|#]) /, "")).not.toMatch(/\s/);
      const refs = [...text.matchAll(/^\[(\d+)\] (\S+)$/gm)];
      expect(refs.map((m) => m[1])).toEqual(refs.map((_, i) => String(i + 1)));
      for (const [, , url] of refs) expect(new URL(url ?? "").protocol).toMatch(/^(https|http|mailto):$/);
      const cited = new Set([...text.matchAll(/ \[(\d+)\]/g)].map((m) => m[1]));
      expect(cited.size).toBe(refs.length);
    });
  }

  it("lists every statistic, date and call to action of the brief with its link numbers", () => {
    const { text } = render(resolvedFixture("full-brief"));
    expect(text).toMatch(
      /^\* over 35,000 — protesters detained since August 2020 \(as of January 31,\n {2}2030, via Viasna\)$/m,
    );
    expect(text).toMatch(/^\* March 25, 2030 · every year · 112th anniversary: Freedom Day$/m);
    const write = /^Write \[(\d+)\]$/m.exec(text)?.[1];
    expect(text).toContain(`\n[${write}] https://politzek.me/en\n`);
  });

  it("prints each postal address under its label, its lines one under the other", () => {
    const doc = resolvedFixture("full-brief");
    const { text } = render(doc);
    for (const address of doc.all.actions.flatMap((a) => a.addresses)) {
      const block = [`${address.label}:`, "", ...address.lines.map((line) => `    ${line}`)].join("\n");
      expect(text).toContain(`\n${block}\n\n`);
    }
  });

  it("wraps a long list item of a field under its marker, and keeps preformatted text as written", () => {
    const doc = resolvedFixture("minimal");
    const body = [
      {
        type: "list" as const,
        ordered: false,
        items: [
          [{ type: "paragraph" as const, children: [{ type: "text" as const, value: "word ".repeat(30).trim() }] }],
        ],
      },
      { type: "codeBlock" as const, value: `${"x ".repeat(45).trim()}\n  indented` },
    ];
    const { text } = render({ ...doc, blocks: [{ type: "text", path: ["body"], text: body }] });
    expect(text).toMatch(/^- word( word)+\n {2}word/m);
    expect(text).toContain(`    ${"x ".repeat(45).trim()}\n      indented`);
  });
});

describe("adapter", () => {
  it("makes the HTML, text and message of each document, with kinds, roles and media types", async () => {
    const doc = resolvedFixture("full-brief");
    const { artifacts, warnings } = await renderWith(adapter, [doc], { options: OPTIONS });
    expect(artifacts.map(({ content: _, ...info }) => info)).toEqual([
      {
        kind: "email-html",
        role: "email-html",
        path: "email/2030-01.html",
        mediaType: "text/html; charset=utf-8",
        document: "2030-01",
        locale: "en",
      },
      {
        kind: "email-text",
        role: "email-text",
        path: "email/2030-01.txt",
        mediaType: "text/plain; charset=utf-8",
        document: "2030-01",
        locale: "en",
      },
      {
        kind: "eml",
        role: "email-message",
        path: "email/2030-01.eml",
        mediaType: "message/rfc822",
        document: "2030-01",
        locale: "en",
      },
    ]);
    expect(artifacts[0]?.content).toBe(render(doc).html);
    expect(warnings).toEqual([]);
  });

  it("warns through the build when Gmail would clip the HTML (over 102 KB)", async () => {
    const doc = resolvedFixture("full-brief");
    const [section] = doc.sections;
    const many = { ...section!, items: Array.from({ length: 400 }, () => section!.items[0]!) };
    const big = { ...doc, blocks: [{ type: "section" as const, section: many }] };
    const { warnings } = await renderWith(adapter, [big], { options: OPTIONS });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ document: "2030-01", path: [] });
    expect(warnings[0]?.message).toMatch(
      /^the email HTML is \d+ KB, \d+ KB over Gmail's ~102 KB limit: Gmail will clip it; split/,
    );
  });
});

describe("seed documents", () => {
  it("has the seed 000 brief under 35 KB of HTML", () => {
    const seed = allDocuments().find(([name]) => name.startsWith("seed-2021-02"));
    expect(seed).toBeDefined();
    const { html } = render(seed![1]);
    console.log(`seed 000 HTML: ${Buffer.byteLength(html)} bytes`);
    expect(Buffer.byteLength(html)).toBeLessThan(35 * 1024);
  });
});

/**
 * The words of the plain-text part without its typography: list bullets, quotation bars and
 * reference numbers are decoration a reader skips, as the bullets of a Markdown list are.
 */
function plainVisible(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*(?:(?:[-*>]|\d+\.)(?: |$))+/, ""))
    .join("\n")
    .replace(/\s+\[\d+\]/g, "");
}

function attr(el: { attrs: { name: string; value: string }[] } | undefined, name: string): string | undefined {
  return el?.attrs.find((a) => a.name === name)?.value;
}

function textOf(el: { childNodes?: unknown[] } | undefined): string {
  return ((el?.childNodes ?? []) as { value?: string; childNodes?: unknown[] }[])
    .map((c) => c.value ?? textOf(c))
    .join("");
}

function serializeInner(el: { childNodes?: unknown[] }): string {
  return textOf(el).replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;"));
}

function json(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
}

/** The text of an element split at its `br` elements: the lines a reader sees. */
function linesOf(element: ReturnType<typeof elements>[number]): string[] {
  const lines = [""];
  for (const child of element.childNodes) {
    if (child.nodeName === "br") lines.push("");
    else lines[lines.length - 1] += "value" in child ? child.value : textOf(child as { childNodes?: unknown[] });
  }
  return lines;
}
