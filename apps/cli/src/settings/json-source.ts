import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, Parser, parseDocument } from "yaml";

/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** A JSON file read with the place of every value. */
export interface JsonSource {
  value: unknown;
  /**
   * Where the value at `path` is written; with `key`, where that key of the object at `path` is
   * written. A path that is not in the file points at the nearest object or list that is.
   */
  locate: (path: readonly PropertyKey[], key?: string) => Position;
}

/** Why a file is not JSON, at the first mistake. */
export interface JsonMistake extends Position {
  message: string;
}

/**
 * Reads `text` as strict JSON (RFC 8259): the value with the position of every part, or the first
 * mistake in plain words. The `yaml` package does the parsing (YAML 1.2 reads JSON, and its JSON
 * schema refuses unquoted words); what YAML would accept but JSON does not (comments, single
 * quotes, a comma after the last entry) is refused from its syntax tree, and `JSON.parse` has the
 * last word on what the value is.
 */
export function readJson(text: string): { ok: true; source: JsonSource } | { ok: false; mistake: JsonMistake } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: "json", lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const tokens = tokensOf(text);
  // At the same place, what the syntax tree shows (a comment, single quotes) says more than yaml's error.
  const mistakes = [
    ...tokenMistakes(tokens),
    ...doc.errors.map((error) => ({ offset: error.pos[0], message: yamlMistake(error.code, error.pos[0], tokens) })),
  ].sort((a, b) => a.offset - b.offset);
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const first = mistakes[0];
  if (first) return { ok: false, mistake: { ...at(first.offset), message: first.message } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message =
      text.trim() === ""
        ? 'the file is empty; write the settings in braces, e.g. {"baseUrl": "https://your.site/"}'
        : `is not valid JSON (${(error as Error).message}); settings are written like {"baseUrl": "https://your.site/"}`;
    return { ok: false, mistake: { line: 1, column: 1, message } };
  }
  return { ok: true, source: { value, locate: (path, key) => at(offsetOf(doc.contents, path, key)) } };
}

interface Token {
  type: string;
  offset: number;
  source: string;
  /** Whether the token is the key of an entry. */
  key: boolean;
}

// Every source token of yaml's concrete syntax tree, in order.
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  const walk = (node: unknown, key: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, false);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.type === "string" && typeof record.offset === "number" && typeof record.source === "string")
      out.push({ type: record.type, offset: record.offset, source: record.source, key });
    for (const [name, child] of Object.entries(record)) {
      if (name !== "source") walk(child, name === "key");
    }
  };
  for (const token of new Parser().parse(text)) walk(token, false);
  return out.sort((a, b) => a.offset - b.offset);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON refuses these inside strings
const CONTROL = /[\u0000-\u001f]/;
const BLANK = new Set(["space", "newline", "comment", "byte-order-mark"]);
const NOT_JSON = new Set(["anchor", "alias", "tag", "directive", "doc-start", "doc-end", "block-scalar", "error"]);

function tokenMistakes(tokens: readonly Token[]): { offset: number; message: string }[] {
  const out: { offset: number; message: string }[] = [];
  tokens.forEach((token, i) => {
    if (token.type === "comment" || (token.type === "scalar" && /^\/[/*]/.test(token.source)))
      out.push({ offset: token.offset, message: "JSON has no comments; delete this one" });
    else if (token.type === "double-quoted-scalar" && CONTROL.test(token.source))
      out.push({
        offset: token.offset + token.source.search(CONTROL),
        message: "text in JSON cannot hold a line break or other control character as it is; delete it, or write \\n",
      });
    else if (token.type === "single-quoted-scalar")
      out.push({
        offset: token.offset,
        message: `JSON puts text in double quotes: write ${JSON.stringify(token.source.slice(1, -1).replace(/''/g, "'"))}`,
      });
    else if (token.type === "comma") {
      const next = tokens.slice(i + 1).find((t) => !BLANK.has(t.type));
      if (next?.type === "flow-map-end" || next?.type === "flow-seq-end")
        out.push({ offset: token.offset, message: "JSON allows no comma after the last entry; delete this comma" });
    } else if (NOT_JSON.has(token.type))
      out.push({ offset: token.offset, message: `"${token.source.trim()}" is not JSON; settings are plain JSON` });
  });
  return out;
}

// yaml's error codes in plain words, with the text at the place of the error.
function yamlMistake(code: string, offset: number, tokens: readonly Token[]): string {
  const token = tokens.find((t) => t.offset === offset && t.source !== "") ?? tokens.find((t) => t.offset >= offset);
  if (code === "DUPLICATE_KEY") return `${token?.source ?? "this setting"} is set twice; keep one of them`;
  if (code === "TAG_RESOLVE_FAILED" && token && !/[\n"]/.test(token.source)) {
    const word = token.source.trim();
    return token.key
      ? `the name ${word} must be in double quotes: "${word}"`
      : `${word} is not a JSON value: write text in double quotes ("${word}"), or a number, true, false or null`;
  }
  if (code === "MISSING_CHAR" && token?.type === "double-quoted-scalar")
    return 'this text has no closing quotation mark: end it with "';
  if (code === "MISSING_CHAR") return "a { or [ is not closed: end it with } or ]";
  return "is not valid JSON here: check for a missing comma, colon, quotation mark or bracket just before";
}

function offsetOf(contents: unknown, path: readonly PropertyKey[], key?: string): number {
  let node = contents;
  let offset = start(node) ?? 0;
  for (const segment of key === undefined ? path : [...path, key]) {
    const next = child(node, segment);
    if (next === undefined) break;
    node = next.value;
    offset = (segment === key && key !== undefined ? start(next.key) : start(next.value)) ?? start(next.key) ?? offset;
  }
  return offset;
}

function child(node: unknown, segment: PropertyKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    // The last of equal keys is the one JSON.parse keeps.
    const pair = node.items.findLast((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function start(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
