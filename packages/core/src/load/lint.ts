import { isPastDeadline, isStaleStatistic } from "../model/expiry.js";
import { markdownFields, titleFields } from "../model/markdown-fields.js";
import { isEmptySection } from "../model/sections.js";
import { isUpcoming, occurrenceOf } from "../model/upcoming.js";
import { formatPath } from "../problem.js";
import type { Document } from "../schema/document.js";
import type { Event } from "../schema/event.js";
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
 * without a source, images without alt text, deadlines already past, identifiers used twice, and
 * what an unfinished brief leaves behind: numbers from an earlier month, sections with nothing in
 * them, dates listed as upcoming that are already past.
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
    if (parent === "statistics" && doc.kind === "brief" && isStaleStatistic(node, doc.period)) {
      findings.push(
        warn(
          "stale-statistic",
          [...path, "asOf"],
          `statistic "${String(node.measure)}" is as of ${String(node.asOf)}, before the month this brief covers (${doc.period}); update the value and asOf, or remove it`,
        ),
      );
    }
    if (parent === "sections" && isEmptySection(node)) {
      const named =
        typeof node.heading === "string" ? `section "${node.heading}" has only a heading` : "this section is empty";
      findings.push(
        warn(
          "empty-section",
          node.heading === undefined ? path : [...path, "heading"],
          `${named}, so it is left out of every output; add items, events or actions under it, or remove it`,
        ),
      );
    }
    if (parent === "events" && typeof node.id === "string" && typeof node.date === "string") {
      const occurrence = occurrenceOf(node as unknown as Event, doc.date);
      if (!isUpcoming(occurrence, doc.date)) {
        const when = occurrence.endDate ?? occurrence.date;
        findings.push(
          warn(
            "past-event",
            [...path, node.endDate === undefined ? "date" : "endDate"],
            `event "${String(node.title)}" on ${when} is before the document's date ${doc.date} but is listed under upcoming dates; update its date, or remove it`,
          ),
        );
      }
    }
    if (parent === "actions" && typeof node.deadline === "string" && isPastDeadline(node, doc.date)) {
      findings.push(
        warn(
          "past-deadline",
          [...path, "deadline"],
          `deadline ${node.deadline} is before the document's date ${doc.date}, so the action is left out of every output; update the deadline, or remove the action`,
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
  findings.push(...spansInPlainText(doc));
  return findings;
}

// `[Гомель]{lang=be}` marks a language in Markdown fields and title fields only; in a name, a note
// or a place it would be printed as typed, brackets and all.
function spansInPlainText(doc: Document): Finding[] {
  const marked = new Set([...markdownFields(doc), ...titleFields(doc)].map((field) => formatPath(field.path)));
  const findings: Finding[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const span = SPAN_SYNTAX.exec(value);
      if (span && !marked.has(formatPath(path)))
        findings.push(
          warn(
            "span-in-plain-text",
            path,
            `"${span[0]}" would be printed as typed: this field is plain text, and marks a language only in Markdown fields (intro, body, text…) and titles (title, heading, lead…); write the words without brackets and {lang=…}`,
          ),
        );
    } else if (value !== null && typeof value === "object")
      for (const [key, child] of Object.entries(value))
        visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  visit(doc, []);
  return findings;
}

const SPAN_SYNTAX = /\[[^\]]*\]\{lang=[^}]*\}/;

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
