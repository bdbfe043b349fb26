export { adapter } from "./adapter.js";
export { MarkdownOptions } from "./options.js";
export { renderMarkdown } from "./render-markdown.js";
