import { Lexer, type Token, type Tokens } from "marked";
import { isBlank } from "../text/normalize.js";
import type { Block } from "./block.js";

/**
 * The blocks of a Markdown text, read with marked's block lexer: headings, paragraphs (as written,
 * hard breaks included), lists, block quotes, rules. Inline Markdown is left as written.
 * Throws a RangeError when the nesting is too deep for the lexer; the caller reports it.
 */
export function markdownBlocks(text: string): Block[] {
  const lexer = new Lexer({ gfm: true });
  const tokens = lexer.blockTokens(text, []);
  const blocks: Block[] = [];
  let cursor = 0;
  let line = 1;
  for (const token of tokens) {
    const at = text.indexOf(token.raw, cursor);
    if (at >= 0) {
      line += countLines(text, cursor, at);
      cursor = at;
    }
    const lead = /^\n*/.exec(token.raw)?.[0].length ?? 0;
    const block = toBlock(token, line + lead);
    if (block) blocks.push(block);
    if (at >= 0) {
      line += countLines(text, cursor, cursor + token.raw.length);
      cursor += token.raw.length;
    }
  }
  return blocks;
}

function toBlock(token: Token, line: number): Block | undefined {
  switch (token.type) {
    case "space":
      return undefined;
    case "heading": {
      const heading = token as Tokens.Heading;
      return { type: "heading", text: heading.text.trim(), depth: heading.depth, line };
    }
    case "hr":
      return { type: "rule", text: "", line };
    case "paragraph":
    case "html":
    case "text":
      return { type: "paragraph", text: token.raw.trim(), line };
    case "list": {
      const items = (token as Tokens.List).items.map((item) => item.text.trim()).filter((t) => !isBlank(t));
      return { type: "list", text: token.raw.trim(), items, line };
    }
    case "blockquote":
      return { type: "quote", text: (token as Tokens.Blockquote).text.trim(), line };
    default:
      return token.raw.trim() === "" ? undefined : { type: "other", text: token.raw.trim(), line };
  }
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
