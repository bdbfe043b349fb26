import { readFileSync, writeFileSync } from "node:fs";
import { caniemail } from "caniemail";
import { describe, expect, it } from "vitest";
import { allDocuments, render } from "./documents.js";

const BASELINE = new URL("caniemail-baseline.json", import.meta.url);

/**
 * Each client's features our emails use that caniemail marks unsupported or partial, as
 * "support: feature". The reviewed list is committed; a feature missing from it fails.
 * Regenerate after a reviewed change with UPDATE_CANIEMAIL=1.
 */
function usedUnsupported(): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const [, doc] of allDocuments()) {
    const { html } = render(doc);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    const { issues } = caniemail({ clients: ["*"], html, css });
    for (const [kind, map] of [
      ["error", issues.errors],
      ["warning", issues.warnings],
    ] as const) {
      for (const [client, list] of map) {
        const set = out[client] ?? new Set<string>();
        for (const issue of list) set.add(`${kind} ${issue.support}: ${issue.title}`);
        out[client] = set;
      }
    }
  }
  return Object.fromEntries(
    Object.entries(out)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, s]) => [c, [...s].sort()]),
  );
}

describe("caniemail", () => {
  it("uses no feature a client lacks beyond the reviewed baseline", () => {
    const current = usedUnsupported();
    if (process.env.UPDATE_CANIEMAIL) writeFileSync(BASELINE, `${JSON.stringify(current, null, 2)}\n`);
    const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as Record<string, string[]>;
    const added = Object.entries(current).flatMap(([client, list]) =>
      list.filter((f) => !baseline[client]?.includes(f)).map((f) => `${client}: ${f}`),
    );
    expect(added).toEqual([]);
  }, 60_000);
});
