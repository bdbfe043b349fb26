import { PassThrough } from "node:stream";
import type { Problem } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { printWarningSummary } from "../src/report.js";

const warning = (file: string, rule: string | undefined, message = "…"): Problem => ({
  severity: "warning",
  file,
  line: 1,
  column: 1,
  path: "x",
  message,
  ...(rule ? { rule } : {}),
});

function printed(problems: Problem[]): string {
  const stream = new PassThrough();
  let out = "";
  stream.on("data", (chunk) => {
    out += chunk;
  });
  printWarningSummary(problems, stream as unknown as NodeJS.WriteStream);
  return out;
}

describe("printWarningSummary", () => {
  it("counts the content warnings by kind and document, and says how to list them", () => {
    const out = printed([
      warning("a.yaml", "placeholder-link"),
      warning("a.yaml", "placeholder-link"),
      warning("b.yaml", "placeholder-link"),
      warning("b.yaml", "missing-source"),
      warning("c.yaml", "new-rule"),
    ]);
    expect(out).toBe(
      [
        "5 warnings in the content (run `belarusbrief validate` to list them):",
        "  3 placeholder links in 2 documents",
        "  1 claim without a source in 1 document",
        "  1 new-rule warning in 1 document",
        "",
      ].join("\n"),
    );
  });

  it("names the warnings of an unfinished brief in words", () => {
    const out = printed([
      warning("a.yaml", "stale-statistic"),
      warning("a.yaml", "stale-statistic"),
      warning("a.yaml", "empty-section"),
      warning("b.yaml", "past-event"),
    ]);
    expect(out.split("\n").slice(1)).toEqual([
      "  2 numbers not updated since an earlier month in 1 document",
      "  1 empty section in 1 document",
      "  1 past date listed as upcoming in 1 document",
      "",
    ]);
  });

  it("prints in full the warnings that validate does not list", () => {
    const out = printed([warning("belarusbrief.json", undefined, "set your site's address in baseUrl")]);
    expect(out).toBe("belarusbrief.json:1:1  warning  x  set your site's address in baseUrl\n");
  });

  it("prints nothing without warnings", () => {
    expect(printed([])).toBe("");
  });
});
