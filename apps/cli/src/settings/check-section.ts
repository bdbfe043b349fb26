import { closestName, formatPath, type Problem } from "@belarusbrief/core";
import type { z } from "zod";
import type { Position } from "./json-source.js";

/** Where problems in the settings are reported. */
export interface SettingsPlace {
  /** The settings file as shown in messages. */
  shown: string;
  /** Where a path is written in the file; 1:1 when there is no file. */
  locate?: (path: readonly PropertyKey[], key?: string) => Position;
}

/**
 * Checks `value`, the part of the settings at `at` (e.g. `["email"]`), against `schema`: its data,
 * or one problem per mistake at the place it is written, in plain words. An unknown name is
 * reported at the name with the closest known one; `names` adds names allowed beside the schema's.
 */
export function checkSection<T>(
  schema: z.ZodType<T>,
  value: unknown,
  at: readonly PropertyKey[],
  place: SettingsPlace,
  names: readonly string[] = [],
): { ok: true; data: T } | { ok: false; problems: Problem[] } {
  const parsed = schema.safeParse(value, { error: plainMessage });
  if (parsed.success) return { ok: true, data: parsed.data };
  const problem = (path: readonly PropertyKey[], message: string, key?: string): Problem => ({
    severity: "error",
    file: place.shown,
    ...(place.locate?.(path, key) ?? { line: 1, column: 1 }),
    path: formatPath(key === undefined ? path : [...path, key]) || "(settings)",
    message,
  });
  const problems = parsed.error.issues.flatMap((issue) => {
    const path = [...at, ...issue.path];
    if (issue.code !== "unrecognized_keys") return [problem(path, issue.message)];
    const known = [...namesAt(schema, issue.path), ...(issue.path.length === 0 ? names : [])];
    return issue.keys.map((key) => problem(path, unknownName(key, known), key));
  });
  return { ok: false, problems };
}

/** The message for a setting's name that is not one: the closest known name, and every name allowed. */
export function unknownName(key: string, known: readonly string[]): string {
  const close = closestName(key, known);
  return `unknown setting "${key}"${close ? ` (did you mean "${close}"?)` : ""}; the settings here are ${known.join(", ")}`;
}

// zod's own words for the common mistakes, for the schemas that do not say better themselves.
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required but missing";
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
    case "invalid_value": {
      const values = issue.values.map(String);
      const close = typeof issue.input === "string" ? closestName(issue.input, values) : undefined;
      return `must be one of ${values.join(", ")}${close ? ` (did you mean "${close}"?)` : ""}`;
    }
    case "invalid_format":
      if (issue.format === "email") return "must be an email address, e.g. newsletter@belarus.example.org";
      if (issue.format === "url")
        return "must be a full address starting with https://, e.g. https://belarus.example.org/";
      return undefined;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array")
        return `needs at least ${issue.minimum} entr${Number(issue.minimum) === 1 ? "y" : "ies"}`;
      return `must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `is too long: at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `has more than the ${issue.maximum} entries allowed`;
      return `must be at most ${issue.maximum}`;
    default:
      return undefined;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: "text in double quotes",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list in [ ]",
  object: "a set of settings in { }",
};

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a set of settings";
  if (typeof value === "string") return "text";
  return `${typeof value === "number" ? "the number " : ""}${String(value)}`;
}

// The names an object schema at `path` allows, seen through defaults, optionals and pipes.
function namesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const rest = [...path];
  for (let guard = 0; guard < 64 && node; guard++) {
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (def.type === "object") {
      const shape = def.shape as Record<string, unknown>;
      if (rest.length === 0) return Object.keys(shape);
      node = shape[String(rest.shift())];
    } else if (def.type === "array" && typeof rest[0] === "number") {
      rest.shift();
      node = def.element;
    } else if (def.type === "pipe") node = def.in;
    else node = def.innerType;
  }
  return [];
}
