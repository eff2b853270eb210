import type { ArchiveApi, SearchHit, SearchQuery } from "../../archive/types.js";
import type { Span } from "../../model/page.js";
import { splitSnippet } from "../../server/snippet.js";
import { html, queryString, type Html } from "../html.js";
import { dateLabel, href, pageLabel } from "../format.js";
import { layout } from "../layout.js";
import { searchForm, type SearchFilters } from "./search-form.js";

export const RESULTS_PER_PAGE = 20;

export function searchPage(archive: ArchiveApi, filters: SearchFilters, query: SearchQuery | null, problem?: string): Html {
  const papers = archive.papers().map((paper) => paper.paper);
  return layout(
    { title: query ? `检索:${query.q}` : "检索", crumbs: [{ label: "检索" }] },
    html`<h1>检索</h1>
${searchForm(filters, papers)}
${problem && html`<p class="notice">${problem}</p>`}
${query && results(archive, filters, query)}`,
  );
}

function results(archive: ArchiveApi, filters: SearchFilters, query: SearchQuery): Html {
  const { total, hits } = archive.search(query);
  const offset = query.offset ?? 0;
  if (!total) return html`<p class="result-count">没有找到与“${query.q}”相关的报道。</p>`;
  return html`<p class="result-count">找到 <strong>${total}</strong> 篇相关报道,第 ${offset + 1}–${offset + hits.length} 篇</p>
<ol class="hits">${hits.map(hitEntry)}</ol>
${pager(filters, offset, total)}`;
}

function hitEntry(hit: SearchHit): Html {
  const { snippet, highlights } = splitSnippet(hit.snippet);
  return html`<li>
  <h2><a href="${href.article(hit.articleId)}">${hit.headline ?? "(无标题)"}</a></h2>
  <p class="snippet">${marked(snippet, highlights)}</p>
  <p class="meta">${hit.paper} · ${dateLabel(hit.date)} · ${pageLabel(hit.page)}</p>
</li>`;
}

function marked(text: string, highlights: Span[]): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const span of highlights) {
    parts.push(html`${text.slice(at, span.start)}<mark>${text.slice(span.start, span.end)}</mark>`);
    at = span.end;
  }
  return html`${parts}${text.slice(at)}`;
}

function pager(filters: SearchFilters, offset: number, total: number): Html {
  const link = (to: number, label: string) => html`<a href="/search${queryString({ ...filters, offset: to || undefined })}">${label}</a>`;
  const prev = offset > 0 ? link(Math.max(0, offset - RESULTS_PER_PAGE), "‹ 上一页") : null;
  const next = offset + RESULTS_PER_PAGE < total ? link(offset + RESULTS_PER_PAGE, "下一页 ›") : null;
  const pageNumber = Math.floor(offset / RESULTS_PER_PAGE) + 1;
  const pages = Math.ceil(total / RESULTS_PER_PAGE);
  return html`<nav class="pager">${prev}<span>第 ${pageNumber} / ${pages} 页</span>${next}</nav>`;
}
