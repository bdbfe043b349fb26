import { type Artifact, type ArtifactRole, formatProblem } from "@belarusbrief/core";
import type { PreviewState } from "./state.js";

/** The preview page for one document: email at phone and desktop width in light and dark, cards, Markdown, feeds, calendar, problems. */
export function previewPage(
  state: PreviewState,
  id: string | undefined,
  cards: Artifact[],
  markdownHtml: string,
): string {
  const doc = state.documents.find((d) => d.document.id === id) ?? state.documents[0];
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

  const options = state.documents
    .map(
      (d) =>
        `<option value="${esc(d.document.id)}"${d.document.id === docId ? " selected" : ""}>${esc(d.document.date)} — ${esc(d.document.title)} (${esc(d.document.kind)})</option>`,
    )
    .join("");
  const frames = email
    ? ["light", "dark"]
        .flatMap((scheme) =>
          [375, 600].map(
            (w) =>
              `<figure><figcaption>${w} px, ${scheme}</figcaption><iframe title="Email at ${w} px, ${scheme}" src="/out/${esc(email.path)}" width="${w}" height="900" style="color-scheme:${scheme}"></iframe></figure>`,
          ),
        )
        .join("")
    : "<p>No email for this document.</p>";
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
<title>Preview: ${esc(doc?.document.title ?? "no documents")}</title>
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

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
