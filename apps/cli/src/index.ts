export { ADAPTERS, type AdapterEntry, adapterEntry, OUTPUT_NAMES } from "./adapters.js";
export { type BuildOptions, build } from "./commands/build.js";
export { type ValidateOptions, validate } from "./commands/validate.js";
export type { LoadedDocument } from "./content/load-content.js";
export { EXIT } from "./exit-codes.js";
export { main } from "./main.js";
export type { Manifest, ManifestEntry } from "./write/write-output.js";
