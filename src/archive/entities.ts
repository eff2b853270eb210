import { articleText } from "../enrich/index.js";
import { BanmianError } from "../model/errors.js";
import { sql, type Db } from "./db.js";
import { articleVersionData, PAGE_ORDER } from "./read.js";
import { sentenceSpans } from "./sentences.js";
import {
  ENTITY_TYPES, type ArticleEntity, type EntityArticle, type EntityDetail, type EntityFigure, type EntityListQuery, type EntitySummary, type EntityType,
} from "./types.js";

/** Articles and figures shown with one entity, newest first. */
const DETAIL_LIMIT = 200;

interface EntityRow {
  id: number;
  paper: string;
  type: EntityType;
  name: string;
  kind: "division" | "site" | null;
  code: string | null;
  path: string | null;
  mentions: number;
  articles: number;
  written: string;
}

const ENTITY_ROW = `SELECT en.id, pa.name AS paper, en.type, en.name, en.kind, en.code, en.path,
    count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles, json_group_array(DISTINCT m.text) AS written
  FROM entities en JOIN papers pa ON pa.id = en.paper_id LEFT JOIN mentions m ON m.entity_id = en.id`;

function toSummary(row: EntityRow): EntitySummary {
  const written = (JSON.parse(row.written) as (string | null)[]).filter((text): text is string => text !== null && text !== row.name);
  return {
    id: row.id, paper: row.paper, type: row.type, name: row.name, aliases: written, kind: row.kind, code: row.code,
    path: row.path === null ? null : (JSON.parse(row.path) as string[]), mentions: row.mentions, articles: row.articles,
  };
}

/** The type named, or a clear error listing the types. */
export function checkEntityType(type: string | undefined): EntityType | undefined {
  if (type === undefined || (ENTITY_TYPES as readonly string[]).includes(type)) return type as EntityType | undefined;
  throw new BanmianError(`unknown entity type ${JSON.stringify(type)} (one of ${ENTITY_TYPES.join(", ")})`);
}

function listFilters(query: Omit<EntityListQuery, "limit" | "offset">): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  const type = checkEntityType(query.type);
  if (type) clauses.push("en.type = ?"), params.push(type);
  if (query.paper) clauses.push("pa.name = ?"), params.push(query.paper);
  return { where: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/** Entities with at least one mention, named in the most articles first. */
export function listEntities(db: Db, query: EntityListQuery = {}): EntitySummary[] {
  const { where, params } = listFilters(query);
  const rows = sql(db, `${ENTITY_ROW} ${where} GROUP BY en.id HAVING mentions > 0
    ORDER BY articles DESC, mentions DESC, en.name LIMIT ? OFFSET ?`).all(...params, query.limit ?? -1, query.offset ?? 0) as EntityRow[];
  return rows.map(toSummary);
}

export function countEntities(db: Db, query: Omit<EntityListQuery, "limit" | "offset"> = {}): number {
  const { where, params } = listFilters(query);
  const mentioned = "EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = en.id)";
  const filter = where ? `${where} AND ${mentioned}` : `WHERE ${mentioned}`;
  return (sql(db, `SELECT count(*) AS n FROM entities en JOIN papers pa ON pa.id = en.paper_id ${filter}`).get(...params) as { n: number }).n;
}

export function readEntity(db: Db, id: number): EntityDetail | null {
  const row = sql(db, `${ENTITY_ROW} WHERE en.id = ? GROUP BY en.id`).get(id) as EntityRow | undefined;
  if (!row) return null;
  const { articles: articleCount, ...summary } = toSummary(row);
  const figures = summary.type === "person" ? [] : entityFigures(db, id);
  return { ...summary, articleCount, articles: entityArticles(db, id), figures };
}

const LIVE_ARTICLE_JOINS = `JOIN articles a ON a.id = m.article_id JOIN pages pg ON pg.id = a.page_id
  JOIN editions e ON e.id = pg.edition_id JOIN papers pa ON pa.id = e.paper_id
  JOIN article_versions av ON av.article_id = a.id AND av.version = a.version`;

interface EntityArticleRow extends Omit<EntityArticle, "titles"> {
  titles: string;
}

function entityArticles(db: Db, id: number): EntityArticle[] {
  const rows = sql(db, `SELECT a.id AS articleId, a.page_id AS pageId, pa.name AS paper, e.date, pg.page,
      json_extract(av.data, '$.headline') AS headline, count(*) AS mentions, json_group_array(DISTINCT m.title) AS titles
    FROM mentions m ${LIVE_ARTICLE_JOINS} WHERE m.entity_id = ?
    GROUP BY a.id ORDER BY e.date DESC, ${PAGE_ORDER}, a.ord LIMIT ?`).all(id, DETAIL_LIMIT) as EntityArticleRow[];
  return rows.map((row) => ({ ...row, titles: (JSON.parse(row.titles) as (string | null)[]).filter((title): title is string => title !== null) }));
}

interface FigureRow extends Omit<EntityFigure, "approx" | "ordinal" | "sentence"> {
  approx: number;
  ordinal: number;
  sentence: number;
  version: number;
}

/** Quantities written in the sentences that name the entity, newest first. */
function entityFigures(db: Db, id: number): EntityFigure[] {
  const rows = sql(db, `SELECT DISTINCT q.id, q.article_id AS articleId, e.date, json_extract(av.data, '$.headline') AS headline,
      q.text, q.value, q.unit, q.approx, q.ordinal, q.counts, q.sentence, a.version, q.start
    FROM mentions m JOIN mentions q ON q.article_id = m.article_id AND q.sentence = m.sentence AND q.type = 'quantity'
    ${LIVE_ARTICLE_JOINS} WHERE m.entity_id = ?
    ORDER BY e.date DESC, q.article_id, q.start LIMIT ?`).all(id, DETAIL_LIMIT) as FigureRow[];
  const sentenceOf = sentenceReader(db);
  return rows.map(({ version, sentence, approx, ordinal, articleId, date, headline, text, value, unit, counts }) => ({
    articleId, date, headline, text, value, unit, counts, approx: approx === 1, ordinal: ordinal === 1,
    sentence: sentenceOf(articleId, version, sentence),
  }));
}

/** Reads sentence `n` of an article's enriched text, splitting each article once. */
function sentenceReader(db: Db): (articleId: number, version: number, n: number) => string {
  const split = new Map<number, { text: string; spans: ReturnType<typeof sentenceSpans> }>();
  return (articleId, version, n) => {
    let article = split.get(articleId);
    if (!article) {
      const text = articleText(articleVersionData(db, articleId, version)!);
      split.set(articleId, (article = { text, spans: sentenceSpans(text) }));
    }
    const span = article.spans[n];
    return span ? article.text.slice(span.start, span.end).trim() : "";
  };
}

interface ArticleEntityRow extends Omit<ArticleEntity, "path"> {
  path: string | null;
}

/** The entities an article names, in order of first mention. */
export function articleEntities(db: Db, articleId: number): ArticleEntity[] {
  const rows = sql(db, `SELECT en.id, en.type, en.name, en.kind, en.code, en.path, count(*) AS mentions
    FROM mentions m JOIN entities en ON en.id = m.entity_id WHERE m.article_id = ?
    GROUP BY en.id ORDER BY min(m.start)`).all(articleId) as ArticleEntityRow[];
  return rows.map((row) => ({ ...row, path: row.path === null ? null : (JSON.parse(row.path) as string[]) }));
}
