// The cards every share-image case draws: seed 000's first statistic card with a different number
// each time, so no card repeats and no measurement cache hides the work.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatStatistic, loadDocument, resolve } from "@belarusbrief/core";
import { cardsFor } from "@belarusbrief/social";
import { SEED_000 } from "./paths.mjs";

/** Seed 000 as the loader returns it (the email case resolves it inside its timing). */
export function seed000() {
  return loadSeed000().document;
}

/** Seed 000 resolved as the CLI resolves it: cards are drawn from the resolved document. */
export function resolvedSeed000() {
  const { document, text } = loadSeed000();
  return resolve(document, { baseUrl: "https://belarus.example.org/", text });
}

function loadSeed000() {
  const result = loadDocument(readFileSync(SEED_000, "utf8"), SEED_000);
  if (!result.ok) throw new Error(`seed 000 does not load: ${result.errors[0]?.message}`);
  return result;
}

/** `count` distinct statistic cards. */
export function statisticCards(count, start = 0) {
  const base = cardsFor(resolvedSeed000()).find((card) => card.template === "statistic");
  return Array.from({ length: count }, (_, i) => {
    const value = formatStatistic({ value: 35_000 + 7 * (start + i), qualifier: "over", measure: "" }, "en").value;
    return { ...base, id: `${base.id}-${start + i}`, value: { ...base.value, text: value } };
  });
}

/** Writes cards to `<dir>/cards.json` for the child processes; returns the file. */
export function writeCards(dir, cards) {
  const file = join(dir, "cards.json");
  writeFileSync(file, JSON.stringify(cards));
  return file;
}
