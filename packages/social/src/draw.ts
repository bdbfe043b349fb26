import satori from "satori";
import type { Child, Node } from "./element.js";
import { emojiDataUri } from "./emoji.js";
import { fontsFor } from "./fonts.js";
import { missingGlyph } from "./glyphs.js";

/**
 * Draws `node` with the bundled fonts and Twemoji. A character no bundled font or emoji has fails
 * with a FieldError at `path`, naming the character — never an empty box, never a download.
 */
export async function draw(
  node: Node,
  size: { width: number; height?: number },
  path: readonly PropertyKey[],
  onNode?: (node: { width: number; height: number }) => void,
): Promise<string> {
  const missing: string[] = [];
  // Uppercased too: a kicker is drawn in capitals.
  const text = `${textOf(node)} ${textOf(node).toUpperCase()}`;
  const svg = await satori(node, {
    ...size,
    fonts: await fontsFor(text),
    ...(onNode ? { onNodeDetected: onNode } : {}),
    loadAdditionalAsset: async (code: string, segment: string) => {
      if (code === "emoji") {
        const uri = await emojiDataUri(segment);
        if (uri) return uri;
      }
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0) throw missingGlyph(missing.join(""), path);
  return svg;
}

/** Every text in a tree, concatenated: what the fonts must cover. */
function textOf(child: Child | Child[] | undefined): string {
  if (child === undefined) return "";
  if (typeof child === "string") return child;
  if (Array.isArray(child)) return child.map(textOf).join("");
  return textOf(child.props.children);
}
