import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
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
  return { settings: { ...settings, baseUrl }, ...(file ? { file } : {}) };
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
