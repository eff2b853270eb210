import type { ArchiveApi, ArticleEntity, StoredArticle } from "../../archive/types.js";
import type { BodyBlock, Item, Person, Span } from "../../model/page.js";
import { newsArticleJsonLd } from "../../archive/jsonld.js";
import { html, jsonScript, type Fragment, type Html } from "../html.js";
import { dateLabel, ENTITY_TYPE_LABELS, headlineOf, href, pageLabel, ROLE_LABELS } from "../format.js";
import { layout } from "../layout.js";
import { personIdsByName } from "../people-index.js";
import { croppedRegion } from "./page-image.js";

export function articleCrumbs(stored: StoredArticle) {
  return [
    { label: stored.paper, href: href.paper(stored.paper) },
    { label: dateLabel(stored.date), href: href.edition(stored.paper, stored.date) },
    { label: pageLabel(stored.page), href: href.page(stored.pageId) },
  ];
}

/** The article as a reader sees it; `origin` makes the JSON-LD's url absolute. */
export function articleView(archive: ArchiveApi, stored: StoredArticle, origin: string): Html {
  const { article } = stored;
  const page = archive.page(stored.pageId);
  const entities = archive.articleEntities(stored.id);
  const jsonLd = newsArticleJsonLd(stored, {
    url: origin + href.article(stored.id),
    section: page?.section,
    entities,
    entityUrl: (id) => origin + href.entity(id),
  });
  const image = article.bbox ? archive.pageImage(stored.pageId) : null;
  const personIds = personIdsByName(archive, stored.paper);
  return layout(
    { title: headlineOf(article), crumbs: articleCrumbs(stored), head: jsonScript(jsonLd) },
    html`<article class="story">
${statusNotice(stored)}
${versionNotice(stored)}
<header>
  ${article.kicker && html`<p class="kicker">${article.kicker}</p>`}
  <h1>${headlineOf(article)}</h1>
  ${article.subheadline && html`<p class="subheadline">${article.subheadline}</p>`}
  <p class="byline">${article.byline ?? article.dateline}</p>
  ${peopleLine(article.people, personIds)}
</header>
${image && article.bbox && croppedRegion(stored.pageId, image, article.bbox, headlineOf(article))}
<div class="story-body">${article.body.map(bodyBlock)}</div>
${photoCaptions(page ? photosWithin(page.parsed.items, article.spans) : [])}
${mentionBox(entities)}
</article>
${storyFooter(stored)}`,
  );
}

const STATUS_NOTICES: Record<StoredArticle["status"], string | null> = {
  live: null,
  merged: "这篇报道已并入同版的上一篇。",
  stale: "版面重新导入后原文有变化,这篇更正过的报道需要核对。",
};

function statusNotice(stored: StoredArticle): Fragment {
  const notice = STATUS_NOTICES[stored.status];
  return notice && html`<p class="notice">${notice}</p>`;
}

function versionNotice(stored: StoredArticle): Fragment {
  if (stored.versions <= 1) return null;
  const latest = stored.version === stored.versions;
  return html`<p class="notice">${latest ? "本文经过编辑更正" : `这是第 ${stored.version} 版,共 ${stored.versions} 版`} ·
    <a href="${href.edit(stored.id)}#versions">版本记录</a>${latest ? "" : html` · <a href="${href.article(stored.id)}">查看最新版</a>`}</p>`;
}

export function peopleLine(people: Person[], personIds: Map<string, number>): Fragment {
  if (!people.length) return null;
  const links = people.map((person) => {
    const id = personIds.get(person.name);
    const name = id === undefined ? html`${person.name}` : html`<a href="${href.person(id)}">${person.name}</a>`;
    return html`<li><span class="role">${ROLE_LABELS[person.role]}</span>${name}</li>`;
  });
  return html`<ul class="people">${links}</ul>`;
}

const MENTION_ORDER = ["person", "organisation", "place"] as const;

/** 提及: the people, organisations and places the article names, each linking to its page. */
function mentionBox(entities: ArticleEntity[]): Fragment {
  if (entities.length === 0) return null;
  const rows = MENTION_ORDER.map((type) => {
    const named = entities.filter((entity) => entity.type === type);
    if (named.length === 0) return null;
    const links = named.map((entity) => html`<li><a href="${href.entity(entity.id)}">${entity.name}</a></li>`);
    return html`<dt>${ENTITY_TYPE_LABELS[type]}</dt><dd><ul>${links}</ul></dd>`;
  });
  return html`<aside class="mentions" aria-label="提及"><h2>提及</h2><dl>${rows}</dl></aside>`;
}

function bodyBlock(block: BodyBlock): Html {
  if (block.kind === "subhead") return html`<h2 class="inner-subhead">${block.text}</h2>`;
  if (block.lead && block.text.startsWith(block.lead)) {
    return html`<p><strong class="lead">${block.lead}</strong>${block.text.slice(block.lead.length)}</p>`;
  }
  return html`<p>${block.text}</p>`;
}

/** Photos whose source text lies within the article's stretch of the page. */
function photosWithin(items: Item[], spans: Span[]): Item[] {
  if (!spans.length) return [];
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  return items.filter((item) => item.kind === "photo" && item.spans.some((span) => span.start >= start && span.end <= end));
}

export function photoCaptions(photos: Item[]): Fragment {
  if (!photos.length) return null;
  return photos.map(
    (photo) => html`<figure class="photo-caption"><figcaption>${photo.text}${photo.credit && html` <span class="credit">${photo.credit}</span>`}</figcaption></figure>`,
  );
}

function storyFooter(stored: StoredArticle): Html {
  const prev = stored.prevId !== null ? html`<a rel="prev" href="${href.article(stored.prevId)}">‹ 上一篇</a>` : html`<span></span>`;
  const next = stored.nextId !== null ? html`<a rel="next" href="${href.article(stored.nextId)}">下一篇 ›</a>` : html`<span></span>`;
  return html`<footer class="story-footer">
  <p>刊于 <a href="${href.page(stored.pageId)}">${stored.paper} ${dateLabel(stored.date)} ${pageLabel(stored.page)}</a>
   · <a href="${href.source(stored.id)}">原文对照</a> · <a href="${href.edit(stored.id)}">更正与版本</a> · <a href="/api/articles/${stored.id}">JSON</a></p>
  <nav class="prev-next">${prev}${next}</nav>
</footer>`;
}
