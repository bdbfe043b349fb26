import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "./helpers.js";

/**
 * The README's "An editor's month" quotes what the commands print. Each quoted terminal session
 * (a fenced block whose first line is `$ npx belarusbrief …`) is run here, in order, in a copy of
 * the repository's content, and must print exactly the lines quoted; a line `…` stands for lines
 * left out.
 */
const README = readFileSync(join(REPO, "README.md"), "utf8");

interface Session {
  args: string[];
  expected: string[];
}

function walkthroughSessions(markdown: string): Session[] {
  const start = markdown.indexOf("## An editor's month");
  const end = markdown.indexOf("\n## ", start + 1);
  const section = markdown.slice(start, end);
  const sessions: Session[] = [];
  for (const match of section.matchAll(/^( *)```\n([\s\S]*?)^\1```$/gm)) {
    const indent = match[1]?.length ?? 0;
    const lines = (match[2] ?? "").split("\n").map((line) => line.slice(indent));
    if (lines.at(-1) === "") lines.pop();
    const command = lines[0]?.match(/^\$ npx belarusbrief (.+)$/);
    if (!command?.[1]) continue;
    sessions.push({ args: command[1].split(" "), expected: lines.slice(1) });
  }
  return sessions;
}

/** Where `expected` (with `…` for left-out lines) differs from `actual`, or undefined. */
function mismatch(expected: readonly string[], actual: readonly string[]): string | undefined {
  let at = 0;
  let gap = false;
  for (const line of expected) {
    if (line === "…") {
      gap = true;
      continue;
    }
    const found = gap ? actual.indexOf(line, at) : actual[at] === line ? at : -1;
    if (found < 0) return `README line not printed${gap ? "" : ` at line ${at + 1}`}: ${line}`;
    at = found + 1;
    gap = false;
  }
  if (!gap && at < actual.length) return `printed but not in the README: ${actual[at]}`;
  return undefined;
}

describe("README: an editor's month", () => {
  const sessions = walkthroughSessions(README);

  it("quotes the import, new and validate sessions", () => {
    expect(sessions.map((s) => s.args[0])).toEqual(["import", "new", "validate"]);
  });

  it("matches what each command prints, run in order on the bundled content", () => {
    const dir = tempDir();
    for (const folder of ["content", "seeds"])
      cpSync(join(REPO, "apps/newsletter", folder), join(dir, "apps/newsletter", folder), { recursive: true });
    for (const session of sessions) {
      const result = runCli(session.args, { cwd: dir });
      const printed = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line !== "");
      expect(mismatch(session.expected, printed), `npx belarusbrief ${session.args.join(" ")}`).toBeUndefined();
    }
  });

  it("notices a line the command does not print, and one the README leaves out", () => {
    expect(mismatch(["a", "b"], ["a", "b"])).toBeUndefined();
    expect(mismatch(["a", "…", "c"], ["a", "b", "c"])).toBeUndefined();
    expect(mismatch(["a", "c"], ["a", "b", "c"])).toMatch(/not printed/);
    expect(mismatch(["a"], ["a", "b"])).toMatch(/not in the README/);
  });
});
