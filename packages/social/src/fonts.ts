import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Font } from "satori";

/** The Noto Sans subsets bundled, each registered under its own family name (satori keeps one font per name and weight). */
export const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
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
