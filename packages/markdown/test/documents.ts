import { Document, type DocumentInput, type ResolvedDocument, resolve } from "@belarusbrief/core";
import fc from "fast-check";

/** Pieces of plain text: everything that means something in Markdown or HTML, bare addresses, invisible characters. */
export const PLAIN = [
  ..."*_[]<>|\\`#&;!-+=1.)(~ \n\tax:/{}$^\"'@",
  "https://",
  "http://",
  "www.",
  "a@b.co",
  "&amp;",
  "&#x5B;",
  "---",
  "===",
  "- ",
  "> ",
  "1) ",
  "![",
  "](",
  "<!--",
  "<b>",
  ":-",
  "\u202e",
  "\u0001",
  "\ufeff",
];

/** Pieces of Markdown fields: hostile HTML and links (`javascript:`, `data:`), every construct, unclosed ones. */
export const MARKDOWN = [
  "<script>alert(1)</script>",
  "<a href='javascript:x'>a</a>",
  "<!-- c -->",
  "<div>\n",
  "[x](javascript:alert(1))",
  "[x](jav&#x61;script:y)",
  "[d](data:text/html,<b>x</b>)",
  "![i](javascript:z)",
  "![i](https://example.org/i.png)",
  "<javascript:alert(1)>",
  "<https://example.org/auto>",
  "https://example.org/a_b*c",
  "www.example.org",
  "a@b.co",
  "[ok](https://example.org/ok)",
  "[rel](../up)",
  "[r]",
  "[r]: https://example.org/r 'T'",
  "[![i](javascript:1)](javascript:2)",
  "**",
  "*e*",
  "_e_",
  "__s__",
  "~~d~~",
  "`<b>`",
  "``",
  "```\n<b>\n```",
  "```",
  "~~~",
  "    code",
  "| a | b |\n|---|---|\n| c | d |",
  "- one\n- two",
  "1. one\n2. two",
  "3) three",
  "> ",
  "- ",
  "# ",
  "Setext\n---",
  "\n===",
  "\\",
  "  \n",
  "&#x202E;",
  "&#91;",
  "&amp;",
  "\u202e",
  "\n",
  "\n\n",
  "text",
  "x",
  " ",
];

const pieces = (from: readonly string[], max: number) => fc.array(fc.constantFrom(...from), { maxLength: max });

/** Plain text of a required field: always with a letter, so it validates. */
const plain = pieces(PLAIN, 20).map((parts) => `x${parts.join("")}`);
const markdown = pieces(MARKDOWN, 8).map((parts) => `y${parts.join("")}`);

/** A brief with every block, each text drawn from the pieces above, as written (resolve it with {@link resolved}). */
export const hostileDocument: fc.Arbitrary<DocumentInput> = fc
  .record({
    p: fc.array(plain, { minLength: 24, maxLength: 24 }),
    m: fc.array(markdown, { minLength: 12, maxLength: 12 }),
  })
  .map(({ p, m }) => {
    const [P, M] = [(i: number) => p[i] ?? "x", (i: number) => m[i] ?? "y"];
    const input = {
      kind: "brief",
      id: "property",
      locale: "en",
      title: P(0),
      tagline: P(1),
      period: "2030-02",
      date: "2030-02-28",
      lead: { text: M(0), attribution: { name: P(2) }, source: { name: P(3), url: "https://example.org/lead" } },
      intro: M(1),
      sections: [
        {
          heading: P(4),
          intro: M(2),
          statistics: [{ value: 5, qualifier: "over", measure: P(5), source: { name: P(6) } }],
          items: [
            {
              lead: P(7),
              body: M(3),
              date: "2030-02-01",
              sources: [{ name: P(8), url: "https://example.org/item", note: P(9) }],
              quote: { text: M(4), attribution: { name: P(10) } },
            },
          ],
          events: [
            {
              id: "e",
              title: P(11),
              date: "2030-03-01",
              description: M(5),
              location: P(12),
              url: "https://example.org/e",
            },
          ],
          actions: [
            {
              kind: "sign",
              title: P(13),
              body: M(6),
              url: "https://example.org/act",
              via: { name: P(14) },
              deadline: "2030-03-10",
              recipients: [P(15)],
              letter: [{ locale: "en", text: M(7) }],
            },
          ],
        },
        {
          reports: [{ city: P(16), region: P(17), summary: M(8), attendance: { value: 40, qualifier: "about" } }],
          recommendations: [{ addressee: P(18), intro: M(9), items: [M(10)] }],
          links: [{ title: P(19), url: "https://example.org/link", source: P(20) }],
        },
      ],
      links: [{ title: P(21), url: "https://example.org/more" }],
    };
    return input as DocumentInput;
  });

/** A document written in code, validated and resolved as the CLI does (without the loader's checks of Markdown fields). */
export function resolved(input: DocumentInput): ResolvedDocument {
  return resolve(Document.parse(input), { baseUrl: "https://belarus.example.org/" });
}

/** A document whose Markdown fields link to `url`, written in code (the loader would refuse it). */
export function linkingTo(url: string, text: string): ResolvedDocument {
  const body = `Read [${text}](${url}) and <${url}> and ![${text}](${url}).`;
  const input = {
    kind: "news-item",
    id: "linking",
    locale: "en",
    title: "Links",
    date: "2030-01-01",
    body,
    sections: [{ intro: body, items: [{ body }] }],
  };
  return resolved(input as DocumentInput);
}
