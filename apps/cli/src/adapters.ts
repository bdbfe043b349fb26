import type { Adapter } from "@belarusbrief/core";

/** An output a build can make: its name and the package whose `adapter` makes it. */
export interface AdapterEntry {
  name: string;
  package: string;
  /** Loads the adapter; done only when a build asks for the output, so `validate` loads no image library. */
  load: () => Promise<Adapter<unknown>>;
}

const entry = (name: string, pkg: string): AdapterEntry => ({
  name,
  package: pkg,
  load: async () => ((await import(pkg)) as { adapter: Adapter<unknown> }).adapter,
});

/** Every output, in build order: an output may use the files of those before it (pages link cards). */
export const ADAPTERS: readonly AdapterEntry[] = [
  entry("markdown", "@belarusbrief/markdown"),
  entry("email", "@belarusbrief/email"),
  entry("feeds", "@belarusbrief/feeds"),
  entry("calendar", "@belarusbrief/calendar"),
  entry("cards", "@belarusbrief/social"),
  entry("site", "@belarusbrief/web"),
];

/** Names accepted by `build --only`, in build order. */
export const OUTPUT_NAMES = ADAPTERS.map((a) => a.name);
