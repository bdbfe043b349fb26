import { readFileSync } from "node:fs";

const ATTACKS = new URL("../attacks/", import.meta.url);

/** The attack corpora in `packages/testkit/attacks/`, one payload per line. */
export const ATTACK_FILES = ["xss", "xml", "header-injection", "paths", "yaml-bombs"] as const;
export type AttackFile = (typeof ATTACK_FILES)[number];

/**
 * The payloads of one corpus: one per line, `#` lines and empty lines skipped, and the escapes
 * `\r`, `\n`, `\t`, `\\` and `\uXXXX` decoded, so control characters can be written visibly.
 */
export function attacks(name: AttackFile): string[] {
  return readFileSync(new URL(`${name}.txt`, ATTACKS), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map(decode);
}

/** Image paths with whether the model must `reject` or may `accept` them (inert: nothing reads images yet). */
export function pathAttacks(): { path: string; expect: "reject" | "accept" }[] {
  return attacks("paths").map((line) => {
    const [expect, ...rest] = line.split(" ");
    if (expect !== "reject" && expect !== "accept")
      throw new Error(`paths.txt: "${line}" must start with reject or accept`);
    return { expect, path: rest.join(" ") };
  });
}

function decode(line: string): string {
  return line.replace(/\\(u[0-9a-fA-F]{4}|[rnt\\])/g, (_, code: string) => {
    if (code === "r") return "\r";
    if (code === "n") return "\n";
    if (code === "t") return "\t";
    if (code === "\\") return "\\";
    return String.fromCharCode(Number.parseInt(code.slice(1), 16));
  });
}
