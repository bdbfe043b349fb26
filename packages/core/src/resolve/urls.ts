import type { Block, Inline, RichText } from "../rich/types.js";
import { checkLink, isSitePath } from "../schema/links.js";

/**
 * The address to emit for a link of the document: absolute `https:`, `http:` and `mailto:`
 * addresses normalised, a page of the site written as a path from `/` (`/briefs/2021-02/`)
 * resolved under `pagesUrl`, the address of the site's pages; undefined for a placeholder (`#`,
 * empty) or an address that may not be emitted ({@link checkLink}). The one rule every output follows.
 */
export function emitUrl(url: string | undefined, pagesUrl: string): string | undefined {
  if (url === undefined) return undefined;
  const problem = checkLink(url);
  if (problem && problem.rule !== "insecure-link") return undefined;
  const trimmed = url.trim();
  if (/^mailto:/i.test(trimmed)) return trimmed;
  let resolved: URL;
  try {
    if (isSitePath(trimmed)) {
      const pages = new URL(pagesUrl);
      resolved = new URL(`./${trimmed.slice(1)}`, pages);
      // The path has no dot segment, so it stays under the pages; checked again all the same.
      if (resolved.origin !== pages.origin || !resolved.pathname.startsWith(pages.pathname)) return undefined;
    } else resolved = new URL(trimmed);
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
export function linkTree(tree: RichText, pagesUrl: string): RichText {
  return hasLink(tree) ? tree.map((block) => linkBlock(block, pagesUrl)) : tree;
}

function linkBlock(block: Block, pagesUrl: string): Block {
  switch (block.type) {
    case "paragraph":
      return { ...block, children: linkInlines(block.children, pagesUrl) };
    case "list":
      return { ...block, items: block.items.map((item) => item.map((b) => linkBlock(b, pagesUrl))) };
    case "blockquote":
      return { ...block, children: block.children.map((b) => linkBlock(b, pagesUrl)) };
    case "table":
      return {
        ...block,
        head: block.head.map((cell) => linkInlines(cell, pagesUrl)),
        rows: block.rows.map((row) => row.map((cell) => linkInlines(cell, pagesUrl))),
      };
    default:
      return block;
  }
}

function linkInlines(nodes: readonly Inline[], pagesUrl: string): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === "link") {
      const url = emitUrl(node.url, pagesUrl);
      const children = linkInlines(node.children, pagesUrl);
      return url ? [{ ...node, url, children }] : children;
    }
    if ("children" in node) return [{ ...node, children: linkInlines(node.children, pagesUrl) }];
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
