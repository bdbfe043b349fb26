import type { Artifact } from "@belarusbrief/core";
import { marked, type Token } from "marked";
import { isMap, parseDocument } from "yaml";
import type { FetchedUrl } from "./fetched-urls.js";

/** HTML an artifact holds, to search for fetched URLs; `extra` are URLs found another way (Markdown images). */
export interface HtmlPart {
  html: string;
  fragment: boolean;
  extra?: FetchedUrl[];
}

/** The HTML (or SVG) of an artifact: the whole file, the HTML of feed entries, the HTML part of an `.eml`. */
export function artifactHtml(artifact: Artifact): HtmlPart[] {
  if (typeof artifact.content !== "string") return [];
  const text = artifact.content;
  switch (artifact.kind) {
    case "email-html":
    case "page":
      return [{ html: text, fragment: false }];
    case "rss":
    case "atom":
      return xmlHtml(text).map((html) => ({ html, fragment: true }));
    case "json-feed":
      return jsonFeedHtml(text).map((html) => ({ html, fragment: true }));
    case "eml":
      return emlHtml(text).map((html) => ({ html, fragment: false }));
    case "markdown":
      return [markdownParts(markdownBody(text))];
    default:
      return artifact.mediaType.startsWith("image/svg+xml") ? [{ html: text, fragment: true }] : [];
  }
}

// Entry HTML in RSS (<description>, <content:encoded>) and Atom (<summary>, <content>): CDATA or escaped text.
function xmlHtml(xml: string): string[] {
  const out: string[] = [];
  for (const match of xml.matchAll(
    /<(description|content:encoded|summary|content|subtitle)\b[^>]*>([\s\S]*?)<\/\1>/g,
  )) {
    const body = match[2] ?? "";
    out.push(
      body.includes("<![CDATA[")
        ? body.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
        : body.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, entity),
    );
  }
  return out;
}

function entity(_: string, name: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
  if (named[name.toLowerCase()]) return named[name.toLowerCase()] as string;
  const code = name[1]?.toLowerCase() === "x" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  return String.fromCodePoint(code);
}

function jsonFeedHtml(json: string): string[] {
  const feed = JSON.parse(json) as { items?: { content_html?: string; summary?: string }[] };
  return (feed.items ?? []).flatMap((item) => (item.content_html ? [item.content_html] : []));
}

// The text/html parts of a MIME message, decoded from base64 or quoted-printable.
function emlHtml(eml: string): string[] {
  const out: string[] = [];
  for (const part of eml.split(/\r?\n--[^\r\n]+\r?\n/)) {
    const [head = "", ...rest] = part.split(/\r?\n\r?\n/);
    if (!/^content-type:\s*text\/html/im.test(head)) continue;
    const body = rest.join("\n\n").replace(/\r?\n--[^\r\n]*--\s*$/, "");
    const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
    if (encoding === "base64") out.push(Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8"));
    else if (encoding === "quoted-printable") out.push(quotedPrintable(body));
    else out.push(body);
  }
  return out;
}

// Runs of `=XX` escapes become their bytes; everything else is already the text's own bytes.
function quotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, "");
  const parts: Buffer[] = [];
  let last = 0;
  for (const escaped of soft.matchAll(/(?:=[0-9A-F]{2})+/gi)) {
    parts.push(Buffer.from(soft.slice(last, escaped.index), "utf8"));
    parts.push(Buffer.from(escaped[0].replace(/=/g, ""), "hex"));
    last = escaped.index + escaped[0].length;
  }
  parts.push(Buffer.from(soft.slice(last), "utf8"));
  return Buffer.concat(parts).toString("utf8");
}

// The `---` fence of YAML front matter, as static-site generators read it: from the first line to
// the next line that is `---` or `...`.
const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown file without its YAML front matter: data for a static-site generator (title, summary,
 * tags: plain text, written as YAML strings), never rendered as Markdown or HTML. A fence whose
 * content is not a YAML mapping is left in, and read as Markdown like the rest.
 */
function markdownBody(markdown: string): string {
  const fence = FRONT_MATTER.exec(markdown);
  if (!fence) return markdown;
  const yaml = parseDocument(fence[1] ?? "");
  const fields = yaml.errors.length === 0 && (yaml.contents === null || isMap(yaml.contents));
  return fields ? markdown.slice(fence[0].length) : markdown;
}

// Markdown images are fetched by whatever renders the file (GitHub, a static-site generator); raw HTML too.
function markdownParts(markdown: string): HtmlPart {
  const extra: FetchedUrl[] = [];
  const html: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "image") extra.push({ where: "Markdown image", url: token.href, image: true });
      if (token.type === "html") html.push(token.raw);
      const t = token as {
        tokens?: Token[];
        items?: Token[];
        header?: { tokens: Token[] }[];
        rows?: { tokens: Token[] }[][];
      };
      walk(t.tokens ?? []);
      walk(t.items ?? []);
      for (const cell of [...(t.header ?? []), ...(t.rows ?? []).flat()]) walk(cell.tokens);
    }
  };
  walk(marked.lexer(markdown));
  return { html: html.join("\n"), fragment: true, extra };
}
