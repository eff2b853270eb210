import type { ArticleEntities } from "../enrich/index.js";
import type { Article, Item, Page } from "../model/page.js";
import { BanmianError } from "../model/errors.js";
import { sha256Hex } from "../source/decode.js";
import { clearMentions, enrichStoredArticle } from "./article-entities.js";
import { sql, type Db } from "./db.js";
import { indexArticle, linkItemPeople, unindexArticle } from "./index-article.js";
import { articleFingerprint, isIsoDate } from "./text.js";
import type { IngestOutcome, PageImage } from "./types.js";

export const PARSER_AUTHOR = "parser";

interface PageKey {
  paper: string;
  date: string;
  page: string;
}

/** Paper, date and page of a parsed page, or a clear error naming what is missing. */
export function requirePageKey(page: Page): PageKey {
  const { paper, date, page: pageNo } = page.edition;
  const missing = [!paper?.trim() && "paper", !date && "date", !pageNo?.trim() && "page"].filter(Boolean);
  if (missing.length > 0) throw new BanmianError(`page has no ${missing.join(", ")} (give it with --paper/--date/--page or edition.json)`);
  if (!isIsoDate(date!)) throw new BanmianError(`page date ${JSON.stringify(date)} is not a YYYY-MM-DD date`);
  return { paper: paper!.trim(), date: date!, page: pageNo!.trim() };
}

function paperId(db: Db, name: string): number {
  sql(db, "INSERT OR IGNORE INTO papers (name) VALUES (?)").run(name);
  return (sql(db, "SELECT id FROM papers WHERE name = ?").get(name) as { id: number }).id;
}

function editionId(db: Db, paper: number, date: string): number {
  sql(db, "INSERT OR IGNORE INTO editions (paper_id, date) VALUES (?, ?)").run(paper, date);
  return (sql(db, "SELECT id FROM editions WHERE paper_id = ? AND date = ?").get(paper, date) as { id: number }).id;
}

/** What every article of a page shares: its paper, its edition date, and whether to extract entities now. */
interface PageContext {
  paper: number;
  date: string;
  enrich: boolean;
  /** Entities extracted ahead (on worker threads), by article. */
  extracted: Map<Article, ArticleEntities>;
}

interface ExistingPage {
  id: number;
  sha256: string;
}

/**
 * Store one parsed page in one transaction: added, unchanged (same hash) or replaced (old version kept in history).
 * With `enrich`, the entities of every new or changed article are stored in the same transaction: taken
 * from `extracted` (one entry per article of `page`, in order) when given, else extracted here.
 */
export function ingestPage(db: Db, page: Page, source: string, image?: PageImage, enrich = true, extracted?: ArticleEntities[]): IngestOutcome {
  const key = requirePageKey(page);
  const sha256 = pageHash(page, source);
  const path = page.source.path ?? `${key.paper}/${key.date}/${key.page}`;
  return db.transaction((): IngestOutcome => {
    const paper = paperId(db, key.paper);
    const edition = editionId(db, paper, key.date);
    const existing = storedPage(db, edition, key.page);
    if (existing?.sha256 === sha256) return { status: "unchanged", path, pageId: existing.id };
    const pageId = existing ? replacePage(db, existing.id, page, source, sha256) : insertPage(db, edition, key.page, page, source, sha256);
    const context: PageContext = { paper, date: key.date, enrich, extracted: new Map(extracted?.map((entities, i) => [page.articles[i], entities])) };
    const stale = existing ? reconcileArticles(db, pageId, context, page.articles) : insertArticles(db, pageId, context, page.articles);
    storeItems(db, pageId, paper, page.items);
    if (image) storeImage(db, pageId, image);
    const outcome: IngestOutcome = { status: existing ? "replaced" : "added", path, pageId };
    if (stale.length > 0) outcome.staleCorrections = stale;
    return outcome;
  })();
}

function pageHash(page: Page, source: string): string {
  return page.source.sha256 || sha256Hex(source);
}

function storedPage(db: Db, edition: number, pageNo: string): ExistingPage | undefined {
  return sql(db, "SELECT id, sha256 FROM pages WHERE edition_id = ? AND page = ?").get(edition, pageNo) as ExistingPage | undefined;
}

/** Whether this page, with this content, is stored already (a page without its paper, date or page number is not). */
export function hasPage(db: Db, page: Page, source: string): boolean {
  const { paper, date, page: pageNo } = page.edition;
  if (!paper?.trim() || !date || !pageNo?.trim()) return false;
  const edition = sql(db, "SELECT e.id FROM editions e JOIN papers p ON p.id = e.paper_id WHERE p.name = ? AND e.date = ?").get(paper.trim(), date) as { id: number } | undefined;
  return edition !== undefined && storedPage(db, edition.id, pageNo.trim())?.sha256 === pageHash(page, source);
}

function now(): string {
  return new Date().toISOString();
}

function insertPage(db: Db, edition: number, pageNo: string, page: Page, source: string, sha256: string): number {
  const result = sql(db, `INSERT INTO pages (edition_id, page, section, sha256, source, parsed, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(edition, pageNo, page.edition.section ?? null, sha256, source, JSON.stringify(page), now());
  return Number(result.lastInsertRowid);
}

function replacePage(db: Db, pageId: number, page: Page, source: string, sha256: string): number {
  sql(db, `INSERT INTO page_history (page_id, revision, sha256, source, parsed, ingested_at, replaced_at)
    SELECT id, revision, sha256, source, parsed, ingested_at, ? FROM pages WHERE id = ?`).run(now(), pageId);
  sql(db, `UPDATE pages SET section = ?, sha256 = ?, source = ?, parsed = ?, revision = revision + 1, ingested_at = ?
    WHERE id = ?`).run(page.edition.section ?? null, sha256, source, JSON.stringify(page), now(), pageId);
  return pageId;
}

function insertArticle(db: Db, pageId: number, context: PageContext, ord: number, article: Article): number {
  const id = Number(sql(db, "INSERT INTO articles (page_id, ord, parsed_fp) VALUES (?, ?, ?)").run(pageId, ord, articleFingerprint(article)).lastInsertRowid);
  sql(db, "INSERT INTO article_versions (article_id, version, data, author, created_at) VALUES (?, 1, ?, ?, ?)").run(id, JSON.stringify(article), PARSER_AUTHOR, now());
  indexArticle(db, id, context.paper, article);
  if (context.enrich) enrichStoredArticle(db, { articleId: id, paperId: context.paper, date: context.date }, article, context.extracted.get(article));
  return id;
}

function insertArticles(db: Db, pageId: number, context: PageContext, articles: Article[]): number[] {
  articles.forEach((article, ord) => insertArticle(db, pageId, context, ord, article));
  return [];
}

interface OldArticle {
  id: number;
  status: string;
  version: number;
  parsed_fp: string | null;
  split_from: number | null;
}

/**
 * Re-ingest of a changed page. An old article whose as-parsed content reappears in the new
 * parse keeps its id, its corrections and its entities (its as-parsed version 1 is refreshed, so
 * spans point into the new source); articles an editor split off it stay with it. New articles
 * are enriched as they are inserted. An unedited article that is gone is deleted. An edited article that is gone is kept as `stale` — out of the page and
 * out of search, listed in the outcome for an editor to review. Returns the stale ids.
 */
function reconcileArticles(db: Db, pageId: number, context: PageContext, articles: Article[]): number[] {
  const old = sql(db, "SELECT id, status, version, parsed_fp, split_from FROM articles WHERE page_id = ? AND status != 'stale' ORDER BY ord, id").all(pageId) as OldArticle[];
  const unmatched = new Map<string, OldArticle[]>();
  for (const row of old) if (row.parsed_fp) unmatched.set(row.parsed_fp, [...(unmatched.get(row.parsed_fp) ?? []), row]);
  const kept = new Set<number>();
  const order: number[] = [];
  for (const article of articles) {
    const match = unmatched.get(articleFingerprint(article))?.shift();
    if (!match) {
      order.push(insertArticle(db, pageId, context, order.length, article));
      continue;
    }
    kept.add(match.id);
    refreshParsedVersion(db, match, context.paper, article);
    if (match.status === "live") order.push(match.id);
    for (const child of old.filter((row) => row.split_from === match.id)) {
      kept.add(child.id);
      if (child.status === "live") order.push(child.id);
    }
  }
  const stale = old.filter((row) => !kept.has(row.id)).flatMap((row) => dropOrFlag(db, row));
  order.forEach((id, ord) => sql(db, "UPDATE articles SET ord = ? WHERE id = ?").run(ord, id));
  return stale;
}

function refreshParsedVersion(db: Db, row: OldArticle, paper: number, article: Article): void {
  sql(db, "UPDATE article_versions SET data = ? WHERE article_id = ? AND version = 1").run(JSON.stringify(article), row.id);
  if (row.version === 1 && row.status === "live") indexArticle(db, row.id, paper, article);
}

function dropOrFlag(db: Db, row: OldArticle): number[] {
  unindexArticle(db, row.id);
  clearMentions(db, row.id);
  const edited = row.version > 1 || row.split_from !== null;
  if (edited) {
    sql(db, "UPDATE articles SET status = 'stale' WHERE id = ?").run(row.id);
    return [row.id];
  }
  sql(db, "DELETE FROM articles WHERE id = ?").run(row.id);
  return [];
}

function storeItems(db: Db, pageId: number, paper: number, items: Item[]): void {
  sql(db, "DELETE FROM items WHERE page_id = ?").run(pageId);
  items.forEach((item, ord) => {
    const id = Number(sql(db, "INSERT INTO items (page_id, ord, kind, text, data) VALUES (?, ?, ?, ?, ?)").run(pageId, ord, item.kind, item.text, JSON.stringify(item)).lastInsertRowid);
    linkItemPeople(db, id, paper, item.people ?? []);
  });
}

function storeImage(db: Db, pageId: number, image: PageImage): void {
  sql(db, "INSERT OR REPLACE INTO page_images (page_id, png, width, height, scale) VALUES (?, ?, ?, ?, ?)").run(pageId, image.png, image.width, image.height, image.scale);
}
