/**
 * An error an adapter raises about one field of a document (text that does not fit, a glyph no
 * font has). `path` is the field path in the document, so the CLI can report `file:line:column`;
 * `document` names the document when the adapter renders many at once.
 */
export class FieldError extends Error {
  override readonly name = "FieldError";
  constructor(
    message: string,
    readonly path: readonly PropertyKey[],
    readonly document?: string,
  ) {
    super(message);
  }
}
