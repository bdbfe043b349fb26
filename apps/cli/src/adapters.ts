import type { Adapter } from "@belarusbrief/core";

/** An output a build can make: its name and the package whose `adapter` makes it. */
export interface AdapterEntry {
  name: string;
  package: string;
  /** Loads the adapter; done only when a build asks for the output, so `validate` loads no image library. */
  load: () => Promise<Adapter<unknown, unknown>>;
  /**
   * Loads the schema of the output's section of `belarusbrief.json` for `validate`; absent when that
   * would load the output's rendering libraries, and then `build` checks the section.
   */
  loadOptions?: () => Promise<Adapter<unknown>["options"]>;
}

/**
 * The registry line of an output: its name and its package. `settings` names a module exporting
 * the section's schema as `options` without the rendering libraries (by default the package
 * itself); `null` when there is none, so that `validate` does not load them.
 */
export const adapterEntry = (name: string, pkg: string, settings: string | null = pkg): AdapterEntry => {
  const load = async () => ((await import(pkg)) as { adapter: Adapter<unknown, unknown> }).adapter;
  return {
    name,
    package: pkg,
    load,
    ...(settings === null
      ? {}
      : {
          loadOptions:
            settings === pkg
              ? async () => (await load()).options
              : async () => ((await import(settings)) as { options: Adapter<unknown>["options"] }).options,
        }),
  };
};

/** Every output, in build order: an output may use the files of those before it (pages link cards). */
export const ADAPTERS: readonly AdapterEntry[] = [
  adapterEntry("markdown", "@belarusbrief/markdown"),
  adapterEntry("email", "@belarusbrief/email"),
  adapterEntry("feeds", "@belarusbrief/feeds"),
  adapterEntry("calendar", "@belarusbrief/calendar"),
  // Its package loads satori and resvg; its `fit` entry has the section's schema without them.
  adapterEntry("cards", "@belarusbrief/social", "@belarusbrief/social/fit"),
  adapterEntry("posts", "@belarusbrief/posts"),
  adapterEntry("site", "@belarusbrief/web"),
];

/** Names accepted by `build --only`, in build order. */
export const OUTPUT_NAMES = ADAPTERS.map((a) => a.name);
