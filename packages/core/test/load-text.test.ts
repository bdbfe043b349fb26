import { describe, expect, it } from "vitest";
import { Document, formatPath, Markdown, markdownFields, oneLine, Title, titleFields } from "../src/index.js";
import { BRIEF_HEAD, errorsOf, load } from "./helpers.js";

const brief = (...rest: string[]) => load(...BRIEF_HEAD, "date: 2021-02-28", ...rest);

describe("Markdown fields are parsed at load, their links checked where they are written", () => {
  it.each([
    ["a plain scalar", ["intro: Read [this](javascript:alert(1)) now"], 7, 13],
    ["a double-quoted scalar", ['intro: "Read [this](javascript:alert(1)) now"'], 7, 14],
    ["a literal block", ["intro: |", "  First line.", "  Then [this](vbscript:x) link."], 9, 8],
    ["a folded block", ["intro: >", "  First line", "  then [this](data:text/html,x) link."], 9, 8],
    ["a character reference", ["intro: Read [x](java&#115;cript:alert(1))"], 7, 13],
  ])("an unsafe link in %s is an error at the link", (_, lines, line, column) => {
    const [error] = errorsOf(brief(...lines));
    expect(error).toMatchObject({
      line,
      column,
      path: "intro",
      message: expect.stringMatching(/links may only use https:, http: or mailto:/),
    });
  });

  it("finds the link inside a nested field", () => {
    const result = brief("sections:", "  - items:", "      - body: 'Hello [x](javascript:y)'");
    expect(errorsOf(result)[0]).toMatchObject({ line: 9, column: 22, path: "sections[0].items[0].body" });
  });

  it("warns about a placeholder link in text like one in a url field", () => {
    const result = brief("intro: See [the report](#) for more.");
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 7, column: 12, path: "intro", rule: "placeholder-link", severity: "warning" }),
    ]);
  });

  it("reports an unknown language in a span at its {lang=…}, with the language it likely means", () => {
    const result = brief("sections:", "  - items:", "      - body: Rally in [Homiel]{lang=be-latn} today");
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        line: 9,
        column: 32,
        path: "sections[0].items[0].body",
        message: expect.stringContaining('(did you mean "be-Latn"?)'),
      }),
    ]);
  });

  it("reports an unknown language in a title's span at its {lang=…}, as in a Markdown field", () => {
    const result = brief(
      "sections:",
      '  - heading: "Marking [Дзень Волі]{lang=bee} in Chicago"',
      "    actions:",
      "      - { kind: share, title: '*Share* [Жыве]{lang=ru}, [Homiel]{lang=be-latn}' }",
    );
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({
        line: 8,
        column: 35,
        path: "sections[0].heading",
        message:
          'in {lang=bee}, "bee" is not a language BelarusBrief publishes in; write one of en, be, be-tarask, be-Latn, ru (did you mean "be"?)',
      }),
      expect.objectContaining({
        line: 10,
        column: 65,
        path: "sections[0].actions[0].title",
        message: expect.stringContaining('(did you mean "be-Latn"?)'),
      }),
    ]);
  });

  it("returns every Markdown field parsed, by path", () => {
    const result = brief(
      "intro: '**Hi** there'",
      "sections:",
      "  - intro: Section intro",
      "    items:",
      "      - body: Item",
    );
    if (!result.ok) throw new Error("expected a valid document");
    expect([...result.text.keys()]).toEqual(["intro", "sections[0].intro", "sections[0].items[0].body"]);
    expect(oneLine(result.text.get("intro") ?? [])).toBe("Hi there");
  });
});

describe("text is cleaned at load", () => {
  it("removes control and text-direction characters and warns where they were", () => {
    const result = load(...BRIEF_HEAD, "date: 2021-02-28", 'tagline: "evil \\u202Eexe.pdf\\u0007"');
    if (!result.ok) throw new Error("expected a valid document");
    expect(result.document.kind === "brief" && result.document.tagline).toBe("evil exe.pdf");
    expect(result.warnings).toEqual([
      expect.objectContaining({
        line: 7,
        column: 10,
        path: "tagline",
        rule: "invisible-character",
        message: expect.stringMatching(/^the invisible characters U\+202E, U\+0007 .* are left out of every output/),
      }),
    ]);
  });

  it("cleans character references in Markdown fields too", () => {
    const result = brief("intro: 'a &#x202E;b'");
    if (!result.ok) throw new Error("expected a valid document");
    expect(oneLine(result.text.get("intro") ?? [])).toBe("a b");
  });
});

describe("markdownFields", () => {
  it("lists exactly the fields the schema declares as Markdown", async () => {
    const { fixtures } = await import("../../testkit/src/fixtures.js");
    for (const [name, doc] of Object.entries(fixtures())) {
      const listed = markdownFields(doc)
        .map((f) => formatPath(f.path))
        .sort();
      expect(listed, name).toEqual(pathsBySchema(doc, Markdown).sort());
    }
  });
});

// Walks the zod schema beside the value: every string whose schema is `field` (Markdown, Title),
// also when a description is added to it (`.meta()` keeps the definition).
function pathsBySchema(doc: Document, field: unknown): string[] {
  const wanted = (field as Zod)._zod.def;
  const out: string[] = [];
  const visit = (schema: Zod, value: unknown, path: (string | number)[]) => {
    const def = schema._zod.def;
    if (def === wanted) {
      if (typeof value === "string") out.push(formatPath(path));
      return;
    }
    if (value === undefined) return;
    switch (def.type) {
      case "optional":
      case "default":
      case "nullable":
        return visit(def.innerType as Zod, value, path);
      case "pipe":
        return visit(def.in as Zod, value, path);
      case "array":
        (value as unknown[]).forEach((v, i) => {
          visit(def.element as Zod, v, [...path, i]);
        });
        return;
      case "object":
        for (const [key, child] of Object.entries(def.shape as Record<string, Zod>))
          visit(child, (value as Record<string, unknown>)[key], [...path, key]);
        return;
      case "union": {
        const option = (def.options as Zod[]).find((o) => o.safeParse(value).success);
        if (option) visit(option, value, path);
        return;
      }
    }
  };
  visit(Document as unknown as Zod, doc, []);
  return out;
}

interface Zod {
  _zod: { def: Record<string, unknown> & { type: string } };
  safeParse(value: unknown): { success: boolean };
}

describe("titleFields", () => {
  it("lists exactly the fields the schema declares as titles", async () => {
    const { fixtures } = await import("../../testkit/src/fixtures.js");
    for (const [name, doc] of Object.entries(fixtures())) {
      const listed = titleFields(doc)
        .map((f) => formatPath(f.path))
        .sort();
      expect(listed, name).toEqual(pathsBySchema(doc, Title).sort());
    }
  });
});
