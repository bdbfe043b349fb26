import { renderMarkdown } from "@belarusbrief/markdown";
import { forDocument } from "./document-error.js";
import type { Artifact, Output } from "./types.js";

/** One GitHub-flavoured Markdown file per document: `markdown/<id>.md`. */
export const markdownOutput: Output = {
  name: "markdown",
  async build({ documents, progress }) {
    const artifacts: Artifact[] = [];
    for (const [i, loaded] of documents.entries()) {
      const doc = loaded.document;
      const content = await forDocument(loaded, () => renderMarkdown(doc));
      artifacts.push({
        kind: "markdown",
        path: `markdown/${doc.id}.md`,
        mediaType: "text/markdown; charset=utf-8",
        document: doc.id,
        locale: doc.locale,
        content,
      });
      progress(i + 1, documents.length, "Markdown");
    }
    return { artifacts };
  },
};
