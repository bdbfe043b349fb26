// biome-ignore-all lint/suspicious/noExplicitAny: parsed feeds are untyped
import { type Artifact, linksOf, type ResolvedDocument } from "@belarusbrief/core";
import { type Marker, type MarkerKind, markersOf, normalizeText } from "@belarusbrief/testkit";
import { contentOf } from "./artifacts.js";
import { htmlText, jsonFeedProblems, markdownProblems, markdownText, textOf, xmlFeedProblems } from "./checks.js";
import { missingByKnownIssue } from "./known-issues.js";
import { postText } from "./posts.js";

/**
 * What a reader sees of an artifact, read back with a real parser of its format: the Markdown
 * after the front matter (micromark), an HTML page or email (parse5), a feed's entry title, summary
 * and content (fast-xml-parser or JSON.parse, then parse5), a post as its platform shows it.
 */
export function visibleText(artifact: Artifact): string {
  const text = contentOf(artifact);
  switch (artifact.kind) {
    case "markdown":
      return markdownText(markdownProblems(text).tree);
    case "email-html":
    case "page":
      return htmlText(text);
    case "rss": {
      const item = xmlFeedProblems(text, "rss").parsed?.rss.channel.item?.[0] ?? {};
      return feedEntryText(textOf(item.title), [textOf(item.description), textOf(item["content:encoded"])]);
    }
    case "atom": {
      const entry = xmlFeedProblems(text, "atom").parsed?.feed.entry?.[0] ?? {};
      return feedEntryText(textOf(entry.title), [textOf(entry.summary), textOf(entry.content)]);
    }
    case "json-feed": {
      const item = jsonFeedProblems(text).parsed?.items?.[0] ?? {};
      return normalizeText(`${item.title ?? ""} ${item.summary ?? ""} ${htmlText(item.content_html ?? "", true)}`);
    }
    case "post":
      return postWords(artifact);
    default:
      throw new Error(`no visible text for ${artifact.kind}`);
  }
}

function feedEntryText(title: string, html: string[]): string {
  return normalizeText([title, ...html.map((h) => htmlText(h, true))].join(" "));
}

/**
 * A post as its platform shows it, then again without its layout: bullets and numbers of list
 * items and quotation marks at the start of lines (not part of a list's text in Markdown either),
 * and the " | " between table cells (core's `toText`; `oneLine`, which the markers use, puts a
 * space). Plain text cannot tell layout from a text written so: a fact may be in either.
 */
function postWords(artifact: Artifact): string {
  const text = postText(artifact);
  const words = text
    .split("\n")
    .map((line) => line.replace(/^(> )?\s*(• |\d+\. )?/, ""))
    .join("\n");
  return `${text}\n${words}\n${words.replaceAll(" | ", " ")}`;
}

/**
 * The markers of `doc` (of the given kinds, or every kind) that `visible` does not hold exactly:
 * markers come from the resolved view, the same tree every output serialises, so they are compared
 * as they are, white space folded by `normalizeText` on both sides.
 */
export function missing(
  doc: ResolvedDocument,
  visible: string,
  { keep = () => true, artifact }: { keep?: (marker: Marker) => boolean; artifact?: Artifact } = {},
): string[] {
  const text = normalizeText(visible);
  return markersOf(doc)
    .filter(keep)
    .filter((m) => !text.includes(m.text))
    .filter((m) => !artifact || !missingByKnownIssue(m, text, artifact))
    .map((m) => `${m.where}: ${JSON.stringify(m.text)}`);
}

/** {@link missing} for one artifact's {@link visibleText}, known issues left out. */
export function missingIn(doc: ResolvedDocument, artifact: Artifact): string[] {
  return missing(doc, visibleText(artifact), { artifact });
}

/** Keeps markers of the given kinds. */
export const ofKinds =
  (kinds: readonly MarkerKind[]) =>
  (marker: Marker): boolean =>
    kinds.includes(marker.kind);

/**
 * Removes what a plain-text output writes after a link's words: ` (address)` (core's `toText`, in
 * calendar descriptions) for every link of `doc`'s rich text.
 */
export function withoutLinkAddresses(text: string, doc: ResolvedDocument): string {
  let out = text;
  const urls = new Set(doc.all.events.flatMap((e) => (e.description ? linksOf(e.description) : [])).map((l) => l.url));
  for (const url of urls) out = out.split(` (${url})`).join("");
  return out;
}
