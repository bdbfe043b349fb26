import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasTool } from "@belarusbrief/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { renderEmail } from "../src/index.js";
import { allDocuments, render } from "./documents.js";

const jar = join(createRequire(import.meta.url).resolve("vnu-jar"), "..", "build", "dist", "vnu.jar");
const filter = new URL("vnu-email.filter", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "email-vnu-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(hasTool("java", ["-version"]))("Nu HTML Checker", () => {
  it("finds no errors in any fixture or seed email, apart from the commented email-specific filter", () => {
    const files: string[] = [];
    for (const [name, doc] of allDocuments()) {
      const path = join(dir, `${name}.html`);
      writeFileSync(path, render(doc).html);
      files.push(path);
    }
    // Every preset's merge tags, and real addresses with preset none.
    for (const preset of ["buttondown", "listmonk", "brevo"] as const) {
      const path = join(dir, `preset-${preset}.html`);
      writeFileSync(path, renderEmail(allDocuments()[1]![1], { preset }).html);
      files.push(path);
    }
    const result = spawnSync("java", ["-jar", jar, "--format", "json", "--filterfile", filter, ...files], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    const messages = (JSON.parse(result.stderr || "{}").messages ?? []) as {
      type: string;
      url: string;
      message: string;
      firstLine?: number;
    }[];
    const errors = messages.filter((m) => m.type === "error" || m.type === "non-document-error");
    expect(errors.map((m) => `${m.url.split("/").pop()}:${m.firstLine} ${m.message}`)).toEqual([]);
    expect(result.status).toBe(0);
  }, 60_000);

  it("still reports errors the filter does not cover (the filter is not a blanket)", () => {
    const path = join(dir, "broken.html");
    writeFileSync(
      path,
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><table width="100%" style="mso-hide:all"><tr><td><a href="*|UNSUB|*">u</a><p><div>x</div></p></td></tr></table></body></html>',
    );
    const result = spawnSync("java", ["-jar", jar, "--format", "json", "--filterfile", filter, path], {
      encoding: "utf8",
    });
    const errors = (JSON.parse(result.stderr).messages as { type: string; message: string }[]).filter(
      (m) => m.type === "error",
    );
    expect(errors.some((m) => /No “p” element in scope/.test(m.message))).toBe(true);
    expect(errors.some((m) => /mso-hide|UNSUB|obsolete/.test(m.message))).toBe(false);
  }, 30_000);
});
