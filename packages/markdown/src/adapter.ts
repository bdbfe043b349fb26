import { defineAdapter } from "@belarusbrief/core";
import { MarkdownOptions } from "./options.js";
import { markdownOf } from "./render-markdown.js";

/** One GitHub-flavoured Markdown file per document, `markdown/<id>.md`, for repositories and static-site generators. */
export const adapter = defineAdapter({
  name: "markdown",
  options: MarkdownOptions,
  renderDocument: (doc, { options }) => [
    {
      kind: "markdown",
      role: "document-markdown",
      path: `markdown/${doc.id}.md`,
      mediaType: "text/markdown; charset=utf-8",
      document: doc.id,
      locale: doc.locale,
      content: markdownOf(doc, options),
    },
  ],
});
