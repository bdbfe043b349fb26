export { buildSite, type SitePage } from "./build-site.js";
export { CardLink, FeedLink, WebOptions } from "./options.js";
export { renderDocumentPage } from "./render-document-page.js";
export { renderIndex } from "./render-index.js";
export { renderLocaleIndex } from "./render-locale-index.js";
export { documentPath } from "./urls.js";
