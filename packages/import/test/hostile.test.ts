import { type Document, loadDocument } from "@belarusbrief/core";
import { attacks } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { parse, parseDocument, visit } from "yaml";
import { ImportError, type ImportResult, importText, MAX_INPUT_CHARACTERS } from "../src/index.js";

const BRIEF = (body: string) => `# BelarusBrief\n\nNews, FEBRUARY 2021\n\n## reign of terror\n\n${body}\n`;
const NEWS = (body: string) => `A headline\n\nFeb 04, 2024\n\n${body}\n\nSource: Viasna\n`;

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error("expected an ImportError");
}

function only(result: ImportResult): Document {
  const [first] = result.documents;
  if (!first) throw new Error("no document");
  const loaded = loadDocument(first.yaml, first.path);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  return loaded.document;
}

describe("hostile input", () => {
  it("refuses a text larger than an import reads, saying how to fix it", () => {
    const message = problemOf(() => importText("x".repeat(MAX_INPUT_CHARACTERS + 1), { file: "huge.txt" }));
    expect(message).toBe(
      `huge.txt  the text is ${MAX_INPUT_CHARACTERS + 1} characters long, more than the ${MAX_INPUT_CHARACTERS} an import reads; split it into several files`,
    );
  });

  it("refuses a paragraph longer than a field may be, naming the line it starts on", () => {
    const message = problemOf(() => importText(BRIEF(`word ${"w".repeat(120_000)}`), { file: "long.md" }));
    expect(message).toMatch(
      /^long\.md:7 {2}the document made from it would not load: sections\[0\]\.items\[0\]\.body is too long: at most 100000 characters/,
    );
  });

  it("refuses more sections than a document may have, naming where they start", () => {
    const text = `A TITLE\n\nMay 5, 2021\n\n${Array.from({ length: 60 }, (_, i) => `Question ${i}?\n\nAnswer ${i}.`).join("\n\n")}`;
    const message = problemOf(() => importText(text, { file: "qa.txt" }));
    expect(message).toMatch(
      /^qa\.txt:5 {2}the document made from it would not load: sections has 60 entries, more than the 50 allowed/,
    );
  });

  it("refuses Markdown nested too deeply, at its line, quickly", () => {
    const started = Date.now();
    for (const nested of [">".repeat(10_000), "- ".repeat(5_000), `${"  ".repeat(200)}- x`]) {
      expect(problemOf(() => importText(BRIEF(`${nested} x`), { file: "deep.md" }))).toMatch(
        /^deep\.md:7 {2}the Markdown here is nested too deeply to read/,
      );
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("keeps deep nesting in plain text as text", () => {
    const doc = only(importText(`A TITLE\n\nMay 5, 2021\n\n${">".repeat(10_000)} x\n`, { kind: "statement" }));
    expect(doc.intro).toContain(`${">".repeat(10_000)} x`);
  });

  it("reads emphasis nested thousands deep as the text it is", () => {
    const body = `x ${"*".repeat(5_000)}y${"*".repeat(5_000)}`;
    expect(only(importText(BRIEF(body))).sections?.[0]?.items?.[0]?.body).toBe(body);
  });

  it("removes control characters and direction overrides, and says so", () => {
    const result = importText(NEWS("a\u0000b\u0007c\u001b[31md\u0085e\u202ef\u2066g\u200fh\r\ni"), { kind: "news" });
    const doc = only(result);
    // Removed: NUL, BEL, ESC, NEL, RLO, LRI. Kept: the right-to-left mark. The line break is kept as a hard break.
    expect(doc.kind === "news-item" && doc.body).toBe("abc[31mdefg\u200fh\\\ni");
    expect(result.summary.dropped.map((n) => n.message)).toEqual([
      "6 invisible control or direction characters removed",
    ]);
  });

  it("keeps <script> and other markup as inert text in a Markdown field", () => {
    for (const markup of ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- x --> ]]> &amp;"]) {
      expect(only(importText(NEWS(`x ${markup}`), { kind: "news" }))).toMatchObject({ body: `x ${markup}` });
      expect(only(importText(BRIEF(`x ${markup}`))).sections?.[0]?.items?.[0]?.body).toBe(`x ${markup}`);
    }
  });

  it("keeps YAML-looking text as the text it is, in every field", () => {
    const payloads = [
      "key: value",
      "&anchor x",
      "*alias",
      "!!js/function x",
      "--- x",
      "... x",
      "? x",
      "%YAML 1.1",
      "{ a: 1 }",
      "[a, b]",
      "'",
      '"',
      "| x",
      "> x",
      "# x",
      "@x",
      "`x`",
      "yes",
      "null",
      "0x10",
      "1e3",
      "~",
    ];
    for (const payload of payloads) {
      const result = importText(`${payload} headline\n\nFeb 04, 2024\n\nx ${payload}\n\nSource: ${payload} org\n`, {
        kind: "news",
      });
      const doc = only(result);
      expect(doc).toMatchObject({
        title: `${payload} headline`,
        body: `x ${payload}`,
        source: { name: `${payload} org` },
      });
      const raw = parse(result.documents[0]?.yaml ?? "", { version: "1.2" });
      expect([raw.title, raw.body, raw.source.name]).toEqual([`${payload} headline`, `x ${payload}`, `${payload} org`]);
    }
  });

  it("gives two news items with the same date and headline ids of their own, and marks the second", () => {
    const item = "Same headline\n\nFeb 04, 2024\n\nText.\n\nSource: Viasna\n\n";
    const { documents } = importText(item + item, { kind: "news" });
    expect(documents.map((d) => d.path)).toEqual([
      "news/2024-02-04-same-headline.yaml",
      "news/2024-02-04-same-headline-2.yaml",
    ]);
    expect(documents[1]?.yaml).toMatch(
      /^id: 2024-02-04-same-headline-2 # imported: another item of the text has the same date and headline/m,
    );
  });

  it("replaces links with unsafe schemes by the placeholder, with the address in the comment", () => {
    const result = importText(
      BRIEF("**Sign it** (via [Org](javascript:alert(1)))").replace("reign of terror", "how to help"),
    );
    const doc = only(result);
    const action = doc.sections?.[0]?.actions?.[0];
    expect(action?.via).toEqual({ name: "Org", url: "#" });
    expect(result.documents[0]?.yaml).toMatch(
      /via: \{ name: Org, url: "#" \} # imported: "javascript:alert\(1" is not a usable address/,
    );
  });

  it("turns an unsafe address in Markdown text into the placeholder, with the address in the comment", () => {
    const result = importText(NEWS("Read [the letter](javascript:alert(1)) and <data:text/html,x> today."), {
      kind: "news",
    });
    const doc = only(result);
    expect(doc.kind === "news-item" && doc.body).toBe("Read [the letter](#) and \\<data:text/html,x> today.");
    expect(result.documents[0]?.yaml).toMatch(/# imported: "javascript:alert\(1\)" is not a usable address/);
  });

  it.each(["xss", "yaml-bombs"] as const)("imports every payload of the %s corpus as inert text", (corpus) => {
    for (const payload of attacks(corpus)) {
      for (const frame of [NEWS, BRIEF]) {
        let result: ImportResult;
        try {
          result = importText(frame(`x ${payload}`), { date: "2024-02-04" });
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          continue;
        }
        for (const { yaml, path } of result.documents) {
          const loaded = loadDocument(yaml, path);
          expect(loaded.ok, yaml).toBe(true);
          // The payload's own anchors and aliases are text: the YAML written has none.
          let aliases = 0;
          visit(parseDocument(yaml), { Alias: () => void aliases++ });
          expect(aliases).toBe(0);
        }
      }
    }
  });
});
