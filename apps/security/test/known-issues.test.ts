import { Document, type DocumentInput } from "@belarusbrief/core";
import { renderEmail } from "@belarusbrief/email";
import { renderMarkdown } from "@belarusbrief/markdown";
import { fixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { checkPrivacy } from "../../cli/src/privacy/check-privacy.js";
import { BASE_URL, renderAll } from "./adapters.js";
import {
  EMAIL_POLICY,
  htmlProblems,
  icsProblems,
  icsText,
  jsonFeedProblems,
  markdownProblems,
  markdownText,
  PAGE_POLICY,
  xmlFeedProblems,
} from "./checks.js";
import { parseHtml, visibleText } from "./html.js";

// Adapter bugs this suite found, each now fixed in its adapter: kept as regression tests.

const doc = (patch: Partial<DocumentInput>) => Document.parse({ ...fixture("minimal"), ...patch } as DocumentInput);

describe("adapter bugs found by this suite stay fixed", () => {
  it("email and web: a control character in Markdown (intro) reaches the HTML (parse error)", async () => {
    const out = await renderAll(doc({ intro: "Intro \u0001 with \u0000 controls \u0085" }));
    expect(htmlProblems(out.emailHtml, EMAIL_POLICY)).toEqual([]);
    expect(htmlProblems(out.page, PAGE_POLICY)).toEqual([]);
  });

  it("feeds: the Markdown reference &#xFFFE; puts U+FFFE into RSS CDATA, which is not XML", async () => {
    const out = await renderAll(doc({ intro: "a &#xFFFE; b" }));
    expect(xmlFeedProblems(out.rss, "rss").problems).toEqual([]);
  });

  it("feeds: a carriage return in a title starts a new calendar line (NAME, X-WR-CALNAME)", async () => {
    const input = { ...fixture("full-brief"), title: "Brief\rATTACH:https://evil.example/x" } as DocumentInput;
    const out = await renderAll(Document.parse(input));
    expect(icsProblems(out.ics ?? "").problems).toEqual([]);
  });

  it("feeds: an author URL with ] (valid for the model) is written unencoded: not a JSON Feed uri", async () => {
    const out = await renderAll(doc({ author: { name: "A", url: "https://example.org/a]b" } }));
    expect(jsonFeedProblems(out.jsonFeed).problems).toEqual([]);
  });

  it("core: an author name of only invisible characters is refused (it gave feeds an empty author {})", () => {
    const result = Document.safeParse({ ...fixture("minimal"), author: { name: "\u0001" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["author", "name"],
      message: expect.stringMatching(/has no visible character/),
    });
  });

  it("feeds: a calendar DESCRIPTION drops the alt text of a Markdown image", async () => {
    const input = fixture("full-brief") as DocumentInput & { sections: { events?: { description?: string }[] }[] };
    const section = input.sections.find((s) => s.events?.length);
    const event = section?.events?.[0];
    if (!event) throw new Error("full-brief has no event");
    event.description = "See ![the march route](images/route.png) here";
    const { calendar } = icsProblems((await renderAll(Document.parse(input))).ics ?? "");
    expect(calendar && icsText(calendar)).toContain("the march route");
  });

  it("markdown: marked renders a source name ![x](https://…) inside a link label as a remote image", async () => {
    const md = await renderMarkdown(
      doc({
        kind: "news-item",
        body: "x",
        source: { name: "![pixel](https://tracker.example/p.gif)", url: "https://example.org/" },
      } as Partial<DocumentInput>),
    );
    const artifact = { kind: "markdown" as const, path: "m.md", mediaType: "text/markdown", content: md };
    expect(checkPrivacy([artifact], { baseUrl: BASE_URL })).toEqual([]);
  });

  it("markdown: an unclosed ``` in one field turns the rest of the file into a code block", async () => {
    const md = await renderMarkdown(
      doc({ sections: [{ intro: "Code:\n```", items: [{ lead: "Important" }] }, { heading: "Next section" }] }),
    );
    const { tree } = markdownProblems(md);
    const headings = (tree.children ?? []).filter((n) => n.type === "heading").length;
    expect(headings).toBe(2);
  });

  it("markdown: text escaped right after a bare URL shows a stray backslash (GFM autolink literal)", async () => {
    const md = await renderMarkdown(doc({ intro: "x", summary: "s", title: "see https://example.org/a<b>" }));
    expect(markdownText(markdownProblems(md).tree)).toContain("see https://example.org/a<b>");
  });

  it("email: template syntax in a text reaches the sending service ({{ TrackView }} is Listmonk's tracking pixel)", async () => {
    const email = await renderEmail(doc({ intro: "Copied text: {{ TrackView }}" }), { preset: "listmonk" });
    // Listmonk runs the campaign body as a Go template: a literal "{{" in the HTML source is executed.
    expect(email.html).not.toMatch(/\{\{\s*TrackView\s*\}\}/);
  });

  it("web: a GFM table in an event description is shown as escaped HTML source", async () => {
    const input = fixture("full-brief") as DocumentInput & { sections: { events?: { description?: string }[] }[] };
    const event = input.sections.find((s) => s.events?.length)?.events?.[0];
    if (!event) throw new Error("full-brief has no event");
    event.description = "| city | time |\n|---|---|\n| Boston | 12:00 |";
    const out = await renderAll(Document.parse(input));
    expect(visibleText(parseHtml(out.page).root)).not.toContain("<table>");
  });
});
