/** A node satori draws: the shape of a React element without React. */
export interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Child | Child[]; [attribute: string]: unknown };
}
export type Child = Node | string;

/** A `div` with a style and children; satori needs `display: flex` on every div with several children. */
export function div(style: Record<string, unknown>, ...children: Child[]): Node {
  return { type: "div", props: { style: { display: "flex", ...style }, children } };
}
