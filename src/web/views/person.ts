import type { PersonDetail, StoredArticle } from "../../archive/types.js";
import type { Role } from "../../model/page.js";
import { html, type Html } from "../html.js";
import { dateLabel, headlineOf, href, pageLabel, ROLE_LABELS } from "../format.js";
import { layout } from "../layout.js";

/** Everything a person wrote or shot, newest first. */
export function personPage(person: PersonDetail): Html {
  const articles = [...person.articles].sort((a, b) => b.date.localeCompare(a.date) || a.page.localeCompare(b.page));
  const roles = Object.entries(person.roles).map(([role, count]) => `${ROLE_LABELS[role as Role]} ${count}`);
  return layout(
    { title: person.name, crumbs: [{ label: person.paper, href: href.paper(person.paper) }, { label: person.name }] },
    html`<h1>${person.name}</h1>
<p class="meta">${person.paper} · ${roles.join(" · ")} · 共 ${person.articles.length} 篇</p>
<ol class="dated-list">${articles.map((article) => entry(article, person.name))}</ol>`,
  );
}

function entry(stored: StoredArticle, name: string): Html {
  const roles = stored.article.people.filter((credit) => credit.name === name).map((credit) => ROLE_LABELS[credit.role]);
  return html`<li>
  <time datetime="${stored.date}">${dateLabel(stored.date)}</time>
  <a href="${href.article(stored.id)}">${headlineOf(stored.article)}</a>
  <span class="muted">${pageLabel(stored.page)} · ${roles.join("、")}</span>
</li>`;
}
