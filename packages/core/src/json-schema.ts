import { z } from "zod";
import { Document } from "./schema/document.js";

/**
 * The JSON Schema of a document as written in YAML (defaults optional), for editors: the YAML
 * language server uses it for completion and to flag mistakes while typing.
 */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Document, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}
