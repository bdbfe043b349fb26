import type { Locale } from "../schema/primitives.js";
import { escapeHtml } from "./escape.js";
import type { Block, Inline, RichText } from "./types.js";

/** The elements rich text becomes in HTML. */
export type HtmlElement =
  | "p"
  | "ul"
  | "ol"
  | "li"
  | "blockquote"
  | "pre"
  | "code"
  | "table"
  | "th"
  | "td"
  | "hr"
  | "strong"
  | "em"
  | "del"
  | "a";

/** How one output wants its HTML: styles and attributes per element, and its own escaping. */
export interface HtmlTarget {
  /** Inline `style` per element, e.g. `{ p: "margin:0 0 12px" }` for email. */
  styles?: Partial<Record<HtmlElement, string>>;
  /** Further attributes per element, written as given, e.g. `{ table: 'role="table"' }`. */
  attributes?: Partial<Record<HtmlElement, string>>;
  /** Escapes a text; default {@link escapeHtml}. Email also hides template delimiters here. */
  escape?: (text: string) => string;
  /** Turns a link address into the `href` written; default the address itself, escaped. */
  href?: (url: string) => string;
}

/**
 * Rich text as HTML for `target`. Every text and address is escaped; only the elements above
 * appear, so the result needs no sanitizer. A tight list's item of one paragraph holds its text
 * directly; an item of several keeps each in a `<p>`.
 */
export function toHtml(tree: RichText, target: HtmlTarget = {}): string {
  return new HtmlWriter(target).blocks(tree);
}

/** Inline rich text (a phrase, a paragraph's content) as HTML for `target`. */
export function inlineToHtml(nodes: readonly Inline[], target: HtmlTarget = {}): string {
  return new HtmlWriter(target).inlines(nodes);
}

/** ` lang="…" dir="ltr"`, for an element holding text in another language than its parent. */
export function langAttributes(locale: Locale | undefined): string {
  return locale ? ` lang="${locale}" dir="ltr"` : "";
}

class HtmlWriter {
  private readonly escape: (text: string) => string;

  constructor(private readonly target: HtmlTarget) {
    this.escape = target.escape ?? escapeHtml;
  }

  blocks(blocks: readonly Block[]): string {
    return blocks.map((block) => this.block(block)).join("");
  }

  inlines(nodes: readonly Inline[]): string {
    return nodes.map((node) => this.inline(node)).join("");
  }

  private open(element: HtmlElement, extra = ""): string {
    const style = this.target.styles?.[element];
    const attributes = this.target.attributes?.[element];
    return `<${element}${extra}${attributes ? ` ${attributes}` : ""}${style ? ` style="${escapeHtml(style)}"` : ""}>`;
  }

  private block(block: Block): string {
    switch (block.type) {
      case "paragraph":
        return `${this.open("p")}${this.inlines(block.children)}</p>`;
      case "list": {
        const element = block.ordered ? "ol" : "ul";
        const start = block.ordered && block.start !== undefined ? ` start="${block.start}"` : "";
        const items = block.items.map((item) => `${this.open("li")}${this.listItem(item, block.spread)}</li>`);
        return `${this.open(element, start)}${items.join("")}</${element}>`;
      }
      case "blockquote":
        return `${this.open("blockquote")}${this.blocks(block.children)}</blockquote>`;
      case "codeBlock":
        return `${this.open("pre")}${this.open("code")}${this.escape(block.value)}</code></pre>`;
      case "table": {
        const cells = (row: readonly Inline[][], element: "th" | "td") =>
          `<tr>${row.map((cell) => `${this.open(element)}${this.inlines(cell)}</${element}>`).join("")}</tr>`;
        const body = block.rows.length ? `<tbody>${block.rows.map((row) => cells(row, "td")).join("")}</tbody>` : "";
        return `${this.open("table")}<thead>${cells(block.head, "th")}</thead>${body}</table>`;
      }
      case "rule":
        return this.open("hr");
    }
  }

  // A tight list's item of one paragraph holds its text; a loose list's items, and an item of
  // several paragraphs (a list made of Markdown fields, each an item), keep them as paragraphs, as
  // to-text.ts keeps them apart by a blank line.
  private listItem(blocks: readonly Block[], spread: boolean | undefined): string {
    if (spread || blocks.filter((b) => b.type === "paragraph").length > 1) return this.blocks(blocks);
    return blocks.map((b) => (b.type === "paragraph" ? this.inlines(b.children) : this.block(b))).join("");
  }

  private inline(node: Inline): string {
    switch (node.type) {
      case "text":
        return this.escape(node.value);
      case "strong":
      case "emphasis":
      case "delete": {
        const element = node.type === "strong" ? "strong" : node.type === "emphasis" ? "em" : "del";
        return `${this.open(element)}${this.inlines(node.children)}</${element}>`;
      }
      case "code":
        return `${this.open("code")}${this.escape(node.value)}</code>`;
      case "break":
        return "<br>";
      case "link": {
        const href = this.target.href ? this.target.href(node.url) : node.url;
        const lang = node.hreflang ? ` hreflang="${node.hreflang}"` : "";
        return `${this.open("a", ` href="${escapeHtml(href)}"${lang}`)}${this.inlines(node.children)}</a>`;
      }
      case "span":
        return `<span${langAttributes(node.locale)}>${this.inlines(node.children)}</span>`;
    }
  }
}
