import { describe, expect, it } from "vitest";
import { errorsOf, load } from "./helpers.js";

const only = (...lines: string[]) => errorsOf(load(...lines)).map((e) => [e.line, e.column, e.message]);

describe("YAML mistakes in plain words, one per mistake, where they are", () => {
  it("says a tab cannot indent, once per line that has one", () => {
    expect(only("kind: brief", "sections:", "\t- heading: x", "\t  items: []")).toEqual([
      [3, 1, "YAML can't indent with tabs: replace the tab at 3:1 with spaces"],
      [4, 1, "YAML can't indent with tabs: replace the tab at 4:1 with spaces"],
    ]);
  });

  it("points at an alias inside the part it names, instead of looping forever", () => {
    expect(only("kind: brief", "sections: &s", "  - heading: x", "    items: *s")).toEqual([
      [4, 12, "the alias *s is inside the part it names (&s), so it never ends; write that part out instead"],
    ]);
    // An alias to a part elsewhere is fine.
    expect(only("kind: brief", "x: &s [1]", "y: *s").some(([, , m]) => String(m).includes("alias"))).toBe(false);
  });

  it("says how far to indent a field that is two spaces short", () => {
    const errors = only(
      "kind: brief",
      "sections:",
      "  - heading: international response",
      "    items:",
      "      - lead: U.S. Department of State",
      '        body: "imposed visa restrictions"',
      '      sources: [{ name: State.gov, url: "#" }]',
    );
    expect(errors).toEqual([
      [
        7,
        7,
        "YAML: `sources:` is indented by 6 spaces, but the fields it belongs with start at column 9, like `body:` on line 6; indent it by 8 spaces",
      ],
    ]);
  });

  it("asks for quotes around text that starts with * and shows the fix", () => {
    expect(only("kind: brief", "body: **Call your senator** today")).toEqual([
      [2, 7, 'text that starts with `*` must be in quotes: body: "**Call your senator** today"'],
    ]);
  });

  it("asks for quotes around a title that starts with a language span, and not about the fields after it", () => {
    expect(
      only(
        "kind: brief",
        "title: [Дзень Волі]{lang=be} in Chicago",
        "id: x",
        "sections:",
        "  - heading: [Мінск]{lang=be}",
      ),
    ).toEqual([
      [
        2,
        8,
        'text that starts with a language span `[…]{lang=…}` must be in quotes: title: "[Дзень Волі]{lang=be} in Chicago"',
      ],
      [5, 14, 'text that starts with a language span `[…]{lang=…}` must be in quotes: heading: "[Мінск]{lang=be}"'],
    ]);
  });

  it("asks for quotes around text that contains ': '", () => {
    expect(only("kind: brief", "description: Note: bring flags")).toEqual([
      [2, 14, 'text that contains `: ` must be in quotes: description: "Note: bring flags"'],
    ]);
  });

  it("points at a bracket that is never closed, not at the end of the file", () => {
    expect(only("this: [is: not valid yaml")).toEqual([
      [1, 7, "YAML: the list opened with [ here is never closed with ]; close it, or put the whole text in quotes"],
    ]);
  });

  it("points at the opening quotation mark of unclosed text and says nothing of quotes otherwise", () => {
    expect(only("kind: brief", 'title: "BelarusBrief', "id: x")).toEqual([
      [2, 8, "YAML: the quotation mark opened here is never closed; close it at the end of the text"],
    ]);
    for (const [, , message] of only("a:", "  - { b: 1 }", "  - c: 2", "- d")) expect(message).not.toMatch(/quotation/);
  });
});
