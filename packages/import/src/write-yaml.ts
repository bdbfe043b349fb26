import { isDeepStrictEqual } from "node:util";
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parse,
  Scalar,
  visit,
  Document as YamlDocument,
} from "yaml";
import type { DraftDocument, DraftNote, Path } from "./draft.js";

/** Maps written on one line, as editors write them: `source: { name: Spring96, url: "#" }`. */
const FLOW_KEYS = new Set(["source", "via", "author", "attendance", "attribution", "sources", "recipients"]);

/**
 * The draft as YAML: multi-line text as literal blocks, small maps on one line, a shared letter
 * written once (`&letter`, `*letter`), each guess as a `# imported: …` comment on its line, and
 * `header` as comment lines at the top. Throws if the YAML would not load back to the same values,
 * which would be a bug in the importer, never something to publish.
 */
export function writeYaml(draft: DraftDocument, notes: readonly DraftNote[], header: readonly string[]): string {
  const doc = new YamlDocument(draft, { aliasDuplicateObjects: true });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isCollection(pair.value)) {
        pair.value.flow = true;
      }
    },
  });
  nameAnchors(doc);
  spaceOut(doc);
  for (const [node, messages] of commentTargets(doc, notes)) {
    const text = messages.map((m) => ` imported: ${oneLine(m)}`).join(";");
    if (isScalar(node) || (isCollection(node) && node.flow)) node.comment = text;
    else node.commentBefore = text;
  }
  const documentNotes = notes.filter((n) => n.kind === "guess" && n.path.length === 0).map((n) => n.message);
  const top = [...header, ...documentNotes.map((m) => `imported: ${m}`)];
  if (top.length > 0) doc.commentBefore = top.map((line) => ` ${oneLine(line)}`).join("\n");

  let text = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  if (!sameValue(text, draft)) {
    // A literal block cannot hold every string exactly (e.g. trailing spaces on the last line);
    // fall back to the library's own choice of quoting.
    visit(doc, {
      Scalar(_, node) {
        node.type = undefined;
      },
    });
    text = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  }
  if (!sameValue(text, draft)) throw new Error("[@belarusbrief/import] the YAML written does not load back unchanged");
  return text;
}

function sameValue(text: string, draft: DraftDocument): boolean {
  return isDeepStrictEqual(parse(text, { version: "1.2", maxAliasCount: -1 }), draft);
}

/** The YAML node each guess is written on: the value itself, or the one-line map it sits in. */
function commentTargets(doc: YamlDocument, notes: readonly DraftNote[]): Map<Node, string[]> {
  const targets = new Map<Node, string[]>();
  for (const note of notes) {
    if (note.kind !== "guess" || note.path.length === 0) continue;
    const node = nodeFor(doc, note.path);
    if (!node) continue;
    const list = targets.get(node) ?? [];
    if (!list.includes(note.message)) list.push(note.message);
    targets.set(node, list);
  }
  return targets;
}

function nodeFor(doc: YamlDocument, path: Path): Node | undefined {
  let found: Node | undefined;
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isAlias(node)) return found;
    const next: unknown = isMap(node) ? node.get(segment, true) : isSeq(node) ? node.get(segment, true) : undefined;
    if (next === undefined) break;
    // Inside a one-line map the comment goes after the whole map.
    if (isCollection(node) && node.flow) return node;
    node = next;
    found = next as Node;
  }
  return found;
}

/** A blank line before the parts an editor looks for: the lead, the text, each section, the links. */
function spaceOut(doc: YamlDocument): void {
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && ["lead", "intro", "body", "sections", "links"].includes(String(pair.key.value)))
      pair.key.spaceBefore = true;
  }
  const sections = doc.contents.get("sections", true);
  if (isSeq(sections)) for (const section of sections.items.slice(1)) (section as Node).spaceBefore = true;
}

/** Names the anchors of shared values after their field (`&letter`) instead of `&a1`. */
function nameAnchors(doc: YamlDocument): void {
  const renamed = new Map<string, string>();
  const used = new Set<string>();
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value as Node | null;
      if (!value || isAlias(value) || !("anchor" in value) || !value.anchor || !isScalar(pair.key)) return;
      const base = String(pair.key.value).replace(/[^a-z0-9-]/gi, "") || "shared";
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
      used.add(name);
      renamed.set(value.anchor, name);
      value.anchor = name;
    },
  });
  visit(doc, {
    Alias(_, alias) {
      alias.source = renamed.get(alias.source) ?? alias.source;
    },
  });
}

function oneLine(text: string): string {
  const flat = text.replace(/[\s\p{C}]+/gu, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
