import type { Heading, Link, Paragraph, PhrasingContent, Strong, Text, ThematicBreak } from "mdast";

/** A text node; the serialiser escapes whatever it holds. */
export function text(value: string): Text {
  return { type: "text", value };
}

/** A plain-text field on one line: its white space folded, so a title never spills into a second line. */
export function plain(value: string): Text {
  return text(fold(value));
}

export function strong(children: PhrasingContent[]): Strong {
  return { type: "strong", children };
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: "paragraph", children };
}

export function heading(depth: number, children: PhrasingContent[]): Heading {
  return { type: "heading", depth: depth as Heading["depth"], children };
}

/** `children` linked to `url`, or left as they are when there is no address. */
export function linked(url: string | undefined, children: PhrasingContent[]): PhrasingContent[] {
  if (url === undefined) return children;
  const link: Link = { type: "link", url, title: null, children };
  return [link];
}

/** A thematic break. */
export function rule(): ThematicBreak {
  return { type: "thematicBreak" };
}

/** Runs of inline content separated by one space, empty runs left out. */
export function spaced(...runs: PhrasingContent[][]): PhrasingContent[] {
  return runs.filter((run) => run.length > 0).flatMap((run, i) => (i === 0 ? run : [text(" "), ...run]));
}

/** `children` ending a sentence: followed by a full stop unless `words` already end with one. */
export function sentence(children: PhrasingContent[], words: string): PhrasingContent[] {
  return /[.!?…]$/.test(words.trim()) ? children : [...children, text(".")];
}

/** White space folded into single spaces and trimmed. */
export function fold(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
