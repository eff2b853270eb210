/** The reader's one stylesheet: CJK typography, ~36em measure, phone-first. */
export const STYLESHEET = `
:root {
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "Songti SC", "STSong", "SimSun", serif;
  --sans: "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
  --ink: #1d1d1f;
  --muted: #6b6b70;
  --rule: #e4e1da;
  --paper: #fbfaf7;
  --accent: #a61b1b;
  --mark: #fde58a;
  --measure: 36em;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font-family: var(--sans); font-size: 16px; line-height: 1.6; }
a { color: inherit; text-decoration-color: rgba(166, 27, 27, .35); text-underline-offset: .2em; }
a:hover { color: var(--accent); }
h1, h2, h3 { font-family: var(--serif); font-weight: 700; line-height: 1.35; letter-spacing: .02em; }
h1 { font-size: 1.9rem; margin: .4em 0 .3em; }
code { font-size: .9em; }

.masthead { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: .7rem 1.25rem; border-bottom: 3px double var(--accent); background: #fff; }
.brand { font-family: var(--serif); font-size: 1.5rem; font-weight: 900; color: var(--accent); text-decoration: none; letter-spacing: .15em; }
.brand span { font-family: var(--sans); font-size: .8rem; font-weight: 400; color: var(--muted); letter-spacing: .1em; margin-left: .5em; }
.quick-search input { width: 12em; }
.crumbs { padding: .3rem 0 0; font-size: .85rem; color: var(--muted); }
.crumbs a { color: var(--muted); }
main { margin: 0 auto; padding: .5rem 1.25rem 3rem; }
main.narrow { max-width: calc(var(--measure) + 2.5rem); }
main.wide { max-width: 80rem; }
.colophon { border-top: 1px solid var(--rule); padding: 1.2rem; text-align: center; font-size: .85rem; color: var(--muted); }
.muted, .meta { color: var(--muted); }
.meta { font-size: .9rem; }

input, select, textarea, button { font: inherit; font-size: .95rem; }
input[type=text], input[type=search], input[type=password], input[type=date], select, textarea {
  border: 1px solid #cfcac0; border-radius: 4px; padding: .35em .5em; background: #fff; color: var(--ink); max-width: 100%;
}
textarea { width: 100%; font-family: var(--serif); line-height: 1.7; }
button { border: 0; border-radius: 4px; padding: .45em 1.1em; background: var(--accent); color: #fff; cursor: pointer; }
button:hover { background: #861414; }

.hero { padding: 1rem 0 .5rem; }
.search-form { margin: 1rem 0; }
.search-line { display: flex; gap: .5rem; }
.search-line input { flex: 1; min-width: 0; font-size: 1.05rem; }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .6rem 1rem; margin-top: .8rem; font-size: .85rem; color: var(--muted); }
.filters label { display: flex; flex-direction: column; gap: .2em; }
.filters input, .filters select { width: 100%; }

.paper-card { border-top: 1px solid var(--rule); padding: .5rem 0 1rem; }
.paper-card h2 { font-size: 1.5rem; margin: .6em 0 .2em; }
.paper-card h3 { font-family: var(--sans); font-size: .9rem; color: var(--muted); font-weight: 400; margin: 1em 0 .3em; }
.edition-list, .page-list, .article-list, .hits, .dated-list { list-style: none; padding: 0; margin: 0; }
.edition-list li { display: flex; gap: 1em; padding: .3em 0; border-bottom: 1px dotted var(--rule); }

.calendars { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1.5rem; margin-top: 1rem; }
.calendar h2 { font-size: 1.1rem; margin: 0 0 .4rem; }
.days { display: grid; grid-template-columns: repeat(7, 1fr); gap: 2px; text-align: center; font-size: .9rem; }
.days b { font-weight: 400; color: var(--muted); font-size: .8rem; }
.days span, .days a { padding: .3em 0; border-radius: 3px; }
.days span { color: #b5b1a8; }
.days a { background: var(--accent); color: #fff; text-decoration: none; font-weight: 700; }
.days a:hover { background: #861414; color: #fff; }

.page-list li { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; padding: .7em 0; border-bottom: 1px solid var(--rule); }
.page-list a { text-decoration: none; font-family: var(--serif); font-size: 1.2rem; }
.folio-no { color: var(--accent); font-weight: 700; margin-right: .8em; }

.page-title { border-bottom: 2px solid var(--ink); padding-bottom: .2em; }
.banner { display: inline-block; margin: .2rem 0 .8rem; padding: .15em .8em; background: var(--accent); color: #fff; font-family: var(--serif); letter-spacing: .1em; }
.folio { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .5em; }
.page-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
.page-image { margin: 0; border: 1px solid var(--rule); background: #fff; }
.page-image svg, .article-crop svg { display: block; width: 100%; height: auto; }
.region { fill: rgba(166, 27, 27, 0); stroke: rgba(166, 27, 27, 0); stroke-width: 1.5; cursor: pointer; transition: fill .15s; }
a:hover .region, a:focus .region, .region.current { fill: rgba(166, 27, 27, .14); stroke: rgba(166, 27, 27, .8); }
.article-list li { padding: .9rem 0; border-bottom: 1px solid var(--rule); }
.article-list h2 { font-size: 1.25rem; margin: .1em 0; }
.article-list h2 a { text-decoration: none; }
.excerpt { margin: .3em 0 0; color: #45454a; font-family: var(--serif); font-size: .95rem; line-height: 1.75; }
.kicker { margin: 0; color: var(--accent); font-family: var(--serif); font-size: .95rem; }
.subheadline { margin: .2em 0; font-family: var(--serif); font-size: 1.1rem; color: #45454a; }
.photos h2 { font-family: var(--sans); font-size: .9rem; color: var(--muted); font-weight: 400; }
.photo-caption { margin: .8rem 0; padding: .6em .9em; border-left: 3px solid var(--accent); background: #fff; font-size: .9rem; }
.credit { color: var(--muted); white-space: nowrap; }

.story header { text-align: center; margin: 1.5rem 0 1.8rem; }
.story h1 { font-size: 2rem; margin: .25em 0; }
.byline { color: var(--muted); font-size: .9rem; margin: .6em 0 .3em; }
.people { list-style: none; padding: 0; margin: .3em 0 0; display: flex; flex-wrap: wrap; justify-content: center; gap: .4em .9em; font-size: .9rem; }
.people .role { color: var(--muted); margin-right: .25em; }
.story-body { font-family: var(--serif); font-size: 1.1rem; line-height: 1.85; text-align: justify; }
.story-body p { margin: 0 0 1em; text-indent: 2em; }
.story-body .lead { font-weight: 700; }
.inner-subhead { font-size: 1.15rem; margin: 1.6em 0 .6em; text-align: center; }
.article-crop { margin: 0 0 1.5rem; border: 1px solid var(--rule); background: #fff; }
.article-crop figcaption { font-size: .8rem; color: var(--muted); padding: .3em .6em; }
.story-footer { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .5rem; font-size: .9rem; color: var(--muted); }
.prev-next { display: flex; justify-content: space-between; gap: 1rem; margin-top: .5rem; }
.notice { background: #fff6d6; border: 1px solid #ecd98c; padding: .5em .8em; border-radius: 4px; font-size: .9rem; }

.source-text { white-space: pre-wrap; font-family: var(--serif); line-height: 1.9; background: #fff; border: 1px solid var(--rule); padding: 1rem 1.2rem; color: #77777c; }
.source-text mark { background: var(--mark); color: var(--ink); }
.snippet { font-family: var(--serif); line-height: 1.8; margin: .2em 0; }
mark { background: var(--mark); color: inherit; padding: 0 .05em; }
.result-count { color: var(--muted); }
.hits li { padding: .9rem 0; border-bottom: 1px solid var(--rule); }
.hits h2 { font-size: 1.2rem; margin: 0; }
.hits .meta { margin: 0; font-size: .85rem; }
.pager { display: flex; gap: 1.5rem; justify-content: center; margin: 1.5rem 0; }
.dated-list li { display: grid; grid-template-columns: 8.5em 1fr; gap: .2em 1em; padding: .6em 0; border-bottom: 1px solid var(--rule); }
.dated-list .muted { grid-column: 2; font-size: .85rem; }

.mentions { margin: 2rem 0 0; padding: .6rem .9rem; border: 1px solid var(--rule); border-radius: 6px; background: #fff; font-size: .9rem; }
.mentions h2 { font-family: var(--sans); font-size: .9rem; color: var(--muted); font-weight: 400; margin: 0 0 .3em; }
.mentions dl { display: grid; grid-template-columns: 3em 1fr; gap: .3em .6em; margin: 0; }
.mentions dt { color: var(--muted); }
.mentions dd { margin: 0; }
.mentions ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .2em .9em; }
.division { display: grid; grid-template-columns: auto 1fr; gap: .2em 1em; font-size: .95rem; }
.division dt { color: var(--muted); }
.division dd { margin: 0; }
.figures { width: 100%; border-collapse: collapse; font-size: .9rem; }
.figures th, .figures td { text-align: left; padding: .45em .5em; border-bottom: 1px solid var(--rule); vertical-align: top; }
.figures td:first-child { white-space: nowrap; }
.figures .sentence { font-family: var(--serif); line-height: 1.7; }
.tabs { display: flex; gap: 1.2em; margin: .5rem 0; }
.entity-list { padding-left: 1.6em; }
.entity-list li { padding: .2em 0; }

.panel { background: #fff; border: 1px solid var(--rule); border-radius: 6px; padding: .8rem 1rem 1rem; margin: 1rem 0; }
.panel h2 { font-size: 1.1rem; margin: .2em 0 .6em; }
.token-panel { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; }
.field { display: block; margin: .6em 0; font-size: .85rem; color: var(--muted); }
.field input, .field select { display: block; width: 100%; margin-top: .2em; }
.field textarea { margin-top: .2em; }
fieldset { border: 1px solid var(--rule); border-radius: 4px; margin: .6em 0; }
legend { font-size: .85rem; color: var(--muted); }
.person-row { display: flex; gap: .5em; margin: .3em 0; }
.person-row input { flex: 1; min-width: 0; }
.form-status:empty { display: none; }
.form-status { padding: .5em .8em; border-radius: 4px; background: #fdecec; color: #8a1111; }
.form-status.ok { background: #e8f5e9; color: #1b5e20; }
.table-scroll { overflow-x: auto; }
.versions { width: 100%; border-collapse: collapse; font-size: .9rem; }
.versions th, .versions td { text-align: left; padding: .4em .5em; border-bottom: 1px solid var(--rule); vertical-align: top; }
form.inline { display: inline; }
form.inline button { padding: .2em .7em; font-size: .85rem; }

@media (max-width: 760px) {
  .page-layout { grid-template-columns: 1fr; }
  h1, .story h1 { font-size: 1.5rem; }
  .masthead { padding: .6rem .9rem; }
  .quick-search input { width: 8.5em; }
  main { padding: .5rem .9rem 2.5rem; }
  .story-body { font-size: 1.05rem; }
  .dated-list li { grid-template-columns: 1fr; }
  .dated-list .muted { grid-column: 1; }
}
`;
