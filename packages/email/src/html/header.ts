import { esc, type HtmlContext, phrase, styled, title } from "./context.js";
import { row } from "./layout.js";
import { STYLE } from "./style.js";

/** The masthead: kind, dateline and date (a brief's month), the title, the tagline and author. */
export function headerHtml({ doc }: HtmlContext): string {
  const kicker = [doc.kindLabel, doc.dateline, doc.period?.text ?? doc.date.text]
    .filter((s): s is string => Boolean(s))
    .map(esc)
    .join(" · ");
  const tagline = doc.richTagline ? `<p${styled(STYLE.tag, "tag")}>${title(doc.richTagline)}</p>` : "";
  const author = doc.authorCitation;
  const byline = author ? `<p${styled(STYLE.tag, "tag")}>(${phrase(author)})</p>` : "";
  return row(
    `<p${styled(STYLE.kicker, "kicker")}>${kicker}</p><h1${styled(STYLE.title)}>${title(doc.richTitle)}</h1>${tagline}${byline}`,
    "top",
  );
}
