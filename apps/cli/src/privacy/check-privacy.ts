import { createHash } from "node:crypto";
import type { Artifact } from "@belarusbrief/core";
import { forTerminal } from "../terminal-text.js";
import { artifactHtml } from "./artifact-html.js";
import { type FetchedUrl, fetchedUrls } from "./fetched-urls.js";

/** Origins a reader's client may contact. */
export interface PrivacyOptions {
  /** The site's address; its origin is allowed. */
  baseUrl: string;
  /** Where the team's images are served from; its origin is allowed too. */
  assetBaseUrl?: string | undefined;
}

/** One URL an output would make a reader's client fetch from a host it may not contact. */
export interface PrivacyViolation {
  /** Path of the artifact in the output folder. */
  artifact: string;
  /** Element and attribute, e.g. `<img src>`. */
  where: string;
  url: string;
  /** Host contacted, or the scheme for a URL that is not a network address (e.g. `javascript:`). */
  host: string;
}

/**
 * Finds every URL that the artifacts make a reader's client fetch on its own (images, style sheets,
 * fonts, frames, scripts, icons, refreshes, CSS `url()`/`@import`, Outlook VML) from anywhere but the
 * origin of `baseUrl` or `assetBaseUrl`. Checked: HTML pages and emails (with their Outlook
 * conditional comments), the HTML part of `.eml` files, HTML inside RSS, Atom and JSON feeds, SVG
 * images, and images or raw HTML in Markdown. Relative URLs count as the site's own in pages and
 * feeds, and as a violation in email, which has no origin. `data:` URLs are allowed only where
 * they can only be an image. PNG files and calendars hold no fetched URLs.
 */
export function checkPrivacy(artifacts: readonly Artifact[], options: PrivacyOptions): PrivacyViolation[] {
  const check = privacyCheck(options);
  return artifacts.flatMap((artifact) => check(artifact));
}

/**
 * {@link checkPrivacy} for one artifact at a time, for a build that writes each file as it is made.
 * HTML met again (an email's page in its `.eml`, a feed entry in every feed) is parsed once.
 */
export function privacyCheck(options: PrivacyOptions): (artifact: Artifact) => PrivacyViolation[] {
  const allowed = new Set([new URL(options.baseUrl).origin]);
  if (options.assetBaseUrl) allowed.add(new URL(options.assetBaseUrl).origin);
  // What each HTML text fetches, by its SHA-256: feeds repeat each entry's HTML in every format
  // and language, and an `.eml` repeats its email's page.
  const seen = new Map<string, FetchedUrl[]>();
  const urlsIn = (html: string, fragment: boolean): FetchedUrl[] => {
    const key = createHash("sha256").update(`${fragment}\0`).update(html).digest("base64");
    let found = seen.get(key);
    if (!found) {
      found = fetchedUrls(html, fragment);
      seen.set(key, found);
    }
    return found;
  };
  return (artifact) => {
    const email = artifact.kind === "email-html" || artifact.kind === "eml";
    const violations: PrivacyViolation[] = [];
    for (const { html, fragment, extra } of artifactHtml(artifact)) {
      for (const found of [...(extra ?? []), ...urlsIn(html, fragment)]) {
        const host = forbiddenHost(found, allowed, options.baseUrl, email);
        if (host !== undefined) violations.push({ artifact: artifact.path, where: found.where, url: found.url, host });
      }
    }
    return violations;
  };
}

/** One line per violation, naming the artifact, the element and attribute, and the host. */
export function formatViolation(v: PrivacyViolation): string {
  // The address comes from a document: shown escaped, like every document text in the terminal.
  return forTerminal(
    `${v.artifact}: ${v.where} would make readers' devices contact ${v.host} (${v.url}); only the site's own address and assetBaseUrl may be contacted`,
  );
}

// The host a URL would contact, or undefined when fetching it is allowed.
function forbiddenHost(found: FetchedUrl, allowed: Set<string>, baseUrl: string, email: boolean): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: clients ignore these before the scheme
  const compact = found.url.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined && !compact.startsWith("//"))
    return email ? "an address relative to nothing (email has no site)" : undefined;
  if (scheme === "data") return found.image && /^data:image\//i.test(compact) ? undefined : "data: (not an image)";
  if (scheme === "cid" && email) return undefined;
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") return `${scheme}:`;
  let url: URL;
  try {
    url = new URL(compact, baseUrl);
  } catch {
    return "an invalid address";
  }
  return allowed.has(url.origin) ? undefined : url.host || url.origin;
}
