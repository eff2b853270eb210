import type { StoredArticle, StoredPage } from "../../archive/types.js";
import type { Span } from "../../model/page.js";
import { html, type Html } from "../html.js";
import { headlineOf, href } from "../format.js";
import { layout } from "../layout.js";
import { articleCrumbs } from "./article.js";

/** The page's original text with this article's spans highlighted. */
export function sourceView(stored: StoredArticle, page: StoredPage): Html {
  const spans = mergeSpans(stored.article.spans, page.source.length);
  return layout(
    { title: `原文对照 · ${headlineOf(stored.article)}`, crumbs: [...articleCrumbs(stored), { label: "原文对照" }] },
    html`<h1>原文对照</h1>
<p class="meta">高亮部分是《<a href="${href.article(stored.id)}">${headlineOf(stored.article)}</a>》在版面原文中的位置。${spans.length ? html` <a href="#span-0">跳到第一处</a>` : ""}</p>
<div class="source-text">${highlight(page.source, spans)}</div>`,
  );
}

/** Sorted, non-overlapping spans clipped to the text. */
function mergeSpans(spans: Span[], length: number): Span[] {
  const sorted = spans
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function highlight(text: string, spans: Span[]): Html {
  const parts: Html[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    parts.push(html`${text.slice(at, span.start)}<mark id="span-${i}">${text.slice(span.start, span.end)}</mark>`);
    at = span.end;
  });
  return html`${parts}${text.slice(at)}`;
}
