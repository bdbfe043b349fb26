// Controls (C0 but tab, LF and CR; DEL; C1), noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF of
// every plane) and lone surrogates. Removing them leaves only XML 1.0 `Char`s (section 2.2), which
// is also all that JSON Feed and iCalendar texts may carry.
const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** `text` without control characters (but tab, LF, CR), noncharacters and lone surrogates. */
export function stripControl(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/** A deep copy of `value` with every string passed through {@link stripControl}; functions are kept as they are. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return stripControl(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, cleanDeep(child)])) as T;
  }
  return value;
}

/** Whether `text` shows anything: not only white space, controls or invisible format characters. */
export function hasText(text: string | undefined): text is string {
  return text !== undefined && /[^\s\p{Cc}\p{Cf}]/u.test(stripControl(text));
}

/**
 * `url` as an RFC 3986 URI: parsed by the WHATWG URL parser (host in punycode, tabs and newlines
 * removed, spaces and quotes percent-encoded), then every character RFC 3986 does not allow in a
 * path, query or fragment (e.g. `[`, `]`, `|`, a stray `%`) percent-encoded too. Undefined when
 * `url` is not an absolute http(s) address. Every URL a feed or calendar carries goes through here.
 */
export function httpUrl(url: string | undefined): string | undefined {
  const parsed = url === undefined ? null : URL.parse(url.trim());
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) return undefined;
  const { protocol, username, password, host, pathname, search, hash } = parsed;
  const user = username || password ? `${username}${password && `:${password}`}@` : "";
  return `${protocol}//${user}${host}${uriPart(pathname)}${search && `?${uriPart(search.slice(1))}`}${hash && `#${uriPart(hash.slice(1))}`}`;
}

/** Escapes text for HTML and XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// The WHATWG parser leaves `[ ] | ^ \` ` and lone `%` in paths and queries; RFC 3986 allows only
// unreserved, sub-delims, ":", "@", "/", "?" and percent-escapes there.
function uriPart(text: string): string {
  return text.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}
