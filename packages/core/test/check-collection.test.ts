import { describe, expect, it } from "vitest";
import { checkCollection, loadDocument } from "../src/index.js";

const doc = (file: string, id: string, extra = "") =>
  loadDocument(`kind: news-item\nid: ${id}\nlocale: en\ntitle: T\ndate: 2030-01-01\nbody: B\n${extra}`, file);

describe("checkCollection", () => {
  it("accepts a translation of a document that exists", () => {
    expect(checkCollection([doc("a.yaml", "a"), doc("b.yaml", "a-be", "translationOf: a\n")])).toEqual([]);
  });

  it("reports a second document with the same id, at its id", () => {
    expect(checkCollection([doc("a.yaml", "a"), doc("b.yaml", "a")])).toEqual([
      {
        severity: "error",
        file: "b.yaml",
        line: 2,
        column: 5,
        path: "id",
        message: 'id "a" is already used by a.yaml; every document needs its own id',
      },
    ]);
  });

  it("reports a translation of a missing document, or of itself", () => {
    const problems = checkCollection([
      doc("a.yaml", "a", "translationOf: nope\n"),
      doc("b.yaml", "b", "translationOf: b\n"),
    ]);
    expect(problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ["a.yaml", 7, "translationOf", 'no document has the id "nope"; give the id of the document this one translates'],
      ["b.yaml", 7, "translationOf", "a document cannot be a translation of itself"],
    ]);
  });
});
