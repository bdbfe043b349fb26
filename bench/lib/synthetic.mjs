// Synthetic content made from the shapes of the real documents in apps/newsletter/content.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT, requireFrom, SEED_000 } from "./paths.mjs";

const YAML = requireFrom("apps/cli")("yaml");

/** Every seed document as plain data, in file order (the 4 long documents, then the 41 news items). */
export function seedShapes() {
  return yamlFiles(CONTENT).map((file) => ({ file, data: YAML.parse(readFileSync(file, "utf8")) }));
}

/**
 * Writes `count` documents into `dir` in units of 12 shaped like the real content: the 4 long
 * documents (brief, appeal, statement, press release) and 8 of the 41 news items (every fifth),
 * so 10× the documents is exactly 10× the same mix. Clone k of a seed gets id `<id>-s<k>` and a
 * date moved k weeks later (a brief moves k months and gets that month's period).
 */
export function writeArchive(dir, count) {
  const seeds = seedShapes();
  const unit = [
    ...seeds.slice(0, 4),
    ...seeds
      .slice(4)
      .filter((_, i) => i % 5 === 0)
      .slice(0, 8),
  ];
  mkdirSync(dir, { recursive: true });
  const stats = { documents: 0, newsItems: 0, sectionItems: 0, bytes: 0 };
  for (let n = 0; n < count; n++) {
    const doc = cloneDocument(unit[n % unit.length].data, Math.floor(n / unit.length));
    const text = YAML.stringify(doc, { lineWidth: 0 });
    writeFileSync(join(dir, `${String(n).padStart(5, "0")}-${doc.id}.yaml`), text);
    stats.documents++;
    stats.bytes += Buffer.byteLength(text);
    if (doc.kind === "news-item") stats.newsItems++;
    for (const section of doc.sections ?? []) stats.sectionItems += section.items?.length ?? 0;
  }
  return stats;
}

/** Seed 000 with its section items repeated (in order, cycling) until the brief holds `total` items. */
export function briefWithItems(total) {
  const doc = YAML.parse(readFileSync(SEED_000, "utf8"));
  const pool = doc.sections.flatMap((s) => s.items ?? []);
  const withItems = doc.sections.filter((s) => s.items?.length);
  for (const s of withItems) s.items = [];
  for (let i = 0; i < total; i++) withItems[i % withItems.length].items.push(structuredClone(pool[i % pool.length]));
  return YAML.stringify(doc, { lineWidth: 0 });
}

function cloneDocument(data, round) {
  const doc = structuredClone(data);
  doc.id = `${doc.id}-s${round}`;
  if (doc.kind === "brief") {
    const [year, month] = String(doc.period).split("-").map(Number);
    const first = new Date(Date.UTC(year, month - 1 + round, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    doc.period = first.toISOString().slice(0, 7);
    doc.date = last.toISOString().slice(0, 10);
  } else {
    const date = new Date(`${isoDate(doc.date)}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 7 * round);
    doc.date = date.toISOString().slice(0, 10);
  }
  return doc;
}

function isoDate(value) {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

function yamlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}
