import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";

let index: Promise<{ dir: string; files: Map<string, string> }> | undefined;
const cache = new Map<string, Promise<string | undefined>>();

/**
 * The Twemoji SVG of an emoji as a data URI, or undefined when Twemoji has none. Files are read
 * from node_modules on first use of each emoji and kept for the life of the process.
 */
export function emojiDataUri(segment: string): Promise<string | undefined> {
  const key = codePoints(segment);
  let found = cache.get(key);
  if (!found) {
    found = lookUp(key);
    cache.set(key, found);
  }
  return found;
}

/** Code points in hex joined by dashes, with every U+FE0F removed (Twemoji names files without them inconsistently). */
export function codePoints(segment: string): string {
  return [...segment]
    .map((char) => (char.codePointAt(0) ?? 0).toString(16))
    .filter((hex) => hex !== "fe0f")
    .join("-");
}

async function lookUp(key: string): Promise<string | undefined> {
  index ??= readIndex();
  const { dir, files } = await index;
  const file = files.get(key);
  if (!file) return undefined;
  const svg = await readFile(`${dir}/${file}`);
  return `data:image/svg+xml;base64,${svg.toString("base64")}`;
}

async function readIndex(): Promise<{ dir: string; files: Map<string, string> }> {
  const dir = dirname(createRequire(import.meta.url).resolve("@twemoji/svg/package.json"));
  const files = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith(".svg"))
      files.set(
        name
          .slice(0, -4)
          .split("-")
          .filter((hex) => hex !== "fe0f")
          .join("-"),
        name,
      );
  }
  return { dir, files };
}
