import { BanmianError } from "../model/errors.js";
import { ROLES, type Article } from "../model/page.js";
import { sql, type Db } from "./db.js";
import { articleVersionData } from "./read.js";
import { makeSnippet } from "./snippet.js";
import { bodyText, headlineText, isIsoDate, normaliseName } from "./text.js";
import { matchExpression, parseQuery } from "./tokens.js";
import type { EntityType, SearchHit, SearchQuery, SearchResult } from "./types.js";

export const MAX_SEARCH_LIMIT = 100;

interface Filters {
  where: string[];
  params: unknown[];
}

function checkQuery(query: SearchQuery): void {
  for (const [name, date] of [["from", query.from], ["to", query.to]] as const) {
    if (date !== undefined && !isIsoDate(date)) throw new BanmianError(`--${name} must be a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  }
  if (query.role !== undefined && !ROLES.includes(query.role)) throw new BanmianError(`unknown role ${JSON.stringify(query.role)} (one of ${ROLES.join(", ")})`);
  const limit = query.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) throw new BanmianError(`limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`);
  if (!Number.isInteger(query.offset ?? 0) || (query.offset ?? 0) < 0) throw new BanmianError("offset must be a whole number, 0 or more");
}

/** Articles that name an entity of a type; the caller adds which entities. */
const NAMING = (type: EntityType) => `SELECT article_id FROM mentions WHERE entity_id IN (SELECT id FROM entities WHERE type = '${type}' AND`;

/**
 * Filters on the article's paper, date, people, organisations and places; none when the query has none
 * (the index holds live articles only). A person is credited (in `role`, when given) or, without a role, named in the text.
 */
function filtersOf(query: SearchQuery): Filters {
  const filters: Filters = { where: [], params: [] };
  const add = (clause: string, ...params: unknown[]) => {
    filters.where.push(clause);
    filters.params.push(...params);
  };
  if (query.paper) add("pa.name = ?", query.paper);
  if (query.from) add("e.date >= ?", query.from);
  if (query.to) add("e.date <= ?", query.to);
  const roleClause = query.role ? " AND ap.role = ?" : "";
  const roleParams = query.role ? [query.role] : [];
  if (query.person) {
    const name = normaliseName(query.person);
    const credited = `SELECT ap.article_id FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE p.name_norm = ?${roleClause}`;
    if (query.role) add(`a.id IN (${credited})`, name, ...roleParams);
    else add(`a.id IN (${credited} UNION ${NAMING("person")} name_norm = ?))`, name, name);
  } else if (query.role) {
    add(`a.id IN (SELECT ap.article_id FROM article_people ap WHERE 1 = 1${roleClause})`, ...roleParams);
  }
  if (query.org) {
    const writtenAs = "SELECT entity_id FROM mentions WHERE type = 'organisation' AND text = ?";
    add(`a.id IN (${NAMING("organisation")} name_norm = ? UNION ${writtenAs}))`, normaliseName(query.org), query.org.trim());
  }
  if (query.place) add(`a.id IN (${NAMING("place")} (name_norm = ? OR code = ?)))`, normaliseName(query.place), query.place.trim());
  return filters;
}

const JOINS = `JOIN articles a ON a.id = f.rowid JOIN pages pg ON pg.id = a.page_id
  JOIN editions e ON e.id = pg.edition_id JOIN papers pa ON pa.id = e.paper_id`;

interface RankedRow {
  id: number;
  score: number;
}

interface HitRow {
  id: number;
  version: number;
  paper: string;
  date: string;
  page: string;
}

/** Matching article ids, best first, and their number; the joins are made only when a filter needs them. */
function rankedIds(db: Db, match: string, query: SearchQuery): { total: number; rows: RankedRow[] } {
  const { where, params } = filtersOf(query);
  const from = where.length > 0 ? `FROM articles_fts f ${JOINS} WHERE articles_fts MATCH ? AND ${where.join(" AND ")}` : "FROM articles_fts f WHERE articles_fts MATCH ?";
  const { total } = sql(db, `SELECT count(*) AS total ${from}`).get(match, ...params) as { total: number };
  const rows = sql(db, `SELECT f.rowid AS id, f.rank AS score ${from} ORDER BY f.rank LIMIT ? OFFSET ?`).all(match, ...params, query.limit ?? 20, query.offset ?? 0) as RankedRow[];
  return { total, rows };
}

/** Ranked full-text search: every query word (and "…" phrase) must occur; headline matches weigh most (bm25). */
export function searchArticles(db: Db, query: SearchQuery): SearchResult {
  checkQuery(query);
  const parsed = parseQuery(query.q);
  const { total, rows } = rankedIds(db, matchExpression(parsed), query);
  const hitRow = sql(db, `SELECT a.id, a.version, pa.name AS paper, e.date, pg.page FROM articles a JOIN pages pg ON pg.id = a.page_id
    JOIN editions e ON e.id = pg.edition_id JOIN papers pa ON pa.id = e.paper_id WHERE a.id = ?`);
  const hits = rows.map((row) => toHit(db, hitRow.get(row.id) as HitRow, row.score, parsed.highlights));
  return { total, hits };
}

function toHit(db: Db, row: HitRow, score: number, highlights: string[]): SearchHit {
  const article = articleVersionData(db, row.id, row.version) as Article;
  return {
    articleId: row.id,
    paper: row.paper,
    date: row.date,
    page: row.page,
    headline: article.headline,
    snippet: makeSnippet([bodyText(article), [article.byline, headlineText(article)].filter(Boolean).join(" ")], highlights),
    score: -score,
  };
}
