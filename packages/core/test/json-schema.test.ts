import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { documentJsonSchema } from "../src/index.js";

const committed = JSON.parse(readFileSync(new URL("../schema/document.json", import.meta.url), "utf8"));

describe("the JSON Schema for editors", () => {
  it("is up to date with the zod schemas (npm run build writes it)", () => {
    expect(committed).toEqual(documentJsonSchema());
  });

  it("accepts a valid document and flags what the loader flags", () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(committed);
    const doc = parse("kind: brief\nid: 2021-02\nlocale: en\ntitle: T\nperiod: 2021-02\ndate: 2021-02-28\n");
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...doc, titel: "x" })).toBe(false);
    expect(validate({ ...doc, locale: "by" })).toBe(false);
    expect(validate({ ...doc, kind: "newsletter" })).toBe(false);
    const linked = (url: string) => validate({ ...doc, links: [{ title: "T", url }] });
    expect(
      ["https://x.example/", "HTTP://x.example/", "mailto:a@x.example", "/briefs/2021-02/", "#", ""].map(linked),
    ).toEqual([true, true, true, true, true, true]);
    expect(["www.congress.gov", "//x.example/", "../up", "javascript:alert(1)"].map(linked)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("describes fields for completion", () => {
    const brief = (committed as { $defs: Record<string, { properties: Record<string, { description?: string }> }> })
      .$defs.Brief;
    expect(brief?.properties.period?.description).toMatch(/Month the brief covers/);
  });
});
