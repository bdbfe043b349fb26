import type { Root } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { type ConstructName, defaultHandlers, type Info, type Options, toMarkdown } from "mdast-util-to-markdown";

/**
 * An mdast tree as GitHub-flavoured Markdown in the seed's style: `-` bullets, `*emphasis*`,
 * `**strong**`, `---` rules, fenced code; a hard break is a backslash ending the line. Every text
 * is escaped by the library's `unsafe` table, so it shows as written and never turns into markup.
 */
export function serialize(tree: Root): string {
  return toMarkdown(tree, OPTIONS);
}

// Constructs inside a line whose text is not Markdown (addresses, titles), as the library names them.
const PLAIN_SPANS: ConstructName[] = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe",
];

// A hard break stays the library's backslash rather than the seed's two trailing spaces: with
// spaces, two breaks in a row make a blank line, which ends the paragraph.
const OPTIONS: Options = {
  bullet: "-",
  bulletOther: "*",
  bulletOrdered: ".",
  emphasis: "*",
  strong: "*",
  rule: "-",
  ruleRepetition: 3,
  ruleSpaces: false,
  fence: "`",
  fences: true,
  listItemIndent: "one",
  resourceLink: true,
  extensions: [gfmToMarkdown()],
  unsafe: [
    // GFM's `www.` links run on over a backslash: micromark reads `www.\*` as a link to
    // `http://www.\` showing the backslash, unless the dot itself is escaped (the library
    // escapes it only before a letter, digit, `-` or `.`).
    { character: ".", before: "[Ww]{3}", inConstruct: "phrasing", notInConstruct: PLAIN_SPANS },
    // An e-mail autolink may start with a digit or `'` (`<'a@b.co>`); the library escapes `<` only
    // before a letter, and leaves the `@` unescaped in a link's text, where it then nests a link.
    { character: "<", inConstruct: "phrasing", notInConstruct: PLAIN_SPANS },
  ],
  handlers: {
    // marked reads `\[` and `\]` in a link's text as brackets, so `[!\[x\](https://…)](url)` shows an
    // image there; as character references they are text for every parser.
    text: (node, parent, state, info) => {
      const inLabel = state.stack.includes("label");
      return defaultHandlers.text(node, parent, state, inLabel ? ({ ...info, encode: ["[", "]"] } as Info) : info);
    },
  },
};
