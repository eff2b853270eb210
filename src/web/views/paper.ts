import type { ArchiveApi, EditionSummary, PaperSummary } from "../../archive/types.js";
import { html, queryString, type Html } from "../html.js";
import { href } from "../format.js";
import { layout } from "../layout.js";

const EDITIONS_PER_VIEW = 93;

/** A paper's editions as month calendars, newest month first. */
export function paperPage(archive: ArchiveApi, paper: PaperSummary, offset: number): Html {
  const editions = archive.editions(paper.paper, { limit: EDITIONS_PER_VIEW, offset });
  const months = groupByMonth(editions);
  return layout(
    {
      title: paper.paper,
      crumbs: [{ label: paper.paper }],
      head: html`<link rel="alternate" type="application/atom+xml" title="${paper.paper}" href="${href.feed(paper.paper)}">`,
    },
    html`<h1>${paper.paper}</h1>
<p class="meta">${paper.editions} 期 · ${paper.pages} 版 · ${paper.articles} 篇 · <a href="${href.feed(paper.paper)}">Atom 订阅</a></p>
<div class="calendars">${[...months].map(([month, dates]) => monthCalendar(paper.paper, month, dates))}</div>
${pager(paper, offset)}`,
  );
}

function groupByMonth(editions: EditionSummary[]): Map<string, Set<string>> {
  const months = new Map<string, Set<string>>();
  for (const { date } of editions) {
    const month = date.slice(0, 7);
    months.set(month, (months.get(month) ?? new Set()).add(date));
  }
  return months;
}

function monthCalendar(paper: string, month: string, dates: Set<string>): Html {
  const [year, monthNumber] = month.split("-").map(Number);
  const firstWeekday = new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const blanks = Array.from({ length: firstWeekday }, () => html`<span></span>`);
  const cells = Array.from({ length: days }, (_, i) => dayCell(paper, `${month}-${String(i + 1).padStart(2, "0")}`, i + 1, dates));
  return html`<section class="calendar">
  <h2>${year}年${monthNumber}月</h2>
  <div class="days"><b>日</b><b>一</b><b>二</b><b>三</b><b>四</b><b>五</b><b>六</b>${blanks}${cells}</div>
</section>`;
}

function dayCell(paper: string, date: string, day: number, dates: Set<string>): Html {
  return dates.has(date) ? html`<a href="${href.edition(paper, date)}" title="${date}">${day}</a>` : html`<span>${day}</span>`;
}

function pager(paper: PaperSummary, offset: number): Html {
  const newer = offset > 0 ? html`<a href="${href.paper(paper.paper)}${queryString({ offset: Math.max(0, offset - EDITIONS_PER_VIEW) || undefined })}">‹ 较新</a>` : null;
  const older = offset + EDITIONS_PER_VIEW < paper.editions ? html`<a href="${href.paper(paper.paper)}${queryString({ offset: offset + EDITIONS_PER_VIEW })}">更早 ›</a>` : null;
  return newer || older ? html`<nav class="pager">${newer}${older}</nav>` : html``;
}
