/** Escapes text for HTML text and attribute values; drops control characters HTML cannot carry. */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Removes C0/C1 control characters except tab and line breaks (forbidden in HTML, invisible anyway). */
export function stripControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "");
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
