// Proves the packages work outside the monorepo: packs each public package, installs the tarballs
// into a fresh project in a temporary folder, checks that the installed versions are the packed
// ones, type-checks a small program against them and runs it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PACKAGES = [
  "packages/core",
  "packages/markdown",
  "packages/feeds",
  "packages/email",
  "packages/calendar",
  "packages/social",
  "packages/posts",
  "packages/web",
  "packages/import",
  "apps/cli",
];
const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "belarusbrief-pack-"));
const tarballs = join(work, "tarballs");
const project = join(work, "project");
mkdirSync(tarballs);
mkdirSync(project);

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

function main() {
  try {
    for (const dir of PACKAGES) run("npm", ["pack", "--silent", "--pack-destination", tarballs], join(root, dir));
    const files = readdirSync(tarballs).map((f) => `file:${join(tarballs, f)}`);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "outside-project", private: true, type: "module" }, null, 2),
    );
    run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files, "typescript@5.9.3", "@types/node@20"],
      project,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify(
        {
          compilerOptions: {
            target: "ES2022",
            module: "NodeNext",
            moduleResolution: "NodeNext",
            strict: true,
            noEmit: false,
            outDir: "out",
            skipLibCheck: false,
            types: ["node"],
          },
          include: ["main.ts"],
        },
        null,
        2,
      ),
    );
    checkVersions();
    writeFileSync(join(project, "main.ts"), PROGRAM);
    writeFileSync(join(project, "brief.yaml"), BRIEF);
    run("npx", ["tsc", "-p", "."], project);
    run("node", ["out/main.js"], project);
    run("npx", ["belarusbrief", "validate", "brief.yaml"], project);
    console.log("pack test passed: the packed packages install, type-check and run outside the monorepo");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Each installed package is the packed one, and the command reports the version it was published as. */
function checkVersions() {
  for (const dir of PACKAGES) {
    const { name, version } = readJson(join(root, dir, "package.json"));
    const installed = readJson(join(project, "node_modules", name, "package.json")).version;
    if (installed !== version) throw new Error(`${name}: installed ${installed}, packed ${version}`);
  }
  const cli = readJson(join(root, "apps/cli/package.json")).version;
  const reported = execFileSync("npx", ["belarusbrief", "--version"], { cwd: project, encoding: "utf8" }).trim();
  if (reported !== cli) throw new Error(`belarusbrief --version prints ${reported}, the package is ${cli}`);
  console.log(`ok versions: every package at the version it was packed with; belarusbrief --version prints ${cli}`);
}

const BRIEF = `kind: brief
id: 2030-01
locale: be-Latn
title: Ahlad
period: 2030-01
date: 2030-01-31
sections:
  - heading: Dzień Voli
    statistics:
      - { value: 1200, qualifier: over, measure: palitviazniaŭ, source: { name: Viasna, url: "https://spring96.org/be" } }
    events:
      - { id: dzien-voli, title: Dzień Voli, date: 2030-03-25, recurs: yearly }
`;

// The program a tool built on the packages would write: load, resolve once, then each output both
// through its own function and through the adapter contract every output shares.
const PROGRAM = `import { readFileSync } from "node:fs";
import {
  type Adapter,
  type Artifact,
  type ArtifactInfo,
  collectedEntries,
  formatProblem,
  loadDocument,
  type ResolvedDocument,
  resolve,
  Site,
} from "@belarusbrief/core";
import { adapter as calendar, renderCalendar } from "@belarusbrief/calendar";
import { adapter as email, renderEmail } from "@belarusbrief/email";
import { adapter as feeds, renderAtom } from "@belarusbrief/feeds";
import { importText } from "@belarusbrief/import";
import { adapter as markdown, renderMarkdown } from "@belarusbrief/markdown";
import { adapter as posts } from "@belarusbrief/posts";
import { cardsFor, adapter as cards, renderPng } from "@belarusbrief/social";
import { renderDocumentPage, adapter as site } from "@belarusbrief/web";

const result = loadDocument(readFileSync("brief.yaml", "utf8"), "brief.yaml");
if (!result.ok) throw new Error(result.errors.map(formatProblem).join("\\n"));
const baseUrl = "https://example.org/";
const doc: ResolvedDocument = resolve(result.document, { baseUrl, text: result.text });
const check = (name: string, ok: boolean) => {
  if (!ok) throw new Error(\`\${name} failed\`);
  console.log(\`ok \${name}\`);
};
check("markdown", renderMarkdown(doc).includes("Dzień Voli"));
check("atom", renderAtom([doc], { site: { baseUrl } }).includes("<feed"));
check("ics", renderCalendar(doc, { site: { baseUrl } }).includes("RRULE:FREQ=YEARLY"));
const mail = renderEmail(doc, { preset: "mailchimp" });
check("email", mail.html.includes("*|UNSUB|*") && mail.text.includes("Dzień Voli"));
const [card] = cardsFor(doc);
if (!card) throw new Error("no card");
const png = await renderPng(card, { size: "og" });
check("card", png.width === 1200 && png.png[1] === 0x50 && png.alt.length > 0);
check("page", renderDocumentPage(doc, { site: { baseUrl } }).includes("<html"));

// Every output through the one contract, each given the files of those before it.
const made: Artifact[] = [];
const cache = new Map<string, Uint8Array | string>();
for (const adapter of [markdown, email, feeds, calendar, cards, posts, site] as Adapter<unknown, unknown>[]) {
  const context = {
    options: adapter.options.parse({}),
    site: Site.parse({ baseUrl, title: "Outside" }),
    artifacts: made.map(({ content: _, ...info }): ArtifactInfo => info),
    cache: { get: (key: string) => cache.get(key) as Uint8Array | undefined, set: (key: string, value: Uint8Array | string) => void cache.set(key, value) },
    readFile: (path: string): Uint8Array => { throw new Error(\`no file \${path}\`); },
    progress: () => {},
    warn: () => {},
  };
  const before = made.length;
  if (adapter.renderDocument) made.push(...(await adapter.renderDocument(doc, context)));
  // A collection is made from what the output took of each document (the document itself, without \`collect\`).
  if (adapter.renderCollection)
    made.push(...(await adapter.renderCollection(collectedEntries(adapter, [doc], context), context)));
  check(\`adapter \${adapter.name}\`, made.length > before);
}
const telegram = made.find((a) => a.kind === "post" && a.meta?.platform === "telegram");
check("post", typeof telegram?.content === "string" && telegram.content.includes("Ahlad") && telegram.content.includes("https://example.org/"));
const imported = importText("Headline\\n\\nFeb 04, 2024\\n\\nBody.\\n\\nSource: Viasna\\n", { kind: "news" });
check("import", imported.documents[0]?.path === "news/2024-02-04-headline.yaml");
`;
main();
