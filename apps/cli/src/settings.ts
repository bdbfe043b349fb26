import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { EXAMPLE_BASE_URL, formatPath, type Problem, Site } from "@belarusbrief/core";
import { OUTPUT_NAMES } from "./adapters.js";
import { CliError, EXIT } from "./exit-codes.js";

/** The settings file the CLI looks for next to the content, or in a folder above it. */
export const SETTINGS_FILE = "belarusbrief.json";

/** `belarusbrief.json`: the shared settings, and each output's own section by its name. */
export interface Settings {
  site: Site;
  /** Each output's section as written (`email`, `cards`…); its adapter's schema checks it. */
  outputs: Record<string, unknown>;
  /** The settings file, when there is one. */
  file?: string;
  /** The file as shown in messages. */
  shown: string;
  /** Reads a file named in the settings, from the settings' folder and never from outside it. */
  readFile: (path: string) => Uint8Array;
}

/** Finds and reads the settings for content under `start`; defaults when there is no file. */
export function loadSettings(start: string, cwd = process.cwd()): Settings {
  const file = findUp(start, SETTINGS_FILE);
  const shown = relative(cwd, file ?? join(start, SETTINGS_FILE)) || SETTINGS_FILE;
  let raw: Record<string, unknown> = {};
  if (file) {
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new CliError(`${shown}: not valid JSON: ${(error as Error).message}`, EXIT.content);
    }
    if (raw === null || typeof raw !== "object" || Array.isArray(raw))
      throw new CliError(
        `${shown}: must be an object of settings, e.g. {"baseUrl": "https://your.site/"}`,
        EXIT.content,
      );
  }
  const { $schema: _, ...rest } = raw;
  const outputs: Record<string, unknown> = {};
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) (OUTPUT_NAMES.includes(key) ? outputs : shared)[key] = value;
  const parsed = Site.safeParse(shared);
  if (!parsed.success) {
    throw new CliError(
      parsed.error.issues
        .map((i) => `${shown}  ${formatPath(i.path) || "(settings)"}  ${settingsMessage(i)}`)
        .join("\n"),
      EXIT.content,
    );
  }
  const dir = file ? dirname(file) : cwd;
  return {
    site: parsed.data,
    outputs,
    ...(file ? { file } : {}),
    shown,
    readFile: (path) => readInside(dir, path, shown),
  };
}

/** The warning a build gives while the site's address is the example one. */
export function exampleAddressWarning(settings: Settings): Problem | undefined {
  if (settings.site.baseUrl !== EXAMPLE_BASE_URL) return undefined;
  return {
    severity: "warning",
    file: settings.shown,
    line: 1,
    column: 1,
    path: "baseUrl",
    message: settings.file
      ? `links point to the example address ${EXAMPLE_BASE_URL}; set your site's address in baseUrl`
      : `no ${SETTINGS_FILE} found, so links point to the example address ${EXAMPLE_BASE_URL}; create ${settings.shown} next to the content with {"baseUrl": "https://your.site/"}`,
  };
}

function settingsMessage(issue: { code: string; message: string; keys?: string[] }): string {
  if (issue.code === "unrecognized_keys")
    return `unknown setting ${issue.keys?.map((k) => `"${k}"`).join(", ")}; the settings are baseUrl, pagesUrl, assetBaseUrl, title, author and one section per output: ${OUTPUT_NAMES.join(", ")}`;
  return issue.message;
}

function readInside(dir: string, path: string, shown: string): Uint8Array {
  const target = resolve(dir, path);
  const inside = relative(dir, target);
  if (inside.startsWith("..") || isAbsolute(inside))
    throw new CliError(
      `${shown}: "${path}" must be a file next to the settings, not outside their folder`,
      EXIT.content,
    );
  if (!existsSync(target)) throw new CliError(`${shown}: no file at ${relative(process.cwd(), target)}`, EXIT.content);
  return new Uint8Array(readFileSync(target));
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
