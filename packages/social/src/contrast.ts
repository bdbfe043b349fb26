/** The colours of a theme, by role. */
export type Colours = Record<"background" | "text" | "muted" | "accent" | "onAccent", string>;

/** WCAG 2 contrast ratio of two `#RRGGBB` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every pair of text colour and the colour it is drawn on in a theme. */
export function textPairs(theme: Colours): { text: keyof Colours; on: keyof Colours; ratio: number }[] {
  const pairs: [keyof Colours, keyof Colours][] = [
    ["text", "background"],
    ["muted", "background"],
    ["accent", "background"],
    ["onAccent", "accent"],
  ];
  return pairs.map(([text, on]) => ({ text, on, ratio: contrastRatio(theme[text], theme[on]) }));
}

/** WCAG relative luminance of a `#RRGGBB` colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
