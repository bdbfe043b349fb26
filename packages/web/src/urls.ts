import { type Document, isPlaceholderUrl, KIND_PATHS, urlProblem } from "@belarusbrief/core";

/** Path of a document's page inside the site, e.g. `briefs/2021-02/index.html`. */
export function documentPath(doc: Pick<Document, "kind" | "id">): string {
  return `${KIND_PATHS[doc.kind]}/${doc.id}/index.html`;
}

/** A relative URL from the page at `from` to the file at `to`, both paths inside the output folder. */
export function relativeUrl(from: string, to: string): string {
  const source = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < source.length && common < target.length - 1 && source[common] === target[common]) common++;
  return encodeURI("../".repeat(source.length - common) + target.slice(common).join("/"));
}

/** The absolute public address of a file inside the output folder; `index.html` is left off. */
export function publicUrl(baseUrl: string, path: string): string {
  return baseUrl + encodeURI(path.replace(/(^|\/)index\.html$/, "$1"));
}

/** An author's link if it may be emitted: absolute https:, http: or mailto:, and not a placeholder. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined || isPlaceholderUrl(url) || urlProblem(url) !== undefined) return undefined;
  const trimmed = url.trim();
  // new URL() percent-encodes what HTML validators reject in an address, such as < > " and spaces.
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? new URL(trimmed).href : undefined;
}
