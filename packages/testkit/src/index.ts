export { ATTACK_FILES, type AttackFile, attacks, pathAttacks } from "./attacks.js";
export { type AdapterSuite, describeAdapter } from "./conformance.js";
export { htmlAddresses, markdownParagraphLines, type PrintedAddress } from "./envelopes.js";
export {
  FIXTURE_NAMES,
  type FixtureName,
  fixture,
  fixtures,
  type Loaded,
  loadFixture,
  loadSeeds,
  resolvedFixture,
  resolveLoaded,
  seedDocuments,
  TEST_SITE,
} from "./fixtures.js";
export {
  MARKER_KINDS,
  type Marker,
  type MarkerKind,
  markersOf,
  phraseText,
  SECTION_PARTS,
  type SpanMarker,
  spansOf,
} from "./markers.js";
export { type Rendered, type RenderSetup, renderContext, renderWith } from "./render.js";
export { CHROMIUM_ARGS, chromiumPath, hasTool } from "./system.js";
export {
  htmlLanguages,
  htmlText,
  type LanguageMark,
  markdownToText,
  mdastText,
  normalizeText,
} from "./visible-text.js";
