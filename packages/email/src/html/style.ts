/** Colours of the light design; dark mode has its own below. Every text sits on an explicit background. */
export const LIGHT = {
  page: "#eeebe4",
  card: "#ffffff",
  text: "#1b1b1b",
  muted: "#525252",
  accent: "#9b1c1c",
  band: "#f8eeee",
  line: "#d9d4ca",
  /** Border of the button, darker than its fill. */
  edge: "#6e1212",
};
const DARK = {
  page: "#0f0f0f",
  card: "#1d1d1d",
  text: "#ececec",
  muted: "#b9b9b9",
  accent: "#ff9c9c",
  band: "#2c1c1c",
  line: "#474747",
};

/** System fonts only: nothing is fetched. Single quotes, so the list can sit in a `style` attribute. */
export const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

// Outlook's Word engine does not pass fonts and colours from a cell to the tables inside it, so every
// cell states them again.
const CELL = `font-family:${FONT};color:${LIGHT.text};line-height:1.5`;
const TD = `${CELL};font-size:16px`;
const META = `margin:0 0 12px;font-size:14px;color:${LIGHT.muted}`;

/**
 * The inline style of each element of the email, written as the HTML is generated. The class an
 * element keeps (`class="meta"`) names the entry here and the rules of {@link MEDIA_CSS} that
 * restyle it on phones and in dark mode.
 */
export const STYLE = {
  body: `margin:0;padding:0;width:100%;background-color:${LIGHT.page};-webkit-text-size-adjust:100%`,
  page: `background-color:${LIGHT.page}`,
  pageCell: `${TD};padding:16px 8px`,
  card: `background-color:${LIGHT.card};border:1px solid ${LIGHT.line};max-width:600px;margin:0 auto`,
  top: `${TD};padding:28px 32px 8px;border-bottom:4px solid ${LIGHT.accent}`,
  px: `${TD};padding:8px 32px`,
  /** A section without a heading: it continues the one before after a rule. */
  rule: `${TD};padding:8px 32px;border-top:1px solid ${LIGHT.line}`,
  foot: `font-family:${FONT};line-height:1.5;padding:24px 32px;font-size:13px;color:${LIGHT.muted};text-align:center`,
  kicker: `margin:0;font-size:13px;color:${LIGHT.muted};text-transform:uppercase;letter-spacing:1px`,
  title: `margin:4px 0 4px;font-size:30px;line-height:1.2;color:${LIGHT.text}`,
  tag: `margin:0 0 12px;font-size:17px;color:${LIGHT.muted}`,
  /** A section's heading, whatever its level. */
  sectionHeading: `margin:24px 0 8px;font-size:20px;line-height:1.3;color:${LIGHT.accent};text-transform:uppercase;letter-spacing:1px`,
  /** A heading inside a section (an action, a city, "Upcoming dates"), whatever its level. */
  innerHeading: `margin:16px 0 4px;font-size:17px;line-height:1.35;color:${LIGHT.text}`,
  p: "margin:0 0 12px",
  meta: META,
  quote: `${CELL};border-left:4px solid ${LIGHT.accent};padding:4px 0 4px 16px;font-size:18px;font-style:italic`,
  blockquote: "margin:0 0 8px",
  cite: `margin:0;font-size:14px;font-style:normal;color:${LIGHT.muted}`,
  stats: `${CELL};background-color:${LIGHT.band};border:1px solid ${LIGHT.line};padding:8px;font-size:0`,
  col: "display:inline-block;width:100%;max-width:240px;vertical-align:top",
  stat: `${TD};padding:12px 12px 8px`,
  num: `margin:0;font-size:30px;line-height:1.15;font-weight:bold;color:${LIGHT.accent}`,
  measure: "margin:4px 0 6px;font-size:16px;font-weight:bold",
  spacer: "height:16px;line-height:16px;font-size:0",
  event: `${TD};border-left:4px solid ${LIGHT.line};padding:2px 0 2px 14px`,
  gap: `font-family:${FONT};color:${LIGHT.text};height:14px;font-size:0;line-height:0`,
  when: `margin:0;font-size:14px;font-weight:bold;color:${LIGHT.accent};text-transform:uppercase;letter-spacing:1px`,
  /** A postal address: upright (browsers italicise `address`), its colour the cell's. */
  address: "margin:0 0 12px;font-style:normal",
  letter: `${TD};border:1px solid ${LIGHT.line};padding:12px 16px;background-color:${LIGHT.band}`,
  button: `display:inline-block;padding:12px 24px;border:2px solid ${LIGHT.edge};background-color:${LIGHT.accent};color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;mso-hide:all`,
  photo: `display:block;width:100%;max-width:536px;height:auto;border:1px solid ${LIGHT.line}`,
  list: "margin:0 0 12px;padding:0 0 0 24px",
  li: "margin:0 0 6px",
  a: `color:${LIGHT.accent};text-decoration:underline`,
  code: "font-family:Consolas,Menlo,monospace;font-size:14px",
  dataTable: "margin:0 0 12px",
  dataHead: `padding:4px 16px 4px 0;border-bottom:1px solid ${LIGHT.line};text-align:left;vertical-align:top;font-size:15px`,
  dataCell: `${CELL};padding:4px 16px 4px 0;border-bottom:1px solid ${LIGHT.line};text-align:left;vertical-align:top;font-size:15px`,
} as const;

/**
 * What inline styles cannot say, in the `<style>` of the head: narrower padding on phones and the
 * dark colours. Each block is one level deep and the whole is far below Gmail's 16 KB, which Gmail
 * requires to keep it; `!important` lets the rules win over the inline styles.
 */
export const MEDIA_CSS =
  `@media (max-width:520px){.card{width:100% !important}.px{padding:8px 16px !important}.top{padding:20px 16px 8px !important}.foot{padding:20px 16px !important}.col{max-width:100% !important}h1{font-size:26px !important}.num{font-size:28px !important}}` +
  `@media (prefers-color-scheme:dark){body,.page{background-color:${DARK.page} !important}.card{background-color:${DARK.card} !important;border-color:${DARK.line} !important}td,h1,.ih,.measure{color:${DARK.text} !important}.sh,a,.num,.when{color:${DARK.accent} !important}.kicker,.tag,.meta,.cite,.foot{color:${DARK.muted} !important}.stats,.letter{background-color:${DARK.band} !important;border-color:${DARK.line} !important}.quote{border-color:${DARK.accent} !important}.top{border-color:${DARK.accent} !important}.btn{background-color:${LIGHT.accent} !important;color:#ffffff !important;border-color:#ffffff !important}}`;
