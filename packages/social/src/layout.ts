import type { Card } from "./card.js";
import { div, type Node } from "./element.js";
import { fitColumn } from "./fit.js";
import { FONT_FAMILY } from "./fonts.js";
import { FRAMES, innerWidth, ROLES } from "./frame.js";
import { readLogo } from "./logo.js";
import { type CardOptions, resolveOptions } from "./options.js";
import { actionBody } from "./templates/action.js";
import type { TemplateContext } from "./templates/context.js";
import { coverBody } from "./templates/cover.js";
import { eventBody } from "./templates/event.js";
import { headlineBody } from "./templates/headline.js";
import { quoteBody } from "./templates/quote.js";
import { statisticBody } from "./templates/statistic.js";

/**
 * Lays a card out as the element tree satori draws, without drawing it: texts shrink to fit, and a
 * text that cannot fit fails with a FieldError whose `path` names the document field. Needs only
 * the fonts' metrics, so checking a document's cards loads no image library.
 */
export async function layoutCard(card: Card, options?: CardOptions): Promise<Node> {
  const { size, theme, logo, footer } = resolveOptions(options);
  const frame = FRAMES[size];
  const roles = ROLES[size];
  const width = innerWidth(frame);
  const pill = card.template === "action";
  const pad = Math.round(roles.kicker.max * 0.5);
  const kickerRole = pill ? { ...roles.kicker, color: "onAccent" as const } : roles.kicker;
  const kickerWidth = pill ? width - 2 * pad : width;
  const kicker = await fitColumn([{ field: card.kicker, role: kickerRole }], {
    width: kickerWidth,
    height: frame.height,
    gap: 0,
    size,
    theme,
  });
  const kickerHeight = kicker.height + (pill ? pad : 0);
  const bodyHeight = frame.height - frame.padTop - frame.padBottom - frame.footer - kickerHeight - 2 * frame.gap;
  const ctx: TemplateContext = { frame, theme, roles, width, height: bodyHeight };
  const body = await bodyOf(card, ctx);
  const image = logo ? readLogo(logo, frame.footer) : undefined;
  const footerWidth = width - (image ? image.width + frame.gap : 0);
  const footerText = footer
    ? await fitColumn([{ field: { text: footer, path: [] }, role: { ...roles.meta, maxLines: 1 } }], {
        width: footerWidth,
        height: frame.footer,
        gap: 0,
        size,
        theme,
      })
    : undefined;
  const stripe = Math.round(frame.width / 75);
  return div(
    {
      width: frame.width,
      height: frame.height,
      boxSizing: "border-box",
      flexDirection: "column",
      backgroundColor: theme.background,
      fontFamily: FONT_FAMILY,
      padding: `${frame.padTop}px ${frame.padX}px ${frame.padBottom}px ${frame.padX}px`,
      gap: frame.gap,
      position: "relative",
    },
    div({ position: "absolute", left: 0, top: 0, width: stripe, height: frame.height, backgroundColor: theme.accent }),
    pill
      ? div(
          {
            backgroundColor: theme.accent,
            padding: `${pad / 2}px ${pad}px`,
            borderRadius: pad / 2,
            alignSelf: "flex-start",
          },
          ...kicker.nodes.map(shrinkWrap),
        )
      : div({ flexDirection: "column" }, ...kicker.nodes),
    div({ height: bodyHeight, flexDirection: "column", justifyContent: "center" }, body),
    div(
      { height: frame.footer, flexDirection: "row", alignItems: "center", justifyContent: "space-between" },
      div({ flexDirection: "column" }, ...(footerText?.nodes ?? [])),
      ...(image ? [{ type: "img", props: { src: image.src, width: image.width, height: image.height } }] : []),
    ),
  );
}

function bodyOf(card: Card, ctx: TemplateContext): Promise<Node> {
  switch (card.template) {
    case "statistic":
      return statisticBody(card, ctx);
    case "event":
      return eventBody(card, ctx);
    case "action":
      return actionBody(card, ctx);
    case "quote":
      return quoteBody(card, ctx);
    case "headline":
      return headlineBody(card, ctx);
    case "cover":
      return coverBody(card, ctx);
  }
}

// A pill hugs its text: the measured box width is a maximum, not a fixed width.
function shrinkWrap(node: Node): Node {
  const { width, ...style } = node.props.style ?? {};
  return { ...node, props: { ...node.props, style: { ...style, maxWidth: width } } };
}
