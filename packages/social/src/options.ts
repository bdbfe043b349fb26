import { z } from "zod";
import { textPairs } from "./contrast.js";

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "must be a colour written as #RRGGBB, e.g. #C8313E" });

/**
 * Colours of a card. Every text colour must reach 4.5:1 contrast on the colour it is drawn on; a
 * theme that does not is rejected with an issue at the text colour's path.
 */
export const Theme = z
  .strictObject({
    /** Card background. */
    background: Colour.default("#FFFFFF"),
    /** Main text on the background. */
    text: Colour.default("#1B1B1F"),
    /** Secondary text (source, date, footer) on the background. */
    muted: Colour.default("#52525B"),
    /** Accent: numbers, dates, kickers on the background, and the flag stripe. */
    accent: Colour.default("#C8313E"),
    /** Text drawn on the accent colour. */
    onAccent: Colour.default("#FFFFFF"),
  })
  .superRefine((theme, ctx) => {
    for (const pair of textPairs(theme)) {
      if (pair.ratio >= 4.5) continue;
      ctx.addIssue({
        code: "custom",
        path: [pair.text],
        message: `has contrast ${pair.ratio.toFixed(2)}:1 on theme.${pair.on}; choose colours that reach 4.5:1`,
      });
    }
  });
export type Theme = z.infer<typeof Theme>;

const DEFAULT_THEME: Theme = Theme.parse({});

/** The sizes a card is drawn in: Open Graph, Instagram square, Instagram/Facebook story. */
export const SIZES = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
} as const;
export type Size = keyof typeof SIZES;
export const SIZE_NAMES = Object.keys(SIZES) as Size[];

const Footer = z.string().trim().max(80, { error: "keep the footer to one short line of at most 80 characters" });

/** Options of `renderSvg` and `renderPng`. */
export const CardOptions = z.strictObject({
  size: z.enum(["og", "square", "story"]).default("og"),
  theme: Theme.default(DEFAULT_THEME),
  /** A PNG or SVG logo as bytes (the caller reads the file), drawn in the footer. */
  logo: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: "must be the bytes of a PNG or SVG file" })
    .optional(),
  /** One line printed in the footer, e.g. the publication's name or address. */
  footer: Footer.optional(),
});
export type CardOptions = z.input<typeof CardOptions>;
export type ResolvedOptions = z.output<typeof CardOptions>;

/**
 * The `cards` section of `belarusbrief.json`, the adapter's options: the theme, a logo file next to
 * the settings and the footer line (default: the site's title).
 */
export const CardSettings = z.strictObject({
  theme: Theme.default(DEFAULT_THEME),
  /** Path of a `.png` or `.svg` file, relative to the settings file. */
  logo: z
    .string()
    .trim()
    .regex(/\.(png|svg)$/i, { error: 'must be the path of a .png or .svg file next to the settings, e.g. "logo.svg"' })
    .optional(),
  footer: Footer.optional(),
});
export type CardSettingsInput = z.input<typeof CardSettings>;
export type CardSettings = z.output<typeof CardSettings>;

/** Validates options; a problem becomes one readable error that says how to fix it. */
export function resolveOptions(options: CardOptions = {}): ResolvedOptions {
  const result = CardOptions.safeParse(options);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"} ${issue.message}`);
  throw new Error(`[@belarusbrief/social] ${problems.join("; ")}`);
}
