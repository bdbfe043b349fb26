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

// Reproducers of adapter bugs found by this suite and reported to their owners. Each is `it.fails`:
// it passes while the bug is there and fails once it is fixed — then delete it, and its tolerance in
// known-issues.ts.

const doc = (patch: Partial<DocumentInput>) => Document.parse({ ...fixture("minimal"), ...patch } as DocumentInput);

describe("known adapter bugs (reported)", () => {
  it.fails("email and web: a control character in Markdown (intro) reaches the HTML (parse error)", async () => {
    const out = await renderAll(doc({ intro: "Intro \u0001 with \u0000 controls \u0085" }));
    expect(htmlProblems(out.emailHtml, EMAIL_POLICY)).toEqual([]);
    expect(htmlProblems(out.page, PAGE_POLICY)).toEqual([]);
  });

  it.fails("feeds: the Markdown reference &#xFFFE; puts U+FFFE into RSS CDATA, which is not XML", async () => {
    const out = await renderAll(doc({ intro: "a &#xFFFE; b" }));
    expect(xmlFeedProblems(out.rss, "rss").problems).toEqual([]);
  });

  it.fails("feeds: a carriage return in a title starts a new calendar line (NAME, X-WR-CALNAME)", async () => {
    const input = { ...fixture("full-brief"), title: "Brief\rATTACH:https://evil.example/x" } as DocumentInput;
    const out = await renderAll(Document.parse(input));
    expect(icsProblems(out.ics ?? "").problems).toEqual([]);
  });

  it.fails("feeds: an author URL with ] (valid for the model) is written unencoded: not a JSON Feed uri", async () => {
    const out = await renderAll(doc({ author: { name: "A", url: "https://example.org/a]b" } }));
    expect(jsonFeedProblems(out.jsonFeed).problems).toEqual([]);
  });

  it.fails("feeds: an author name of only invisible characters gives an empty JSON Feed author {}", async () => {
    const out = await renderAll(doc({ author: { name: "\u0001" } }));
    expect(jsonFeedProblems(out.jsonFeed).problems).toEqual([]);
  });

  it.fails("feeds: a calendar DESCRIPTION drops the alt text of a Markdown image", async () => {
    const input = fixture("full-brief") as DocumentInput & { sections: { events?: { description?: string }[] }[] };
    const section = input.sections.find((s) => s.events?.length);
    const event = section?.events?.[0];
    if (!event) throw new Error("full-brief has no event");
    event.description = "See ![the march route](images/route.png) here";
    const { calendar } = icsProblems((await renderAll(Document.parse(input))).ics ?? "");
    expect(calendar && icsText(calendar)).toContain("the march route");
  });

  it.fails("markdown: marked renders a source name ![x](https://…) inside a link label as a remote image", async () => {
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

  it.fails("markdown: an unclosed ``` in one field turns the rest of the file into a code block", async () => {
    const md = await renderMarkdown(
      doc({ sections: [{ intro: "Code:\n```", items: [{ lead: "Important" }] }, { heading: "Next section" }] }),
    );
    const { tree } = markdownProblems(md);
    const headings = (tree.children ?? []).filter((n) => n.type === "heading").length;
    expect(headings).toBe(2);
  });

  it.fails("markdown: text escaped right after a bare URL shows a stray backslash (GFM autolink literal)", async () => {
    const md = await renderMarkdown(doc({ intro: "x", summary: "s", title: "see https://example.org/a<b>" }));
    expect(markdownText(markdownProblems(md).tree)).toContain("see https://example.org/a<b>");
  });

  it.fails("email: template syntax in a text reaches the sending service ({{ TrackView }} is Listmonk's tracking pixel)", async () => {
    const email = await renderEmail(doc({ intro: "Copied text: {{ TrackView }}" }), { preset: "listmonk" });
    // Listmonk runs the campaign body as a Go template: a literal "{{" in the HTML source is executed.
    expect(email.html).not.toMatch(/\{\{\s*TrackView\s*\}\}/);
  });

  it.fails("web: a GFM table in an event description is shown as escaped HTML source", async () => {
    const input = fixture("full-brief") as DocumentInput & { sections: { events?: { description?: string }[] }[] };
    const event = input.sections.find((s) => s.events?.length)?.events?.[0];
    if (!event) throw new Error("full-brief has no event");
    event.description = "| city | time |\n|---|---|\n| Boston | 12:00 |";
    const out = await renderAll(Document.parse(input));
    expect(visibleText(parseHtml(out.page).root)).not.toContain("<table>");
  });
});
