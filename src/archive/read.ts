import type { Article, Page } from "../model/page.js";
import { sql, type Db } from "./db.js";
import type { ArticleStatus, EditionSummary, PageImage, PageSummary, PaperSummary, StoredArticle, StoredPage } from "./types.js";

interface ArticleRow {
  id: number;
  page_id: number;
  ord: number;
  status: ArticleStatus;
  version: number;
  paper: string;
  date: string;
  page: string;
}

const ARTICLE_ROW = `SELECT a.id, a.page_id, a.ord, a.status, a.version, pa.name AS paper, e.date, pg.page
  FROM articles a JOIN pages pg ON pg.id = a.page_id JOIN editions e ON e.id = pg.edition_id JOIN papers pa ON pa.id = e.paper_id`;

export function articleVersionData(db: Db, id: number, version: number): Article | null {
  const row = sql(db, "SELECT data FROM article_versions WHERE article_id = ? AND version = ?").get(id, version) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Article) : null;
}

function liveNeighbour(db: Db, row: ArticleRow, direction: "prev" | "next"): number | null {
  const query = direction === "prev"
    ? "SELECT id FROM articles WHERE page_id = ? AND status = 'live' AND ord < ? ORDER BY ord DESC LIMIT 1"
    : "SELECT id FROM articles WHERE page_id = ? AND status = 'live' AND ord > ? ORDER BY ord LIMIT 1";
  const found = sql(db, query).get(row.page_id, row.ord) as { id: number } | undefined;
  return found?.id ?? null;
}

function toStoredArticle(db: Db, row: ArticleRow, version = row.version): StoredArticle | null {
  const article = articleVersionData(db, row.id, version);
  if (!article) return null;
  const { versions } = sql(db, "SELECT count(*) AS versions FROM article_versions WHERE article_id = ?").get(row.id) as { versions: number };
  return {
    id: row.id,
    pageId: row.page_id,
    paper: row.paper,
    date: row.date,
    page: row.page,
    index: row.ord,
    article,
    version,
    versions,
    status: row.status,
    prevId: row.status === "live" ? liveNeighbour(db, row, "prev") : null,
    nextId: row.status === "live" ? liveNeighbour(db, row, "next") : null,
  };
}

export function readArticle(db: Db, id: number, version?: number): StoredArticle | null {
  const row = sql(db, `${ARTICLE_ROW} WHERE a.id = ?`).get(id) as ArticleRow | undefined;
  return row ? toStoredArticle(db, row, version) : null;
}

export function pageArticles(db: Db, pageId: number): StoredArticle[] {
  const rows = sql(db, `${ARTICLE_ROW} WHERE a.page_id = ? AND a.status = 'live' ORDER BY a.ord`).all(pageId) as ArticleRow[];
  return rows.map((row) => toStoredArticle(db, row)!);
}

export function latestArticles(db: Db, paper: string, limit: number): StoredArticle[] {
  const rows = sql(db, `${ARTICLE_ROW} WHERE pa.name = ? AND a.status = 'live'
    ORDER BY e.date DESC, pg.page, a.ord LIMIT ?`).all(paper, limit) as ArticleRow[];
  return rows.map((row) => toStoredArticle(db, row)!);
}

export function personArticles(db: Db, personId: number): StoredArticle[] {
  const rows = sql(db, `${ARTICLE_ROW} WHERE a.status = 'live' AND a.id IN (SELECT article_id FROM article_people WHERE person_id = ?)
    ORDER BY e.date DESC, pg.page, a.ord`).all(personId) as ArticleRow[];
  return rows.map((row) => toStoredArticle(db, row)!);
}

interface PageRow {
  id: number;
  paper: string;
  date: string;
  page: string;
  section: string | null;
  articles: number;
  sha256: string;
  ingested_at: string;
}

const PAGE_ROW = `SELECT pg.id, pa.name AS paper, e.date, pg.page, pg.section, pg.sha256, pg.ingested_at,
    (SELECT count(*) FROM articles a WHERE a.page_id = pg.id AND a.status = 'live') AS articles
  FROM pages pg JOIN editions e ON e.id = pg.edition_id JOIN papers pa ON pa.id = e.paper_id`;

function toPageSummary(row: PageRow): PageSummary {
  return { id: row.id, paper: row.paper, date: row.date, page: row.page, section: row.section, articles: row.articles, sha256: row.sha256, ingestedAt: row.ingested_at };
}

/** Page order within an edition: numeric pages by number (2 before 10), others by name. */
export const PAGE_ORDER = "CAST(pg.page AS INTEGER) = 0, CAST(pg.page AS INTEGER), pg.page";

export function readPage(db: Db, id: number): StoredPage | null {
  const row = sql(db, `${PAGE_ROW} WHERE pg.id = ?`).get(id) as PageRow | undefined;
  if (!row) return null;
  const { source, parsed } = sql(db, "SELECT source, parsed FROM pages WHERE id = ?").get(id) as { source: string; parsed: string };
  const articles = pageArticles(db, id);
  const page: Page = { ...(JSON.parse(parsed) as Page), articles: articles.map((stored) => stored.article) };
  return { ...toPageSummary(row), parsed: page, source, articleIds: articles.map((stored) => stored.id) };
}

export function readPageImage(db: Db, pageId: number): PageImage | null {
  const row = sql(db, "SELECT png, width, height, scale FROM page_images WHERE page_id = ?").get(pageId) as PageImage | undefined;
  return row ?? null;
}

export function readPapers(db: Db): PaperSummary[] {
  return sql(db, `SELECT pa.name AS paper,
      (SELECT count(*) FROM editions e WHERE e.paper_id = pa.id) AS editions,
      (SELECT count(*) FROM pages pg JOIN editions e ON e.id = pg.edition_id WHERE e.paper_id = pa.id) AS pages,
      (SELECT count(*) FROM articles a JOIN pages pg ON pg.id = a.page_id JOIN editions e ON e.id = pg.edition_id
        WHERE e.paper_id = pa.id AND a.status = 'live') AS articles,
      (SELECT min(date) FROM editions e WHERE e.paper_id = pa.id) AS firstDate,
      (SELECT max(date) FROM editions e WHERE e.paper_id = pa.id) AS lastDate
    FROM papers pa ORDER BY pa.name`).all() as PaperSummary[];
}

function editionPages(db: Db, paper: string, date: string): PageSummary[] {
  const rows = sql(db, `${PAGE_ROW} WHERE pa.name = ? AND e.date = ? ORDER BY ${PAGE_ORDER}`).all(paper, date) as PageRow[];
  return rows.map(toPageSummary);
}

export function readEditions(db: Db, paper: string, limit = 50, offset = 0): EditionSummary[] {
  const dates = sql(db, `SELECT e.date FROM editions e JOIN papers pa ON pa.id = e.paper_id
    WHERE pa.name = ? ORDER BY e.date DESC LIMIT ? OFFSET ?`).all(paper, limit, offset) as { date: string }[];
  return dates.map(({ date }) => ({ paper, date, pages: editionPages(db, paper, date) }));
}

export function readEdition(db: Db, paper: string, date: string): EditionSummary | null {
  const pages = editionPages(db, paper, date);
  return pages.length > 0 ? { paper, date, pages } : null;
}
