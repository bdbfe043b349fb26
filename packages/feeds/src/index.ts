export { adapter } from "./adapter.js";
export { type BuiltFeed, buildFeeds } from "./build-feeds.js";
export type { FeedItem } from "./feed-data.js";
export { FeedOptions, FeedSettings, FeedsOptions } from "./options.js";
export { type FeedFormat, type FeedName, feedPath } from "./paths.js";
export { renderAtom } from "./render-atom.js";
export { renderJsonFeed } from "./render-json-feed.js";
export { renderRss } from "./render-rss.js";
export type { Entry as FeedEntry, Person as FeedPerson } from "./to-entry.js";
