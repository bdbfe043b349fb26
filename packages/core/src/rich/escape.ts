/** Escapes text for HTML and XML, in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  // Testing first spares most texts (and every inline style) the replacement's copy.
  return SPECIAL.test(text) ? text.replace(SPECIALS, entityOf) : text;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const entityOf = (ch: string): string => ENTITIES[ch] ?? ch;
