import { escapeHtml } from "@belarusbrief/core";
import type { Line, Run, Unit } from "../lines.js";
import { plainText } from "./plain-text.js";

/** A Telegram message in its HTML subset, and its text as Telegram counts it (after parsing the tags). */
export interface TelegramMessage {
  html: string;
  text: string;
}

/**
 * Units as a Telegram message (`parse_mode: HTML`): only `b`, `i`, `s`, `a`, `code`, `pre` and
 * `blockquote`, every `<`, `>` and `&` of the text written as an entity. Telegram has no
 * paragraphs or lists: lines are separated by a line break, units by a blank line, list items keep
 * their bullet, consecutive quotation lines share one `blockquote`.
 */
export function telegramHtml(units: readonly Unit[]): TelegramMessage {
  const html = units.map((u) => unitHtml(u.lines)).join("\n\n");
  return { html, text: plainText(units, "").text };
}

function unitHtml(lines: readonly Line[]): string {
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length) out.push(`<blockquote>${quote.join("\n")}</blockquote>`);
    quote = [];
  };
  for (const l of lines) {
    const html = l.pre ? `<pre>${escapeHtml(l.runs.map((r) => r.text).join(""))}</pre>` : lineHtml(l);
    if (l.quote && !l.pre) quote.push(html);
    else {
      flush();
      out.push(html);
    }
  }
  flush();
  return out.join("\n");
}

function lineHtml(l: Line): string {
  return escapeHtml(l.prefix ?? "") + l.runs.map(runHtml).join("");
}

// Telegram lets bold, italic and strikethrough nest in anything but code; code holds text only.
function runHtml(r: Run): string {
  if (r.text === "") return "";
  const text = escapeHtml(r.text);
  if (r.code) return `<code>${text}</code>`;
  let html = text;
  if (r.strike) html = `<s>${html}</s>`;
  if (r.italic) html = `<i>${html}</i>`;
  if (r.bold) html = `<b>${html}</b>`;
  if (r.href) html = `<a href="${escapeHtml(r.href)}">${html}</a>`;
  return html;
}
