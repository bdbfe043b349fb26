import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { EXAMPLE_BASE_URL, formatPath, type Problem, Site } from "@belarusbrief/core";
import type { z } from "zod";
import { ADAPTERS, type AdapterEntry, OUTPUT_NAMES } from "./adapters.js";
import { ProblemsError } from "./report.js";
import { checkSection } from "./settings/check-section.js";
import { type Position, readJson } from "./settings/json-source.js";

/** The settings file the CLI looks for next to the content, or in a folder above it. */
export const SETTINGS_FILE = "belarusbrief.json";

/** The output sections of a settings file and where they are written. */
export type Sections = Pick<Settings, "outputs" | "shown" | "locate">;

/** `belarusbrief.json`: the shared settings, and each output's own section by its name. */
export interface Settings {
  site: Site;
  /** Each output's section as written (`email`, `cards`…); its adapter's schema checks it. */
  outputs: Record<string, unknown>;
  /** The settings file, when there is one. */
  file?: string;
  /** The file as shown in messages. */
  shown: string;
  /** Where a setting is written in the file (its value; with `key`, that key of the object at `path`). */
  locate?: (path: readonly PropertyKey[], key?: string) => Position;
  /** Reads a file named in the settings, from the settings' folder and never from outside it. */
  readFile: (path: string) => Uint8Array;
}

/**
 * Finds and reads the settings for content under `start`: defaults when there is no file, or every
 * problem of the file, each at the place it is written. Output sections are checked separately
 * ({@link checkOutputSettings}), by the schemas of the outputs.
 */
export function readSettings(
  start: string,
  cwd = process.cwd(),
): { ok: true; settings: Settings } | { ok: false; problems: Problem[]; sections?: Sections } {
  const file = findUp(start, SETTINGS_FILE);
  const shown = relative(cwd, file ?? join(start, SETTINGS_FILE)) || SETTINGS_FILE;
  const fail = (message: string, at: Position = { line: 1, column: 1 }) => ({
    ok: false as const,
    problems: [{ severity: "error" as const, file: shown, ...at, path: "(settings)", message }],
  });
  let raw: unknown = {};
  let locate: Settings["locate"];
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      return fail(`cannot read the settings: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const read = readJson(text);
    if (!read.ok) return fail(read.mistake.message, read.mistake);
    raw = read.source.value;
    locate = read.source.locate;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw))
      return fail('must be a set of settings in braces, e.g. {"baseUrl": "https://your.site/"}', locate([]));
  }
  const { $schema: _, ...rest } = raw as Record<string, unknown>;
  const outputs: Record<string, unknown> = {};
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) (OUTPUT_NAMES.includes(key) ? outputs : shared)[key] = value;
  const place = { shown, ...(locate ? { locate } : {}) };
  const site = checkSection(Site, shared, [], place, [...OUTPUT_NAMES, "$schema"]);
  if (!site.ok) return { ok: false, problems: site.problems, sections: { outputs, ...place } };
  const dir = file ? dirname(file) : cwd;
  return {
    ok: true,
    settings: {
      site: site.data,
      outputs,
      ...(file ? { file } : {}),
      shown,
      ...(locate ? { locate } : {}),
      readFile: (path) => readInside(dir, path, { outputs, ...place }),
    },
  };
}

/** {@link readSettings} for commands that cannot go on without them: problems end the command. */
export function loadSettings(start: string, cwd = process.cwd()): Settings {
  const read = readSettings(start, cwd);
  if (read.ok) return read.settings;
  throw settingsError(read.problems);
}

/**
 * Checks the section of each output in `entries` that the settings have, by the output's own
 * schema, at the places the sections are written. An output whose schema cannot be loaded without
 * its rendering libraries (`settings: null` in the registry) is left to `build`, and named in
 * `unchecked`. Without a section an output takes its defaults, which its schema accepts.
 */
export async function checkOutputSettings(
  settings: Sections,
  entries: readonly AdapterEntry[] = ADAPTERS,
): Promise<{ problems: Problem[]; unchecked: string[] }> {
  const problems: Problem[] = [];
  const unchecked: string[] = [];
  for (const entry of entries) {
    if (!(entry.name in settings.outputs)) continue;
    const schema = await entry.loadOptions?.();
    if (!schema) {
      unchecked.push(entry.name);
      continue;
    }
    const checked = checkSection(schema, settings.outputs[entry.name], [entry.name], settings);
    if (!checked.ok) problems.push(...checked.problems);
  }
  return { problems, unchecked };
}

/** An output's section checked by its schema: the options it renders with, or problems located in the settings. */
export function outputOptions(
  name: string,
  schema: z.ZodType,
  settings: Sections,
): { ok: true; data: unknown } | { ok: false; problems: Problem[] } {
  return checkSection(schema, settings.outputs[name] ?? {}, [name], settings);
}

/** The warning a build gives while the site's address is the example one. */
export function exampleAddressWarning(settings: Settings): Problem | undefined {
  if (settings.site.baseUrl !== EXAMPLE_BASE_URL) return undefined;
  return {
    severity: "warning",
    file: settings.shown,
    ...(settings.locate?.(["baseUrl"]) ?? { line: 1, column: 1 }),
    path: "baseUrl",
    message: settings.file
      ? `links point to the example address ${EXAMPLE_BASE_URL}; set your site's address in baseUrl`
      : `no ${SETTINGS_FILE} found, so links point to the example address ${EXAMPLE_BASE_URL}; create ${settings.shown} next to the content with {"baseUrl": "https://your.site/"}`,
  };
}

// The error that ends a command whose settings have mistakes; main prints the problems with it.
function settingsError(problems: Problem[]): ProblemsError {
  const file = problems[0]?.file ?? SETTINGS_FILE;
  const count = `${problems.length} mistake${problems.length === 1 ? "" : "s"}`;
  return new ProblemsError(
    problems,
    `${file} has ${count}; fix ${problems.length === 1 ? "it" : "them"} and run the command again`,
  );
}

// A file a setting names (the cards' logo): inside the settings' folder, and there. A problem is
// reported at the setting that names the file.
function readInside(dir: string, path: string, sections: Sections): Uint8Array {
  const target = resolve(dir, path);
  const inside = relative(dir, target);
  const fail = (message: string): never => {
    const at = settingNaming(sections.outputs, path);
    throw settingsError([
      {
        severity: "error",
        file: sections.shown,
        ...(at && sections.locate ? sections.locate(at) : { line: 1, column: 1 }),
        path: at ? formatPath(at) : "(settings)",
        message,
      },
    ]);
  };
  if (inside.startsWith("..") || isAbsolute(inside))
    fail(`must be a file next to the settings, not outside their folder: "${path}"`);
  if (!existsSync(target))
    fail(`names no file: there is no ${relative(process.cwd(), target)}; put the file next to ${sections.shown}`);
  return new Uint8Array(readFileSync(target));
}

// The path of the output setting whose value is `wanted`, e.g. ["cards", "logo"].
function settingNaming(value: unknown, wanted: string, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (value === wanted) return path;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = settingNaming(child, wanted, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** The settings file for content under `start`: in that folder or the nearest one above it. */
export function findSettingsFile(start: string): string | undefined {
  return findUp(start, SETTINGS_FILE);
}

function findUp(start: string, name: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
