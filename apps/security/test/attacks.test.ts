import { Document, type DocumentInput, Image, loadDocument } from "@belarusbrief/core";
import { renderEmail } from "@belarusbrief/email";
import { attacks, fixture, pathAttacks, renderWith } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { renderAll, resolveFor, SITE, TEXT_ADAPTERS } from "./adapters.js";
import { contentOf, only } from "./artifacts.js";
import { parseMail } from "./checks.js";
import { artifactProblems, privacyProblems } from "./problems.js";

const TEMPLATES = ["full-brief", "full-press-release", "full-statement", "full-appeal", "full-news-item"] as const;
const URL_KEYS = new Set(["url", "online"]);
// Fields that are not free text: identifiers, enumerations, dates, image paths.
const FIXED_KEYS = new Set(
  "kind id series locale qualifier recurs date endDate asOf deadline period time endTime timeZone src anonymous value country postcode".split(
    " ",
  ),
);
// What the loader says of a payload it refuses, each at the payload's line and column.
const CLEAR_TEXT_ERROR =
  /has no visible character|must not be empty|give a name or a description|links may only use https:, http: or mailto:|is not a link|is not a valid address|has no host name|is not a mailto: address|is not a language BelarusBrief publishes in/;

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

/** Renders every text adapter and returns every problem: format, allow-lists, cleaner, and remote resources. */
async function problemsOf(doc: Document): Promise<string[]> {
  const resolved = resolveFor(doc);
  const artifacts = await renderAll(resolved);
  const problems = await Promise.all(artifacts.map((a) => artifactProblems(a, resolved)));
  return [...problems.flat(), ...privacyProblems(artifacts)];
}

/**
 * How the loader takes `input` written as YAML, as a build reads it: refused with clear errors at
 * a line and column, or accepted with the same view as the document built in code (so everything
 * the code path's outputs are checked for holds for the file too). Empty when so.
 */
function yamlPathProblems(input: unknown, code: Document | undefined): string[] {
  const loaded = loadDocument(stringify(input), "attack.yaml");
  if (!loaded.ok)
    return loaded.errors
      .filter((e) => !CLEAR_TEXT_ERROR.test(e.message) || !(e.line >= 1 && e.column >= 1))
      .map((e) => `the loader refuses it unclearly: ${e.line}:${e.column} ${e.message}`);
  if (!code) return ["the loader accepts what the schema refuses"];
  const fromFile = resolveFor(loaded.document, loaded.text);
  return JSON.stringify(fromFile) === JSON.stringify(resolveFor(code))
    ? []
    : ["the file resolves to another view than the document built in code"];
}

describe.each(["xss", "xml"] as const)("%s corpus", (corpus) => {
  const payloads = attacks(corpus);

  it(`has payloads (${payloads.length})`, () => expect(payloads.length).toBeGreaterThan(15));

  it.each(TEMPLATES)(
    "in every text field of %s: every output stays well-formed, clean and inert; the file is refused clearly or means the same",
    async (name) => {
      const failures: string[] = [];
      for (const payload of payloads) {
        const input = inject(fixture(name), payload, "text");
        const parsed = Document.safeParse(input as DocumentInput);
        for (const problem of yamlPathProblems(input, parsed.success ? parsed.data : undefined))
          failures.push(`${JSON.stringify(payload)} (YAML) → ${problem}`);
        if (!parsed.success) {
          // A payload with nothing visible (only controls and noncharacters) is refused by the model.
          for (const issue of parsed.error.issues)
            if (!/has no visible character/.test(issue.message))
              failures.push(`${JSON.stringify(payload)} → ${issue.message}`);
          continue;
        }
        // Built in code, a Markdown field may hold a javascript: link the loader would refuse: no output may link it.
        for (const problem of await problemsOf(parsed.data)) failures.push(`${JSON.stringify(payload)} → ${problem}`);
      }
      expect(failures).toEqual([]);
    },
    300_000,
  );

  it.each(["full-brief", "full-appeal"] as const)(
    "in every URL field of %s: rejected with a clear message, or accepted and inert",
    async (name) => {
      const failures: string[] = [];
      for (const payload of payloads) {
        const input = inject(fixture(name), payload, "url");
        const parsed = Document.safeParse(input);
        for (const problem of yamlPathProblems(input, parsed.success ? parsed.data : undefined))
          failures.push(`${JSON.stringify(payload)} (YAML) → ${problem}`);
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            if (!CLEAR_TEXT_ERROR.test(issue.message))
              failures.push(`${JSON.stringify(payload)} rejected unclearly: ${issue.message}`);
          continue;
        }
        for (const problem of await problemsOf(parsed.data)) failures.push(`${JSON.stringify(payload)} → ${problem}`);
      }
      expect(failures).toEqual([]);
    },
    300_000,
  );
});

describe("header injection", () => {
  const payloads = attacks("header-injection");
  const email = TEXT_ADAPTERS.email;
  const HEADERS = ["content-type", "date", "from", "message-id", "mime-version", "subject", "to"];

  it("a title with CR/LF becomes a one-line Subject; the .eml has no extra headers", async () => {
    for (const payload of payloads) {
      const doc = resolveFor(Document.parse({ ...fixture("minimal"), title: payload }));
      expect(renderEmail(doc).subject, payload).not.toMatch(/[\r\n\u2028\u0085]/);
      const { artifacts } = await renderWith(email, [doc], { site: SITE });
      const mail = await parseMail(contentOf(only(artifacts, "email-message", doc.id)));
      // A title that is an encoded word is shown as written, not decoded.
      expect(mail.subject, payload).not.toMatch(/[\r\n\u2028\u0085]/);
      expect(mail.subject, payload).toBe(renderEmail(doc).subject);
      expect(
        [...mail.headers.keys()].filter((k) => !HEADERS.includes(k)),
        payload,
      ).toEqual([]);
      expect(mail.html, payload).not.toContain("<h1>body injected</h1>");
    }
  });

  it("the site's title with CR/LF (the sender's name) never adds a header", async () => {
    const doc = resolveFor(fixture("minimal"));
    for (const payload of payloads) {
      const site = { ...SITE, title: payload };
      const { artifacts } = await renderWith(email, [doc], { site });
      const mail = await parseMail(contentOf(only(artifacts, "email-message", doc.id)));
      expect(
        [...mail.headers.keys()].filter((k) => !HEADERS.includes(k)),
        payload,
      ).toEqual([]);
      expect(mail.to && "value" in mail.to ? mail.to.value.map((a) => a.address) : [], payload).not.toContain(
        "victim@example.org",
      );
    }
  });

  it("a from or to address with CR/LF is refused by the options schema, or adds no header", async () => {
    const doc = resolveFor(fixture("minimal"));
    for (const payload of payloads.filter((p) => p.includes("@"))) {
      for (const key of ["from", "to"] as const) {
        let eml: string;
        try {
          const { artifacts } = await renderWith(email, [doc], { site: SITE, options: { [key]: payload } });
          eml = contentOf(only(artifacts, "email-message", doc.id));
        } catch (error) {
          // Errors about the options are the schema's (zod) issues at the option, phrased as the fix.
          const { name, issues = [] } = error as { name?: string; issues?: { path: string[]; message: string }[] };
          expect(name, payload).toBe("ZodError");
          expect(issues.map((i) => i.path.join("."))).toEqual([key]);
          expect(issues[0]?.message).toMatch(/^must be one address such as /);
          continue;
        }
        const mail = await parseMail(eml);
        expect(
          [...mail.headers.keys()].filter((k) => !HEADERS.includes(k)),
          payload,
        ).toEqual([]);
        expect(mail.to && "value" in mail.to ? mail.to.value.map((a) => a.address) : []).not.toContain(
          "victim@example.org",
        );
      }
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
