import type { Block } from "../blocks/block.js";
import { textBlocks } from "../blocks/text-blocks.js";

const EMAIL = /(?<![\w.+-]|\]\(mailto:|\[)[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-]|\]\()/gu;

/**
 * Plain text as Markdown that shows it as written: paragraphs kept, bullet lines ("•", "-") as a
 * list, short lines kept apart with hard breaks, e-mail addresses as mailto: links.
 */
export function plainTextMarkdown(text: string): string {
  return blocksMarkdown(textBlocks(text));
}

/** Blocks joined back into Markdown, as {@link plainTextMarkdown} writes them. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === "list") return (block.items ?? []).map((item) => `- ${linkEmails(item)}`).join("\n");
      if (block.type === "rule") return "---";
      return linkEmails(block.text);
    })
    .filter((text) => text !== "")
    .join("\n\n");
}

function linkEmails(text: string): string {
  return text.replace(EMAIL, (address) => `[${address}](mailto:${address})`);
}
