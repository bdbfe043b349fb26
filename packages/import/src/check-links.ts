import { type Document, markdownFields, parseMarkdown, urlProblem } from "@belarusbrief/core";
import type { Notes, Path } from "./draft.js";

/**
 * Replaces every address the model would refuse (`javascript:`, a bare word with a colon, a broken
 * URL) by the placeholder `#`, with a note quoting what was there: the document still loads, and
 * `validate` asks for the real address. Safe addresses and placeholders are left as they are.
 */
export function checkLinks(value: unknown, notes: Notes, path: Path = []): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkLinks(item, notes, [...path, i]);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(node)) {
    if ((key === "url" || key === "online") && typeof child === "string") {
      const problem = urlProblem(child);
      if (problem || child.length > 2048) {
        node[key] = "#";
        notes.guess(
          [...path, key],
          notes.lineOf([...path, key]),
          `"${child.slice(0, 60)}" is not a usable address; find the real one`,
        );
      }
    } else checkLinks(child, notes, [...path, key]);
  }
}

/**
 * The same for links written in Markdown text (`[Org](javascript:…)`): each address the loader
 * would refuse becomes the placeholder `#`, with a note quoting it; a link of another form
 * (`<scheme:…>`, `[text][ref]`) is kept as text.
 */
export function checkTextLinks(draft: object, notes: Notes): void {
  for (const field of markdownFields(draft as Document)) {
    let text = field.text;
    for (const problem of parseMarkdown(field.text).problems) {
      if (problem.severity !== "error" || !problem.raw || !text.includes(problem.raw)) continue;
      const at = problem.raw.lastIndexOf("](");
      const safe = at >= 0 ? `${problem.raw.slice(0, at)}](#)` : `\\${problem.raw}`;
      text = text.replace(problem.raw, () => safe);
      const address = at >= 0 ? problem.raw.slice(at + 2, -1) : problem.raw;
      notes.guess(
        field.path as Path,
        notes.lineOf(field.path as Path),
        `"${address.slice(0, 60)}" is not a usable address; find the real one`,
      );
    }
    if (text !== field.text) setAt(draft, field.path as Path, text);
  }
}

function setAt(root: object, path: Path, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
}
