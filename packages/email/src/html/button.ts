import { neutralHref } from "../neutralise.js";
import { esc, styled } from "./context.js";
import { FONT, LIGHT, STYLE } from "./style.js";

/**
 * A bulletproof button: a VML round rectangle for Outlook on Windows (inside an mso comment) and a
 * styled link everywhere else (hidden from Outlook with mso-hide). It keeps its own background and
 * border so colour-inverting dark modes still show a button.
 */
export function buttonHtml(url: string, label: string): string {
  const href = esc(neutralHref(url));
  const text = esc(label);
  const width = Math.min(520, Math.max(180, [...label].length * 10 + 56));
  const vml = `<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" href="${href}" style="height:48px;v-text-anchor:middle;width:${width}px" arcsize="8%" strokecolor="${LIGHT.edge}" fillcolor="${LIGHT.accent}"><w:anchorlock/><center style="color:#ffffff;font-family:${FONT};font-size:16px;font-weight:bold">${text}</center></v:roundrect>`;
  return `<p${styled(STYLE.p)}><!--[if mso]>${vml}<![endif]--><a href="${href}"${styled(STYLE.button, "btn")}>${text}</a></p>`;
}
