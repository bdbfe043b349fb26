import { z } from "zod";

/** The platforms posts are written for. */
export const PLATFORMS = ["telegram", "bluesky", "mastodon", "threads", "x", "facebook", "instagram"] as const;
export type PlatformName = (typeof PLATFORMS)[number];

/** The `posts` section of `belarusbrief.json`: the adapter's options. */
export const PostSettings = z.strictObject({
  /** Platforms to write posts for; default all seven. */
  platforms: z
    .array(z.enum(PLATFORMS))
    .min(1, { error: `list at least one of ${PLATFORMS.join(", ")}` })
    .refine((list) => new Set(list).size === list.length, { error: "name each platform once" })
    .default([...PLATFORMS]),
  /** How many posts the short version of a document may take on Bluesky, Mastodon, Threads and X. */
  thread: z.int().min(1).max(25, { error: "keep a thread to at most 25 posts" }).default(3),
  /** The Mastodon server's character limit: 500 unless the server sets another. */
  mastodonLimit: z.int().min(100, { error: "must be at least 100, the smallest limit a server sets" }).default(500),
  /** Hashtags made from the document's tags, at most this many per post (Threads takes one). */
  hashtags: z.int().min(0).max(10, { error: "use at most 10 hashtags; platforms treat more as spam" }).default(3),
});
export type PostSettingsInput = z.input<typeof PostSettings>;
export type PostSettings = z.output<typeof PostSettings>;
