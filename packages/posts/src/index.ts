export { adapter } from "./adapter.js";
export { PLACEHOLDER_BLOB_CID } from "./format/bluesky-record.js";
export { PLATFORMS, type PlatformName, PostSettings, type PostSettingsInput } from "./options.js";
export { renderPosts } from "./render-posts.js";
export { toTelegramHtml } from "./to-telegram-html.js";
