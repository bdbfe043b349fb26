export { ATTACK_FILES, type AttackFile, attacks, pathAttacks } from "./attacks.js";
export { type AdapterUnderTest, describeConformance } from "./conformance.js";
export { FIXTURE_NAMES, type FixtureName, fixture, fixtures, seedDocuments } from "./fixtures.js";
export { MARKER_KINDS, type Marker, type MarkerKind, markersOf, SECTION_PARTS } from "./markers.js";
export { CHROMIUM_ARGS, chromiumPath, hasTool } from "./system.js";
export { markdownToText, mdastText, normalizeText } from "./visible-text.js";
