import type { Delete, Emphasis, PhrasingContent, Strong } from "mdast";

type Attention = Strong | Emphasis | Delete;

/**
 * Inline content as Markdown can write it, showing the same: neighbouring runs of the same
 * formatting joined (`~~a~~~~b~~` would read as one run with tildes inside), hard breaks at the
 * edge of a run moved out of it (a run cannot end with a line break), empty runs dropped.
 */
export function writable(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === "link") out.push({ ...node, children: writable(node.children) });
    else if (!isAttention(node)) out.push(node);
    else {
      const children = writable(node.children);
      const start = children.findIndex((child) => child.type !== "break");
      const end = children.findLastIndex((child) => child.type !== "break") + 1;
      if (start === -1) {
        out.push(...children);
        continue;
      }
      out.push(...children.slice(0, start));
      const last = out.at(-1);
      const inner = children.slice(start, end);
      if (last?.type === node.type) out[out.length - 1] = { ...last, children: writable([...last.children, ...inner]) };
      else out.push({ ...node, children: inner });
      out.push(...children.slice(end));
    }
  }
  return out;
}

function isAttention(node: PhrasingContent): node is Attention {
  return node.type === "strong" || node.type === "emphasis" || node.type === "delete";
}
