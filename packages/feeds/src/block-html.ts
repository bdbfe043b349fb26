import {
  type Block,
  type BlockBase,
  escapeHtml as esc,
  type Inline,
  inlineToHtml,
  langAttributes,
  type ResolvedAction,
  type ResolvedEvent,
  type ResolvedItem,
  type ResolvedLink,
  type ResolvedQuote,
  type ResolvedRecommendation,
  type ResolvedReport,
  type ResolvedStatistic,
  type TitleText,
  titleToHtml,
  toHtml,
} from "@belarusbrief/core";

/** A statistic as a list item: "**over 35,000** protesters detained (as of January 31, 2030). Source: Viasna". */
export function statisticHtml(stat: ResolvedStatistic): string {
  const source = stat.citation ? `. ${inlineToHtml(stat.citation)}` : "";
  return `<li${lang(stat)}><strong>${esc(stat.phrase)}</strong> ${esc(stat.measure)} (${esc(stat.asOf.phrase)})${source}</li>`;
}

/** An item: its lead-in in bold before the body, its date and sources in parentheses after it, its quotation. */
export function itemHtml(item: ResolvedItem): string {
  const blocks: Block[] = [...(item.body ?? [])];
  if (item.richLead) {
    const lead: Inline = { type: "strong", children: item.richLead };
    const first = blocks[0];
    if (first?.type === "paragraph") blocks[0] = { ...first, children: [lead, text(" "), ...first.children] };
    else blocks.unshift({ type: "paragraph", children: [lead] });
  }
  const notes = [item.date ? [text(item.date.text)] : [], item.citation ?? []].filter((note) => note.length > 0);
  if (notes.length > 0) {
    const inner = notes.flatMap((note, i) => (i === 0 ? note : [text(", "), ...note]));
    const last = blocks.at(-1);
    if (last?.type === "paragraph")
      blocks[blocks.length - 1] = { ...last, children: [...last.children, text(" ("), ...inner, text(")")] };
    else blocks.push({ type: "paragraph", children: [text("("), ...inner, text(")")] });
  }
  return `<div${lang(item)}>${toHtml(blocks)}${item.quote ? quoteHtml(item.quote) : ""}</div>`;
}

/** A quotation or testimony, credited to who said it and where it was reported. */
export function quoteHtml(quote: ResolvedQuote): string {
  const who = quote.attribution ? `<cite>${esc(quote.attribution)}</cite>` : "";
  const via = quote.citation ? inlineToHtml(quote.citation) : "";
  const credit = who && via ? `${who} (${via})` : who || via;
  return `<blockquote${lang(quote)}>${toHtml(quote.text)}${credit ? `<p>— ${credit}</p>` : ""}</blockquote>`;
}

/** An event as a list item: when (date, time, "every year"), title, place, source and description. */
export function eventHtml(event: ResolvedEvent): string {
  const where = [
    event.location ? esc(event.location) : "",
    event.online ? linkHtml([text(event.onlineLabel)], event.online) : "",
  ].filter(Boolean);
  const title = event.url ? linkHtml(event.richTitle, event.url) : titleToHtml(event.richTitle);
  const place = where.length > 0 ? ` — ${where.join(", ")}` : "";
  const source = event.citation ? ` (${inlineToHtml(event.citation)})` : "";
  const description = event.description ? toHtml(event.description) : "";
  return `<li${lang(event)}><strong>${esc(event.when)}</strong>: ${title}${place}${source}${description}</li>`;
}

/**
 * A call to action under a heading of `level`: what to do, how, by when, to whom, the letter texts,
 * and each postal address as an `address` of one envelope line per line.
 */
export function actionHtml(action: ResolvedAction, level: number): string {
  const title = action.url ? linkHtml(action.richTitle, action.url) : titleToHtml(action.richTitle);
  const out = [heading(level, `${esc(action.verb)}: ${title}`)];
  if (action.body) out.push(toHtml(action.body));
  const recipients = action.recipients.length ? `${action.recipientsLabel}: ${action.recipients.join(", ")}` : "";
  const facts = [
    action.citation ? inlineToHtml(action.citation) : "",
    esc(action.deadline?.phrase ?? ""),
    esc(recipients),
  ];
  if (facts.some(Boolean)) out.push(`<p>${facts.filter(Boolean).join("<br>")}</p>`);
  for (const letter of action.letters)
    out.push(
      `<blockquote${lang(letter)}><p><strong>${esc(letter.label)}</strong></p>${toHtml(letter.text)}</blockquote>`,
    );
  for (const address of action.addresses)
    out.push(
      `<p><strong>${esc(address.label)}</strong></p>`,
      `<address${lang(address)}>${address.lines.map(esc).join("<br>")}</address>`,
    );
  return `<div${lang(action)}>${out.join("\n")}</div>`;
}

/** A report under a heading of `level`: the place, then date and attendance, the summary and sources. */
export function reportHtml(report: ResolvedReport, level: number): string {
  const facts = [report.date?.text, report.attendance?.phrase].filter(Boolean).join(" · ");
  const out = [heading(level, esc(report.place))];
  if (facts) out.push(`<p>${esc(facts)}</p>`);
  out.push(toHtml(report.summary));
  if (report.citation) out.push(`<p>${inlineToHtml(report.citation)}</p>`);
  return `<div${lang(report)}>${out.join("\n")}</div>`;
}

/** Demands or recommendations: the addressee, the introduction, the list. */
export function recommendationHtml(rec: ResolvedRecommendation): string {
  const list = toHtml([{ type: "list", ordered: false, items: rec.items }]);
  const intro = rec.intro ? toHtml(rec.intro) : "";
  return `<div${lang(rec)}><p><strong>${esc(rec.addressee)}</strong></p>${intro}${list}</div>`;
}

/** A titled link as a list item, with its publisher. */
export function linkItemHtml(link: ResolvedLink): string {
  const title = link.url ? linkHtml(link.richTitle, link.url, link.lang) : titleToHtml(link.richTitle);
  return `<li${lang(link)}>${title}${link.source ? ` (${esc(link.source)})` : ""}</li>`;
}

/** A heading element of `level` (the view's levels start at 2: the entry's title is the first). */
export function heading(level: number, html: string): string {
  return `<h${level}>${html}</h${level}>`;
}

/** `lang` and `dir` for a block in another language than the text around it; empty otherwise. */
export function lang(block: Pick<BlockBase, "lang">): string {
  return langAttributes(block.lang);
}

function linkHtml(label: TitleText, url: string, hreflang?: BlockBase["lang"]): string {
  return inlineToHtml([{ type: "link", url, ...(hreflang ? { hreflang } : {}), children: label }]);
}

function text(value: string): Inline {
  return { type: "text", value };
}
