import type { RichText } from "@belarusbrief/core";
import { telegramHtml } from "./format/telegram-html.js";
import { richUnits } from "./rich-lines.js";

/**
 * Rich text as a Telegram message in its HTML subset (`parse_mode: HTML`): paragraphs separated by
 * a blank line, list items on lines of their own with "• " or "1. ", quotations in `blockquote`,
 * code in `pre`/`code`, bold, italic and strikethrough kept. Links keep their words only: posts
 * link to the document's page alone.
 */
export function toTelegramHtml(tree: RichText): string {
  return telegramHtml(richUnits(tree, [])).html;
}
