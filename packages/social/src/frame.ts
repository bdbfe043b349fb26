import { SIZES, type Size, type Theme } from "./options.js";

/** Where things go on a card of one size. Story cards keep 250 px clear at top and bottom for the app's own controls. */
export interface Frame {
  size: Size;
  width: number;
  height: number;
  padX: number;
  padTop: number;
  padBottom: number;
  /** Height of the footer row (footer text and logo). */
  footer: number;
  /** Space between rows. */
  gap: number;
}

export const FRAMES: Record<Size, Frame> = {
  og: { size: "og", ...SIZES.og, padX: 72, padTop: 52, padBottom: 44, footer: 44, gap: 24 },
  square: { size: "square", ...SIZES.square, padX: 84, padTop: 84, padBottom: 72, footer: 52, gap: 36 },
  story: { size: "story", ...SIZES.story, padX: 84, padTop: 250 + 56, padBottom: 250 + 40, footer: 56, gap: 44 },
};

/** Width of the text area. */
export function innerWidth(frame: Frame): number {
  return frame.width - 2 * frame.padX;
}

/** How a kind of text is set: size range in px, weight, colour, line height. */
export interface TextRole {
  max: number;
  /** Smallest size the text may shrink to; equal to `max` for text that never shrinks. */
  min: number;
  weight: 400 | 700;
  color: keyof Theme;
  lineHeight: number;
  /** Lines allowed for text that never shrinks. */
  maxLines?: number;
  uppercase?: boolean;
}

type Role = "kicker" | "hero" | "date" | "title" | "headline" | "quote" | "meta" | "strong" | "highlight";
const fixed = (size: number, color: keyof Theme, weight: 400 | 700, maxLines = 3): TextRole => ({
  max: size,
  min: size,
  weight,
  color,
  lineHeight: 1.3,
  maxLines,
});

/** Text sizes per card size. Titles never go below 40 px on a 1200 px wide card (36 px at 1080). */
export const ROLES: Record<Size, Record<Role, TextRole>> = {
  og: {
    kicker: { ...fixed(26, "accent", 700, 2), uppercase: true },
    hero: { max: 124, min: 64, weight: 700, color: "accent", lineHeight: 1.05 },
    date: { max: 84, min: 48, weight: 700, color: "accent", lineHeight: 1.1 },
    title: { max: 64, min: 40, weight: 700, color: "text", lineHeight: 1.15 },
    headline: { max: 76, min: 40, weight: 700, color: "text", lineHeight: 1.12 },
    quote: { max: 54, min: 40, weight: 400, color: "text", lineHeight: 1.28 },
    meta: fixed(28, "muted", 400),
    strong: fixed(30, "text", 700),
    highlight: { max: 34, min: 28, weight: 400, color: "text", lineHeight: 1.25 },
  },
  square: {
    kicker: { ...fixed(28, "accent", 700, 2), uppercase: true },
    hero: { max: 150, min: 64, weight: 700, color: "accent", lineHeight: 1.05 },
    date: { max: 96, min: 48, weight: 700, color: "accent", lineHeight: 1.1 },
    title: { max: 76, min: 36, weight: 700, color: "text", lineHeight: 1.15 },
    headline: { max: 88, min: 36, weight: 700, color: "text", lineHeight: 1.12 },
    quote: { max: 62, min: 36, weight: 400, color: "text", lineHeight: 1.28 },
    meta: fixed(30, "muted", 400),
    strong: fixed(32, "text", 700),
    highlight: { max: 40, min: 28, weight: 400, color: "text", lineHeight: 1.25 },
  },
  story: {
    kicker: { ...fixed(32, "accent", 700, 2), uppercase: true },
    hero: { max: 170, min: 72, weight: 700, color: "accent", lineHeight: 1.05 },
    date: { max: 110, min: 52, weight: 700, color: "accent", lineHeight: 1.1 },
    title: { max: 88, min: 36, weight: 700, color: "text", lineHeight: 1.15 },
    headline: { max: 100, min: 36, weight: 700, color: "text", lineHeight: 1.12 },
    quote: { max: 72, min: 36, weight: 400, color: "text", lineHeight: 1.28 },
    meta: fixed(34, "muted", 400, 4),
    strong: fixed(36, "text", 700, 4),
    highlight: { max: 46, min: 30, weight: 400, color: "text", lineHeight: 1.25 },
  },
};
