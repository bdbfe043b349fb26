import { escapeHtml } from "./escape.js";
import { FONT, LIGHT } from "./style.js";

/**
 * A bulletproof button: a VML round rectangle for Outlook on Windows (inside an mso comment) and a
 * styled link everywhere else (hidden from Outlook with mso-hide). It keeps its own background and
 * border so colour-inverting dark modes still show a button.
 */
export function buttonHtml(href: string, label: string): string {
  const url = escapeHtml(href);
  const text = escapeHtml(label);
  const width = Math.min(520, Math.max(180, [...label].length * 10 + 56));
  const vml = `<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" href="${url}" style="height:48px;v-text-anchor:middle;width:${width}px" arcsize="8%" strokecolor="#6e1212" fillcolor="${LIGHT.accent}"><w:anchorlock/><center style="color:#ffffff;font-family:${FONT.replaceAll('"', "'")};font-size:16px;font-weight:bold">${text}</center></v:roundrect>`;
  return `<p><!--[if mso]>${vml}<![endif]--><a class="btn" href="${url}">${text}</a></p>`;
}
