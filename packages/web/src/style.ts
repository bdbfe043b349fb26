/** The one stylesheet, inlined in every page: system fonts only, light and dark, and a print layout. */
export const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#555;--accent:#a4161a;--line:#ddd;--panel:#f6f4f1}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b4b4b4;--accent:#ff8a8a;--line:#3a3a3a;--panel:#1e1e1e}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:break-word}
header.site,main,footer.site{max-width:42rem;margin:0 auto;padding:1rem}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;border-bottom:3px solid var(--accent)}
header.site p{margin:0;font-weight:700}
nav ul,footer.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
a{color:var(--accent)}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
h1{font-size:1.9rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.35rem;margin:2rem 0 .5rem}
h2::first-letter{text-transform:uppercase}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.kicker,.tagline,.via,.cite,.add,time{color:var(--muted)}
.kicker{margin:0;font-size:.9rem;text-transform:uppercase;letter-spacing:.04em}
hr{border:0;border-top:1px solid var(--line);margin:2rem 0}
figure{margin:1.5rem 0;padding:.75rem 1rem;border-left:4px solid var(--accent);background:var(--panel)}
blockquote{margin:0;font-size:1.05em}
figcaption{margin-top:.5rem;color:var(--muted);font-size:.95rem}
.stats{list-style:none;padding:0}
.stats li{margin:.5rem 0}
.figure{font-size:1.3em;color:var(--fg)}
.events{padding-left:1.2rem}
.action,.report{margin:1.5rem 0}
.envelope{font-style:normal;margin:0 0 1rem;padding:.5rem 1rem;border-left:4px solid var(--line)}
.button{display:inline-block;padding:.35rem .9rem;border:2px solid var(--accent);border-radius:4px;font-weight:700;text-decoration:none}
.add{font-size:.9rem}
table{border-collapse:collapse;margin:0 0 1rem}
th,td{padding:.25rem .75rem .25rem 0;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
footer.site{border-top:1px solid var(--line);margin-top:3rem;font-size:.9rem;color:var(--muted)}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--accent:#000;--panel:#fff}
header.site nav,footer.site,.add,.button{display:none}
body{font-size:11pt}
main{max-width:none;padding:0}
a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere}
h2,h3{break-after:avoid}
figure,li{break-inside:avoid}
.envelope{display:inline-block;border:1px dashed #000;padding:.75rem 1.25rem;break-inside:avoid}
}
`
  .trim()
  .replace(/\n/g, "");
