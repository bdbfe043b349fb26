import { Document, type DocumentInput, LIMITS, LOCALES, QUALIFIERS, urlProblem } from "@belarusbrief/core";
import fc from "fast-check";

/** Runs per property: 1,000 in CI, more on demand (`FC_RUNS=20000 npx vitest run apps/security`). */
export const RUNS = Number(process.env.FC_RUNS ?? 1000);

// Characters that break outputs: controls (C0, DEL, C1), bidi overrides and isolates, zero-width
// characters, combining marks, astral emoji (ZWJ sequences, flags, keycaps), Markdown and HTML syntax.
const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const C1 = fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c));
const BIDI = fc.constantFrom(
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200e",
  "\u200f",
);
const ZERO_WIDTH = fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff");
// What core's cleaner removes besides controls and bidi controls: noncharacters in every plane,
// unpaired surrogates; and line breaks it rewrites (CR, CR LF).
const NONCHARACTER = fc.constantFrom(
  "\ufdd0",
  "\ufdef",
  "\ufffe",
  "\uffff",
  "\u{1fffe}",
  "\u{10ffff}",
  "\ud800",
  "\udfff",
  "\r",
  "\r\n",
);
const COMBINING = fc.integer({ min: 0x300, max: 0x36f }).map((c) => `e${String.fromCharCode(c)}`);
const EMOJI = fc.constantFrom("🇧🇾", "👩🏽‍💻", "👨‍👩‍👧", "1️⃣", "📌", "✊🏻", "🏳️‍🌈", "𝕏", "𐍈", "🫶");
const SCRIPT = fc.constantFrom(..."абвгдеёжзійклмнопрстуўфхцчшыьэюяАБЎІЁłŁžŽŭŬčČšŚśćźńąęóüßøåæ");
const SYNTAX = fc.constantFrom(..."*_[]()<>|\\`#&;!-+=~{}$^\"'@:/.,?%\t\n \u00a0\u2028\u2029");
const SNIPPET = fc.constantFrom(
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<a href='javascript:alert(1)'>x</a>",
  "javascript:alert(1)",
  "]]>",
  "<![CDATA[",
  "<!--",
  "-->",
  "<!DOCTYPE x [<!ENTITY a 'b'>]>",
  "&amp;",
  "&lt;",
  "&#x3C;",
  "&bogus;",
  "&#xFFFE;",
  "&#0;",
  // References to what the cleaner removes: a parser decodes them after the text was cleaned.
  "&#x202E;",
  "&#xFEFF;",
  "&#1;",
  "&#x85;",
  "&#xD800;",
  "&#xFDD0;",
  "&#x10FFFF;",
  "\ufffe",
  "![i](https://tracker.example/p.gif)",
  "<https://example.org>",
  "www.example.org",
  "a@b.example",
  "*|UNSUB|*",
  "{{ x }}",
  "\r\nBcc: victim@example.org",
  "BEGIN:VEVENT",
  "\\n",
  "url(https://tracker.example/x)",
  "expression(alert(1))",
  "<svg onload=alert(1)>",
  "<style>@import 'https://t.example/x.css'</style>",
  "---",
  "| a | b |\n|---|---|",
  "[^1]",
  "```",
  "    ",
  "1. ",
  "> ",
);
// Unsafe links inside Markdown: the loader refuses them at file:line:column, but a document
// built in code reaches resolve with them, and no output may link them.
const UNSAFE_LINK = fc.constantFrom(
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](java&#115;cript:alert(1))",
  "[x](&#x6A;avascript:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](java\u0000script:alert(1))",
  "[x](<javascript:alert(1)>)",
  "<javascript:alert(1)>",
  "[x][js]\n\n[js]: javascript:alert(1)",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x]( data:text/html,<script>alert(1)</script>)",
  "![x](data:image/svg+xml,<svg onload=alert(1)>)",
  "[x](vbscript:msgbox(1))",
  "[x](file:///etc/passwd)",
);
const WORD = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 12 });
const LONG_WORD = fc.string({ unit: fc.constantFrom(..."abcdefghijkl"), minLength: 200, maxLength: 1200 });

const UNIT = fc.oneof(
  { weight: 20, arbitrary: WORD.map((w) => `${w} `) },
  { weight: 4, arbitrary: SYNTAX },
  { weight: 4, arbitrary: SCRIPT },
  { weight: 2, arbitrary: SNIPPET },
  { weight: 1, arbitrary: UNSAFE_LINK },
  { weight: 1, arbitrary: CONTROL },
  { weight: 1, arbitrary: C1 },
  { weight: 1, arbitrary: BIDI },
  { weight: 1, arbitrary: ZERO_WIDTH },
  { weight: 1, arbitrary: NONCHARACTER },
  { weight: 1, arbitrary: COMBINING },
  { weight: 2, arbitrary: EMOJI },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }) },
);

/** Any text: words mixed with syntax, controls, bidi marks, emoji, HTML-ish snippets; sometimes one very long word. */
export const anyText = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: UNIT, minLength: 1, maxLength: 25 }) },
  { weight: 1, arbitrary: fc.tuple(WORD, LONG_WORD).map(([a, b]) => `${a} ${b}`) },
);

const VISIBLE = /[^\s\p{C}]/u;

/** A valid plain-text field: trimmed, with a visible character, within the core's length limit. */
export const plainText = anyText.map((s) => {
  const text = VISIBLE.test(s) ? s : `x${s}`;
  return Array.from(text.trim()).slice(0, LIMITS.plainText).join("").trim();
});
/** A valid Markdown field: with a visible character. */
export const markdown = anyText.map((s) => (VISIBLE.test(s) ? s : `x${s}`));

const HOSTS = fc.constantFrom("example.org", "xn--80abe5aohbnkjb.example", "a.b.example", "127.0.0.1", "[::1]");
const PATH = fc.string({ unit: fc.constantFrom(..."abc/?&=#%<>\"'`{}|^ ();:@!$*+,~-_.[]\\йł🇧🇾"), maxLength: 20 });

/** A URL the model accepts: http(s) with any path characters, mailto, pages of the site from / and placeholders. */
export const url = fc
  .oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom("https://", "http://", "HTTPS://"), HOSTS, PATH)
        .map((p) => `${p[0]}${p[1]}/${p[2]}`),
    },
    { weight: 1, arbitrary: WORD.map((w) => `mailto:${w}@example.org`) },
    { weight: 1, arbitrary: fc.constantFrom("#", "", "/", "/about", "/briefs/2021-02/#news", "/news/?q=1&b=%C3%A9") },
  )
  .filter((u) => urlProblem(u) === undefined);

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const locale = fc.constantFrom(...LOCALES);
const time = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => pad(h, m));
const zone = fc.constantFrom("America/New_York", "Europe/Minsk", "Asia/Kathmandu", "UTC", "Australia/Lord_Howe");
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const list = <T>(arb: fc.Arbitrary<T>, max = 2) => opt(fc.array(arb, { minLength: 1, maxLength: max }));

const source = fc.record(
  { name: plainText, url: opt(url), note: opt(plainText), locale: opt(locale) },
  { requiredKeys: ["name"] },
);
const link = fc.record({ title: plainText, url, source: opt(plainText), locale: opt(locale) });
const attribution = fc.oneof(
  fc.record({ name: plainText, description: opt(plainText) }),
  fc.record({ description: plainText, anonymous: fc.boolean() }),
);
const quote = fc.record({ text: markdown, attribution: opt(attribution), source: opt(source), locale: opt(locale) });
const statistic = fc.record({
  id: opt(id),
  series: opt(id),
  value: fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })),
  qualifier: fc.constantFrom(...QUALIFIERS),
  unit: opt(plainText),
  measure: plainText,
  asOf: opt(isoDate),
  source: opt(source),
  locale: opt(locale),
});
const item = fc
  .record({
    id: opt(id),
    lead: opt(plainText),
    body: opt(markdown),
    date: opt(isoDate),
    sources: list(source),
    quote: opt(quote),
    tags: list(plainText),
    locale: opt(locale),
  })
  .map((i) => (i.lead || i.body || i.quote ? i : { ...i, lead: "lead" }));
const event = fc
  .record({
    id,
    title: plainText,
    date: isoDate,
    days: opt(fc.integer({ min: 0, max: 40 })),
    time: opt(time),
    minutes: fc.integer({ min: 1, max: 60 }),
    timeZone: zone,
    recurs: opt(fc.constant("yearly" as const)),
    yearsBefore: opt(fc.integer({ min: 0, max: 900 })),
    location: opt(plainText),
    online: opt(url),
    description: opt(markdown),
    url: opt(url),
    source: opt(source),
    locale: opt(locale),
  })
  .map(({ days, minutes, time: t, timeZone, yearsBefore, ...e }) => ({
    ...e,
    ...(e.recurs && yearsBefore !== undefined ? { since: Number(e.date.slice(0, 4)) - yearsBefore } : {}),
    ...(days ? { endDate: addDays(e.date, days) } : {}),
    ...(t ? { time: t, timeZone, endTime: laterTime(t, minutes) } : {}),
  }));
const action = fc.record(
  {
    id: opt(id),
    kind: fc.constantFrom("sign", "write", "donate", "attend", "share", "contact-representative", "other" as const),
    title: plainText,
    body: opt(markdown),
    url: opt(url),
    via: opt(source),
    deadline: opt(isoDate),
    recipients: list(plainText),
    letter: list(fc.record({ locale, text: markdown })),
    locale: opt(locale),
  },
  { requiredKeys: ["kind", "title"] },
);
const report = fc.record(
  {
    id: opt(id),
    city: plainText,
    region: opt(plainText),
    country: opt(plainText),
    date: opt(isoDate),
    attendance: opt(fc.record({ value: fc.nat(), qualifier: fc.constantFrom(...QUALIFIERS) })),
    summary: markdown,
    images: list(fc.record({ src: fc.constantFrom("images/a.jpg", "b c.png", "x/y/z.webp"), alt: opt(plainText) })),
    sources: list(source),
    locale: opt(locale),
  },
  { requiredKeys: ["city", "summary"] },
);
const recommendation = fc.record({
  addressee: plainText,
  intro: opt(markdown),
  items: fc.array(markdown, { minLength: 1, maxLength: 3 }),
  locale: opt(locale),
});
const section = fc.record({
  id: opt(id),
  heading: opt(plainText),
  locale: opt(locale),
  intro: opt(markdown),
  statistics: list(statistic),
  items: list(item, 3),
  events: list(event),
  actions: list(action),
  reports: list(report),
  recommendations: list(recommendation),
  links: list(link),
});

const common = {
  id,
  locale,
  title: plainText,
  date: isoDate,
  summary: opt(plainText),
  tags: list(plainText),
  author: opt(source),
  intro: opt(markdown),
  sections: list(section, 3),
  links: list(link),
};

/** Any valid document of any kind, already parsed by the model's own schema. */
export const anyDocument: fc.Arbitrary<Document> = fc
  .oneof(
    fc.record({
      kind: fc.constant("brief" as const),
      ...common,
      period: isoDate.map((d) => d.slice(0, 7)),
      tagline: opt(plainText),
      lead: opt(quote),
    }),
    fc.record({ kind: fc.constant("press-release" as const), ...common, dateline: opt(plainText) }),
    fc.record({ kind: fc.constant("statement" as const), ...common, lead: opt(quote) }),
    fc.record({ kind: fc.constant("appeal" as const), ...common }),
    fc.record({ kind: fc.constant("news-item" as const), ...common, body: markdown, source: opt(source) }),
  )
  .map((doc) => Document.parse(dropUndefined(doc) as DocumentInput));

function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, dropUndefined(v)]),
    );
  return value;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function laterTime(start: string, minutes: number): string {
  const [h = 0, m = 0] = start.split(":").map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return pad(Math.floor(total / 60), total % 60);
}

function pad(h: number, m: number): string {
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
