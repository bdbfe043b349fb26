import { line, run, type Unit, unit } from "../lines.js";

/** How a platform writes the link line. */
export interface TailStyle {
  /** The address as the post shows it. */
  address: (url: string) => string;
  /** Whether the address is a link (Instagram captions have none). */
  linked: boolean;
}

/**
 * The end of every post: "Read more: <address of the document's page>" (or the action's verb),
 * then the hashtags. Never split.
 */
export function tailUnit(url: string, label: string, tags: readonly string[], style: TailStyle): Unit {
  const address = run(style.address(url), style.linked ? { href: url } : {});
  const hashtags = tags.flatMap((tag, i) => [...(i > 0 ? [run(" ")] : []), run(`#${tag}`, { tag })]);
  return unit([], [line([run(`${label}: `), address]), ...(hashtags.length ? [line(hashtags)] : [])], { whole: true });
}
