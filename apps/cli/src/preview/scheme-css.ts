import { type CssNode, generate, type List, type ListItem, parse, walk } from "css-tree";

/** The colour scheme a preview pane shows. */
export type Scheme = "light" | "dark";

/**
 * The stylesheet as a reader whose device is set to `scheme` gets it, whatever the scheme of the
 * browser showing the preview: each `prefers-color-scheme` media feature is decided for `scheme`,
 * so an `@media` that now always applies gives up its rules unconditionally and one that never
 * applies is removed; `color-scheme` declarations name `scheme` alone. css-tree parses the CSS,
 * media queries included, so `and`, `or`, `not` and lists of queries keep their meaning.
 */
export function cssForScheme(css: string, scheme: Scheme): string {
  const ast = parse(css);
  const decided = new Map<CssNode, boolean>();
  const rules: { node: CssNode; item: ListItem<CssNode>; list: List<CssNode> }[] = [];
  walk(ast, {
    visit: "Atrule",
    enter(node, item, list) {
      if (String(node.name).toLowerCase() !== "media" || !node.prelude || !item || !list) return;
      walk(node.prelude as CssNode, {
        visit: "Feature",
        enter(feature, featureItem, features) {
          if (String(feature.name).toLowerCase() !== "prefers-color-scheme" || !featureItem || !features) return;
          const value = feature.value as CssNode | null;
          const matches = value === null || String(value.name).toLowerCase() === scheme;
          // A range no width satisfies, or every width does: the browser decides it the same everywhere.
          const constant = parse(matches ? "(width >= 0)" : "(width < 0)", { context: "mediaQuery" });
          const condition = (constant.condition as { children: List<CssNode> }).children.toArray()[0] as CssNode;
          decided.set(condition, matches);
          features.replace(featureItem, { data: condition, prev: null, next: null });
        },
      });
      if (decided.size > 0) rules.push({ node, item, list });
    },
  });
  walk(ast, {
    visit: "Declaration",
    enter(node) {
      if (String(node.property).toLowerCase() === "color-scheme") node.value = parse(scheme, { context: "value" });
    },
  });
  // Inner rules first, so an outer one moves them along with its block.
  for (const { node, item, list } of rules.reverse()) {
    const only = soleCondition(node.prelude as CssNode);
    const result = only ? decided.get(only) : undefined;
    if (result === true) list.replace(item, (node.block as { children: List<CssNode> }).children);
    else if (result === false) list.remove(item);
  }
  return generate(ast);
}

// The condition of `@media (…)` when the prelude is that one parenthesised feature and nothing else.
function soleCondition(prelude: CssNode): CssNode | undefined {
  const queries = (prelude.children as List<CssNode>).toArray()[0]?.children as List<CssNode> | undefined;
  const list = queries?.toArray() ?? [];
  const query = list[0];
  if (list.length !== 1 || !query || query.modifier || (query.mediaType && query.mediaType !== "all")) return undefined;
  const parts = (query.condition as { children: List<CssNode> } | null)?.children.toArray() ?? [];
  return parts.length === 1 ? parts[0] : undefined;
}
