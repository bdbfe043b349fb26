import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { htmlAddresses, markdownParagraphLines } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

// An illustrative prisoner and street: "Прыклад" means "example".
const ADDRESS = [
  "        addresses:",
  "          - name: Прыкладаў Пётр Пятровіч, 1980 г. н.",
  "            institution: ПК-17",
  "            street: вул. Прыкладная, 1",
  '            postcode: "213004"',
  "            town: г. Шклоў",
  "            region: Магілёўская вобл.",
  "            country: BY",
  "            locale: be",
];

const LINES = [
  "Прыкладаў Пётр Пятровіч, 1980 г. н.",
  "ПК-17",
  "вул. Прыкладная, 1",
  "213004, г. Шклоў",
  "Магілёўская вобл.",
  "БЕЛАРУСЬ / BELARUS",
];

/** A folder `letters` holding one brief per entry, named by it, whose write action ends with its `address` lines. */
function letterFolder(briefs: Record<string, string[]>): string {
  const dir = tempDir();
  mkdirSync(join(dir, "letters"));
  writeFileSync(join(dir, "letters", "belarusbrief.json"), JSON.stringify({ baseUrl: "https://example.org/" }));
  for (const [name, address] of Object.entries(briefs)) {
    writeFileSync(join(dir, "letters", `${name}.yaml`), `${briefWith(name, address).join("\n")}\n`);
  }
  return dir;
}

function briefWith(id: string, address: string[]): string[] {
  return [
    "kind: brief",
    `id: ${id}`,
    "locale: en",
    "title: Letters",
    "period: 2030-02",
    "date: 2030-02-10",
    "sections:",
    "  - heading: how to help",
    "    actions:",
    "      - kind: write",
    "        title: Write to political prisoners",
    ...address,
  ];
}

describe("a postal address through the CLI", () => {
  it("is built into the Markdown, the email and the feeds, line by line, in its language", () => {
    const dir = letterFolder({ "2030-02": ADDRESS });
    const { code, stderr } = runCli(["build", "letters", "--out", "out", "--only", "markdown,email,feeds"], {
      cwd: dir,
    });
    expect(code, stderr).toBe(0);
    const read = (path: string) => readFileSync(join(dir, "out", path), "utf8");
    expect(markdownParagraphLines(read("markdown/2030-02.md"))).toContainEqual(["Postal address:", ...LINES]);
    expect(htmlAddresses(read("email/2030-02.html"))).toEqual([{ lang: "be", lines: LINES }]);
    expect(read("email/2030-02.txt")).toContain(`Postal address:\n\n${LINES.map((l) => `    ${l}`).join("\n")}\n`);
    const feed = JSON.parse(read("feeds/publications.en.feed.json"));
    expect(htmlAddresses(feed.items[0].content_html)).toEqual([{ lang: "be", lines: LINES }]);
  });

  it("stops validate at a malformed address, naming the file, line, column and field", () => {
    const dir = letterFolder({
      "no-street": ADDRESS.filter((line) => !line.includes("street:")),
      "short-postcode": ADDRESS.map((line) => (line.includes("postcode:") ? '            postcode: "2130"' : line)),
    });
    const { code, stderr } = runCli(["validate", "letters"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^letters\/no-street\.yaml:13:13 {2}error {2}sections\[0\]\.actions\[0\]\.addresses\[0\]\.street {2}is required but missing$/m,
    );
    expect(stderr).toMatch(
      /^letters\/short-postcode\.yaml:16:23 {2}error {2}sections\[0\]\.actions\[0\]\.addresses\[0\]\.postcode {2}"2130" is not a postcode of Belarus: write its 6 digits, e\.g\. "213004"$/m,
    );
  });
});
