import { generate, parse, walk } from "css-tree";
import { type DefaultTreeAdapterMap, parse as parseHtml } from "parse5";
import { cssForScheme, type Scheme } from "./scheme-css.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * The email's HTML as a mail program set to `scheme` shows it, in any browser: its style sheets
 * with the colour-scheme media queries decided ({@link cssForScheme}), `color-scheme` in style
 * attributes and the `color-scheme` meta tags naming `scheme` alone. Everything else is the bytes
 * of the email, unchanged: parse5 finds where each part is, and only those parts are replaced.
 */
export function emailForScheme(html: string, scheme: Scheme): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node): void => {
    if ("tagName" in node) edits.push(...editsOf(node, scheme, html));
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseHtml(html, { sourceCodeLocationInfo: true }));
  let out = html;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function editsOf(element: Element, scheme: Scheme, html: string): { start: number; end: number; text: string }[] {
  const where = element.sourceCodeLocation;
  if (!where) return [];
  const edits: { start: number; end: number; text: string }[] = [];
  if (element.tagName === "style" && where.startTag && where.endTag) {
    const [start, end] = [where.startTag.endOffset, where.endTag.startOffset];
    edits.push({ start, end, text: cssForScheme(html.slice(start, end), scheme) });
  }
  const name = element.attrs.find((a) => a.name === "name")?.value.toLowerCase();
  const content = where.attrs?.content;
  if (element.tagName === "meta" && (name === "color-scheme" || name === "supported-color-schemes") && content)
    edits.push({ start: content.startOffset, end: content.endOffset, text: `content="${scheme}"` });
  const style = element.attrs.find((a) => a.name === "style");
  const styleAt = where.attrs?.style;
  if (style && styleAt && /color-scheme/i.test(style.value)) {
    const declarations = parse(style.value, { context: "declarationList" });
    walk(declarations, {
      visit: "Declaration",
      enter(node) {
        if (String(node.property).toLowerCase() === "color-scheme") node.value = parse(scheme, { context: "value" });
      },
    });
    const text = generate(declarations).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    edits.push({ start: styleAt.startOffset, end: styleAt.endOffset, text: `style="${text}"` });
  }
  return edits;
}
