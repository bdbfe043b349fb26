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
