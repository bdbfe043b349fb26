import { dirOf, type HtmlContext } from "./context.js";
import { escapeHtml } from "./escape.js";
import { STYLESHEET } from "./style.js";

/**
 * The document shell: head with colour-scheme metas and the stylesheet, a hidden preheader, and one
 * 600 px column of `rows` (each a `<tr>`), wrapped in an Outlook ghost table.
 */
export function layout(ctx: HtmlContext, title: string, preheader: string, rows: string[]): string {
  const { locale } = ctx.doc;
  const dir = dirOf(locale);
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${dir}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(title)}</title>
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->
<style>${STYLESHEET}</style>
</head>
<body class="body">
<div class="pre" style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all">${escapeHtml(preheader)}${PREHEADER_FILL}</div>
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(title)}" lang="${locale}" dir="${dir}">
<table role="presentation" class="page" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:16px 8px">
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="card" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;margin:0 auto">
${rows.join("\n")}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</div>
</body>
</html>
`;
}

/** One full-width row of the column. */
export function row(innerHtml: string, className = "px", attrs = ""): string {
  return `<tr><td class="${className}"${attrs}>${innerHtml}</td></tr>`;
}

// Zero-width joiners and spaces after the preheader stop clients from filling the preview with body text.
const PREHEADER_FILL = "&#847;&zwnj;&nbsp;".repeat(60);
