import type { Frame, ROLES } from "../frame.js";
import type { Theme } from "../options.js";

/** What a template draws into: the body box between the kicker and the footer. */
export interface TemplateContext {
  frame: Frame;
  theme: Theme;
  roles: (typeof ROLES)[keyof typeof ROLES];
  width: number;
  height: number;
}

/** Scale of a card relative to the 1200 px Open Graph width. */
export function scale(ctx: TemplateContext): number {
  return ctx.frame.width / 1200;
}
