import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, type DocumentInput, loadDocument, type ResolvedDocument } from "@belarusbrief/core";
import { renderEmail } from "@belarusbrief/email";
import { fixture, renderWith } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { copyOfContent, runCli } from "../../cli/test/helpers.js";
import { renderAll, renderOne, resolveFor, SITE, TEXT_ADAPTERS } from "./adapters.js";
import { contentOf, only } from "./artifacts.js";
import { icsProblems, icsText, markdownProblems, markdownText, parseMail } from "./checks.js";
import { visibleText as htmlVisibleText, parseHtml } from "./html.js";
import { artifactProblems, privacyProblems } from "./problems.js";
import { missing, visibleText } from "./visible.js";

// Adapter and core bugs this suite found, fixed, and kept as regression tests, each run through
// the whole path a build takes: the document written as YAML, loaded, resolved and rendered by the
// adapters, and the same document built in code (which the loader does not clean or check first).
// A bug found and not fixed yet gets an entry in known-issues.ts and an `it.fails` reproducer in a
// block of its own here, which starts failing once the bug is fixed (then make it an `it` in the
// block below and delete the entry).

const minimal = (patch: Record<string, unknown>) => ({ ...fixture("minimal"), ...patch });

/** `input` resolved as a build resolves a file holding it (loaded from YAML), and as built in code. */
function bothPaths(input: unknown): { path: string; doc: ResolvedDocument }[] {
  const loaded = loadDocument(stringify(input), "regression.yaml");
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return [
    { path: "YAML", doc: resolveFor(loaded.document, loaded.text) },
    { path: "code", doc: resolveFor(Document.parse(input as DocumentInput)) },
  ];
}

/** Every problem of every artifact one adapter makes of `doc`, known issues included. */
async function strictProblems(name: Parameters<typeof renderOne>[0], doc: ResolvedDocument): Promise<string[]> {
  const { artifacts } = await renderOne(name, doc);
  return (await Promise.all(artifacts.map((a) => artifactProblems(a, doc, { strict: true })))).flat();
}

/** The event of full-brief with `description` replaced. */
function briefWithEventDescription(description: string): unknown {
  const input = structuredClone(fixture("full-brief")) as { sections: { events?: { description?: string }[] }[] };
  const event = input.sections.find((s) => s.events?.length)?.events?.[0];
  if (!event) throw new Error("full-brief has no event");
  event.description = description;
  return input;
}

describe("bugs found by this suite stay fixed", () => {
  it("email and web: a control character in Markdown (intro) reached the HTML (parse error)", async () => {
    for (const { path, doc } of bothPaths(minimal({ intro: "Intro \u0001 with \u0000 controls \u0085" }))) {
      expect(await strictProblems("email", doc), path).toEqual([]);
      expect(await strictProblems("site", doc), path).toEqual([]);
    }
  });

  it("feeds: the Markdown reference &#xFFFE; put U+FFFE into RSS CDATA, which is not XML", async () => {
    for (const { path, doc } of bothPaths(minimal({ intro: "a &#xFFFE; b &#x202E; c" })))
      expect(await strictProblems("feeds", doc), path).toEqual([]);
  });

  it("calendar: a carriage return in a title started a new calendar line (NAME, X-WR-CALNAME)", async () => {
    const input = { ...fixture("full-brief"), title: "Brief\rATTACH:https://evil.example/x" };
    for (const { path, doc } of bothPaths(input)) {
      const ics = contentOf(only((await renderOne("calendar", doc)).artifacts, "document-calendar", doc.id));
      expect(icsProblems(ics).problems, path).toEqual([]);
      expect(ics, path).not.toMatch(/^ATTACH/m);
    }
  });

  it("feeds: an author URL with ] (valid for the model) was written unencoded: not a JSON Feed uri", async () => {
    for (const { path, doc } of bothPaths(minimal({ author: { name: "A", url: "https://example.org/a]b" } })))
      expect(await strictProblems("feeds", doc), path).toEqual([]);
  });

  it("core: an author name of only invisible characters is refused (it gave feeds an empty author {})", () => {
    const result = Document.safeParse(minimal({ author: { name: "\u0001" } }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["author", "name"],
      message: expect.stringMatching(/has no visible character/),
    });
    const loaded = loadDocument(stringify(minimal({ author: { name: "\u0001" } })), "author.yaml");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(new Set(loaded.errors.map((e) => e.path))).toEqual(new Set(["author.name"]));
      expect(loaded.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/has no visible character/));
    }
  });

  it("calendar: a calendar DESCRIPTION dropped the alt text of a Markdown image", async () => {
    for (const { path, doc } of bothPaths(briefWithEventDescription("See ![the march route](images/route.png) here"))) {
      const ics = contentOf(only((await renderOne("calendar", doc)).artifacts, "document-calendar", doc.id));
      const { calendar } = icsProblems(ics);
      expect(calendar && icsText(calendar), path).toContain("See the march route here");
    }
  });

  it("markdown: marked rendered a source name ![x](https://…) inside a link label as a remote image", async () => {
    const input = minimal({ source: { name: "![pixel](https://tracker.example/p.gif)", url: "https://example.org/" } });
    for (const { path, doc } of bothPaths(input)) {
      const { artifacts } = await renderOne("markdown", doc);
      expect(privacyProblems(artifacts, { strict: true }), path).toEqual([]);
      expect(markdownProblems(contentOf(artifacts[0] as never)).problems, path).toEqual([]);
    }
  });

  it("markdown: an unclosed ``` in one field turned the rest of the file into a code block", async () => {
    const input = minimal({
      sections: [
        { intro: "Code:\n```", items: [{ lead: "Important" }] },
        { heading: "Next section", items: [{ body: "After." }] },
      ],
    });
    for (const { path, doc } of bothPaths(input)) {
      const md = contentOf(only((await renderOne("markdown", doc)).artifacts, "document-markdown", doc.id));
      const { tree } = markdownProblems(md);
      expect((tree.children ?? []).filter((n) => n.type === "heading").length, path).toBe(2);
    }
  });

  it("markdown: text escaped right after a bare URL showed a stray backslash (GFM autolink literal)", async () => {
    for (const { path, doc } of bothPaths(
      minimal({ intro: "x", summary: "s", title: "see https://example.org/a<b>" }),
    )) {
      const md = contentOf(only((await renderOne("markdown", doc)).artifacts, "document-markdown", doc.id));
      expect(markdownText(markdownProblems(md).tree), path).toContain("see https://example.org/a<b>");
    }
  });

  it("email: template syntax in a text reached the sending service ({{ TrackView }} is Listmonk's tracking pixel)", async () => {
    for (const { path, doc } of bothPaths(
      minimal({ intro: "Copied text: {{ TrackView }}", title: "{{ TrackView }}" }),
    )) {
      const { artifacts } = await renderWith(TEXT_ADAPTERS.email, [doc], {
        site: SITE,
        options: { preset: "listmonk" },
      });
      // Listmonk runs the campaign body, text and subject as a Go template: a literal "{{" is executed.
      for (const role of ["email-html", "email-text"])
        expect(contentOf(only(artifacts, role, doc.id)), `${path} ${role}`).not.toMatch(/\{\{\s*TrackView\s*\}\}/);
      expect(renderEmail(doc, { preset: "listmonk" }).subject, path).not.toMatch(/\{\{\s*TrackView\s*\}\}/);
      // Readers still see what was written.
      expect(htmlVisibleText(parseHtml(contentOf(only(artifacts, "email-html", doc.id))).root), path).toContain(
        "Copied text: {{ TrackView }}",
      );
    }
  });

  it("web: a GFM table in an event description was shown as escaped HTML source", async () => {
    for (const { path, doc } of bothPaths(
      briefWithEventDescription("| city | time |\n|---|---|\n| Boston | 12:00 |"),
    )) {
      const page = only((await renderOne("site", doc)).artifacts, "page", doc.id);
      expect(htmlVisibleText(parseHtml(contentOf(page)).root), path).not.toContain("<table>");
      expect(parseHtml(contentOf(page)).root && /<td>Boston<\/td>/.test(contentOf(page)), path).toBe(true);
    }
  });

  it("every output: a bidi override (U+202E) in a title survived in RSS, Atom, JSON Feed and the iCalendar SUMMARY", async () => {
    const input = { ...fixture("full-brief"), title: "Brief \u202Eevil\u202C" };
    for (const { path, doc } of bothPaths(input))
      for (const artifact of await renderAll(doc))
        expect(await artifactProblems(artifact, doc, { strict: true }), `${path} ${artifact.path}`).toEqual([]);
  });

  it("feeds: an RSS feed of documents without content used dc: without declaring its namespace", async () => {
    const doc = resolveFor(
      Document.parse({ kind: "press-release", id: "a", locale: "en", title: "a", date: "2030-01-01" }),
    );
    expect(await strictProblems("feeds", doc)).toEqual([]);
  });

  it("posts: a tab typed in a plain-text field reached the text of a Bluesky record", async () => {
    const input = minimal({ title: "Title\twith a tab" });
    for (const { doc } of bothPaths(input)) expect(await strictProblems("posts", doc)).toEqual([]);
  });

  it("core: a list item of two paragraphs in a tight list ran them together (email and feeds recommendations)", async () => {
    const input = minimal({
      sections: [{ recommendations: [{ addressee: "The EU", items: ["Release them all.\n\nNow."] }] }],
    });
    for (const { doc } of bothPaths(input))
      for (const name of ["email", "feeds"] as const)
        for (const artifact of (await renderOne(name, doc)).artifacts.filter(
          (a) => a.kind !== "email-text" && a.kind !== "eml",
        ))
          expect(missing(doc, visibleText(artifact)), artifact.path).toEqual([]);
  });

  it("apps/cli: a title that mentions <img src=…> stopped the build: the privacy check read the front matter as Markdown", () => {
    const dir = copyOfContent();
    writeFileSync(
      join(dir, "content", "news", "title-html.yaml"),
      'kind: news-item\nid: title-html\nlocale: en\ntitle: "How <img src=\\"https://tracker.example/t.gif\\"> tracks readers"\ndate: 2021-03-01\nbody: "Text."\n',
    );
    const { code, stderr } = runCli(["build", "content", "--out", "out", "--only", "markdown"], { cwd: dir });
    expect(code, stderr).toBe(0);
  }, 120_000);

  it("email: a title written as an RFC 2047 encoded word was sent as is: mail programs showed it decoded, line breaks included", async () => {
    const title = "=?UTF-8?B?U3ViamVjdA0KQmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=?=";
    const doc = resolveFor(Document.parse(minimal({ title })));
    const { artifacts } = await renderWith(TEXT_ADAPTERS.email, [doc], { site: SITE });
    const mail = await parseMail(contentOf(only(artifacts, "email-message", doc.id)));
    expect(mail.subject).toBe(title);
  });
});
