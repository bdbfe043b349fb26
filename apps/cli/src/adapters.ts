import type { Adapter } from "@belarusbrief/core";

/** An output a build can make: its name and the package whose `adapter` makes it. */
export interface AdapterEntry {
  name: string;
  package: string;
  /** Loads the adapter; done only when a build asks for the output, so `validate` loads no image library. */
  load: () => Promise<Adapter<unknown>>;
}

/** The registry line of an output: its name and its package. */
export const adapterEntry = (name: string, pkg: string): AdapterEntry => ({
  name,
  package: pkg,
  load: async () => ((await import(pkg)) as { adapter: Adapter<unknown> }).adapter,
});

/** Every output, in build order: an output may use the files of those before it (pages link cards). */
export const ADAPTERS: readonly AdapterEntry[] = [
  adapterEntry("markdown", "@belarusbrief/markdown"),
  adapterEntry("email", "@belarusbrief/email"),
  adapterEntry("feeds", "@belarusbrief/feeds"),
  adapterEntry("calendar", "@belarusbrief/calendar"),
  adapterEntry("cards", "@belarusbrief/social"),
  adapterEntry("site", "@belarusbrief/web"),
];

/** Names accepted by `build --only`, in build order. */
export const OUTPUT_NAMES = ADAPTERS.map((a) => a.name);
