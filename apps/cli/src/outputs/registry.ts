import type { Output } from "./types.js";

// Each output is imported only when a build asks for it, so `validate` never loads image libraries.
const OUTPUTS: Record<string, () => Promise<Output>> = {
  markdown: async () => (await import("./markdown.js")).markdownOutput,
  email: async () => (await import("./email.js")).emailOutput,
  feeds: async () => (await import("./feeds.js")).feedsOutput,
  calendar: async () => (await import("./calendar.js")).calendarOutput,
  cards: async () => (await import("./cards.js")).cardsOutput,
  site: async () => (await import("./site.js")).siteOutput,
};

/** Names accepted by `build --only`, in build order. */
export const OUTPUT_NAMES = Object.keys(OUTPUTS);

/** Loads the named outputs. */
export async function loadOutputs(names: readonly string[]): Promise<Output[]> {
  return Promise.all(names.map((name) => (OUTPUTS[name] as () => Promise<Output>)()));
}
