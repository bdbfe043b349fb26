import { isPlaceholderUrl, urlProblem } from "@belarusbrief/core";

/**
 * The address to link to, or undefined when there is none worth linking: placeholders (`#`),
 * unsafe schemes and relative paths without a `baseUrl` give undefined. Only https:, http: and
 * mailto: come out, with `{`, `}` and `|` percent-encoded (the same address to a server) so no
 * sending service's template engine finds a delimiter in an address from the document.
 */
export function safeUrl(url: string | undefined, baseUrl?: string): string | undefined {
  if (url === undefined || isPlaceholderUrl(url) || urlProblem(url) !== undefined) return undefined;
  const trimmed = url.trim();
  let resolved: URL;
  try {
    resolved = baseUrl ? new URL(trimmed, baseUrl) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!SAFE.has(resolved.protocol)) return undefined;
  const href = resolved.protocol === "mailto:" ? trimmed : resolved.href;
  return href.replace(/[{}|]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

const SAFE = new Set(["https:", "http:", "mailto:"]);
