import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT, runCli, tempDir, traced } from "./helpers.js";

const DOCUMENT = "2021-08-09-a-year-of-reprisals.yaml";
const SETTINGS = '{ "baseUrl": "https://belarus.example.org/" }\n';

/** A folder with one document of the bundled content, its second statistic's measure replaced by `measure`. */
function withMeasure(measure: string): { dir: string; line: number; column: number } {
  const dir = tempDir();
  mkdirSync(join(dir, "content"));
  writeFileSync(join(dir, "content", "belarusbrief.json"), SETTINGS);
  const original = readFileSync(join(CONTENT, DOCUMENT), "utf8");
  const written = "measure: civil society organizations closed in July";
  expect(original).toContain(written);
  const text = original.replace(written, `measure: ${measure}`);
  writeFileSync(join(dir, "content", DOCUMENT), text);
  const before = text.slice(0, text.indexOf(`measure: ${measure}`)).split("\n");
  return { dir, line: before.length, column: (before.at(-1)?.length ?? 0) + "measure: ".length + 1 };
}

const TOO_LONG = "civil society organizations, independent media outlets and trade unions closed ".repeat(3).trim();

describe("validate: card texts that cannot fit", () => {
  it("reports the field at file:line:column, as build does, and exits non-zero", () => {
    const { dir, line, column } = withMeasure(TOO_LONG);
    const where = `content/${DOCUMENT}:${line}:${column}  error  sections[0].statistics[1].measure  `;
    const validate = runCli(["validate", "content"], { cwd: dir });
    expect(validate.code).toBe(1);
    const reported = validate.stderr.split("\n").find((l) => l.startsWith(where));
    expect(reported).toMatch(/is \d+ characters? too long for the og card; shorten it to about \d+ characters$/);
    expect(validate.stderr).toMatch(/1 file checked: 1 error, 0 warnings/);
    const build = runCli(["build", "content", "--only", "cards", "--out", "out"], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr.split("\n")).toContain(reported);
  });

  it("passes a measure that fits, and the build draws it", () => {
    const { dir } = withMeasure("civil society organizations and independent media outlets closed in July");
    expect(runCli(["validate", "content"], { cwd: dir }).code).toBe(0);
    expect(runCli(["build", "content", "--only", "cards", "--out", "out"], { cwd: dir }).code).toBe(0);
  });

  it("lays the cards out without loading satori or resvg", () => {
    const { dir } = withMeasure(TOO_LONG);
    const validate = traced(dir, ["validate", "content"]);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain("too long for the og card");
    expect(validate.images).toEqual([]);
    // The same tracer sees them in a build, so an empty list above is not a blind tracer.
    const build = traced(dir, ["build", "content", "--only", "cards", "--out", "out"]);
    expect(build.images.length).toBeGreaterThan(0);
  });
});
