/** A URL CSS makes the client fetch. */
export interface CssUrl {
  kind: "url()" | "@import" | "image-set()";
  url: string;
}

/**
 * The URLs in a style sheet or `style` attribute: `url(...)` (quoted or not), `@import "..."` and
 * `image-set("...")`. CSS escapes (`\75 rl(`) and comments are resolved first, so they cannot hide one.
 */
export function cssUrls(css: string): CssUrl[] {
  const text = unescapeCss(css.replace(/\/\*[\s\S]*?\*\//g, ""));
  const out: CssUrl[] = [];
  for (const match of text.matchAll(/\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi))
    out.push({ kind: "url()", url: (match[1] ?? match[2] ?? match[3] ?? "").trim() });
  for (const match of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
    out.push({ kind: "@import", url: (match[1] ?? match[2] ?? "").trim() });
  for (const match of text.matchAll(/image-set\(([^)]*)\)/gi))
    for (const inner of (match[1] ?? "").matchAll(/"([^"]*)"|'([^']*)'/g))
      out.push({ kind: "image-set()", url: (inner[1] ?? inner[2] ?? "").trim() });
  return out.filter((u) => u.url !== "");
}

function unescapeCss(css: string): string {
  return css
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\(.)/g, "$1");
}
