import { Document, type DocumentInput, Image, loadDocument } from "@belarusbrief/core";
import { buildEml, renderEmail } from "@belarusbrief/email";
import { attacks, fixture, pathAttacks } from "@belarusbrief/testkit";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkPrivacy, formatViolation } from "../../cli/src/privacy/check-privacy.js";
import { BASE_URL, renderAll } from "./adapters.js";
import { artifactsOf } from "./artifacts.js";
import { outputProblems } from "./checks.js";

const TEMPLATES = ["full-brief", "full-press-release", "full-statement", "full-appeal", "full-news-item"] as const;
const URL_KEYS = new Set(["url", "online"]);
// Fields that are not free text: identifiers, enumerations, dates, image paths.
const FIXED_KEYS = new Set(
  "kind id series locale qualifier recurs date endDate asOf deadline period time endTime timeZone src anonymous value".split(
    " ",
  ),
);

/** `doc` with every text field (or every URL field) replaced by `payload`. */
function inject(doc: unknown, payload: string, into: "text" | "url"): unknown {
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value))
      return value.map((v) => walk(v, key === "tags" || key === "recipients" || key === "items" ? "text" : key));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value !== "string" || FIXED_KEYS.has(key)) return value;
    return URL_KEYS.has(key) === (into === "url") ? payload : value;
  };
  return walk(doc, "");
}

/** Renders every adapter and returns every problem: format, allow-lists, and remote resources. */
async function problemsOf(doc: Document): Promise<string[]> {
  const out = await renderAll(doc);
  return [
    ...outputProblems(out),
    ...checkPrivacy(artifactsOf(doc.id, out), { baseUrl: BASE_URL }).map(formatViolation),
  ];
}

describe.each(["xss", "xml"] as const)("%s corpus", (corpus) => {
  const payloads = attacks(corpus);

  it(`has payloads (${payloads.length})`, () => expect(payloads.length).toBeGreaterThan(15));

  it.each(TEMPLATES)("in every text field of %s: every output stays well-formed and inert", async (name) => {
    const failures: string[] = [];
    for (const payload of payloads) {
      const parsed = Document.safeParse(inject(fixture(name), payload, "text") as DocumentInput);
      if (!parsed.success) {
        // A payload with nothing visible (only controls and noncharacters) is refused by the model.
        for (const issue of parsed.error.issues)
          if (!/has no visible character/.test(issue.message))
            failures.push(`${JSON.stringify(payload)} → ${issue.message}`);
        continue;
      }
      for (const problem of await problemsOf(parsed.data)) failures.push(`${JSON.stringify(payload)} → ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(["full-brief", "full-appeal"] as const)(
    "in every URL field of %s: rejected with a clear message, or accepted and inert",
    async (name) => {
      const failures: string[] = [];
      for (const payload of payloads) {
        const input = inject(fixture(name), payload, "url");
        const parsed = Document.safeParse(input);
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            if (
              !/links may only use https:, http: or mailto:|is not a link|is not a valid address|has no host name|is not a mailto: address/.test(
                issue.message,
              )
            )
              failures.push(`${JSON.stringify(payload)} rejected unclearly: ${issue.message}`);
          continue;
        }
        for (const problem of await problemsOf(parsed.data)) failures.push(`${JSON.stringify(payload)} → ${problem}`);
      }
      expect(failures).toEqual([]);
    },
  );
});

describe("header injection", () => {
  const payloads = attacks("header-injection");

  it("a title with CR/LF becomes a one-line Subject; the .eml has no extra headers", async () => {
    for (const payload of payloads) {
      const doc = Document.parse({ ...fixture("minimal"), title: payload });
      const email = await renderEmail(doc, { preset: "mailchimp" });
      expect(email.subject, payload).not.toMatch(/[\r\n\u2028\u0085]/);
      const eml = await buildEml(email, {
        from: "T <t@example.org>",
        to: "T <t@example.org>",
        date: "2021-02-28",
        messageId: "x@example.org",
      });
      const mail = await simpleParser(eml);
      expect(mail.headers.has("bcc"), payload).toBe(false);
      expect(
        [...mail.headers.keys()].filter(
          (k) => !["content-type", "date", "from", "message-id", "mime-version", "subject", "to"].includes(k),
        ),
      ).toEqual([]);
      expect(mail.html, payload).not.toContain("<h1>body injected</h1>");
    }
  });

  it("an address with CR/LF never adds a header to the .eml", async () => {
    const email = await renderEmail(fixture("minimal"), { preset: "mailchimp" });
    for (const payload of payloads.filter((p) => p.includes("@"))) {
      let eml: string;
      try {
        eml = await buildEml(email, { from: payload, to: payload, date: "2021-02-28", messageId: "x@example.org" });
      } catch (error) {
        expect((error as Error).message).toMatch(/^\[@belarusbrief\/email\]/);
        continue;
      }
      const mail = await simpleParser(eml);
      expect(mail.headers.has("bcc"), payload).toBe(false);
      expect(mail.to && "value" in mail.to ? mail.to.value.map((a) => a.address) : []).not.toContain(
        "victim@example.org",
      );
    }
  });
});

describe("image paths", () => {
  it.each(pathAttacks())("$expect $path", ({ path, expect: expected }) => {
    const result = Image.safeParse({ src: path, alt: "x" });
    if (expected === "accept") expect(result.success).toBe(true);
    else {
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        "must be a path relative to the document's folder, without ../, e.g. images/boston.jpg",
      );
    }
  });
});

describe("YAML bombs and oversized input", () => {
  it.each(attacks("yaml-bombs").map((text, i) => [i, text] as const))(
    "bomb %i fails fast with a clear error",
    (_, text) => {
      const started = performance.now();
      const result = loadDocument(text, "bomb.yaml");
      expect(performance.now() - started).toBeLessThan(2000);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors[0]?.message).toMatch(/^YAML: |alias|must be|expected|kind must be one of|unknown field/);
    },
  );

  it("refuses a file over maxBytes before parsing it", () => {
    // Every field within its own limit, the file as a whole over 1 MiB.
    const items = Array.from({ length: 12 }, () => ({ body: "x".repeat(90_000) }));
    const huge = stringify({ ...fixture("minimal"), sections: [{ items }] });
    const result = loadDocument(huge, "huge.yaml");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(
        /^file is \d+ bytes, more than the 1048576 allowed; split it into several documents$/,
      );
    expect(loadDocument(huge, "huge.yaml", { maxBytes: 4 * 1024 * 1024 }).ok).toBe(true);
  });
});
