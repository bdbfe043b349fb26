import type { ResolvedItem, RichText } from "@belarusbrief/core";

/**
 * An item's body with its bold lead-in run into the first paragraph ("**U.S. Department of State**
 * imposed…"), or standing as a paragraph of its own before a list or quotation.
 */
export function withLeadIn(item: Pick<ResolvedItem, "richLead" | "body">): RichText {
  const body = item.body ?? [];
  if (!item.richLead) return body;
  const lead = { type: "strong" as const, children: item.richLead };
  const [first, ...rest] = body;
  if (first?.type === "paragraph")
    return [{ type: "paragraph", children: [lead, { type: "text", value: " " }, ...first.children] }, ...rest];
  return [{ type: "paragraph", children: [lead] }, ...body];
}
