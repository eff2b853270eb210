import type { ArchiveApi, PaperSummary } from "../../archive/types.js";
import { html, type Html } from "../html.js";
import { dateLabel, href, pageLabel } from "../format.js";
import { layout } from "../layout.js";
import { searchForm } from "./search-form.js";

const LATEST_EDITIONS = 6;

export function homePage(archive: ArchiveApi): Html {
  const papers = archive.papers();
  const body = papers.length ? papers.map((paper) => paperCard(archive, paper)) : html`<p class="muted">档案里还没有报纸。用 <code>banmian ingest</code> 导入版面。</p>`;
  return layout(
    { title: "首页" },
    html`<section class="hero">
  <h1>报纸档案</h1>
  <p class="muted">按日期浏览各报版面,或检索全部报道。</p>
  ${searchForm({})}
</section>
${body}`,
  );
}

function paperCard(archive: ArchiveApi, paper: PaperSummary): Html {
  const editions = archive.editions(paper.paper, { limit: LATEST_EDITIONS });
  const items = editions.map(
    (edition) => html`<li><a href="${href.edition(edition.paper, edition.date)}">${dateLabel(edition.date)}</a>
      <span class="muted">${edition.pages.map((page) => pageLabel(page.page)).join(" ")}</span></li>`,
  );
  return html`<section class="paper-card">
  <h2><a href="${href.paper(paper.paper)}">${paper.paper}</a></h2>
  <p class="meta">${dateLabel(paper.firstDate)} — ${dateLabel(paper.lastDate)} · ${paper.editions} 期 · ${paper.pages} 版 · ${paper.articles} 篇</p>
  <h3>最新各期</h3>
  <ul class="edition-list">${items}</ul>
  <p><a href="${href.paper(paper.paper)}">全部日期 ›</a></p>
</section>`;
}
