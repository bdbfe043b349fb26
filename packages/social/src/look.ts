import { FieldError, type RenderContext } from "@belarusbrief/core";
import { readLogo } from "./logo.js";
import type { CardOptions, CardSettings } from "./options.js";

/** What the look of the cards depends on: the `cards` settings, the site's title and the settings' files. */
export type LookContext = Pick<RenderContext<CardSettings>, "options" | "site" | "readFile">;

/** The options every card of the build shares: theme, logo bytes and footer (default: the site's title). */
export function lookOf(context: LookContext): Omit<CardOptions, "size"> {
  const { theme, logo, footer } = context.options;
  return { theme, footer: footer ?? context.site.title, ...(logo ? { logo: logoBytes(logo, context) } : {}) };
}

function logoBytes(path: string, context: LookContext): Uint8Array {
  const bytes = context.readFile(path);
  try {
    readLogo(bytes, 1);
  } catch {
    throw new Error(
      `[@belarusbrief/social] cards.logo "${path}" is not a PNG or SVG image; export the logo as .png or .svg`,
    );
  }
  return bytes;
}

/** Runs `render`; a FieldError it throws names the document, so the CLI can find the field's line. */
export async function ofDocument<T>(document: string, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof FieldError && error.document === undefined)
      throw new FieldError(error.message, error.path, document);
    throw error;
  }
}
