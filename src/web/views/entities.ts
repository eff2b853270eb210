import { ENTITY_TYPES, type ArchiveApi, type EntitySummary, type EntityType } from "../../archive/types.js";
import { html, queryString, type Html } from "../html.js";
import { ENTITY_TYPE_LABELS, href } from "../format.js";
import { layout } from "../layout.js";

export const ENTITIES_PER_PAGE = 100;

/** People, organisations or places named in the archive, most written about first. */
export function entitiesPage(archive: ArchiveApi, type: EntityType | undefined, offset: number): Html {
  const entities = archive.entities({ type, limit: ENTITIES_PER_PAGE, offset });
  const total = archive.entityCount({ type });
  const title = type ? ENTITY_TYPE_LABELS[type] : "人物 · 机构 · 地点";
  return layout(
    { title, crumbs: [{ label: title }] },
    html`<h1>${title}</h1>
<nav class="tabs">${[undefined, ...ENTITY_TYPES].map((tab) => typeTab(tab, type))}</nav>
<p class="meta">共 ${total} 个</p>
<ol class="entity-list">${entities.map(entityEntry)}</ol>
${pager(type, offset, total)}`,
  );
}

function typeTab(tab: EntityType | undefined, current: EntityType | undefined): Html {
  const label = tab ? ENTITY_TYPE_LABELS[tab] : "全部";
  return tab === current ? html`<strong>${label}</strong>` : html`<a href="${href.entities(tab)}">${label}</a>`;
}

function entityEntry(entity: EntitySummary): Html {
  const detail = [ENTITY_TYPE_LABELS[entity.type], entity.code, entity.path?.slice(0, -1).join(" › "), `${entity.articles} 篇`].filter(Boolean).join(" · ");
  return html`<li><a href="${href.entity(entity.id)}">${entity.name}</a> <span class="muted">${detail}</span></li>`;
}

function pager(type: EntityType | undefined, offset: number, total: number): Html {
  const link = (to: number, label: string) => html`<a href="/entities${queryString({ type, offset: to || undefined })}">${label}</a>`;
  const prev = offset > 0 ? link(Math.max(0, offset - ENTITIES_PER_PAGE), "‹ 上一页") : null;
  const next = offset + ENTITIES_PER_PAGE < total ? link(offset + ENTITIES_PER_PAGE, "下一页 ›") : null;
  return html`<nav class="pager">${prev}${next}</nav>`;
}
