import type { ArticleEntities } from "../enrich/index.js";
import type { Page } from "../model/page.js";
import * as corrections from "./corrections.js";
import { openDatabase, sql, type Db, type OpenOptions } from "./db.js";
import { enrichArchive } from "./enrich-all.js";
import { articleEntities, countEntities, listEntities, readEntity } from "./entities.js";
import { hasPage, ingestPage } from "./ingest-page.js";
import { listPeople, readPerson } from "./people.js";
import * as read from "./read.js";
import { searchArticles } from "./search.js";
import type {
  ArchiveApi, ArticleEntity, ArticleVersion, Correction, EditionSummary, EnrichOptions, EnrichSummary, EntityDetail, EntityListQuery, EntitySummary,
  IngestOutcome, PageImage, PaperSummary, PersonDetail, PersonSummary, SearchQuery, SearchResult, StoredArticle, StoredPage,
} from "./types.js";

export interface ArchiveStats {
  papers: number;
  editions: number;
  pages: number;
  articles: number;
  people: number;
  indexBytes: number;
}

/** Which pages an export covers. */
export interface PageFilter {
  paper?: string;
  from?: string;
  to?: string;
}

export interface ArchiveOptions extends OpenOptions {
  /**
   * Extract entities from each new or changed article as pages are ingested (default true). Without,
   * ingest is faster and the articles have no entities until `enrich()` runs. Corrections always re-extract.
   */
  enrich?: boolean;
}

/** The archive on one SQLite file. */
export class Archive implements ArchiveApi {
  readonly enrichOnIngest: boolean;

  constructor(readonly db: Db, options: ArchiveOptions = {}) {
    this.enrichOnIngest = options.enrich ?? true;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  ingestPage(page: Page, source: string, image?: PageImage, extracted?: ArticleEntities[]): IngestOutcome {
    return ingestPage(this.db, page, source, image, this.enrichOnIngest, extracted);
  }

  hasPage(page: Page, source: string): boolean {
    return hasPage(this.db, page, source);
  }

  pageImage(pageId: number): PageImage | null {
    return read.readPageImage(this.db, pageId);
  }

  papers(): PaperSummary[] {
    return read.readPapers(this.db);
  }

  editions(paper: string, opts: { limit?: number; offset?: number } = {}): EditionSummary[] {
    return read.readEditions(this.db, paper, opts.limit, opts.offset);
  }

  edition(paper: string, date: string): EditionSummary | null {
    return read.readEdition(this.db, paper, date);
  }

  page(id: number): StoredPage | null {
    return read.readPage(this.db, id);
  }

  /** The live articles of a page in reading order. */
  pageArticles(pageId: number): StoredArticle[] {
    return read.pageArticles(this.db, pageId);
  }

  article(id: number, version?: number): StoredArticle | null {
    return read.readArticle(this.db, id, version);
  }

  latestArticles(paper: string, limit: number): StoredArticle[] {
    return read.latestArticles(this.db, paper, limit);
  }

  search(query: SearchQuery): SearchResult {
    return searchArticles(this.db, query);
  }

  people(opts?: { paper?: string; limit?: number; offset?: number }): PersonSummary[] {
    return listPeople(this.db, opts);
  }

  person(id: number): PersonDetail | null {
    const summary = readPerson(this.db, id);
    return summary ? { ...summary, articleCount: summary.articles, articles: read.personArticles(this.db, id) } : null;
  }

  entities(query?: EntityListQuery): EntitySummary[] {
    return listEntities(this.db, query);
  }

  entityCount(query?: Omit<EntityListQuery, "limit" | "offset">): number {
    return countEntities(this.db, query);
  }

  entity(id: number): EntityDetail | null {
    return readEntity(this.db, id);
  }

  articleEntities(articleId: number): ArticleEntity[] {
    return articleEntities(this.db, articleId);
  }

  /** Extract every live article's entities again, in batches; memory stays flat however large the archive. */
  enrich(options?: EnrichOptions): Promise<EnrichSummary> {
    return enrichArchive(this.db, options);
  }

  correctArticle(id: number, correction: Correction): StoredArticle {
    return corrections.correctArticle(this.db, id, correction);
  }

  articleVersions(id: number): ArticleVersion[] {
    return corrections.articleVersions(this.db, id);
  }

  restoreArticle(id: number, version: number, author: string): StoredArticle {
    return corrections.restoreArticle(this.db, id, version, author);
  }

  splitArticle(id: number, atBody: number, author: string): [StoredArticle, StoredArticle] {
    return corrections.splitArticle(this.db, id, atBody, author);
  }

  mergeWithNext(id: number, author: string): StoredArticle {
    return corrections.mergeWithNext(this.db, id, author);
  }

  /** Ids of the pages a filter selects, by paper, date and page; for exports that walk them one by one. */
  pageIds(filter: PageFilter = {}): number[] {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.paper) where.push("pa.name = ?"), params.push(filter.paper);
    if (filter.from) where.push("e.date >= ?"), params.push(filter.from);
    if (filter.to) where.push("e.date <= ?"), params.push(filter.to);
    const rows = sql(this.db, `SELECT pg.id FROM pages pg JOIN editions e ON e.id = pg.edition_id JOIN papers pa ON pa.id = e.paper_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY pa.name, e.date, ${read.PAGE_ORDER}`).all(...params) as { id: number }[];
    return rows.map((row) => row.id);
  }

  stats(): ArchiveStats {
    const count = (query: string) => (sql(this.db, query).get() as { n: number }).n;
    return {
      papers: count("SELECT count(*) AS n FROM papers"),
      editions: count("SELECT count(*) AS n FROM editions"),
      pages: count("SELECT count(*) AS n FROM pages"),
      articles: count("SELECT count(*) AS n FROM articles WHERE status = 'live'"),
      people: count("SELECT count(DISTINCT person_id) AS n FROM (SELECT person_id FROM article_people UNION SELECT person_id FROM item_people)"),
      indexBytes: count("SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE 'articles_fts%'"),
    };
  }
}

/** Open (creating and migrating when needed) the archive in `file`; `:memory:` for a throwaway one. */
export function openArchive(file: string, options?: ArchiveOptions): Archive {
  return new Archive(openDatabase(file, options), options);
}
