import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Document as YamlDocument } from "yaml";

/** Where a path points in the YAML source: the value's position, or the nearest parent's when it is missing. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds the source position of `path` in a parsed YAML document. With `key`, points at that key
 * of the mapping at `path` (used for unknown fields).
 */
export function positionOf(
  doc: YamlDocument,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key?: string,
): Position {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of key === undefined ? path : [...path, key]) {
    const next = child(node, segment);
    if (next === undefined) break;
    node = next.value ?? next.key;
    offset = rangeStart(segment === key ? next.key : node) ?? rangeStart(next.key) ?? offset;
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** The source offsets of the value at `path`, when the path exists in the file. */
export function rangeOf(doc: YamlDocument, path: readonly PropertyKey[]): [number, number] | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    const next = child(node, segment);
    if (next === undefined) return undefined;
    node = next.value;
  }
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

function child(node: unknown, segment: PropertyKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment)) {
        return { key: pair.key, value: pair.value };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
