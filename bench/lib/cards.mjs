// The cards every share-image case draws: seed 000's first statistic card with a different number
// each time, so no card repeats and no measurement cache hides the work.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatStatistic, loadDocument } from "@belarusbrief/core";
import { cardsFor } from "@belarusbrief/social";
import { SEED_000 } from "./paths.mjs";

export function seed000() {
  const result = loadDocument(readFileSync(SEED_000, "utf8"), SEED_000);
  if (!result.ok) throw new Error(`seed 000 does not load: ${result.errors[0]?.message}`);
  return result.document;
}

/** `count` distinct statistic cards. */
export function statisticCards(count, start = 0) {
  const base = cardsFor(seed000()).find((card) => card.template === "statistic");
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
