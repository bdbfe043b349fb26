import { escapeLabel, escapeText } from "./escape.js";

/**
 * A Markdown link with plain-text `label`. A placeholder address (`#`, empty) stays `#`; an address
 * that is not https:, http:, mailto: or relative gives the label alone.
 */
export function link(label: string, url: string | undefined): string {
  if (url === undefined) return escapeText(label);
  const trimmed = url.trim();
  if (trimmed === "" || trimmed === "#") return `[${escapeLabel(label)}](#)`;
  if (!isSafeUrl(trimmed)) return escapeText(label);
  return `[${escapeLabel(label)}](${destination(trimmed)})`;
}

/** Whether `url` may be emitted as a link: https:, http:, mailto:, or relative (no scheme). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined || scheme === "https" || scheme === "http" || scheme === "mailto";
}

/** `url` as a link destination: control characters dropped, a space, `<`, `>` and backslash percent-encoded, parentheses escaped. */
export function destination(url: string): string {
  return (
    url
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters never belong in an address
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .replace(/[ <>\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)
      .replace(/[()]/g, "\\$&")
  );
}
