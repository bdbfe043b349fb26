import type { ResolvedLink } from "@belarusbrief/core";
import type { List } from "mdast";
import { fold, linked, paragraph, plain, text } from "./mdast.js";
import { listItem } from "./rich.js";

/** Further reading as a list: "- [Title](url) — Publisher". */
export function linkList(links: readonly ResolvedLink[]): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: links.map((link) => {
      const publisher = link.source ? [text(` — ${fold(link.source)}`)] : [];
      return listItem([paragraph([...linked(link.url, [plain(link.title)]), ...publisher])]);
    }),
  };
}
