import type { StoredArticle } from "../../archive/types.js";
import { html, type Html } from "../html.js";
import { headlineOf, href } from "../format.js";

/** Newspaper dates carry no time of day; China Standard Time midnight stands for the date. */
function timestamp(date: string): string {
  return `${date}T00:00:00+08:00`;
}

/** An Atom feed of a paper's latest articles; `origin` makes the links absolute. */
export function atomFeed(paper: string, articles: StoredArticle[], origin: string): Html {
  const updated = articles.length ? timestamp(articles.map((a) => a.date).sort().at(-1)!) : new Date().toISOString();
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>${paper}</title>
<id>${origin}${href.paper(paper)}</id>
<link rel="alternate" type="text/html" href="${origin}${href.paper(paper)}"/>
<link rel="self" type="application/atom+xml" href="${origin}${href.feed(paper)}"/>
<updated>${updated}</updated>
<generator>banmian</generator>
${articles.map((article) => entry(article, origin))}
</feed>`;
}

function entry(stored: StoredArticle, origin: string): Html {
  const { article } = stored;
  const summary = article.body.find((block) => block.kind === "paragraph")?.text ?? "";
  return html`<entry>
<title>${headlineOf(article)}</title>
<id>${origin}${href.article(stored.id)}</id>
<link rel="alternate" type="text/html" href="${origin}${href.article(stored.id)}"/>
<updated>${timestamp(stored.date)}</updated>
${article.people.map((person) => html`<author><name>${person.name}</name></author>`)}
${article.people.length === 0 && html`<author><name>${stored.paper}</name></author>`}
<summary>${summary.slice(0, 200)}</summary>
</entry>`;
}
