// The baseline email: an MJML 5 one-column template generated from the same document as
// @belarusbrief/email renders (title, lead, sections with statistics, items, events with a
// calendar button, actions with a button, reports, footer links). Markdown goes through marked.
import { formatDate, formatStatistic } from "@belarusbrief/core";
import { requireFrom } from "./paths.mjs";

const { Marked } = requireFrom("apps/cli")("marked");
const marked = new Marked({ async: false });

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const md = (s) => marked.parseInline(String(s));
const link = (source) => (source.url ? `<a href="${esc(source.url)}">${esc(source.name)}</a>` : esc(source.name));
const text = (html, attrs = "") => `<mj-text${attrs}>${html}</mj-text>`;
const section = (...blocks) => `<mj-section><mj-column>${blocks.join("")}</mj-column></mj-section>`;

/** MJML source for `doc`: one 600 px column, the blocks of the document in reading order. */
export function mjmlOf(doc, { archiveUrl, unsubscribeUrl }) {
  const body = [];
  const header = [text(`<h1>${esc(doc.title)}</h1>`, ' css-class="title"')];
  if (doc.tagline) header.push(text(esc(doc.tagline), ' color="#52525B"'));
  header.push(text(esc(formatDate(doc.date, doc.locale)), ' color="#52525B" font-size="13px"'));
  body.push(`<mj-section background-color="#C8313E" padding="4px 0"><mj-column></mj-column></mj-section>`);
  body.push(section(...header));
  const opening = [];
  if (doc.lead) {
    const who = doc.lead.attribution?.name ?? doc.lead.attribution?.description;
    const via = doc.lead.source ? ` (via ${link(doc.lead.source)})` : "";
    opening.push(text(`<blockquote>“${md(doc.lead.text)}”</blockquote>${who ? `<p>— ${esc(who)}${via}</p>` : ""}`));
  }
  if (doc.intro) opening.push(text(md(doc.intro)));
  if (doc.body) opening.push(text(md(doc.body)));
  if (opening.length) body.push(section(...opening));
  for (const s of doc.sections ?? []) body.push(sectionMjml(s, doc.locale));
  if (doc.links?.length) body.push(section(text(doc.links.map((l) => `<p>${link(l)}</p>`).join(""))));
  body.push(
    `<mj-section><mj-column><mj-divider border-width="1px" border-color="#E4E4E7" />${text(
      `<a href="${esc(archiveUrl)}">View in browser</a> · <a href="${esc(unsubscribeUrl)}">Unsubscribe</a>`,
      ' align="center" color="#52525B" font-size="13px"',
    )}</mj-column></mj-section>`,
  );
  return `<mjml lang="${esc(doc.locale)}"><mj-head><mj-title>${esc(doc.title)}</mj-title><mj-preview>${esc(doc.tagline ?? doc.title)}</mj-preview>
<mj-attributes><mj-all font-family="Arial, Helvetica, sans-serif" /><mj-text font-size="16px" line-height="1.5" color="#1B1B1F" /><mj-button background-color="#C8313E" color="#FFFFFF" border-radius="4px" /></mj-attributes>
<mj-style>.title h1{font-size:28px;margin:0} blockquote{margin:0;padding-left:12px;border-left:4px solid #C8313E}</mj-style>
</mj-head><mj-body width="600px" background-color="#FFFFFF">${body.join("\n")}</mj-body></mjml>`;
}

function sectionMjml(s, locale) {
  const blocks = [];
  if (s.heading) blocks.push(text(`<h2>${esc(s.heading)}</h2>`, ' color="#C8313E" font-size="20px"'));
  if (s.intro) blocks.push(text(md(s.intro)));
  for (const stat of s.statistics ?? []) {
    const phrase = formatStatistic(stat, locale);
    blocks.push(
      text(`<strong>${esc(phrase.value)}</strong>`, ' font-size="32px" color="#C8313E" line-height="1.1"'),
      text(`${esc(stat.measure)}<br><small>${link(stat.source)} · ${esc(formatDate(stat.asOf, locale))}</small>`),
    );
  }
  for (const item of s.items ?? []) {
    const lead = item.lead ? `<strong>${md(item.lead)}</strong> ` : "";
    const sources = item.sources?.length ? ` <small>(via ${item.sources.map(link).join(", ")})</small>` : "";
    blocks.push(text(`${lead}${md(item.body)}${sources}`));
  }
  for (const event of s.events ?? []) {
    blocks.push(
      text(
        `<strong>${esc(formatDate(event.date, locale))} — ${esc(event.title)}</strong><br>${md(event.description ?? "")}`,
      ),
      `<mj-button href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=${encodeURIComponent(event.title)}" align="left">Add to calendar</mj-button>`,
    );
  }
  for (const action of s.actions ?? []) {
    const via = action.via ? `<br><small>via ${link(action.via)}</small>` : "";
    blocks.push(text(`${md(action.body ?? action.title)}${via}`));
    if (action.url) blocks.push(`<mj-button href="${esc(action.url)}" align="left">${esc(action.title)}</mj-button>`);
  }
  for (const report of s.reports ?? []) {
    const where = [report.city, report.region, report.country].filter(Boolean).join(", ");
    blocks.push(text(`<strong>${esc(where)}</strong><br>${md(report.summary ?? "")}`));
  }
  for (const quote of s.quotes ?? []) blocks.push(text(`<blockquote>${md(quote.text)}</blockquote>`));
  return section(...blocks);
}
