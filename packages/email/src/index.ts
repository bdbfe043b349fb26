export { adapter } from "./adapter.js";
export { addressesOf } from "./addresses.js";
export { buildEml, type EmlOptions } from "./build-eml.js";
export { GMAIL_CLIP_BYTES, gmailClipWarning } from "./gmail-clip.js";
export { formatMailbox, type Mailbox } from "./mail-address.js";
export { EmailOptions, type EmailOptionsInput, PRESETS, type ResolvedEmailOptions } from "./options.js";
export { MERGE_TAGS } from "./presets.js";
export { type Email, renderEmail } from "./render-email.js";
