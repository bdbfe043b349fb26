import { type Document, type Item, type Locale, messages, type Section } from "@belarusbrief/core";
import { escapeXml as esc } from "./clean.js";
import {
  actionHtml,
  eventHtml,
  linkHtml,
  quoteHtml,
  recommendationHtml,
  reportHtml,
  sourceHtml,
  statisticHtml,
  viaList,
} from "./html-parts.js";
import { markdownToHtml as md } from "./markdown.js";
import { sanitize } from "./sanitize.js";

/** The whole document as sanitized HTML for a feed entry; links absolute under `baseUrl`. */
export function documentHtml(doc: Document, baseUrl: string): string {
  const out: string[] = [];
  const locale = doc.locale;
  if (doc.kind === "brief" && doc.tagline) out.push(`<p><em>${esc(doc.tagline)}</em></p>`);
  if (doc.kind === "press-release" && doc.dateline) out.push(`<p><strong>${esc(doc.dateline)}</strong></p>`);
  if ((doc.kind === "brief" || doc.kind === "statement") && doc.lead) out.push(quoteHtml(doc.lead, locale));
  if (doc.intro) out.push(md(doc.intro));
  if (doc.kind === "news-item") {
    out.push(md(doc.body));
    if (doc.source) out.push(`<p>${esc(messages(locale).source)}: ${sourceHtml(doc.source)}</p>`);
  }
  for (const section of doc.sections ?? []) out.push(sectionHtml(section, section.locale ?? locale));
  if (doc.links?.length) {
    out.push(`<h2>${esc(messages(locale).furtherReading)}</h2>`, `<ul>${doc.links.map(linkHtml).join("\n")}</ul>`);
  }
  return sanitize(out.join("\n"), baseUrl);
}

function sectionHtml(section: Section, locale: Locale): string {
  const out: string[] = [section.heading ? `<h2>${esc(section.heading)}</h2>` : "<hr>"];
  if (section.intro) out.push(md(section.intro));
  const list = (items: string[]) => (items.length ? `<ul>${items.join("\n")}</ul>` : "");
  out.push(list((section.statistics ?? []).map((s) => statisticHtml(s, s.locale ?? locale))));
  out.push(...(section.items ?? []).map((item) => itemHtml(item, item.locale ?? locale)));
  out.push(list((section.events ?? []).map((e) => eventHtml(e, e.locale ?? locale))));
  out.push(...(section.actions ?? []).map((a) => actionHtml(a, a.locale ?? locale)));
  out.push(...(section.reports ?? []).map((r) => reportHtml(r, r.locale ?? locale)));
  out.push(...(section.recommendations ?? []).map(recommendationHtml));
  out.push(list((section.links ?? []).map(linkHtml)));
  const body = out.filter(Boolean).join("\n");
  return section.locale ? `<div lang="${section.locale}">${body}</div>` : body;
}

function itemHtml(item: Item, locale: Locale): string {
  const lead = item.lead ? `<strong>${esc(item.lead)}</strong> ` : "";
  const sources = viaList(item.sources, locale);
  let body = item.body ? md(item.body).trim() : "";
  if (body.startsWith("<p>")) body = `<p>${lead}${body.slice(3)}`;
  else body = `${lead ? `<p>${lead}</p>` : ""}${body}`;
  if (sources) body = body.endsWith("</p>") ? `${body.slice(0, -4)}${sources}</p>` : `${body}<p>${sources}</p>`;
  const quote = item.quote ? quoteHtml(item.quote, item.quote.locale ?? locale) : "";
  return `<div${item.locale ? ` lang="${item.locale}"` : ""}>${body}${quote}</div>`;
}
