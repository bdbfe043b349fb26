import { decodeHTML } from "entities";
import { Marked, type Token, type Tokens } from "marked";
import { checkLink } from "../schema/links.js";
import { cleanText } from "../text/clean.js";
import { type LanguageSpanToken, languageSpan, spanLocale } from "./span.js";
import { oneLine } from "./to-text.js";
import type { Block, Inline, RichText } from "./types.js";

/** A problem found in a Markdown field, at a character offset of the field's text. */
export interface TextProblem {
  severity: "error" | "warning";
  rule: string;
  message: string;
  /** Offset of the offending text in the field, when known. */
  offset?: number;
  /** The offending text as written, e.g. `[here](javascript:…)`, for finding it in the source file. */
  raw: string;
}

/** A parsed Markdown field. */
export interface ParsedText {
  tree: RichText;
  problems: TextProblem[];
}

/**
 * Parses one Markdown field (CommonMark with GitHub's tables, strikethrough and bare links) with
 * marked's lexer into {@link RichText}. Raw HTML becomes text, an image its alt text, a heading a
 * bold paragraph, reference definitions disappear into the links that use them. Every text is
 * cleaned ({@link cleanText}) after character references are decoded, and every link address is
 * checked with the rule the URL fields follow ({@link checkLink}): an address without a scheme or
 * with an unsafe one is an error, `http:` and a placeholder (`#`) a warning. Text nested deeper
 * than the parser can follow (thousands of `>` or `*` in a row) is kept as plain text, with a
 * warning. Never throws.
 */
export function parseMarkdown(markdown: string): ParsedText {
  const source = cleanText(markdown);
  const state: State = { source, cursor: 0, problems: [] };
  try {
    const tokens = MARKED.lexer(source);
    return { tree: blocks(tokens, state), problems: state.problems };
  } catch (error) {
    // marked reads nesting by recursion, and runs out of stack on very deep nesting.
    if (!(error instanceof RangeError)) throw error;
    return { tree: asPlainText(source), problems: [TOO_DEEP] };
  }
}

// One instance, so the global `marked` object other code may configure never changes how fields read.
const MARKED = new Marked({ gfm: true, breaks: false, extensions: [languageSpan] });

const TOO_DEEP: TextProblem = {
  severity: "warning",
  rule: "markdown-too-deep",
  message:
    "this text nests quotes, lists or emphasis too deeply for Markdown (hundreds of > or * in a row), so it is shown as plain text; simplify it",
  offset: 0,
  raw: "",
};

/** `source` as written, one paragraph per block of lines, without Markdown. */
function asPlainText(source: string): Block[] {
  return source
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part !== "")
    .map((value) => ({ type: "paragraph", children: [{ type: "text", value }] }));
}

interface State {
  source: string;
  /** Where the search for the next link's text starts. */
  cursor: number;
  problems: TextProblem[];
}

function blocks(tokens: readonly Token[], state: State): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    const block = toBlock(token, state);
    if (block) out.push(block);
  }
  return out;
}

function toBlock(token: Token, state: State): Block | undefined {
  switch (token.type) {
    case "paragraph":
    case "text": {
      const children = inlineOf(token as Tokens.Paragraph | Tokens.Text, state);
      return children.length ? { type: "paragraph", children } : undefined;
    }
    // A heading inside a field would break the outline of every output: it reads as a bold line.
    case "heading": {
      const children = inlines((token as Tokens.Heading).tokens, state);
      return children.length ? { type: "paragraph", children: [{ type: "strong", children }] } : undefined;
    }
    case "list":
      return list(token as Tokens.List, state);
    case "blockquote": {
      const children = blocks((token as Tokens.Blockquote).tokens, state);
      return children.length ? { type: "blockquote", children } : undefined;
    }
    case "code": {
      const value = cleanText((token as Tokens.Code).text);
      return value.trim() ? { type: "codeBlock", value } : undefined;
    }
    case "table":
      return table(token as Tokens.Table, state);
    case "hr":
      return { type: "rule" };
    // Raw HTML is what the author typed: shown as text, never as markup.
    case "html": {
      const value = cleanText(token.raw).trimEnd();
      return value ? { type: "paragraph", children: [{ type: "text", value }] } : undefined;
    }
    default:
      // space, def (reference definitions: marked resolves the links that use them)
      return undefined;
  }
}

function list(token: Tokens.List, state: State): Block | undefined {
  const items = token.items.map((item) => {
    const content = blocks(item.tokens, state);
    if (!item.task) return content;
    const box: Inline = { type: "text", value: item.checked ? "☑ " : "☐ " };
    const first = content[0];
    if (first?.type === "paragraph")
      return [{ ...first, children: merge([box, ...first.children]) }, ...content.slice(1)];
    return [{ type: "paragraph" as const, children: [box] }, ...content];
  });
  if (items.every((item) => item.length === 0)) return undefined;
  const start = typeof token.start === "number" && token.start !== 1 ? { start: token.start } : {};
  return { type: "list", ordered: token.ordered, ...(token.loose ? { spread: true } : {}), ...start, items };
}

function table(token: Tokens.Table, state: State): Block {
  return {
    type: "table",
    head: token.header.map((cell) => inlines(cell.tokens, state)),
    rows: token.rows.map((row) => row.map((cell) => inlines(cell.tokens, state))),
  };
}

function inlineOf(token: Tokens.Paragraph | Tokens.Text, state: State): Inline[] {
  if ("tokens" in token && token.tokens) return inlines(token.tokens, state);
  return text(decodeHTML(token.text));
}

function inlines(tokens: readonly Token[] | undefined, state: State): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) out.push(...toInline(token, state));
  return trimBreaks(merge(out));
}

// A line break with nothing after it (its text was only characters the cleaner removed) breaks nothing.
function trimBreaks(nodes: Inline[]): Inline[] {
  let end = nodes.length;
  while (end > 0 && nodes[end - 1]?.type === "break") end--;
  let start = 0;
  while (start < end && nodes[start]?.type === "break") start++;
  return start === 0 && end === nodes.length ? nodes : nodes.slice(start, end);
}

function toInline(token: Token, state: State): Inline[] {
  switch (token.type) {
    case "text": {
      const t = token as Tokens.Text;
      // A tight list item's text holds inline tokens of its own.
      return t.tokens ? inlines(t.tokens, state) : text(decodeHTML(t.raw));
    }
    case "escape":
      return text((token as Tokens.Escape).text);
    case "strong":
    case "em":
    case "del": {
      const children = inlines((token as Tokens.Strong).tokens, state);
      const type = token.type === "em" ? "emphasis" : token.type === "del" ? "delete" : "strong";
      return children.length ? [{ type, children }] : [];
    }
    case "codespan": {
      const value = cleanText((token as Tokens.Codespan).text);
      return value ? [{ type: "code", value }] : [];
    }
    case "br":
      return [{ type: "break" }];
    case "link":
      return link(token as Tokens.Link, state);
    case languageSpan.name:
      return span(token as LanguageSpanToken, state);
    // An image is never fetched: its alt text stands in for it.
    case "image":
      return text(oneLine(inlines((token as Tokens.Image).tokens, state)));
    case "html":
      return text(token.raw);
    default:
      return text(token.raw);
  }
}

function link(token: Tokens.Link, state: State): Inline[] {
  const children = inlines(token.tokens, state);
  const url = linkAddress(token);
  const offset = state.source.indexOf(token.raw, state.cursor);
  if (offset >= 0) state.cursor = offset + token.raw.length;
  const at = offset >= 0 ? { offset } : {};
  const problem = checkLink(url);
  if (problem?.rule === "placeholder-link")
    state.problems.push({
      ...problem,
      message: `the link "${oneLine(children).replace(/^["“«']+|["”»']+$/g, "")}" has the placeholder address "${url}"; replace it with the real address before publishing`,
      raw: token.raw,
      ...at,
    });
  else if (problem) state.problems.push({ ...problem, raw: token.raw, ...at });
  return [{ type: "link", url, children: children.length ? children : text(url) }];
}

// A span whose language is not one of the locales is an error at its `{lang=…}`; its words stay.
function span(token: LanguageSpanToken, state: State): Inline[] {
  const children = inlines(token.tokens, state);
  const locale = spanLocale(token.lang);
  if (typeof locale !== "string") {
    state.problems.push({ severity: "error", rule: "unknown-language", message: locale.message, raw: token.attribute });
    return children;
  }
  return children.length ? [{ type: "span", locale, children }] : [];
}

// marked leaves character references in an address; CommonMark (and every reader of the Markdown
// output) decodes them, so `java&#115;cript:` must be checked as what it means.
function linkAddress(token: Tokens.Link): string {
  const href = cleanText(decodeHTML(token.href)).trim();
  // A bare "www." address that GFM links (its text has no scheme): the secure scheme, for readers
  // whose traffic is watched. An http: address the author wrote is kept, and warned about.
  return /^http:\/\/www\./i.test(href) && /^www\./i.test(token.raw) ? `https://${href.slice(7)}` : href;
}

function text(value: string): Inline[] {
  const cleaned = cleanText(value);
  return cleaned ? [{ type: "text", value: cleaned }] : [];
}

/** Inline nodes with neighbouring text nodes joined into one. */
export function merge(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text")
      out[out.length - 1] = { type: "text", value: last.value + node.value };
    else out.push(node);
  }
  return out;
}
