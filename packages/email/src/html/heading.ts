import type { TitleText } from "@belarusbrief/core";
import { esc, styled, title } from "./context.js";
import { STYLE } from "./style.js";

/**
 * A heading at the level the document's outline gives it (`level` from the resolved view). Its look
 * follows its role, not its level: a section's heading, or one inside a section (`class="sh"` and
 * `class="ih"` carry the dark-mode colours). `text` is the email's own words, or a title from the document.
 */
export function headingHtml(level: number, text: string | TitleText, role: "section" | "inner"): string {
  const tag = `h${Math.min(6, Math.max(1, level))}`;
  const look = role === "section" ? styled(STYLE.sectionHeading, "sh") : styled(STYLE.innerHeading, "ih");
  return `<${tag}${look}>${typeof text === "string" ? esc(text) : title(text)}</${tag}>`;
}
