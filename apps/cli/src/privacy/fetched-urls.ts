import { type DefaultTreeAdapterMap, parse, parseFragment } from "parse5";
import { cssUrls } from "./css-urls.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** A URL a reader's client fetches on its own when it shows a document, with where it was found. */
export interface FetchedUrl {
  /** The element and attribute, e.g. `<img src>`, `<style> url()`, `<meta http-equiv=refresh>`. */
  where: string;
  url: string;
  /** True where a `data:` URL can only be an image (img, srcset, CSS url(), poster, VML fills). */
  image: boolean;
}

// Attributes whose URL is fetched as soon as the element is shown, by element name ("*" for any).
const FETCHING: Record<string, { attr: string; image: boolean }[]> = {
  img: [
    { attr: "src", image: true },
    { attr: "lowsrc", image: true },
    { attr: "dynsrc", image: true },
  ],
  input: [{ attr: "src", image: true }],
  video: [
    { attr: "src", image: false },
    { attr: "poster", image: true },
  ],
  audio: [{ attr: "src", image: false }],
  source: [{ attr: "src", image: false }],
  track: [{ attr: "src", image: false }],
  iframe: [{ attr: "src", image: false }],
  frame: [{ attr: "src", image: false }],
  embed: [{ attr: "src", image: false }],
  object: [
    { attr: "data", image: false },
    { attr: "codebase", image: false },
  ],
  applet: [{ attr: "codebase", image: false }],
  script: [{ attr: "src", image: false }],
  base: [{ attr: "href", image: false }],
  // SVG: images, external <use> references and filter images are fetched.
  image: [
    { attr: "href", image: true },
    { attr: "xlink:href", image: true },
  ],
  use: [
    { attr: "href", image: false },
    { attr: "xlink:href", image: false },
  ],
  feimage: [
    { attr: "href", image: true },
    { attr: "xlink:href", image: true },
  ],
  // Outlook's VML: images and fills.
  "v:image": [{ attr: "src", image: true }],
  "v:imagedata": [{ attr: "src", image: true }],
  "v:fill": [{ attr: "src", image: true }],
  "v:stroke": [{ attr: "src", image: true }],
  "*": [{ attr: "background", image: true }],
};

const SRCSET = new Set(["img", "source"]);
const FETCHED_LINKS = new Set([
  "stylesheet",
  "icon",
  "shortcut",
  "apple-touch-icon",
  "apple-touch-icon-precomposed",
  "mask-icon",
  "preload",
  "prefetch",
  "modulepreload",
  "prerender",
  "manifest",
  "dns-prefetch",
  "preconnect",
  "import",
]);

/**
 * Every URL an HTML or SVG document makes a client fetch automatically: element attributes,
 * `srcset`, `<link>` stylesheets, icons and hints, `<meta http-equiv=refresh>`, CSS `url()` and
 * `@import` in `style` attributes and `<style>`, and the same inside Outlook conditional comments.
 */
export function fetchedUrls(html: string, fragment = false): FetchedUrl[] {
  const out: FetchedUrl[] = [];
  visit(fragment ? parseFragment(html) : parse(html), out);
  return out;
}

function visit(node: Node, out: FetchedUrl[]): void {
  if (node.nodeName === "#comment") {
    // Outlook (and old IE) render the markup inside <!--[if ...]> ... <![endif]-->.
    const inner = /^\s*\[if [^\]]*\]>([\s\S]*)<!\[endif\]\s*$/i.exec(
      (node as DefaultTreeAdapterMap["commentNode"]).data,
    );
    if (inner?.[1]) visit(parseFragment(inner[1]), out);
    return;
  }
  if ("tagName" in node) element(node, out);
  for (const child of "childNodes" in node ? node.childNodes : []) visit(child, out);
  if ("content" in node && node.content) visit(node.content as Node, out);
}

function element(el: Element, out: FetchedUrl[]): void {
  const tag = el.tagName.toLowerCase();
  const value = (name: string) => el.attrs.find((a) => a.name.toLowerCase() === name)?.value;
  for (const { attr, image } of [...(FETCHING[tag] ?? []), ...(FETCHING["*"] ?? [])]) {
    const url = value(attr);
    if (url !== undefined && url.trim() !== "") out.push({ where: `<${tag} ${attr}>`, url: url.trim(), image });
  }
  const srcset = SRCSET.has(tag) ? value("srcset") : undefined;
  for (const candidate of srcset?.split(/,\s+|,(?=\S)/) ?? []) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) out.push({ where: `<${tag} srcset>`, url, image: true });
  }
  if (tag === "link") {
    const rel = (value("rel") ?? "").toLowerCase().split(/\s+/);
    const href = value("href");
    if (href && rel.some((r) => FETCHED_LINKS.has(r)))
      out.push({ where: `<link rel=${value("rel")}>`, url: href.trim(), image: false });
  }
  if (tag === "meta" && value("http-equiv")?.toLowerCase() === "refresh") {
    const url = /url\s*=\s*['"]?([^'"\s]+)/i.exec(value("content") ?? "")?.[1];
    if (url) out.push({ where: "<meta http-equiv=refresh>", url, image: false });
  }
  const style = value("style");
  if (style)
    for (const css of cssUrls(style))
      out.push({ where: `<${tag} style> ${css.kind}`, url: css.url, image: css.kind === "url()" });
  if (tag === "style") {
    const text = el.childNodes.map((n) => ("value" in n ? n.value : "")).join("");
    for (const css of cssUrls(text))
      out.push({ where: `<style> ${css.kind}`, url: css.url, image: css.kind === "url()" });
  }
}
