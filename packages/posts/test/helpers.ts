import {
  type Artifact,
  type ArtifactInfo,
  Document,
  type DocumentInput,
  type ResolvedDocument,
  resolve,
  Site,
  slugify,
} from "@belarusbrief/core";
import { FIXTURE_NAMES, loadSeeds, resolvedFixture, resolveLoaded, TEST_SITE } from "@belarusbrief/testkit";
import { type DefaultTreeAdapterMap, parseFragment } from "parse5";

type Node = DefaultTreeAdapterMap["node"];

/** Every fixture and every seed, resolved for the test site. */
export function allDocuments(): ResolvedDocument[] {
  return [
    ...FIXTURE_NAMES.map((name) => resolvedFixture(name)),
    ...Object.values(loadSeeds()).map((loaded) => resolveLoaded(loaded)),
  ];
}

/** What the platform shows of a post, line by line: Telegram's HTML parsed by parse5, Bluesky's record parsed as JSON. */
export function postText(artifact: Pick<Artifact, "path" | "content">): string {
  const content = String(artifact.content);
  if (artifact.path.endsWith(".html")) return fragmentText(parseFragment(content));
  if (artifact.path.endsWith(".json")) return (JSON.parse(content) as { text: string }).text;
  return content;
}

/**
 * The words of a post without its layout — bullets, numbers of list items, quotation marks at the
 * start of lines — as the conformance markers are written (a list's items joined by spaces).
 */
export function postWords(artifact: Pick<Artifact, "path" | "content">): string {
  return postText(artifact)
    .split("\n")
    .map((line) => line.replace(/^(> )?\s*(• |\d+\. )?/, ""))
    .join("\n");
}

function fragmentText(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(fragmentText).join("") : "";
}

/** Every element of a fragment, depth first. */
export function elements(html: string): DefaultTreeAdapterMap["element"][] {
  const out: DefaultTreeAdapterMap["element"][] = [];
  const visit = (node: Node) => {
    if ("tagName" in node) out.push(node);
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseFragment(html));
  return out;
}

/**
 * The share cards of a document as `@belarusbrief/social` lists them (role `og-image` for the
 * cover or headline in 1200×630, `card` for the rest, files `cards/<id>/<card>-<size>.png`),
 * written out here from how that package names its cards, independently of the posts' own code.
 */
export function imitatedCards(doc: ResolvedDocument): ArtifactInfo[] {
  const ids = [
    doc.period ? "cover" : "headline",
    ...doc.all.statistics
      .filter((s) => s.citation)
      .map((s) => `statistic-${s.id ?? slugify(s.series ?? s.measure, 40)}`),
    ...doc.all.events.filter((e) => e.upcoming).map((e) => `event-${e.id}`),
    ...doc.all.actions.map((a) => `action-${a.id ?? slugify(a.title, 40)}`),
  ];
  const sizes = [
    ["og", 1200, 630],
    ["square", 1080, 1080],
    ["story", 1080, 1920],
  ] as const;
  return ids.flatMap((id, i) =>
    sizes.map(([size, width, height]) => ({
      kind: "card",
      role: i === 0 && size === "og" ? "og-image" : "card",
      path: `cards/${doc.id}/${id}-${size}.png`,
      mediaType: "image/png",
      document: doc.id,
      locale: doc.locale,
      width,
      height,
      alt: `Alt text of ${id} (${size}).`,
    })),
  );
}

/** The imitated cards of every fixture and seed: what a build's `cards` output hands the posts. */
export function allCards(): ArtifactInfo[] {
  return allDocuments().flatMap(imitatedCards);
}

/** A document input validated by the model and resolved for the test site, as a build resolves it. */
export function resolved(input: DocumentInput): ResolvedDocument {
  const site = Site.parse(TEST_SITE);
  return resolve(Document.parse(input), { baseUrl: site.baseUrl, pagesUrl: site.pagesUrl });
}

const FLAG = "🇧🇾";
const FAMILY = "👨‍👩‍👧‍👦";

/**
 * Sentences in Belarusian Cyrillic and Łacinka with flags and a ZWJ family emoji, each shorter
 * than a post on every platform: the text every limit is tested with.
 */
export function belarusianSentences(count: number): string[] {
  const cyrillic = [
    `Беларусы ў дыяспары зноў выйшлі на вуліцы з бел-чырвона-белымі сцягамі ${FLAG}.`,
    `Сем'і палітвязняў ${FAMILY} атрымалі лісты падтрымкі з дваццаці краін.`,
    "Праваабаронцы «Вясны» налічылі больш за тысячу палітвязняў, сярод іх журналісты і студэнты.",
    `Łacinkaj: Žyvie Biełaruś ${FLAG}, i ŭsio budzie dobra, kali my budziem razam.`,
  ];
  return Array.from({ length: count }, (_, i) => cyrillic[i % cyrillic.length] as string);
}

/** A Belarusian news item whose body is `count` such sentences, two to a paragraph. */
export function belarusianNews(count: number, extra: Partial<DocumentInput> = {}): ResolvedDocument {
  const sentences = belarusianSentences(count);
  const paragraphs = Array.from({ length: Math.ceil(count / 2) }, (_, i) =>
    sentences.slice(i * 2, i * 2 + 2).join(" "),
  );
  return resolved({
    kind: "news-item",
    id: "2030-04-01-belarusian-news",
    locale: "be",
    title: `Дзень салідарнасці з Беларуссю ${FLAG}: акцыі ў дваццаці гарадах`,
    date: "2030-04-01",
    tags: ["палітвязні", "Беларусь", "political prisoners"],
    body: paragraphs.join("\n\n"),
    source: { name: "Вясна", url: "https://spring96.org/be" },
    ...extra,
  } as DocumentInput);
}
