import type { PlatformName } from "../options.js";
import { bluesky } from "./bluesky.js";
import { facebook } from "./facebook.js";
import { instagram } from "./instagram.js";
import { mastodon } from "./mastodon.js";
import type { Platform } from "./platform.js";
import { telegram } from "./telegram.js";
import { threads } from "./threads.js";
import { x } from "./x.js";

/** Every platform by name. */
export const PLATFORM: Record<PlatformName, Platform> = {
  telegram,
  bluesky,
  mastodon,
  threads,
  x,
  facebook,
  instagram,
};
