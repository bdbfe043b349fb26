// The results as a plain-text table (also valid Markdown).

export function printTable(cases) {
  const header = ["case", "value", "baseline", "ratio", "goal"];
  const rows = cases.map((c) => [
    c.name,
    c.value === null ? "failed" : `${c.value} ${c.unit}`,
    c.baseline === undefined ? "" : `${c.baseline} ${c.unit}`,
    c.ratio === undefined ? "" : `${c.ratio}×`,
    c.goal === undefined ? "" : `${c.goal} ${c.met === undefined ? "" : c.met ? "✓ met" : "✗ missed"}`.trim(),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells) => `| ${cells.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
  console.log("\nWhat each row measures:");
  for (const c of cases) console.log(`- ${c.name}: ${c.metric}${c.note ? ` — ${c.note}` : ""}`);
}
