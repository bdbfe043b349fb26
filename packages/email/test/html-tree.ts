import { type DefaultTreeAdapterMap, parse } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const SKIP = new Set(["head", "style", "script", "title", "template"]);
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "br",
  "code",
  "del",
  "em",
  "i",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "u",
]);

/** What a reader sees of an HTML document, parsed with parse5: text of the body, blocks separated by spaces. */
export function visibleHtmlText(html: string): string {
  const parts: string[] = [];
  walk(
    parse(html),
    (node) => {
      if (node.nodeName === "#text") parts.push((node as DefaultTreeAdapterMap["textNode"]).value);
    },
    (el) => {
      if (!INLINE.has(el.tagName)) parts.push(" ");
    },
  );
  return parts.join("");
}

/** Every element of the parsed document (comments are not elements, so Outlook's mso blocks are skipped). */
export function elements(html: string): Element[] {
  const out: Element[] = [];
  walk(
    parse(html),
    () => {},
    (el) => out.push(el),
    false,
  );
  return out;
}

function walk(node: Node, onNode: (n: Node) => void, onElement: (e: Element) => void, skipHidden = true): void {
  if ("tagName" in node) {
    if (skipHidden && SKIP.has(node.tagName)) return;
    onElement(node);
  }
  onNode(node);
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) walk(child, onNode, onElement, skipHidden);
  if ("tagName" in node && skipHidden && !INLINE.has(node.tagName)) onElement(node);
}
