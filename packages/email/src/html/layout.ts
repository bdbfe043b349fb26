import type { ResolvedDocument } from "@belarusbrief/core";
import { esc, styled } from "./context.js";
import { MEDIA_CSS, STYLE } from "./style.js";

/** Attributes of every layout table: Outlook reads the attributes, screen readers skip the table. */
export const LAYOUT_TABLE = 'role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"';

/**
 * The document shell: head with colour-scheme metas and the `@media` rules, a hidden preheader,
 * and one 600 px column of `rows` (each a `<tr>`), wrapped in an Outlook ghost table.
 */
export function layout(doc: ResolvedDocument, title: string, preheader: string, rows: readonly string[]): string {
  const language = `lang="${doc.locale}" dir="${doc.dir}"`;
  return `<!DOCTYPE html>
<html ${language} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${esc(title)}</title>
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->
<style>${MEDIA_CSS}</style>
</head>
<body${styled(STYLE.body, "body")}>
<div class="pre" style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all">${esc(preheader)}${PREHEADER_FILL}</div>
<div role="article" aria-roledescription="email" aria-label="${esc(title)}" ${language}>
<table ${LAYOUT_TABLE}${styled(STYLE.page, "page")}><tr><td align="center"${styled(STYLE.pageCell)}>
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table ${LAYOUT_TABLE}${styled(STYLE.card, "card")}>
${rows.join("\n")}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</div>
</body>
</html>
`;
}

/** One full-width row of the column; `attributes` such as ` lang="be" dir="ltr"` go on its cell. */
export function row(innerHtml: string, className: "px" | "top" | "foot" | "px rule" = "px", attributes = ""): string {
  const style = className === "px rule" ? STYLE.rule : STYLE[className];
  return `<tr><td${styled(style, className)}${attributes}>${innerHtml}</td></tr>`;
}

// Zero-width joiners and spaces after the preheader stop clients from filling the preview with body text.
const PREHEADER_FILL = "&#847;&zwnj;&nbsp;".repeat(60);
