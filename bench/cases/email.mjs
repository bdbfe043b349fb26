// Email: warm render of seed 000 against MJML 5 compiling an equivalent layout; HTML sizes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadDocument, resolve } from "@belarusbrief/core";
import { renderEmail } from "@belarusbrief/email";
import mjml2html from "mjml";
import { seed000 } from "../lib/cards.mjs";
import { alternate, tempDir } from "../lib/measure.mjs";
import { mjmlOf } from "../lib/mjml-template.mjs";
import { requireFrom } from "../lib/paths.mjs";
import { briefWithItems } from "../lib/synthetic.mjs";
import { round } from "./cards.mjs";

const OPTIONS = {
  preset: "none",
  unsubscribeUrl: "https://example.org/unsubscribe",
  archiveUrl: "https://example.org/archive/2021-02",
};
const SITE = { baseUrl: "https://example.org/" };
// Ours is timed from the validated document, as MJML's template is: resolving it (which parses its
// Markdown fields, as the MJML template's marked calls do) and rendering the email.
const ours = (doc) => renderEmail(resolve(doc, SITE), OPTIONS);
const MJML_VERSION = requireFrom(".")("mjml/package.json").version;
const KB = 1024;

async function compileMjml(doc) {
  const result = await mjml2html(mjmlOf(doc, OPTIONS), { validationLevel: "soft" });
  if (result.errors.length) throw new Error(`MJML: ${result.errors[0].formattedMessage}`);
  return result.html;
}

/** Milliseconds per call, over `count` calls in a row. */
function perCall(fn, count) {
  return async () => {
    const start = performance.now();
    for (let i = 0; i < count; i++) await fn();
    return (performance.now() - start) / count;
  };
}

// Warm means what a build does: many emails in a row in one process. Each sample is the mean of
// BATCH renders, so one collection of the other side's garbage or one timer tick does not decide a
// sample; the single-call row keeps the earlier, noisier method for comparison.
const BATCH = 10;

export async function emailCases(add, { reps }) {
  const doc = seed000();
  const batched = await alternate(
    perCall(() => ours(doc), BATCH),
    perCall(() => compileMjml(doc), BATCH),
    { warmup: reps.emailWarmup, rounds: reps.emailRounds },
  );
  add({
    name: "email: seed 000, warm render",
    metric: `median ms per render over ${BATCH} renders in a row, in-process; ours = resolve + renderEmail; baseline MJML ${MJML_VERSION} (template generated from the same document + mjml2html), ${reps.emailRounds} alternating rounds; ratio = median per-round MJML/ours`,
    value: round(batched.candidate, 2),
    baseline: round(batched.baseline, 1),
    ratio: round(batched.ratio, 2),
    unit: "ms",
    goal: "ratio ≥ 5",
    met: batched.ratio >= 5,
  });
  const single = await alternate(
    perCall(() => ours(doc), 1),
    perCall(() => compileMjml(doc), 1),
    {
      warmup: reps.emailWarmup,
      rounds: reps.emailRounds,
    },
  );
  add({
    name: "email: seed 000, one render at a time",
    metric: `median ms of single calls, alternating with MJML's (each side's garbage can be collected in the other's time); ${reps.emailRounds} rounds; ratio = median per-round MJML/ours`,
    value: round(single.candidate, 2),
    baseline: round(single.baseline, 1),
    ratio: round(single.ratio, 2),
    unit: "ms",
  });

  const html = ours(doc).html;
  const mjmlHtml = await compileMjml(doc);
  const size = Buffer.byteLength(html) / KB;
  add({
    name: "email: seed 000, HTML size",
    metric: `bytes of the HTML part; baseline the MJML output; ratio = MJML/ours`,
    value: round(size, 1),
    baseline: round(Buffer.byteLength(mjmlHtml) / KB, 1),
    ratio: round(Buffer.byteLength(mjmlHtml) / Buffer.byteLength(html), 2),
    unit: "KB",
    goal: "≤ 35 KB",
    met: size <= 35,
  });

  const dir = tempDir("email");
  const file = join(dir, "brief-100.yaml");
  writeFileSync(file, briefWithItems(100));
  const loaded = loadDocument(briefWithItems(100), file);
  if (!loaded.ok) throw new Error(`the 100-item brief does not validate: ${loaded.errors[0]?.message}`);
  const items = loaded.document.sections.reduce((n, s) => n + (s.items?.length ?? 0), 0);
  const big = Buffer.byteLength(ours(loaded.document).html) / KB;
  const bigMjml = Buffer.byteLength(await compileMjml(loaded.document)) / KB;
  add({
    name: `email: synthetic ${items}-item brief, HTML size`,
    metric: "seed 000 with its 10 section items repeated; Gmail clips above ≈ 102 KB; baseline the MJML output",
    value: round(big, 1),
    baseline: round(bigMjml, 1),
    ratio: round(bigMjml / big, 2),
    unit: "KB",
    goal: "< 102 KB",
    met: big < 102,
  });
}
