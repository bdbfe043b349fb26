import type { ResolvedEmailOptions } from "./options.js";

/** Merge tags each sending service replaces per recipient. */
export const MERGE_TAGS: Partial<Record<ResolvedEmailOptions["preset"], { unsubscribe: string; archive: string }>> = {
  mailchimp: { unsubscribe: "*|UNSUB|*", archive: "*|ARCHIVE|*" },
  buttondown: { unsubscribe: "{{ unsubscribe_url }}", archive: "{{ email_url }}" },
  listmonk: { unsubscribe: "{{ UnsubscribeURL }}", archive: "{{ MessageURL }}" },
  brevo: { unsubscribe: "{{ unsubscribe }}", archive: "{{ mirror }}" },
};

/** The unsubscribe and "view in browser" addresses: the options' own, else the preset's merge tags. */
export function footerLinks(options: ResolvedEmailOptions): { unsubscribe: string; archive: string } {
  const tags = MERGE_TAGS[options.preset];
  return {
    unsubscribe: options.unsubscribeUrl ?? tags?.unsubscribe ?? "",
    archive: options.archiveUrl ?? tags?.archive ?? "",
  };
}
