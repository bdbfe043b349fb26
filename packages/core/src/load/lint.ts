import { formatPath } from "../problem.js";
import type { Document } from "../schema/document.js";
import { checkLink } from "../schema/links.js";

/** A problem found in a valid document, before it is located in the source. */
export interface Finding {
  severity: "error" | "warning";
  rule: string;
  path: PropertyKey[];
  message: string;
}

const ID_COLLECTIONS = ["statistics", "items", "events", "actions", "reports"];

/**
 * Checks a schema-valid document for what the schema cannot express: placeholder and `http:` links, claims
 * without a source, images without alt text, deadlines already past, identifiers used twice.
 */
export function lintDocument(doc: Document): Finding[] {
  const findings: Finding[] = [];
  const seenIds = new Map<string, string>();
  walk(doc, [], (node, path) => {
    const parent = path.at(-2);
    for (const key of ["url", "online"] as const) {
      const url = node[key];
      // Errors are the schema's; what is left are warnings: placeholders and http: addresses.
      const problem = typeof url === "string" ? checkLink(url) : undefined;
      if (problem?.severity === "warning") findings.push(warn(problem.rule, [...path, key], problem.message));
    }
    if (parent === "statistics" && node.source === undefined) {
      findings.push(
        warn(
          "missing-source",
          path,
          `statistic "${String(node.measure)}" has no source; add source: { name: …, url: … }`,
        ),
      );
    }
    if (parent === "images" && node.alt === undefined) {
      findings.push(
        warn("missing-alt", path, `image "${String(node.src)}" has no alt text; describe what it shows in alt:`),
      );
    }
    if (parent === "actions" && typeof node.deadline === "string" && node.deadline < doc.date) {
      findings.push(
        warn(
          "past-deadline",
          [...path, "deadline"],
          `deadline ${node.deadline} is before the document's date ${doc.date}; remove the action or update it`,
        ),
      );
    }
    if (typeof parent === "string" && ID_COLLECTIONS.includes(parent) && typeof node.id === "string") {
      const key = `${parent}:${node.id}`;
      const first = seenIds.get(key);
      if (first === undefined) seenIds.set(key, formatPath(path));
      else
        findings.push({
          severity: "error",
          rule: "duplicate-id",
          path: [...path, "id"],
          message: `id "${node.id}" is already used at ${first}; ids must be unique`,
        });
    }
  });
  if (doc.kind === "news-item" && doc.source === undefined) {
    findings.push(warn("missing-source", [], "news item has no source; add source: { name: …, url: … }"));
  }
  return findings;
}

type Node = Record<string, unknown>;

function walk(value: unknown, path: PropertyKey[], visit: (node: Node, path: PropertyKey[]) => void): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walk(item, [...path, index], visit);
  } else if (value !== null && typeof value === "object") {
    visit(value as Node, path);
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key], visit);
  }
}

function warn(rule: string, path: PropertyKey[], message: string): Finding {
  return { severity: "warning", rule, path, message };
}
