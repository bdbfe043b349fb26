import { type Artifact, type ArtifactRole, formatProblem, parseTitle, titleWords } from "@belarusbrief/core";
import { escapeHtml as esc } from "./escape.js";
import { postsPane } from "./posts-pane.js";
import { type DocumentExtras, newestDocument, type PreviewState } from "./state.js";

/**
 * The preview page for one document (by default the newest, {@link newestDocument}): email at phone
 * and desktop width in light and dark, cards, posts, Markdown, feeds, calendar, problems.
 */
export function previewPage(
  state: PreviewState,
  id: string | undefined,
  extras: DocumentExtras,
  markdownHtml: string,
): string {
  const doc = state.documents.find((d) => d.document.id === id) ?? newestDocument(state.documents);
  const cards = extras.cards;
  const docId = doc?.document.id ?? "";
  const of = (role: ArtifactRole) =>
    [...state.artifacts.values()].filter((a) => a.role === role && a.document === docId);
  const email = of("email-html")[0];
  // The feeds of every language that hold this document's entry.
  const feeds = [...state.artifacts.values()].filter(
    (a) =>
      (a.role === "publications-feed" || a.role === "news-feed") &&
      a.locale === undefined &&
      entryIn(a, doc?.document.id),
  );
  const calendar = of("document-calendar")[0];
  const problems = state.problems.filter((p) => !doc || p.file === doc.file || p.severity === "error");

  const options = [...state.documents]
    .sort((a, b) => b.document.date.localeCompare(a.document.date) || a.file.localeCompare(b.file))
    .map(
      (d) =>
        `<option value="${esc(d.document.id)}"${d.document.id === docId ? " selected" : ""}>${esc(d.document.date)} — ${esc(wordsOf(d.document.title))} (${esc(d.document.kind)})</option>`,
    )
    .join("");
  // Each pane gets the email as a mail program set to its scheme shows it (see emailForScheme):
  // an iframe's color-scheme does not change prefers-color-scheme inside it.
  const frames = email
    ? ["light", "dark"]
        .flatMap((scheme) =>
          [375, 600].map(
            (w) =>
              `<figure><figcaption>${w} px, ${scheme}</figcaption><iframe title="Email at ${w} px, ${scheme}" data-scheme="${scheme}" src="/out/${esc(email.path)}?scheme=${scheme}" width="${w}" height="900" style="color-scheme:${scheme}"></iframe></figure>`,
          ),
        )
        .join("")
    : "<p>No email for this document.</p>";
  const posts = postsPane(extras.posts, {
    ...(extras.failure
      ? { missing: `The cards could not be made, so the posts show no images: ${extras.failure}` }
      : {}),
    shown: new Set(cards.map((c) => c.path)),
  });
  const cardList = cards.length
    ? cards
        .map(
          (c) =>
            `<figure><img src="/out/${esc(c.path)}" alt="${esc(c.alt ?? "")}"><figcaption>${esc(c.path)}</figcaption></figure>`,
        )
        .join("")
    : "<p>This document yields no cards.</p>";

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${esc(doc ? wordsOf(doc.document.title) : "no documents")}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0 1rem 2rem; }
header { position: sticky; top: 0; background: Canvas; padding: .5rem 0; border-bottom: 1px solid GrayText; }
section { margin-top: 1.5rem; }
.panes { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
iframe { border: 1px solid GrayText; background: white; }
figure { margin: 0; }
#cards figure { width: 300px; }
#cards img { width: 300px; height: auto; border: 1px solid GrayText; }
#cards figcaption { font-size: .75rem; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; max-height: 30rem; overflow: auto; background: #f4f4f4; padding: .5rem; }
.failure { background: #fde8e8; color: #7a1010; padding: .5rem 1rem; border: 2px solid #c8313e; }
.error { color: #9b1c1c; } .warning { color: #7a5200; }
.markdown { max-width: 46rem; border: 1px solid GrayText; padding: 0 1rem; }
#posts .platform { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
#posts h3 { flex-basis: 100%; margin-bottom: 0; }
#posts .thread { width: 30rem; max-width: 100%; }
#posts h4 { margin: .5rem 0; font-size: .9rem; }
.post { border: 1px solid GrayText; padding: .5rem; margin-bottom: .5rem; }
.post .meta { font-size: .8rem; display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 .5rem; }
.post.close .count { color: #7a5200; font-weight: bold; } .post.over .count { color: #9b1c1c; font-weight: bold; }
.post.over { border: 2px solid #c8313e; }
.post iframe.telegram { width: 100%; border: 0; background: white; resize: vertical; }
.post pre.text { max-height: none; }
.post .images { font-size: .8rem; padding-left: 1rem; } .post .images img { display: block; max-width: 12rem; }
.note { font-size: .85rem; color: #555; }
</style>
</head>
<body>
<header>
<form method="get" action="/"><label>Document <select name="doc" onchange="this.form.submit()">${options}</select></label> <noscript><button>Show</button></noscript> <a href="/out/site/index.html">The site</a></form>
</header>
${state.failure ? `<div class="failure" role="alert" id="failure"><strong>The latest change does not build:</strong> ${esc(state.failure)}. Showing the last good version.</div>` : ""}
<section id="problems"><h2>Validation</h2>${
    problems.length
      ? `<ul>${problems.map((p) => `<li class="${p.severity}">${esc(formatProblem(p))}</li>`).join("")}</ul>`
      : "<p>No problems.</p>"
  }</section>
<section id="email"><h2>Email</h2><div class="panes">${frames}</div></section>
<section id="cards"><h2>Cards</h2><div class="panes">${cardList}</div></section>
<section id="posts"><h2>Posts</h2>${posts}</section>
<section id="markdown"><h2>Markdown</h2><div class="markdown">${markdownHtml}</div></section>
<section id="feeds"><h2>Feeds</h2>${feeds.map((f) => `<h3>${esc(f.path)}</h3><pre>${esc(text(f))}</pre>`).join("") || "<p>Not in any feed.</p>"}</section>
<section id="calendar"><h2>Calendar</h2>${calendar ? `<pre>${esc(text(calendar))}</pre>` : "<p>No dates in this document.</p>"}</section>
<script>
new EventSource("/events?since=${state.generation}").onmessage = () => location.reload();
</script>
</body>
</html>
`;
}

function entryIn(artifact: Artifact, id: string | undefined): boolean {
  return id !== undefined && text(artifact).includes(id);
}

function text(artifact: Artifact): string {
  return typeof artifact.content === "string" ? artifact.content : Buffer.from(artifact.content).toString("utf8");
}

// A title as the outputs print it: language spans as their words.
function wordsOf(title: string): string {
  return titleWords(parseTitle(title).tree);
}
