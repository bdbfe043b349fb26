import {
  inlineToText,
  type Messages,
  messages,
  type Phrase,
  type ResolvedAction,
  type ResolvedDocument,
  type ResolvedEvent,
  type ResolvedItem,
  type ResolvedLink,
  type ResolvedQuote,
  type ResolvedReport,
  type ResolvedSection,
  type RichText,
  type TextTarget,
} from "@belarusbrief/core";
import { withLeadIn } from "../lead-in.js";
import { breakTemplates, neutralHref } from "../neutralise.js";
import { References } from "./references.js";
import { richText } from "./rich-text.js";
import { length, wrap } from "./wrap.js";

/**
 * The plain-text part: every block of the view in reading order, wrapped at 72 columns, links as
 * `[n]` references listed after the footer. `words` are the email's own words (footer, headings).
 */
export function renderText(
  doc: ResolvedDocument,
  words: Messages,
  links: { archive: string; unsubscribe: string },
): string {
  const t = new TextWriter(words);
  t.header(doc);
  for (const block of doc.blocks) {
    if (block.type === "lead") t.quote(block.quote);
    else if (block.type === "text") t.rich(block.text);
    else if (block.type === "source") t.para(t.phrase(block.citation));
    else if (block.type === "section") t.section(block.section);
    else t.links(block.heading, block.links);
  }
  // Everything so far comes from the document, so its template openers are broken; the footer
  // after it carries the sending service's merge tags, which must stay intact. Reference
  // addresses have their delimiters percent-encoded already.
  const content = breakTemplates(t.out.join("\n\n"));
  const footer = ["--", `${words.viewInBrowser}: ${links.archive}\n${words.unsubscribe}: ${links.unsubscribe}`];
  const list = t.refs.list();
  if (list.length) footer.push(list.join("\n"));
  return `${[content, ...footer].join("\n\n")}\n`;
}

class TextWriter {
  readonly out: string[] = [];
  readonly refs = new References();
  readonly target: TextTarget = { link: (text, url) => `${text} [${this.refs.add(neutralHref(url))}]` };

  constructor(readonly words: Messages) {}

  para(text: string, prefix = "", hang = prefix): void {
    if (text) this.out.push(wrap(text, prefix, hang));
  }
  /** Lines kept as they are, one under the other (an envelope's address), each indented. */
  lines(lines: readonly string[], indent: string): void {
    if (lines.length) this.out.push(lines.map((line) => wrap(line, indent, `${indent}  `)).join("\n"));
  }
  rich(tree: RichText, indent = ""): void {
    const text = richText(tree, this.target, indent);
    if (text) this.out.push(text);
  }
  /** Rich text as a list entry: "* " in place of the first line's indent. */
  bullet(tree: RichText): void {
    const text = richText(tree, this.target, "  ");
    if (text) this.out.push(`* ${text.slice(2)}`);
  }
  phrase(nodes: Phrase): string {
    return inlineToText(nodes, this.target);
  }
  cited(nodes: Phrase | undefined): string {
    return nodes ? `(${this.phrase(nodes)})` : "";
  }
  link(text: string, url: string | undefined): string {
    return url ? (this.target.link?.(text, url) ?? text) : text;
  }

  header(doc: ResolvedDocument): void {
    this.out.push(underlined(doc.title, "="));
    if (doc.tagline) this.para(doc.tagline);
    this.para([doc.kindLabel, doc.dateline, doc.period?.text ?? doc.date.text].filter(Boolean).join(" · "));
    this.para(this.cited(doc.authorCitation));
  }

  quote(quote: ResolvedQuote): void {
    this.rich(quote.text, "> ");
    const who = quote.attribution ? `— ${quote.attribution}` : "";
    this.para([who, this.cited(quote.citation)].filter(Boolean).join(" "), "> ");
  }

  section(section: ResolvedSection): void {
    this.out.push(section.heading ? underlined(section.heading, "-") : "* * *");
    if (section.intro) this.rich(section.intro);
    for (const s of section.statistics) {
      const source = s.citation ? `, ${this.phrase(s.citation)}` : "";
      this.para(`${s.phrase} — ${s.measure} (${s.asOf.phrase}${source})`, "* ", "  ");
    }
    for (const item of section.items) this.item(item);
    if (section.events.length) {
      this.para(this.words.upcomingDates);
      for (const event of section.events) this.event(event);
    }
    for (const action of section.actions) this.action(action);
    for (const report of section.reports) this.report(report);
    for (const rec of section.recommendations) {
      this.para(rec.addressee);
      if (rec.intro) this.rich(rec.intro);
      for (const demand of rec.items) this.bullet(demand);
    }
    if (section.links.length) this.links(this.words.furtherReading, section.links);
  }

  item(item: ResolvedItem): void {
    this.bullet(withLeadIn(item));
    this.para([item.date?.text ?? "", this.cited(item.citation)].filter(Boolean).join(" · "), "  ");
    if (item.quote) this.quote(item.quote);
  }

  event(event: ResolvedEvent): void {
    this.para(`${event.when}: ${this.link(event.title, event.url)}`, "* ", "  ");
    const online = event.online ? this.link(messages(event.locale).online, event.online) : "";
    this.para([event.location ?? "", online].filter(Boolean).join(" · "), "  ");
    if (event.description) this.rich(event.description, "  ");
  }

  action(action: ResolvedAction): void {
    this.para(`>> ${action.title}`, "", "   ");
    if (action.body) this.rich(action.body);
    this.para([this.cited(action.citation), action.deadline?.phrase ?? ""].filter(Boolean).join(" · "));
    if (action.recipients.length) this.para(`${messages(action.locale).recipients}: ${action.recipients.join("; ")}`);
    for (const letter of action.letters) {
      this.para(`${letter.label}:`);
      this.rich(letter.text, "    ");
    }
    for (const address of action.addresses) {
      this.para(`${address.label}:`);
      this.lines(address.lines, "    ");
    }
    if (action.url) this.para(this.link(action.verb, action.url));
  }

  report(report: ResolvedReport): void {
    this.para([report.place, report.date?.text, report.attendance?.phrase].filter(Boolean).join(" · "));
    this.rich(report.summary);
    this.para(this.cited(report.citation));
  }

  links(heading: string, links: readonly ResolvedLink[]): void {
    this.para(heading);
    for (const link of links)
      this.para(`${this.link(link.title, link.url)}${link.source ? ` — ${link.source}` : ""}`, "* ", "  ");
  }
}

/** A heading of the text part: its text, then a line of `=` or `-` as long as it (at most the margin). */
function underlined(text: string, rule: "=" | "-"): string {
  return `${wrap(text)}\n${rule.repeat(Math.min(72, length(text)))}`;
}
