import { type DefaultTreeAdapterMap, parse } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Parses an HTML page with parse5 (the WHATWG algorithm browsers use). */
export function parseHtml(html: string): Node {
  return parse(html, { sourceCodeLocationInfo: false });
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
