import { z } from "zod";
import { textPairs } from "./contrast.js";

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "must be a colour written as #RRGGBB, e.g. #C8313E" });

/** Colours of a card. Every text colour must reach 4.5:1 contrast on the colour it is drawn on. */
export const Theme = z.strictObject({
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
});
export type Theme = z.infer<typeof Theme>;

/** The sizes a card is drawn in: Open Graph, Instagram square, Instagram/Facebook story. */
export const SIZES = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
} as const;
export type Size = keyof typeof SIZES;
export const SIZE_NAMES = Object.keys(SIZES) as Size[];

/** Options of `renderSvg` and `renderPng`. */
export const CardOptions = z.strictObject({
  size: z.enum(["og", "square", "story"]).default("og"),
  theme: Theme.default(Theme.parse({})),
  /** A PNG or SVG logo as bytes (the caller reads the file), drawn in the footer. */
  logo: z.instanceof(Uint8Array).optional(),
  /** One line printed in the footer, e.g. the publication's name or address. */
  footer: z.string().trim().max(80, { error: "keep the footer to one short line of at most 80 characters" }).optional(),
});
export type CardOptions = z.input<typeof CardOptions>;
export type ResolvedOptions = z.output<typeof CardOptions>;

/** Validates options; a problem becomes one readable error that says how to fix it. */
export function resolveOptions(options: CardOptions = {}): ResolvedOptions {
  const result = CardOptions.safeParse(options);
  if (result.success) {
    const weak = textPairs(result.data.theme).filter((pair) => pair.ratio < 4.5);
    if (weak.length === 0) return result.data;
    const problems = weak.map(
      (p) => `theme.${p.text} on theme.${p.on} has contrast ${p.ratio.toFixed(2)}:1; choose colours reaching 4.5:1`,
    );
    throw new Error(`[@belarusbrief/social] ${problems.join("; ")}`);
  }
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"} ${issue.message}`);
  throw new Error(`[@belarusbrief/social] ${problems.join("; ")}`);
}
