import type { Artifact } from "../../cli/src/outputs/types.js";
import type { TextOutputs } from "./adapters.js";

/** The text outputs of one document as the CLI's artifacts, for `checkPrivacy`. */
export function artifactsOf(id: string, out: TextOutputs): Artifact[] {
  const html = "text/html; charset=utf-8";
  return [
    { kind: "markdown", path: `markdown/${id}.md`, mediaType: "text/markdown", content: out.markdown },
    { kind: "rss", path: `feeds/${id}.rss.xml`, mediaType: "application/rss+xml", content: out.rss },
    { kind: "atom", path: `feeds/${id}.atom.xml`, mediaType: "application/atom+xml", content: out.atom },
    { kind: "json-feed", path: `feeds/${id}.feed.json`, mediaType: "application/feed+json", content: out.jsonFeed },
    { kind: "email-html", path: `email/${id}.html`, mediaType: html, content: out.emailHtml },
    { kind: "eml", path: `email/${id}.eml`, mediaType: "message/rfc822", content: out.eml },
    { kind: "page", path: `site/${id}/index.html`, mediaType: html, content: out.page },
    ...(out.ics
      ? [{ kind: "ics" as const, path: `calendar/${id}.ics`, mediaType: "text/calendar", content: out.ics }]
      : []),
  ];
}
