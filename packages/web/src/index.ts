export { adapter } from "./adapter.js";
export { buildSite } from "./build-site.js";
export { WebOptions } from "./options.js";
export { renderDocumentPage } from "./render-document-page.js";
export { renderIndex } from "./render-index.js";
export { renderLocaleIndex } from "./render-locale-index.js";
export type { PageSetup } from "./site-plan.js";
