import type { z } from "zod";
import { closestName } from "../text/closest-name.js";

type Issue = z.core.$ZodRawIssue;

/**
 * Turns zod's issues into sentences a volunteer can act on. Schema-level messages (set where the
 * schema knows better, e.g. date formats) take precedence over these.
 */
export function issueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required but missing";
      if (issue.input === null) return `is empty; write ${describeType(issue.expected)} or remove the line`;
      return `must be ${describeType(issue.expected)}, not ${describeValue(issue.input)}${quoteHint(issue.expected, issue.input)}`;
    case "invalid_value":
      if (issue.input === undefined)
        return `is required but missing; write one of: ${issue.values.map(String).join(", ")}`;
      return `must be one of: ${issue.values.map(String).join(", ")}${suggest(issue.input, issue.values.map(String))}`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array")
        return `needs at least ${issue.minimum} entr${Number(issue.minimum) === 1 ? "y" : "ies"}`;
      return `must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") {
        const length = typeof issue.input === "string" ? issue.input.length : undefined;
        const over = length === undefined ? "" : `; it has ${length}, shorten it by ${length - Number(issue.maximum)}`;
        return `is too long: at most ${issue.maximum} characters${over}`;
      }
      if (issue.origin === "array") {
        const count = Array.isArray(issue.input) ? `${issue.input.length} entries` : "too many entries";
        return `has ${count}, more than the ${issue.maximum} allowed; split it into several documents or sections`;
      }
      return `must be at most ${issue.maximum}`;
    default:
      return undefined;
  }
}

/** The message for fields the schema does not know, with the closest known name. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  return `unknown field "${key}"${suggest(key, known)}; fields allowed here: ${known.join(", ")}`;
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    boolean: "true or false",
    array: "a list",
    object: "a set of fields",
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a set of fields";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return `the number ${value}`;
  return String(value);
}

function quoteHint(expected: string, input: unknown): string {
  return expected === "string" && (typeof input === "number" || typeof input === "boolean")
    ? ` (put it in quotes: "${String(input)}")`
    : "";
}

function suggest(input: unknown, candidates: readonly string[]): string {
  const best = typeof input === "string" ? closestName(input, candidates) : undefined;
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}
