// biome-ignore-all lint/suspicious/noExplicitAny: parsed feeds are untyped
import type { Artifact, ResolvedDocument } from "@belarusbrief/core";
import { checkPrivacy, formatViolation } from "../../cli/src/privacy/check-privacy.js";
import { BASE_URL } from "./adapters.js";
import { contentOf } from "./artifacts.js";
import {
  EMAIL_POLICY,
  FEED_HTML_POLICY,
  htmlProblems,
  icsProblems,
  jsonFeedProblems,
  markdownProblems,
  PAGE_POLICY,
  parseMail,
  schemeOf,
  textOf,
  xmlFeedProblems,
} from "./checks.js";
import { decodedStrings, uncleanIn } from "./decoded.js";
import { violationOfKnownIssue, withoutKnownIssues } from "./known-issues.js";
import { bare, hiddenAddresses, postProblems } from "./posts.js";

/**
 * Every way one artifact of `doc` breaks its format or its allow-lists (strict parsers, elements,
 * attributes, link schemes, CSS), holds a character core's cleaner removes, or (posts) links
 * anywhere but the document's page; a `.eml` with other headers than expected. Empty when it is
 * clean. Known issues (known-issues.ts) are left out unless `strict`. Text presence is checked elsewhere.
 */
export async function artifactProblems(
  artifact: Artifact,
  doc: ResolvedDocument,
  { strict = false }: { strict?: boolean } = {},
): Promise<string[]> {
  const decoded = await decodedStrings(artifact);
  const raw = typeof artifact.content === "string" ? [artifact.content] : [];
  const problems = [
    ...formatProblems(artifact, doc),
    ...(await emlProblems(artifact)),
    ...uncleanIn([...raw, ...decoded]),
  ];
  return (strict ? problems : withoutKnownIssues(problems, artifact)).map((p) => `${artifact.path}: ${p}`);
}

function formatProblems(artifact: Artifact, doc: ResolvedDocument): string[] {
  if (typeof artifact.content !== "string") return [];
  const text = artifact.content;
  switch (artifact.kind) {
    case "markdown":
      return markdownProblems(text).problems;
    case "email-html":
      return htmlProblems(text, EMAIL_POLICY);
    case "email-text":
      return emailTextProblems(text);
    case "page":
      return htmlProblems(text, PAGE_POLICY);
    case "rss": {
      const { problems, parsed } = xmlFeedProblems(text, "rss");
      const html = (parsed?.rss.channel.item ?? []).flatMap((i: any) => [
        textOf(i.description),
        textOf(i["content:encoded"]),
      ]);
      return [...problems, ...html.flatMap((h: string) => htmlProblems(h, FEED_HTML_POLICY, true))];
    }
    case "atom": {
      const { problems, parsed } = xmlFeedProblems(text, "atom");
      const html = (parsed?.feed.entry ?? []).flatMap((e: any) => [textOf(e.summary), textOf(e.content)]);
      return [...problems, ...html.flatMap((h: string) => htmlProblems(h, FEED_HTML_POLICY, true))];
    }
    case "json-feed": {
      const { problems, parsed } = jsonFeedProblems(text);
      const html = (parsed?.items ?? []).map((i: any) => i.content_html ?? "");
      return [...problems, ...html.flatMap((h: string) => htmlProblems(h, FEED_HTML_POLICY, true))];
    }
    case "ics":
      return icsProblems(text).problems;
    case "eml":
      return [];
    case "post": {
      const own = bare(doc.url);
      const shown = text.split(own).join("");
      const leaked = hiddenAddresses(doc).filter((address) => shown.includes(address));
      return [...postProblems(artifact, doc.url), ...leaked.map((a) => `shows the address ${a}, not the page's`)];
    }
    default:
      return [`an artifact of kind ${artifact.kind} this suite does not check`];
  }
}

// The plain-text part lists its links as "[n] address" lines after the footer.
function emailTextProblems(text: string): string[] {
  const problems: string[] = [];
  const references = /\n\n((?:\[\d+\] \S+\n)+)$/.exec(text)?.[1] ?? "";
  for (const [, address] of references.matchAll(/^\[\d+\] (\S+)$/gm)) {
    const scheme = schemeOf(address ?? "");
    if (scheme !== "https" && scheme !== "http" && scheme !== "mailto" && !/^\*\|\w+\|\*$/.test(address ?? ""))
      problems.push(`link ${address}`);
  }
  return problems;
}

const EML_HEADERS = ["content-type", "date", "from", "message-id", "mime-version", "to"];

// A message parsed by mailparser has exactly the expected headers (no Bcc, nothing injected).
async function emlProblems(artifact: Artifact): Promise<string[]> {
  if (artifact.kind !== "eml") return [];
  const mail = await parseMail(contentOf(artifact));
  const extra = [...mail.headers.keys()].filter((k) => !EML_HEADERS.includes(k) && k !== "subject");
  const lacking = EML_HEADERS.filter((k) => !mail.headers.has(k));
  return [...extra.map((k) => `header ${k}`), ...lacking.map((k) => `no ${k} header`)];
}

/**
 * What the build's privacy check (`checkPrivacy` of apps/cli) finds in `artifacts`, one line per
 * URL a reader's client would fetch from elsewhere than the site; known issues left out unless `strict`.
 */
export function privacyProblems(
  artifacts: readonly Artifact[],
  { strict = false }: { strict?: boolean } = {},
): string[] {
  const check = (a: Artifact) => checkPrivacy([a], { baseUrl: BASE_URL });
  return artifacts.flatMap((artifact) =>
    check(artifact)
      .filter((v) => strict || !violationOfKnownIssue(v, artifact, check))
      .map(formatViolation),
  );
}
