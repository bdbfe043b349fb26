import { defineAdapter } from "@belarusbrief/core";
import { cardArtifacts } from "./card-artifacts.js";
import { CardSettings } from "./options.js";

/**
 * The share images of each document: every card in every size (Open Graph 1200×630, square
 * 1080×1080, story 1080×1920) as PNG with alt text; the document's cover or headline at 1200×630 is
 * its `og-image`. Settings: the `cards` section of `belarusbrief.json` (`theme`, `logo`, `footer`).
 */
export const adapter = defineAdapter<CardSettings>({
  name: "cards",
  options: CardSettings,
  renderDocument: cardArtifacts,
});
