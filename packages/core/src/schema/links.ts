/**
 * The one rule for every address a document gives, in a URL field (`url`, `online`) or in a
 * Markdown link. A link is one of:
 *
 * - a full `https://` address (`http://` is accepted with a warning: it is not encrypted);
 * - a `mailto:` address;
 * - a page of the team's own site, written as a path starting with `/` (`/briefs/2021-02/`),
 *   which every output resolves under the site's pages address (`pagesUrl`);
 * - the placeholder `#` (or an empty text) for an address that was lost, with a warning.
 *
 * Anything else is an error whose message says what to write instead.
 */

/** What is wrong with a link: an error stops a build, a warning does not. */
export interface LinkProblem {
  severity: "error" | "warning";
  /** `unsafe-link` (an error), `insecure-link` (`http:`) or `placeholder-link`. */
  rule: "unsafe-link" | "insecure-link" | "placeholder-link";
  message: string;
}

/** What a link may look like, for messages. */
const LINK_FORMS =
  'write a full address starting with https://, e.g. "https://www.example.org/page", or a page of this site starting with /, e.g. "/briefs/2021-02/"';

const SAFE_SCHEMES = ["https", "http", "mailto"];

// RFC 3986 characters of a path, query and fragment (unreserved, sub-delims, ":", "@", "/", "?"),
// and percent-escapes. No space, backslash, quote, "<", ">" or other character a reader would have
// to guess at.
const SITE_PATH = /^\/(?!\/)(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/;

/**
 * The problem with `value` as a link, or undefined when it may be published as it is. Placeholders
 * (`#`, empty) and `http:` addresses are warnings; every other problem is an error.
 */
export function checkLink(value: string): LinkProblem | undefined {
  const trimmed = value.trim();
  if (isPlaceholderUrl(trimmed)) {
    const shown = trimmed === "#" ? 'the placeholder link "#"' : "an empty link";
    return warning("placeholder-link", `${shown} must be replaced by the real address before publishing`);
  }
  // Strip what browsers ignore before the scheme (whitespace, control characters) so "java\tscript:" is caught.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is stripped
  const compact = trimmed.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  // A "scheme" with a dot is a host name with a port (`www.example.org:8080`), not a scheme.
  const scheme = /^([a-z][a-z0-9+-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return withoutScheme(trimmed);
  if (!SAFE_SCHEMES.includes(scheme)) {
    return error(`links may only use https:, http: or mailto:, not "${scheme}:"; ${LINK_FORMS}`);
  }
  if (scheme === "mailto")
    return /^mailto:[^@\s]+@[^@\s]+$/i.test(trimmed)
      ? undefined
      : error(`"${trimmed}" is not a mailto: address; write it as mailto:name@example.org`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return error(`"${trimmed}" is not a valid address; check for spaces or a missing "//"`);
  }
  if (!/^https?:\/\//i.test(trimmed)) {
    const rest = trimmed.replace(/^[a-z]+:\/*/i, "");
    const fix = checkLink(`https://${rest}`) === undefined ? `; did you mean "https://${rest}"?` : `; ${LINK_FORMS}`;
    return error(`"${trimmed}" needs // after ${scheme}:${fix}`);
  }
  if (!url.hostname) return error(`"${trimmed}" has no host name; ${LINK_FORMS}`);
  if (url.protocol === "http:") {
    const secure = `https://${trimmed.slice("http://".length)}`;
    return warning(
      "insecure-link",
      `"${trimmed}" is not encrypted: anyone on the way, inside Belarus too, can see and change the page a reader opens; write "${secure}" (check that it opens)`,
    );
  }
  return undefined;
}

/** Why `value` may not be published as a link (an error), or undefined when it may (perhaps with a warning). */
export function urlProblem(value: string): string | undefined {
  const problem = checkLink(value);
  return problem?.severity === "error" ? problem.message : undefined;
}

/**
 * True when `url` is a placeholder for a lost address: `#`, or nothing visible (empty, or only the
 * control characters the loader removes from every text).
 */
export function isPlaceholderUrl(url: string | undefined): boolean {
  return url !== undefined && (url.trim() === "#" || !/[^\s\p{C}]/u.test(url));
}

/** True when `url` is a page of the team's own site written as a path (`/briefs/2021-02/`). */
export function isSitePath(url: string): boolean {
  return url.trim().startsWith("/") && checkLink(url) === undefined;
}

// An address without a scheme: a page of the site (`/…`), else an error that suggests the fix.
function withoutScheme(text: string): LinkProblem | undefined {
  if (text.startsWith("/") && !text.startsWith("//")) {
    if (!SITE_PATH.test(text))
      return error(
        `"${text}" is not a page of this site: a path starting with / may hold only Latin letters, digits and - . _ ~ / ? # = & (no spaces, \\, <, > or quotes; write other characters as %XX)`,
      );
    if (hasDotSegment(text)) return error(`"${text}" may not contain ./ or ../; write the page's path from /`);
    return undefined;
  }
  const bare = text.startsWith("//") ? text.slice(2) : text;
  if (/^[^@\s/:?#]+@[^@\s/:?#]+\.[^@\s/:?#]+$/.test(bare)) {
    return error(`"${text}" has no scheme; did you mean "mailto:${bare}"?`);
  }
  const host = /^[^/?#]*/.exec(bare)?.[0] ?? "";
  const suggestion = `https://${bare}`;
  if (/^[^.\s]+\.[^\s]/.test(host) && checkLink(suggestion) === undefined) {
    return error(`"${text}" has no scheme, so it is not a link; did you mean "${suggestion}"?`);
  }
  return error(`"${text}" is not a link; ${LINK_FORMS}`);
}

// A `.` or `..` segment, also percent-encoded, which browsers resolve upwards.
function hasDotSegment(path: string): boolean {
  const end = path.search(/[?#]/);
  const segments = (end < 0 ? path : path.slice(0, end)).split("/");
  return segments.some((s) => /^(?:\.|%2e){1,2}$/i.test(s));
}

function error(message: string): LinkProblem {
  return { severity: "error", rule: "unsafe-link", message };
}

function warning(rule: LinkProblem["rule"], message: string): LinkProblem {
  return { severity: "warning", rule, message };
}
