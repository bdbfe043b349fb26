import { formatDate } from "@belarusbrief/core";
import type { Context } from "./context.js";
import { escapeText } from "./escape.js";
import { link } from "./link.js";

/** The line under a title: "**Statement** · [Amnesty International](url) · August 9, 2021", leaving out what is not wanted. */
export function metaLine(ctx: Context, parts: { kind?: boolean; date?: boolean }): string {
  const { doc, words } = ctx;
  return [
    parts.kind ? `**${escapeText(words.kind[doc.kind])}**` : "",
    doc.author ? link(doc.author.name, doc.author.url) : "",
    parts.date ? escapeText(formatDate(doc.date, ctx.locale)) : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
