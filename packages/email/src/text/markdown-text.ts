import { Lexer, type Token, type Tokens } from "marked";
import { cleanText } from "../html/escape.js";
import { safeUrl } from "../links.js";
import type { References } from "./references.js";
import { wrap } from "./wrap.js";

/**
 * A Markdown field as wrapped plain text: emphasis dropped, raw HTML kept as the text it is,
 * images as their alt text, links followed by a reference number, lists and quotes indented.
 */
export function markdownToPlain(markdown: string, refs: References, baseUrl: string | undefined, indent = ""): string {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  return blocks(tokens, { refs, baseUrl }, indent).join("\n\n");
}

interface Env {
  refs: References;
  baseUrl: string | undefined;
}

function blocks(tokens: Token[], env: Env, indent: string): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "space":
      case "hr":
        break;
      case "list": {
        const list = token as Tokens.List;
        const start = typeof list.start === "number" ? list.start : 1;
        const lines = list.items.map((item, i) => {
          const bullet = list.ordered ? `${start + i}. ` : "* ";
          const [first = "", ...rest] = blocks(item.tokens, env, "");
          const hang = `${indent}${" ".repeat(bullet.length)}`;
          const head = wrap(first, indent + bullet, hang);
          return [head, ...rest.map((b) => indentLines(b, hang))].join("\n");
        });
        out.push(lines.join("\n"));
        break;
      }
      case "blockquote":
        out.push(blocks((token as Tokens.Blockquote).tokens, env, `${indent}> `).join(`\n${indent}>\n`));
        break;
      case "code":
        out.push(indentLines(cleanText((token as Tokens.Code).text), `${indent}    `));
        break;
      case "table": {
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((cells) => cells.map((c) => inline(c.tokens, env)).join(" | "));
        out.push(rows.map((r) => wrap(r, indent)).join("\n"));
        break;
      }
      default: {
        const t = token as Token & { tokens?: Token[]; text?: string };
        const text = t.tokens ? inline(t.tokens, env) : cleanText(t.text ?? t.raw);
        out.push(wrap(text, indent));
      }
    }
  }
  return out;
}

function inline(tokens: Token[], env: Env): string {
  return tokens
    .map((token) => {
      const t = token as Token & { tokens?: Token[]; text?: string };
      switch (token.type) {
        case "link": {
          const href = safeUrl((token as Tokens.Link).href, env.baseUrl);
          const text = inline(t.tokens ?? [], env);
          return href ? `${text} [${env.refs.add(href)}]` : text;
        }
        case "image":
          return t.text ?? "";
        case "br":
          return "\n";
        case "html":
          return cleanText(token.raw);
        default:
          return t.tokens ? inline(t.tokens, env) : cleanText(decode(t.text ?? t.raw));
      }
    })
    .join("");
}

function indentLines(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => (line ? prefix + line : prefix.trimEnd()))
    .join("\n");
}

// marked leaves character references in text as written; the plain-text part wants the characters.
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);/gi, (match, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(Number.parseInt(lower.slice(2), 16), match);
    if (lower.startsWith("#")) return safeCodePoint(Number(lower.slice(1)), match);
    return NAMED[lower] ?? match;
  });
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
