import { loadDocument } from "@belarusbrief/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { IMPORT_KINDS, ImportError, type ImportKind, type ImportResult, importText } from "../src/index.js";

const RUNS = Number(process.env.FC_RUNS ?? 300);

// Pieces of text that mean something to YAML, Markdown, HTML or the importer itself.
const SYNTAX = fc.constantFrom(
  ..."*_[]()<>|\\`#&;!-+=~{}$^\"'@:/.,?%\t \u00a0“”«»„‘’–—•📌🇧🇾",
  "key: value",
  "&anchor",
  "*alias",
  "!!js/function",
  "!!binary",
  "--- ",
  "...",
  "? ",
  "%YAML 1.1",
  "- ",
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  "(via [Spring96](#))",
  "(via Spring96 in Russian only)",
  "**bold**",
  "Feb 18",
  "March 25: ",
  "over 35,000 people",
  "Source: ",
  "PRESS RELEASE",
  "calls on the authorities to:",
  "sign the petition to ",
  "**Boston, MA**",
  "\nMarch 8: **",
  "told Amnesty International:",
  "“",
  "”",
  "\n• ",
  "\nDear ",
  "I am writing",
  "https://example.org/a",
  "\nFurther reading:\n",
  "\nFeb 04, 2024\n",
  "\n# ",
  "\n",
  "\n\n",
  "\n## ",
  "\n---\n",
);
const CONTROL = fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c));
const BIDI = fc.constantFrom("\u202a", "\u202e", "\u2066", "\u2069", "\u200e", "\u200f");
const SCRIPT = fc.constantFrom(..."абвгдеёжзійклмнопрстуўфхцчшыьэюяАБЎІŁłŽžŭŬčČšŠ");
const WORD = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 10 });
const TEXT = fc
  .array(
    fc.oneof(
      { weight: 20, arbitrary: WORD.map((w) => `${w} `) },
      { weight: 6, arbitrary: SYNTAX },
      { weight: 3, arbitrary: SCRIPT },
      { weight: 1, arbitrary: CONTROL },
      { weight: 1, arbitrary: BIDI },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(""));

// A frame the text is put in, so that each reader gets past its title block and date.
const FRAMES: Record<ImportKind, (text: string) => string> = {
  brief: (t) =>
    `# BelarusBrief\n\nNews, FEBRUARY 2021\n\n---\n\n## reign of terror\n\n${t}\n\n## future dates & how to help\n\n${t}\n`,
  news: (t) =>
    `News\n\nA headline\n\nFeb 04, 2024\n\n${t}\n\nSource: Viasna\n\nAnother headline\n\nFeb 05, 2024\n\n${t}\n`,
  "press-release": (t) => `A TITLE\n\nPRESS RELEASE\n\nOn May 21st, 2023 ${t}\n\nWhy?\n\n${t}\n`,
  statement: (t) => `A STATEMENT\n\n${t}\n\nMay 5, 2021\n\nSOMEONE CALLS ON THE AUTHORITIES TO:\n\n• ${t}\n`,
  appeal: (t) => `Зварот\n\n${t} падпішыце петыцыю да Прэзідэнта\n\nI am writing ${t} as of June 7, 2021.\n`,
};

describe("any text", () => {
  it("imports, or fails with an ImportError; what it writes loads back to the same strings", () => {
    fc.assert(
      fc.property(TEXT, fc.constantFrom<ImportKind | undefined>(undefined, ...IMPORT_KINDS), (text, kind) => {
        const framed = kind ? FRAMES[kind](text) : text;
        let result: ImportResult;
        try {
          result = importText(framed, { ...(kind ? { kind } : {}), date: "2021-02-28" });
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          // Only problems of the input, never a document the importer made wrong.
          for (const { message } of (error as ImportError).problems) expect(message).toMatch(INPUT_PROBLEM);
          return;
        }
        for (const { yaml, path, document } of result.documents) {
          const loaded = loadDocument(yaml, path);
          expect(loaded.ok && loaded.document).toEqual(document);
          // The YAML holds exactly the document's strings: nothing quoted away, escaped or trimmed.
          expect(strings(parse(yaml, { version: "1.2" })).sort()).toEqual(strings(document).sort());
          expect(strings(document).some((s) => INVISIBLE.test(s))).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("in a news item's body comes out exactly as it went in", () => {
    fc.assert(
      fc.property(LINE, (line) => {
        const result = importText(`Headline\n\nFeb 04, 2024\n\n${line}\n\nSource: Viasna\n`, { kind: "news" });
        const [doc] = result.documents;
        expect(doc?.document.kind === "news-item" && doc.document.body).toBe(line.trim());
        expect(parse(doc?.yaml ?? "", { version: "1.2" }).body).toBe(line.trim());
      }),
      { numRuns: RUNS },
    );
  });

  it("in a statement's introduction, or a brief's item, comes out exactly as it went in", () => {
    fc.assert(
      fc.property(LINE, (line) => {
        const statement = importText(`A TITLE\n\nMay 5, 2021\n\n${line}\n`, { kind: "statement" });
        expect(statement.documents[0]?.document.intro).toBe(`May 5, 2021\n\n${line.trim()}`);
        const brief = importText(`# T\n\nNews, FEBRUARY 2021\n\n## a\n\nx ${line}\n`, { kind: "brief" });
        const item = brief.documents[0]?.document.sections?.[0]?.items?.[0];
        expect(item?.body).toBe(`x ${line}`.trim());
      }),
      { numRuns: RUNS },
    );
  });
});

// One line of ordinary text with every character YAML and Markdown give a meaning to, but none that
// the importer reads as structure: it starts with a lower-case word, has no e-mail address, no
// final colon or question mark, no "(via …)" and nothing that ends a paragraph.
const LINE = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: WORD.map((w) => `${w} `) },
      {
        weight: 6,
        arbitrary: fc.constantFrom(
          ..."*_[]<>|\\`#&;!-+=~{}$^\"'%:,.",
          "key: value",
          "&a",
          "*b",
          "!!str",
          "- ",
          "--- ",
          "<script>",
        ),
      },
      { weight: 2, arbitrary: SCRIPT },
      { weight: 1, arbitrary: fc.constantFrom("🇧🇾", "📌", "“", "”", "«", "»", "\u00a0x", "\u200f") },
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => `x ${parts.join("")}`)
  .filter((line) => !/[:?]\s*$/.test(line) && !/\(via|: *[“"«]|\bas of\b/i.test(line) && !/\*\*/.test(line));

const INPUT_PROBLEM =
  /^(the text is empty|no date found|no month found|no news items found|the Markdown .*nested too deeply|the document made from it would not load: \S+ (is too long|has \d+ entries))/;

// Control characters (other than tab and line feed) and bidirectional overrides never reach a document.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Every string in a value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (value !== null && typeof value === "object") return Object.values(value).flatMap((v) => strings(v));
  return [];
}
