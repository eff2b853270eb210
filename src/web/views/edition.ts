import type { EditionSummary } from "../../archive/types.js";
import { html, type Html } from "../html.js";
import { dateLabel, href, pageLabel, weekdayLabel } from "../format.js";
import { layout } from "../layout.js";

export function editionPage(edition: EditionSummary): Html {
  const rows = edition.pages.map(
    (page) => html`<li><a href="${href.page(page.id)}"><span class="folio-no">${pageLabel(page.page)}</span>
      <span class="section-name">${page.section ?? ""}</span></a><span class="muted">${page.articles} 篇</span></li>`,
  );
  return layout(
    {
      title: `${edition.paper} ${dateLabel(edition.date)}`,
      crumbs: [{ label: edition.paper, href: href.paper(edition.paper) }, { label: dateLabel(edition.date) }],
    },
    html`<h1>${edition.paper}</h1>
<p class="meta">${dateLabel(edition.date)} ${weekdayLabel(edition.date)} · 共 ${edition.pages.length} 版</p>
<ol class="page-list">${rows}</ol>`,
  );
}
