import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { formatPath } from "@belarusbrief/core";
import { z } from "zod";
import { CliError, EXIT } from "./exit-codes.js";
import type { SiteSettings } from "./outputs/types.js";

/** The settings file the CLI looks for next to the content, or in a folder above it. */
export const SETTINGS_FILE = "belarusbrief.json";

/** Used when no settings file exists; outputs then link to an example address, and the build warns. */
export const EXAMPLE_BASE_URL = "https://example.org/belarusbrief/";

const Settings = z.strictObject({
  $schema: z.string().optional(),
  baseUrl: z
    .url({ protocol: /^https?$/, error: "must be the full address of your site, e.g. https://belarus.example.org/" })
    .default(EXAMPLE_BASE_URL),
  assetBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
  title: z.string().min(1).default("BelarusBrief"),
  author: z
    .strictObject({ name: z.string().min(1), email: z.email().optional(), url: z.url().optional() })
    .default({ name: "BelarusBrief" }),
  email: z
    .strictObject({
      preset: z.enum(["mailchimp", "buttondown", "listmonk", "brevo", "none"]).default("mailchimp"),
      from: z.string().optional(),
      unsubscribeUrl: z.url().optional(),
      archiveUrl: z.url().optional(),
    })
    .default({ preset: "mailchimp" }),
  cards: z
    .strictObject({
      theme: z.record(z.string(), z.string()).optional(),
      logo: z.string().min(1).optional(),
      footer: z.string().optional(),
    })
    .default({}),
});

/** Finds and reads the settings for content under `start`; defaults when there is no file. */
export function loadSettings(start: string, cwd = process.cwd()): { settings: SiteSettings; file?: string } {
  const file = findUp(start, SETTINGS_FILE);
  let raw: unknown = {};
  if (file) {
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new CliError(`${relative(cwd, file)}: not valid JSON: ${(error as Error).message}`, EXIT.content);
    }
  }
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `${relative(cwd, file ?? SETTINGS_FILE)}  ${formatPath(i.path)}  ${i.message}`,
    );
    throw new CliError(lines.join("\n"), EXIT.content);
  }
  const { $schema: _, ...settings } = parsed.data;
  const baseUrl = settings.baseUrl.endsWith("/") ? settings.baseUrl : `${settings.baseUrl}/`;
  const cards = {
    ...settings.cards,
    ...(settings.cards.logo ? { logo: logoPath(settings.cards.logo, file, cwd) } : {}),
  };
  return { settings: { ...settings, baseUrl, cards }, ...(file ? { file } : {}) };
}

// The logo is read from the folder of the settings file, never from outside it.
function logoPath(logo: string, file: string | undefined, cwd: string): string {
  const dir = file ? dirname(file) : cwd;
  const path = resolve(dir, logo);
  const inside = relative(dir, path);
  const shown = `${relative(cwd, file ?? SETTINGS_FILE)}  cards.logo`;
  if (inside.startsWith("..") || isAbsolute(inside))
    throw new CliError(`${shown}  must be a file next to the settings, not "${logo}"`, EXIT.content);
  if (!existsSync(path)) throw new CliError(`${shown}  no file at ${relative(cwd, path)}`, EXIT.content);
  if (!/\.(png|svg)$/i.test(path)) throw new CliError(`${shown}  must be a .png or .svg file`, EXIT.content);
  return path;
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
