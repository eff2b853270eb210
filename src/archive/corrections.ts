import { BanmianError } from "../model/errors.js";
import { ArticleSchema, type Article, type Person } from "../model/page.js";
import { clearMentions, enrichStoredArticle, type EnrichTarget } from "./article-entities.js";
import { sql, type Db } from "./db.js";
import { indexArticle, unindexArticle } from "./index-article.js";
import { articleVersionData, readArticle } from "./read.js";
import type { ArticleVersion, Correction, StoredArticle } from "./types.js";

interface ArticleState {
  id: number;
  page_id: number;
  ord: number;
  status: string;
  version: number;
  paper_id: number;
  date: string;
}

function enrichTarget(state: ArticleState, articleId = state.id): EnrichTarget {
  return { articleId, paperId: state.paper_id, date: state.date };
}

function articleState(db: Db, id: number): ArticleState {
  const state = sql(db, `SELECT a.id, a.page_id, a.ord, a.status, a.version, e.paper_id, e.date
    FROM articles a JOIN pages pg ON pg.id = a.page_id JOIN editions e ON e.id = pg.edition_id WHERE a.id = ?`).get(id) as ArticleState | undefined;
  if (!state) throw new BanmianError(`no article ${id}`);
  return state;
}

function requireAuthor(author: string): string {
  const trimmed = author?.trim();
  if (!trimmed) throw new BanmianError("a correction needs an author");
  return trimmed;
}

function validArticle(article: unknown): Article {
  const result = ArticleSchema.safeParse(article);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BanmianError(`invalid article: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return result.data;
}

/** Append a version and make it current; the live article's index, people links and entities follow it. */
function addVersion(db: Db, state: ArticleState, article: Article, author: string, note: string | null): void {
  const { latest } = sql(db, "SELECT max(version) AS latest FROM article_versions WHERE article_id = ?").get(state.id) as { latest: number };
  const version = latest + 1;
  sql(db, "INSERT INTO article_versions (article_id, version, data, author, note, created_at) VALUES (?, ?, ?, ?, ?, ?)").run(
    state.id, version, JSON.stringify(article), requireAuthor(author), note, new Date().toISOString(),
  );
  sql(db, "UPDATE articles SET version = ? WHERE id = ?").run(version, state.id);
  if (state.status !== "live") return;
  indexArticle(db, state.id, state.paper_id, article);
  enrichStoredArticle(db, enrichTarget(state), article);
}

function currentArticle(db: Db, state: ArticleState): Article {
  return articleVersionData(db, state.id, state.version)!;
}

function requireLive(state: ArticleState): void {
  if (state.status !== "live") throw new BanmianError(`article ${state.id} is ${state.status}, not on its page`);
}

export function correctArticle(db: Db, id: number, correction: Correction): StoredArticle {
  const article = validArticle(correction.article);
  db.transaction(() => addVersion(db, articleState(db, id), article, correction.author, correction.note ?? null))();
  return readArticle(db, id)!;
}

export function articleVersions(db: Db, id: number): ArticleVersion[] {
  articleState(db, id);
  const rows = sql(db, "SELECT version, data, author, note, created_at FROM article_versions WHERE article_id = ? ORDER BY version").all(id) as
    { version: number; data: string; author: string; note: string | null; created_at: string }[];
  return rows.map((row) => ({ version: row.version, article: JSON.parse(row.data) as Article, author: row.author, note: row.note, createdAt: row.created_at }));
}

export function restoreArticle(db: Db, id: number, version: number, author: string): StoredArticle {
  db.transaction(() => {
    const state = articleState(db, id);
    const article = articleVersionData(db, id, version);
    if (!article) throw new BanmianError(`article ${id} has no version ${version}`);
    addVersion(db, state, article, author, `restored version ${version}`);
  })();
  return readArticle(db, id)!;
}

/** An article's spans: its title/credit field spans and its body blocks' spans, in source order. */
function spansOf(article: Article): Article["spans"] {
  const fieldSpans = Object.values(article.fieldSpans).flatMap((spans) => spans ?? []);
  return [...fieldSpans, ...article.body.flatMap((block) => block.spans)].sort((a, b) => a.start - b.start);
}

function splitHalves(article: Article, atBody: number): [Article, Article] {
  const first: Article = { ...article, body: article.body.slice(0, atBody) };
  first.spans = spansOf(first);
  const second: Article = {
    ...article,
    id: `${article.id}-split`,
    kicker: null,
    headline: null,
    subheadline: null,
    dateline: null,
    byline: null,
    people: [],
    fieldSpans: {},
    body: article.body.slice(atBody),
  };
  second.spans = spansOf(second);
  return [first, second];
}

export function splitArticle(db: Db, id: number, atBody: number, author: string): [StoredArticle, StoredArticle] {
  const newId = db.transaction(() => {
    const state = articleState(db, id);
    requireLive(state);
    const article = currentArticle(db, state);
    if (!Number.isInteger(atBody) || atBody < 1 || atBody >= article.body.length) {
      throw new BanmianError(`can split article ${id} only before body block 1 to ${article.body.length - 1}`);
    }
    const [first, second] = splitHalves(article, atBody);
    addVersion(db, state, first, author, `split before body block ${atBody}`);
    sql(db, "UPDATE articles SET ord = ord + 1 WHERE page_id = ? AND ord > ?").run(state.page_id, state.ord);
    const created = Number(sql(db, "INSERT INTO articles (page_id, ord, split_from) VALUES (?, ?, ?)").run(state.page_id, state.ord + 1, id).lastInsertRowid);
    sql(db, "INSERT INTO article_versions (article_id, version, data, author, note, created_at) VALUES (?, 1, ?, ?, ?, ?)").run(
      created, JSON.stringify(second), requireAuthor(author), `split from article ${id}`, new Date().toISOString(),
    );
    indexArticle(db, created, state.paper_id, second);
    enrichStoredArticle(db, enrichTarget(state, created), second);
    return created;
  })();
  return [readArticle(db, id)!, readArticle(db, newId)!];
}

function unionPeople(a: Person[], b: Person[]): Person[] {
  const seen = new Set(a.map((p) => `${p.name}\u0000${p.role}`));
  return [...a, ...b.filter((p) => !seen.has(`${p.name}\u0000${p.role}`))];
}

function merged(first: Article, second: Article): Article {
  const article: Article = {
    ...first,
    people: unionPeople(first.people, second.people),
    body: [...first.body, ...second.body],
    confidence: Math.min(first.confidence, second.confidence),
  };
  article.spans = [...first.spans, ...second.spans].sort((a, b) => a.start - b.start);
  return article;
}

export function mergeWithNext(db: Db, id: number, author: string): StoredArticle {
  db.transaction(() => {
    const state = articleState(db, id);
    requireLive(state);
    const next = sql(db, "SELECT id FROM articles WHERE page_id = ? AND status = 'live' AND ord > ? ORDER BY ord LIMIT 1").get(state.page_id, state.ord) as { id: number } | undefined;
    if (!next) throw new BanmianError(`article ${id} is the last on its page; nothing to merge`);
    const nextState = articleState(db, next.id);
    const nextArticle = currentArticle(db, nextState);
    addVersion(db, state, merged(currentArticle(db, state), nextArticle), author, `merged with article ${next.id}`);
    sql(db, "UPDATE articles SET status = 'merged' WHERE id = ?").run(next.id);
    unindexArticle(db, next.id);
    clearMentions(db, next.id);
    addVersion(db, { ...nextState, status: "merged" }, nextArticle, author, `merged into article ${id}`);
  })();
  return readArticle(db, id)!;
}
