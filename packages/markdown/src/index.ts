export { MarkdownOptions } from "./options.js";
export { renderMarkdown } from "./render-markdown.js";
