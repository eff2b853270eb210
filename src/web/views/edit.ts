import type { ArticleVersion, StoredArticle } from "../../archive/types.js";
import { ROLES, type Article, type Person } from "../../model/page.js";
import { html, type Fragment, type Html } from "../html.js";
import { headlineOf, href, ROLE_LABELS } from "../format.js";
import { layout } from "../layout.js";
import { articleCrumbs } from "./article.js";

const HEADLINE_FIELDS = [
  ["kicker", "引题"],
  ["headline", "主标题"],
  ["subheadline", "副题"],
  ["dateline", "电头"],
  ["byline", "署名"],
] as const;

const BLANK_PEOPLE_ROWS = 2;

/** The editor's page: correct fields, split or merge, and the version history. */
export function editPage(stored: StoredArticle, versions: ArticleVersion[], editable: boolean): Html {
  const { article } = stored;
  return layout(
    { title: `更正 · ${headlineOf(article)}`, crumbs: [...articleCrumbs(stored), { label: headlineOf(article), href: href.article(stored.id) }, { label: "更正" }], script: true },
    html`<h1>更正与版本</h1>
${editable ? tokenPanel() : html`<p class="notice">只读档案:服务器未设置 BANMIAN_EDIT_TOKEN,不能保存更正。</p>`}
<p class="form-status" role="status" data-status></p>
${editable && correctionForm(stored.id, article)}
${editable && splitMergeForms(stored)}
${versionHistory(stored, versions, editable)}`,
  );
}

function tokenPanel(): Html {
  return html`<form class="panel token-panel" data-token-form>
  <label>编辑令牌 <input type="password" name="token" autocomplete="off" required></label>
  <label>编辑署名 <input type="text" name="author" autocomplete="name" required maxlength="100"></label>
  <button type="submit">保存</button>
  <span class="muted" data-token-state></span>
</form>`;
}

function apiForm(action: string, id: number, content: Fragment, className = "panel"): Html {
  return html`<form class="${className}" data-action="${action}" data-article="${id}">${content}</form>`;
}

function correctionForm(id: number, article: Article): Html {
  const fields = HEADLINE_FIELDS.map(
    ([name, label]) => html`<label class="field">${label}<input type="text" name="${name}" value="${article[name] ?? ""}"></label>`,
  );
  const blocks = article.body.map(
    (block, i) => html`<label class="field">${block.kind === "subhead" ? "小标题" : "段落"} ${i + 1}<textarea name="body" rows="${Math.min(12, Math.ceil(block.text.length / 40) + 1)}">${block.text}</textarea></label>`,
  );
  const people = [...article.people, ...Array.from({ length: BLANK_PEOPLE_ROWS }, () => null)].map(personRow);
  return apiForm(
    "correct",
    id,
    html`<h2>更正文字</h2>
${fields}
<fieldset><legend>人物</legend>${people}</fieldset>
${blocks}
<label class="field">更正说明<input type="text" name="note" maxlength="500"></label>
<button type="submit">保存为新版本</button>`,
  );
}

function personRow(person: Person | null): Html {
  const options = ROLES.map((role) => html`<option value="${role}"${person?.role === role ? html` selected` : ""}>${ROLE_LABELS[role]}</option>`);
  return html`<div class="person-row"><input type="text" name="person-name" value="${person?.name ?? ""}" aria-label="姓名" placeholder="姓名"><select name="person-role" aria-label="身份">${options}</select></div>`;
}

function splitMergeForms(stored: StoredArticle): Fragment {
  const blocks = stored.article.body;
  const split =
    blocks.length > 1 &&
    apiForm(
      "split",
      stored.id,
      html`<h2>拆分</h2><label class="field">从这一段起另成一篇<select name="atBody">${blocks.slice(1).map(
        (block, i) => html`<option value="${i + 1}">${i + 2}. ${block.text.slice(0, 30)}</option>`,
      )}</select></label><button type="submit">拆分</button>`,
    );
  const merge =
    stored.nextId !== null &&
    apiForm("merge", stored.id, html`<h2>合并</h2><p>把本版下一篇(<a href="${href.article(stored.nextId)}">查看</a>)并入本文。</p><button type="submit">与下一篇合并</button>`);
  return [split, merge];
}

function versionHistory(stored: StoredArticle, versions: ArticleVersion[], editable: boolean): Html {
  const rows = [...versions].reverse().map(
    (version) => html`<tr>
  <td><a href="${href.article(stored.id, version.version)}">第 ${version.version} 版</a>${version.version === stored.versions ? html` <span class="muted">(当前)</span>` : ""}</td>
  <td>${headlineOf(version.article)}</td>
  <td>${version.author}</td>
  <td><time datetime="${version.createdAt}">${version.createdAt.slice(0, 16).replace("T", " ")}</time></td>
  <td>${version.note ?? ""}</td>
  <td>${editable && version.version !== stored.versions && apiForm("restore", stored.id, html`<input type="hidden" name="version" value="${version.version}"><button type="submit">恢复此版</button>`, "inline")}</td>
</tr>`,
  );
  return html`<section id="versions"><h2>版本记录</h2>
<div class="table-scroll"><table class="versions"><thead><tr><th>版本</th><th>标题</th><th>编辑</th><th>时间</th><th>说明</th><th></th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
}
