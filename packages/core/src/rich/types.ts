import type { Locale } from "../schema/primitives.js";

/**
 * Rich text: what a Markdown field of a document means, parsed once. Only what every output can
 * show survives parsing, so the tree is safe by construction: raw HTML is text, an image is its
 * alt text, a heading inside a field is a bold paragraph, and link addresses were checked. Plain
 * JSON: trees can be compared, hashed and stored.
 */
export type RichText = Block[];

/** A block of rich text. */
export type Block = Paragraph | List | Blockquote | CodeBlock | Table | Rule;

export interface Paragraph {
  type: "paragraph";
  children: Inline[];
}

/** A bullet or numbered list; each item is a list of blocks. */
export interface List {
  type: "list";
  ordered: boolean;
  /** A loose list: its items are separated by blank lines and read as paragraphs. */
  spread?: boolean;
  /** First number of a numbered list, when not 1. */
  start?: number;
  items: Block[][];
}

export interface Blockquote {
  type: "blockquote";
  children: Block[];
}

/** Preformatted text, shown as written. */
export interface CodeBlock {
  type: "codeBlock";
  value: string;
}

/** A table with one header row; every cell holds inline text. */
export interface Table {
  type: "table";
  head: Inline[][];
  rows: Inline[][][];
}

/** A thematic break. */
export interface Rule {
  type: "rule";
}

/** Inline rich text. */
export type Inline = Text | Strong | Emphasis | Delete | Code | Link | Break | Span;

export interface Text {
  type: "text";
  value: string;
}

export interface Strong {
  type: "strong";
  children: Inline[];
}

export interface Emphasis {
  type: "emphasis";
  children: Inline[];
}

/** Struck-through text. */
export interface Delete {
  type: "delete";
  children: Inline[];
}

/** Code inside a line. */
export interface Code {
  type: "code";
  value: string;
}

/**
 * A link. In a parsed field `url` is the address as written (checked at load); after `resolve` it
 * is the absolute address to emit, and links without one (placeholders) are left out.
 */
export interface Link {
  type: "link";
  url: string;
  /** Language of the linked page, when known. */
  hreflang?: Locale;
  children: Inline[];
}

/** A hard line break. */
export interface Break {
  type: "break";
}

/** Text in another language than the text around it. */
export interface Span {
  type: "span";
  locale: Locale;
  children: Inline[];
}

/** Inline nodes that hold other inline nodes. */
export type Parent = Strong | Emphasis | Delete | Link | Span;
