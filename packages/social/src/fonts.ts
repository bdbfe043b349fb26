import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Font } from "satori";
import { subsetOf } from "./metrics.js";

/** The Noto Sans subsets bundled, each registered under its own family name (satori keeps one font per name and weight). */
export const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
export type Subset = (typeof SUBSETS)[number];
const WEIGHTS = [400, 700] as const;

/** The CSS font-family list that lets satori pick, per character, the subset that has it. */
export const FONT_FAMILY = SUBSETS.map((subset) => `noto-${subset}`).join(", ");

let loading: Promise<Font[]> | undefined;

/** The bundled fonts, read from node_modules once per process on first use. */
export function loadFonts(): Promise<Font[]> {
  loading ??= readFonts().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

const chosen = new Map<string, Font[]>();

/**
 * The bundled fonts a text needs: for each of its characters the subset satori would draw it from
 * (the first that has it), in `FONT_FAMILY` order, both weights; at least the Latin one. Satori
 * picks the same font for every character as with all the fonts, and parses only these.
 */
export async function fontsFor(text: string): Promise<Font[]> {
  const needed = new Set<Subset>(["latin"]);
  for (const weight of WEIGHTS) {
    const subsets = subsetOf(weight);
    for (const char of text) {
      const subset = subsets.get(char.codePointAt(0) ?? 0);
      if (subset) needed.add(subset);
    }
  }
  const key = SUBSETS.filter((subset) => needed.has(subset)).join(",");
  let fonts = chosen.get(key);
  if (!fonts) {
    fonts = (await loadFonts()).filter((font) => needed.has(font.name.slice("noto-".length) as Subset));
    chosen.set(key, fonts);
  }
  return fonts;
}

async function readFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const files = SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => ({ subset, weight })));
  return Promise.all(
    files.map(async ({ subset, weight }) => ({
      name: `noto-${subset}`,
      weight,
      style: "normal" as const,
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`)),
    })),
  );
}
