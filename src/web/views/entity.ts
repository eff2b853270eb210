import type { EntityArticle, EntityDetail, EntityFigure } from "../../archive/types.js";
import { html, type Fragment, type Html } from "../html.js";
import { dateLabel, ENTITY_TYPE_LABELS, figureLabel, href, pageLabel } from "../format.js";
import { layout } from "../layout.js";

/** An entity's page: what it is (a place's code and parents), the figures reported with it, its articles newest first. */
export function entityPage(entity: EntityDetail): Html {
  const typeLabel = ENTITY_TYPE_LABELS[entity.type];
  return layout(
    {
      title: entity.name,
      crumbs: [{ label: typeLabel, href: href.entities(entity.type) }, { label: entity.name }],
    },
    html`<h1>${entity.name}</h1>
<p class="meta">${typeLabel} · ${entity.paper} · 见于 ${entity.articleCount} 篇报道 · 提及 ${entity.mentions} 次</p>
${aliases(entity)}
${division(entity)}
${figures(entity.figures)}
<h2>相关报道</h2>
<ol class="dated-list">${entity.articles.map(articleEntry)}</ol>
${entity.articleCount > entity.articles.length && html`<p class="muted">只列出最新的 ${entity.articles.length} 篇。</p>`}`,
  );
}

function aliases(entity: EntityDetail): Fragment {
  return entity.aliases.length > 0 && html`<p class="meta">又作 ${entity.aliases.join("、")}</p>`;
}

/** A division's GB/T 2260 code and the divisions it lies in; a site is said to be one. */
function division(entity: EntityDetail): Fragment {
  if (entity.type !== "place") return null;
  if (!entity.code) return html`<p class="meta">${entity.kind === "site" ? "地名(非行政区划)" : "行政区划(未能确定代码)"}</p>`;
  const parents = entity.path?.slice(0, -1) ?? [];
  return html`<dl class="division">
  <dt>行政区划代码</dt><dd><code>${entity.code}</code></dd>
  <dt>上级区划</dt><dd>${parents.length ? parents.join(" › ") : "—"}</dd>
</dl>`;
}

function figures(list: EntityFigure[]): Fragment {
  if (list.length === 0) return null;
  return html`<h2>报道中的数字</h2>
<div class="table-scroll"><table class="figures">
  <thead><tr><th>日期</th><th>数字</th><th>计</th><th>原句</th></tr></thead>
  <tbody>${list.map(figureRow)}</tbody>
</table></div>`;
}

function figureRow(figure: EntityFigure): Html {
  return html`<tr>
  <td><a href="${href.article(figure.articleId)}"><time datetime="${figure.date}">${dateLabel(figure.date)}</time></a></td>
  <td><strong>${figure.text}</strong><br><span class="muted">${figureLabel(figure)}</span></td>
  <td>${figure.counts ?? ""}</td>
  <td class="sentence">${marked(figure.sentence, figure.text)}</td>
</tr>`;
}

/** The sentence with the figure's first occurrence marked. */
function marked(sentence: string, figure: string): Html {
  const at = sentence.indexOf(figure);
  if (at < 0) return html`${sentence}`;
  return html`${sentence.slice(0, at)}<mark>${figure}</mark>${sentence.slice(at + figure.length)}`;
}

function articleEntry(article: EntityArticle): Html {
  const titles = article.titles.length ? ` · ${article.titles.join("、")}` : "";
  return html`<li>
  <time datetime="${article.date}">${dateLabel(article.date)}</time>
  <a href="${href.article(article.articleId)}">${article.headline ?? "(无标题)"}</a>
  <span class="muted">${article.paper} · ${pageLabel(article.page)} · 提及 ${article.mentions} 次${titles}</span>
</li>`;
}
