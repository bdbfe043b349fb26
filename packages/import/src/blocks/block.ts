/** A block of the input: what the kind-specific readers work on. */
export interface Block {
  type: "heading" | "paragraph" | "list" | "rule" | "quote" | "other";
  /** The block's text as Markdown, trimmed. For a list, its items joined by line feeds. */
  text: string;
  /** A list's items, without their markers. */
  items?: string[];
  /** A heading's level (1 for `#`); text-mode headings written in capitals are level 2. */
  depth?: number;
  /** Written in capitals in the input (a heading, or a "… CALLS ON … TO:" line). */
  capitals?: boolean;
  /** 1-based line of the input the block starts on. */
  line: number;
}

/** The paragraphs of `blocks`' text, for messages: the first few words. */
export function preview(text: string, words = 8): string {
  const all = text.replace(/\s+/g, " ").trim().split(" ");
  return all.length > words ? `${all.slice(0, words).join(" ")} …` : all.join(" ");
}
