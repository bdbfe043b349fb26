export { buildEml, type EmlOptions } from "./build-eml.js";
export { EmailOptions, type EmailOptionsInput, PRESETS, type ResolvedEmailOptions } from "./options.js";
export { MERGE_TAGS } from "./presets.js";
export { type Email, renderEmail } from "./render-email.js";
