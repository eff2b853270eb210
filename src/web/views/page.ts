import type { ArchiveApi, StoredPage } from "../../archive/types.js";
import type { Article, Item } from "../../model/page.js";
import { html, type Html } from "../html.js";
import { dateLabel, headlineOf, href, pageLabel } from "../format.js";
import { layout } from "../layout.js";
import { photoCaptions } from "./article.js";
import { pageImageMap, type Region } from "./page-image.js";

export function pageView(archive: ArchiveApi, page: StoredPage): Html {
  const image = archive.pageImage(page.id);
  const articles = page.parsed.articles.map((article, i) => ({ article, id: page.articleIds[i] }));
  const regions: Region[] = articles
    .filter(({ article }) => article.bbox)
    .map(({ article, id }) => ({ bbox: article.bbox!, label: headlineOf(article), href: href.article(id) }));
  const title = `${pageLabel(page.page)}${page.section ? ` ${page.section}` : ""}`;
  return layout(
    {
      title: `${page.paper} ${dateLabel(page.date)} ${title}`,
      crumbs: [
        { label: page.paper, href: href.paper(page.paper) },
        { label: dateLabel(page.date), href: href.edition(page.paper, page.date) },
        { label: title },
      ],
      wide: Boolean(image),
    },
    html`<h1 class="page-title">${title}</h1>
<p class="meta">${page.paper} · ${dateLabel(page.date)} · ${articles.length} 篇</p>
${banners(page.parsed.items)}
<div class="${image ? "page-layout" : ""}">
${image && pageImageMap(page.id, image, regions)}
<div class="page-contents">
<ol class="article-list">${articles.map(({ article, id }) => articleEntry(article, id))}</ol>
${photos(page.parsed.items)}
${folio(page.parsed.items)}
</div>
</div>`,
  );
}

function articleEntry(article: Article, id: number): Html {
  const lead = article.body.find((block) => block.kind === "paragraph")?.text ?? "";
  return html`<li>
  ${article.kicker && html`<p class="kicker">${article.kicker}</p>`}
  <h2><a href="${href.article(id)}">${headlineOf(article)}</a></h2>
  ${article.subheadline && html`<p class="subheadline">${article.subheadline}</p>`}
  <p class="excerpt">${lead.slice(0, 90)}${lead.length > 90 ? "……" : ""}</p>
</li>`;
}

function itemsOf(items: Item[], kind: Item["kind"]): Item[] {
  return items.filter((item) => item.kind === kind);
}

function banners(items: Item[]): Html {
  return html`${itemsOf(items, "banner").map((item) => html`<p class="banner">${item.text}</p>`)}`;
}

function photos(items: Item[]): Html {
  const list = itemsOf(items, "photo");
  return list.length ? html`<section class="photos"><h2>图片</h2>${photoCaptions(list)}</section>` : html``;
}

function folio(items: Item[]): Html {
  return html`${itemsOf(items, "folio").map((item) => html`<p class="folio">${item.text}</p>`)}`;
}
