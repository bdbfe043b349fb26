import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Brief, loadDocument } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { copyOfContent, runCli } from "./helpers.js";

function loadBrief(path: string): Brief {
  const result = loadDocument(readFileSync(path, "utf8"), path);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.document as Brief;
}

describe("belarusbrief new", () => {
  it("starts next month's brief with series and dates carried forward and the news emptied", () => {
    const dir = copyOfContent();
    const { code, stderr } = runCli(["new", "content"], { cwd: dir });
    expect(code, stderr).toBe(0);
    const path = join(dir, "content", "2021-03-brief.yaml");
    expect(stderr).toContain("created content/2021-03-brief.yaml");
    const text = readFileSync(path, "utf8");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../node_modules/@belarusbrief/core/schema/document.json",
    );
    const brief = loadBrief(path);
    const previous = loadBrief(join(dir, "content", "2021-02-brief.yaml"));
    expect(brief).toMatchObject({
      kind: "brief",
      id: "2021-03",
      period: "2021-03",
      date: "2021-03-31",
      title: previous.title,
    });
    expect(brief.lead).toBeUndefined();
    const all = (b: Brief) => b.sections ?? [];
    expect(all(brief).flatMap((s) => s.items ?? [])).toEqual([]);
    expect(all(brief).flatMap((s) => s.reports ?? [])).toEqual([]);
    const series = all(previous)
      .flatMap((s) => s.statistics ?? [])
      .filter((s) => s.series);
    expect(all(brief).flatMap((s) => s.statistics ?? [])).toEqual(series);
    expect(text).toMatch(/# carried forward from 2021-02-28: update value and asOf/);
    expect(
      all(brief)
        .flatMap((s) => s.events ?? [])
        .map((e) => [e.id, e.date]),
    ).toEqual([
      // The brief goes out on March 31: this March's dates will have passed, so the yearly ones
      // are carried to their next date.
      ["womens-day", "2022-03-08"],
      ["freedom-day", "2022-03-25"],
    ]);
    // Sections keep their headings; the untitled rally section, left empty, is dropped.
    expect(all(brief).map((s) => s.heading)).toEqual(all(previous).flatMap((s) => (s.heading ? [s.heading] : [])));
    const keys = text
      .split("\n")
      .filter((line) => /^[a-z]+:/.test(line))
      .map((line) => line.split(":")[0]);
    expect(keys).toEqual(["kind", "id", "locale", "title", "tagline", "period", "date", "sections"]);
    expect(runCli(["validate", "content/2021-03-brief.yaml"], { cwd: dir }).code).toBe(0);
  });

  it("leaves a brief that validate flags as unfinished until the numbers and news are in", () => {
    const dir = copyOfContent();
    expect(runCli(["new", "content"], { cwd: dir }).code).toBe(0);
    const file = "content/2021-03-brief.yaml";
    const text = readFileSync(join(dir, file), "utf8").split("\n");
    const { code, stderr } = runCli(["validate", file], { cwd: dir });
    expect(code, stderr).toBe(0);
    const warnings = stderr.split("\n").filter((line) => /\swarning\s/.test(line));
    const of = (rule: RegExp) => warnings.filter((line) => rule.test(line));
    // Each carried-forward number, where its asOf is written.
    const stale = of(/update the value and asOf, or remove it/);
    expect(stale).toHaveLength(3);
    for (const line of stale) {
      const [, row, column] = /^content\/2021-03-brief\.yaml:(\d+):(\d+)\s/.exec(line) ?? [];
      expect(text[Number(row) - 1]?.slice(Number(column) - 1)).toBe("2021-02-28");
      expect(line).toMatch(
        /sections\[1\]\.statistics\[\d\]\.asOf\s+statistic ".+" is as of 2021-02-28, before the month this brief covers \(2021-03\)/,
      );
    }
    // The emptied news section, at its heading.
    const [empty, ...more] = of(/has only a heading/);
    expect(more).toEqual([]);
    const [, row] = /:(\d+):\d+\s/.exec(empty ?? "") ?? [];
    expect(text[Number(row) - 1]).toMatch(/heading: international response$/);
    expect(empty).toMatch(/sections\[0\]\.heading\s+section "international response" has only a heading/);
    // Nothing it carries forward is already past or expired on the brief's date.
    expect(of(/past-event|is listed under upcoming dates|deadline/)).toEqual([]);
  });

  it("moves yearly dates to the new year", () => {
    const dir = copyOfContent();
    expect(runCli(["new", "content", "--month", "2026-04"], { cwd: dir }).code).toBe(0);
    const brief = loadBrief(join(dir, "content", "2026-04-brief.yaml"));
    expect((brief.sections ?? []).flatMap((s) => s.events ?? []).map((e) => [e.id, e.date])).toEqual([
      ["womens-day", "2027-03-08"],
      ["freedom-day", "2027-03-25"],
    ]);
  });

  it("never overwrites a file", () => {
    const dir = copyOfContent();
    const path = join(dir, "content", "2021-03-brief.yaml");
    writeFileSync(path, "# my draft\n");
    const { code, stderr } = runCli(["new", "content"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/2021-03-brief\.yaml already exists/);
    expect(readFileSync(path, "utf8")).toBe("# my draft\n");
  });

  it("names a month that does not exist, and the form for one that is miswritten", () => {
    const dir = copyOfContent();
    const thirteen = runCli(["new", "content", "--month", "2021-13"], { cwd: dir });
    expect(thirteen.code).toBe(2);
    expect(thirteen.stderr).toMatch(/there is no month 13; months go from 01 \(January\) to 12 \(December\)/);
    expect(thirteen.stderr).toMatch(/e\.g\. 2021-03 for March 2021/);
    const short = runCli(["new", "content", "--month", "2021-3"], { cwd: dir });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/--month "2021-3" must be written as YYYY-MM, e\.g\. 2021-03/);
    expect(existsSync(join(dir, "content", "2021-13-brief.yaml"))).toBe(false);
  });
});
