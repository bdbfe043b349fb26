import { defineAdapter } from "@belarusbrief/core";
import { PostSettings } from "./options.js";
import { postArtifacts } from "./render-posts.js";

/**
 * Posts ready to publish on Telegram, Bluesky, Mastodon, Threads, X, Facebook and Instagram, one
 * file per post under `posts/<document id>/`, listed in the manifest with their platform, place in
 * the thread, count against the limit and the cards they attach (found among the artifacts of the
 * `cards` output, which runs first; without it posts go without images). Nothing is sent: a
 * publishing command posts the files. Settings: the `posts` section of `belarusbrief.json`.
 */
export const adapter = defineAdapter<PostSettings>({
  name: "posts",
  options: PostSettings,
  renderDocument: (doc, context) => postArtifacts(doc, context.options, context.artifacts),
});
