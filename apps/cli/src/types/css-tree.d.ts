// The part of css-tree 3 the preview uses (the package ships no types; @types/css-tree describes 2.x).
declare module "css-tree" {
  /** A node of the syntax tree; see css-tree's docs/ast.md for each type's fields. */
  export interface CssNode {
    type: string;
    [field: string]: unknown;
  }
  export interface ListItem<T> {
    data: T;
    prev: ListItem<T> | null;
    next: ListItem<T> | null;
  }
  export class List<T> {
    head: ListItem<T> | null;
    toArray(): T[];
    remove(item: ListItem<T>): ListItem<T>;
    replace(item: ListItem<T>, replacement: ListItem<T> | List<T>): void;
  }
  export function parse(source: string, options?: { context?: string; positions?: boolean }): CssNode;
  export function generate(ast: CssNode): string;
  export function walk(
    ast: CssNode,
    options: {
      visit?: string;
      enter: (node: CssNode, item: ListItem<CssNode> | undefined, list: List<CssNode> | undefined) => void;
    },
  ): void;
}
