import { ROLES } from "../../model/page.js";
import { html, type Html } from "../html.js";
import { ROLE_LABELS } from "../format.js";

export interface SearchFilters {
  q?: string;
  paper?: string;
  from?: string;
  to?: string;
  person?: string;
  role?: string;
  org?: string;
  place?: string;
}

/** The search box; with `papers`, also the filter fields. */
export function searchForm(filters: SearchFilters, papers?: string[]): Html {
  return html`<form class="search-form" action="/search" method="get" role="search">
  <div class="search-line">
    <input type="search" name="q" value="${filters.q ?? ""}" placeholder="输入关键词,如 统战" aria-label="关键词" required>
    <button type="submit">检索</button>
  </div>
  ${papers && filterFields(filters, papers)}
</form>`;
}

function filterFields(filters: SearchFilters, papers: string[]): Html {
  const paperOptions = papers.map((paper) => html`<option value="${paper}"${selected(paper === filters.paper)}>${paper}</option>`);
  const roleOptions = ROLES.map((role) => html`<option value="${role}"${selected(role === filters.role)}>${ROLE_LABELS[role]}</option>`);
  return html`<div class="filters">
    <label>报纸 <select name="paper"><option value="">全部</option>${paperOptions}</select></label>
    <label>从 <input type="date" name="from" value="${filters.from ?? ""}"></label>
    <label>到 <input type="date" name="to" value="${filters.to ?? ""}"></label>
    <label>人物 <input type="text" name="person" value="${filters.person ?? ""}" size="8"></label>
    <label>身份 <select name="role"><option value="">不限</option>${roleOptions}</select></label>
    <label>机构 <input type="text" name="org" value="${filters.org ?? ""}" size="10"></label>
    <label>地点 <input type="text" name="place" value="${filters.place ?? ""}" size="8"></label>
  </div>`;
}

function selected(isSelected: boolean): Html {
  return html`${isSelected ? html` selected` : ""}`;
}
