import type { Link } from "@belarusbrief/core";
import { bulletList } from "./blocks.js";
import { escapeText } from "./escape.js";
import { link } from "./link.js";

/** Further reading as a list: "- [Title](url) — Publisher". */
export function linkList(links: readonly Link[]): string {
  return bulletList(
    links.map((l) => (l.source ? `${link(l.title, l.url)} — ${escapeText(l.source)}` : link(l.title, l.url))),
  );
}
