export { type BuildOptions, build } from "./commands/build.js";
export { type ValidateOptions, validate } from "./commands/validate.js";
export { EXIT } from "./exit-codes.js";
export { main } from "./main.js";
export type { Artifact, BuildContext, LoadedDocument, Output, OutputWarning, SiteSettings } from "./outputs/types.js";
export type { Manifest, ManifestEntry } from "./write/write-output.js";
