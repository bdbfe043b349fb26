import type { Block, Inline, RichText } from "../rich/types.js";
import { isPlaceholderUrl, urlProblem } from "../schema/primitives.js";

/**
 * The address to emit for a link of the document: absolute `https:`, `http:` and `mailto:`
 * addresses normalised, addresses relative to the site resolved against `baseUrl`; undefined for
 * a placeholder (`#`, empty) or an address that may not be emitted. The one rule every output follows.
 */
export function emitUrl(url: string | undefined, baseUrl: string): string | undefined {
  if (url === undefined || isPlaceholderUrl(url) || urlProblem(url) !== undefined) return undefined;
  const trimmed = url.trim();
  if (/^mailto:/i.test(trimmed)) return trimmed;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, baseUrl);
  } catch {
    return undefined;
  }
  return resolved.protocol === "https:" || resolved.protocol === "http:" ? toUri(resolved) : undefined;
}

/** The address of one of the team's images (`images/boston.jpg`) under `assetBaseUrl`, each segment encoded. */
export function assetUrl(src: string, assetBaseUrl: string | undefined): string | undefined {
  if (!assetBaseUrl) return undefined;
  return toUri(new URL(src.split("/").map(encodeURIComponent).join("/"), assetBaseUrl));
}

/**
 * An `http(s)` address as an RFC 3986 URI, as Atom, JSON Feed and iCalendar require: the WHATWG
 * parser leaves `[`, `]`, `|`, `^`, a backtick and a stray `%` as they are in paths and queries;
 * they are percent-encoded here.
 */
export function toUri(url: URL): string {
  const { protocol, username, password, host, pathname, search, hash } = url;
  const user = username || password ? `${username}${password && `:${password}`}@` : "";
  const query = search && `?${uriPart(search.slice(1))}`;
  const fragment = hash && `#${uriPart(hash.slice(1))}`;
  return `${protocol}//${user}${host}${uriPart(pathname)}${query}${fragment}`;
}

// RFC 3986 allows only unreserved characters, sub-delims, ":", "@", "/", "?" and percent-escapes
// in a path, query or fragment.
function uriPart(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

/** `tree` with every link's address made absolute by {@link emitUrl}; a link without one keeps its text only. */
export function linkTree(tree: RichText, baseUrl: string): RichText {
  return hasLink(tree) ? tree.map((block) => linkBlock(block, baseUrl)) : tree;
}

function linkBlock(block: Block, baseUrl: string): Block {
  switch (block.type) {
    case "paragraph":
      return { ...block, children: linkInlines(block.children, baseUrl) };
    case "list":
      return { ...block, items: block.items.map((item) => item.map((b) => linkBlock(b, baseUrl))) };
    case "blockquote":
      return { ...block, children: block.children.map((b) => linkBlock(b, baseUrl)) };
    case "table":
      return {
        ...block,
        head: block.head.map((cell) => linkInlines(cell, baseUrl)),
        rows: block.rows.map((row) => row.map((cell) => linkInlines(cell, baseUrl))),
      };
    default:
      return block;
  }
}

function linkInlines(nodes: readonly Inline[], baseUrl: string): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === "link") {
      const url = emitUrl(node.url, baseUrl);
      const children = linkInlines(node.children, baseUrl);
      return url ? [{ ...node, url, children }] : children;
    }
    if ("children" in node) return [{ ...node, children: linkInlines(node.children, baseUrl) }];
    return [node];
  });
}

function hasLink(nodes: readonly (Block | Inline)[]): boolean {
  return nodes.some((node) => {
    if (node.type === "link") return true;
    if (node.type === "list") return node.items.some(hasLink);
    if (node.type === "table") return [node.head, ...node.rows].some((row) => row.some(hasLink));
    return "children" in node && hasLink(node.children);
  });
}
