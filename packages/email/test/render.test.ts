import { describeConformance, fixture, seedDocuments } from "@belarusbrief/testkit";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { renderEmail } from "../src/index.js";
import { allDocuments, OPTIONS, render } from "./documents.js";
import { elements, visibleHtmlText } from "./html-tree.js";

const snapshots = new URL("__snapshots__/", import.meta.url);

describeConformance({
  name: "@belarusbrief/email html",
  render,
  serialize: (email) => email.html,
  extension: "html",
  snapshots,
  visibleText: (email) => visibleHtmlText(email.html),
});

describeConformance({
  name: "@belarusbrief/email text",
  render,
  serialize: (email) => email.text,
  extension: "txt",
  snapshots,
  visibleText: (email) => plainVisible(email.text),
});

describe("options", () => {
  const doc = fixture("minimal");
  it("asks for the footer addresses with preset none, as a fix", async () => {
    await expect(renderEmail(doc, { preset: "none" })).rejects.toThrow(
      /^\[@belarusbrief\/email\] preset "none" needs "unsubscribeUrl"; pass it .*preset "none" needs "archiveUrl"/,
    );
  });
  it("rejects a javascript: unsubscribe address and a non-http asset base", async () => {
    await expect(
      renderEmail(doc, { preset: "none", unsubscribeUrl: "javascript:alert(1)", archiveUrl: "https://x.org/a" }),
    ).rejects.toThrow(/"unsubscribeUrl" must be an https:/);
    await expect(renderEmail(doc, { preset: "mailchimp", assetBaseUrl: "ftp://x.org/" })).rejects.toThrow(
      /"assetBaseUrl"/,
    );
  });
  it.each([
    ["mailchimp", "*|UNSUB|*", "*|ARCHIVE|*"],
    ["buttondown", "{{ unsubscribe_url }}", "{{ email_url }}"],
    ["listmonk", "{{ UnsubscribeURL }}", "{{ MessageURL }}"],
    ["brevo", "{{ unsubscribe }}", "{{ mirror }}"],
  ] as const)("preset %s puts its merge tags in the footer links and the text", async (preset, unsub, archive) => {
    const email = await renderEmail(doc, { preset });
    const hrefs = elements(email.html)
      .filter((e) => e.tagName === "a")
      .map((a) => attr(a, "href"));
    expect(hrefs.slice(-2)).toEqual([archive, unsub]);
    expect(email.text).toContain(`: ${unsub}\n`);
  });
  it("uses the caller's addresses with preset none", async () => {
    const email = await renderEmail(doc, {
      preset: "none",
      unsubscribeUrl: "https://x.org/u?id=1&b=2",
      archiveUrl: "https://x.org/a",
    });
    const hrefs = elements(email.html)
      .filter((e) => e.tagName === "a")
      .map((a) => attr(a, "href"));
    expect(hrefs.slice(-2)).toEqual(["https://x.org/a", "https://x.org/u?id=1&b=2"]);
  });
  it("loads report photos only from assetBaseUrl", async () => {
    const imgs = async (o: object) =>
      elements((await renderEmail(fixture("full-brief"), { ...OPTIONS, ...o })).html).filter(
        (e) => e.tagName === "img",
      );
    expect(await imgs({})).toEqual([]);
    const [img] = await imgs({ assetBaseUrl: "https://assets.belarus.example.org/2030-01/" });
    expect(attr(img, "src")).toBe("https://assets.belarus.example.org/2030-01/images/boston.jpg");
    expect(attr(img, "alt")).toBe("People with white-red-white flags in front of the State House");
  });
});

describe("html", () => {
  const config = require_("./htmlvalidate.json");
  const validator = new HtmlValidate({ ...config, elements: ["html5", require_("./email-elements.json")] });
  for (const [name, doc] of allDocuments()) {
    it(`${name}: valid for html-validate with the email config`, async () => {
      const report = await validator.validateString((await render(doc)).html);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      );
      expect(messages).toEqual([]);
    });
  }

  it("the email config is strict: a layout table without role and an image without alt fail", async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="en" dir="ltr"><head><title>t</title></head><body><table><tr><td><img src="https://x.org/a.png" width="1"></td></tr></table></body></html>',
    );
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/role/), expect.stringMatching(/alt/)]));
  });

  it("links only to https:, http: and mailto:, and fetches nothing", async () => {
    for (const [, doc] of allDocuments()) {
      const html = (await render(doc)).html;
      for (const el of elements(html)) {
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

  it("keeps the head stylesheet under Gmail's 16 KB, with @media blocks one level deep", async () => {
    const html = (await render(fixture("full-brief"))).html;
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
    const metas = elements(html)
      .filter((e) => e.tagName === "meta")
      .map((m) => `${attr(m, "name")}=${attr(m, "content")}`);
    expect(metas).toEqual(expect.arrayContaining(["color-scheme=light dark", "supported-color-schemes=light dark"]));
  });

  it("marks every block in another language with lang and dir (bilingual appeal)", async () => {
    const html = (await render(fixture("full-appeal"))).html;
    const root = elements(html).find((e) => e.tagName === "html");
    expect([attr(root, "lang"), attr(root, "dir")]).toEqual(["be", "ltr"]);
    const english = elements(html).filter((e) => attr(e, "lang") === "en");
    const texts = english.map((e) => visibleHtmlText(`<body>${serializeInner(e)}</body>`));
    expect(texts.join(" ")).toContain("I am writing to thank you for your support of democracy in Belarus.");
    expect(texts.join(" ")).toContain("political prisoners");
    for (const e of english) expect(attr(e, "dir")).toBe("ltr");
  });

  it("puts Outlook ghost tables and a VML button in mso comments", async () => {
    const html = (await render(fixture("full-brief"))).html;
    const comments = [...html.matchAll(/<!--\[if mso\]>([\s\S]*?)<!\[endif\]-->/g)].map((m) => m[1] ?? "");
    expect(comments.some((c) => /<table role="presentation" width="600"/.test(c))).toBe(true);
    expect(
      comments.filter((c) => c.includes("<v:roundrect") && c.includes('href="https://politzek.me/en"')),
    ).toHaveLength(1);
  });

  it("lists upcoming dates soonest first from the document date, each with calendar links", async () => {
    const html = (await render(fixture("full-brief"))).html;
    const text = visibleHtmlText(html);
    const order = ["Rally at Daley Plaza", "Letters evening", "Freedom Day"].map((t) => text.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const google = elements(html).filter((e) => attr(e, "href")?.startsWith("https://calendar.google.com/"));
    expect(google).toHaveLength(3);
  });

  it("keeps the hidden preheader first in the body", async () => {
    const email = await render(fixture("full-brief"));
    const pre = elements(email.html).find((e) => attr(e, "class") === "pre");
    expect(attr(pre, "style")).toMatch(/display:\s*none/);
    expect(textOf(pre)).toMatch(/^Sanctions widen, prisoners' birthdays, and rallies in five cities\./);
    expect(email.preheader).toBe("Sanctions widen, prisoners' birthdays, and rallies in five cities.");
  });
});

describe("hostile input", () => {
  it("renders nothing executable and shows every character as text", async () => {
    const doc = fixture("hostile");
    const email = await render(doc);
    const els = elements(email.html);
    expect(els.map((e) => e.tagName)).not.toEqual(expect.arrayContaining(["script"]));
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
    it(`${name}: wraps at 72 columns and never breaks a link`, async () => {
      const { text } = await render(doc);
      const long = text.split("\n").filter((line) => [...line].length > 72);
      // Only a single unbreakable word (an address) may run past the margin.
      for (const line of long) expect(line.trim().replace(/^(\[\d+\]|[*>|#]) /, "")).not.toMatch(/\s/);
      const refs = [...text.matchAll(/^\[(\d+)\] (\S+)$/gm)];
      expect(refs.map((m) => m[1])).toEqual(refs.map((_, i) => String(i + 1)));
      for (const [, , url] of refs) expect(new URL(url ?? "").protocol).toMatch(/^(https|http|mailto):$/);
      const cited = new Set([...text.matchAll(/ \[(\d+)\]/g)].map((m) => m[1]));
      expect(cited.size).toBe(refs.length);
    });
  }

  it("lists every statistic, date and call to action of the brief with its link numbers", async () => {
    const { text } = await render(fixture("full-brief"));
    expect(text).toMatch(
      /^\* over 35,000 — protesters detained since August 2020 \(as of January 31,\n {2}2030, Source: Viasna\)$/m,
    );
    expect(text).toMatch(/^\* March 25, 2030 · every year: Freedom Day$/m);
    const write = /^Write \[(\d+)\]$/m.exec(text)?.[1];
    expect(text).toContain(`\n[${write}] https://politzek.me/en\n`);
  });
});

describe("seed documents", () => {
  it("has the seed 000 brief under 35 KB of HTML", async () => {
    const seed = Object.entries(seedDocuments()).find(([path]) => path.startsWith("2021-02"));
    expect(seed).toBeDefined();
    const { html } = await render(seed![1]);
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
    .map((line) => line.replace(/^\s*(?:(?:[*>]|\d+\.)(?: |$))+/, ""))
    .join("\n")
    .replace(/ \[\d+\]/g, "");
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

function require_(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
}

import { readFileSync } from "node:fs";
