import { type DefaultTreeAdapterMap, parse } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const INLINE = new Set([
  "a",
  "strong",
  "em",
  "b",
  "i",
  "code",
  "span",
  "time",
  "data",
  "cite",
  "del",
  "small",
  "abbr",
  "bdi",
  "q",
]);
const HIDDEN = new Set(["head", "style", "script", "template"]);

/** Parses an HTML page with parse5 (the WHATWG algorithm browsers use). */
export function parseHtml(html: string): Node {
  return parse(html, { sourceCodeLocationInfo: false });
}

/** What a reader sees: the text of `<body>`, blocks separated by spaces. */
export function domText(html: string): string {
  return textOf(parseHtml(html));
}

/** Every element of the tree, in document order. */
export function elements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ("tagName" in n) out.push(n);
    const children = "content" in n ? n.content.childNodes : "childNodes" in n ? n.childNodes : [];
    for (const child of children) walk(child as Node);
  };
  walk(node);
  return out;
}

/** An attribute of an element. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if ("tagName" in node && HIDDEN.has(node.tagName)) return "";
  if (!("childNodes" in node)) return "";
  const inner = node.childNodes.map((c) => textOf(c as Node)).join("");
  return "tagName" in node && !INLINE.has(node.tagName) ? ` ${inner} ` : inner;
}
