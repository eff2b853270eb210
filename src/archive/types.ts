import type { Article, Item, Page, Person, Role, Span } from "../model/page.js";

/** The read/write surface of the archive that the CLI and the server use. */

export interface PaperSummary {
  paper: string;
  editions: number;
  pages: number;
  articles: number;
  firstDate: string;
  lastDate: string;
}

export interface EditionSummary {
  paper: string;
  date: string;
  pages: PageSummary[];
}

export interface PageSummary {
  id: number;
  paper: string;
  date: string;
  page: string;
  section: string | null;
  articles: number;
  sha256: string;
  ingestedAt: string;
}

export interface StoredPage extends PageSummary {
  /** The page as parsed (current version, with corrections applied to its articles). */
  parsed: Page;
  /** The source text, verbatim. */
  source: string;
  articleIds: number[];
}

export interface StoredArticle {
  id: number;
  pageId: number;
  paper: string;
  date: string;
  page: string;
  /** Position of the article on its page, from 0. */
  index: number;
  article: Article;
  /** The version number shown (1 = as parsed). */
  version: number;
  versions: number;
  prevId: number | null;
  nextId: number | null;
}

export interface ArticleVersion {
  version: number;
  article: Article;
  author: string;
  note: string | null;
  createdAt: string;
}

export interface PersonSummary {
  id: number;
  paper: string;
  name: string;
  roles: Partial<Record<Role, number>>;
  articles: number;
}

export interface SearchQuery {
  q: string;
  paper?: string;
  from?: string;
  to?: string;
  person?: string;
  role?: Role;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  articleId: number;
  paper: string;
  date: string;
  page: string;
  headline: string | null;
  /** Snippet with matches wrapped in \u0001 … \u0002 markers; callers escape then highlight. */
  snippet: string;
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface IngestOutcome {
  status: "added" | "unchanged" | "replaced" | "failed";
  path: string;
  pageId?: number;
  error?: string;
}

export interface Correction {
  article: Article;
  author: string;
  note?: string;
}

export type { Article, Item, Page, Person, Span };

export interface ArchiveApi {
  close(): void;

  /** Ingest one parsed page with its verbatim source; one transaction. */
  ingestPage(page: Page, source: string): IngestOutcome;

  papers(): PaperSummary[];
  /** Editions of a paper, newest first. */
  editions(paper: string, opts?: { limit?: number; offset?: number }): EditionSummary[];
  edition(paper: string, date: string): EditionSummary | null;
  page(id: number): StoredPage | null;
  article(id: number, version?: number): StoredArticle | null;
  latestArticles(paper: string, limit: number): StoredArticle[];

  search(query: SearchQuery): SearchResult;

  people(opts?: { paper?: string; limit?: number; offset?: number }): PersonSummary[];
  person(id: number): (PersonSummary & { articles: StoredArticle[] }) | null;

  /** Corrections: every save is a new version; the source text never changes. */
  correctArticle(id: number, correction: Correction): StoredArticle;
  articleVersions(id: number): ArticleVersion[];
  restoreArticle(id: number, version: number, author: string): StoredArticle;
  /** Split an article before body block `atBody`; returns the two articles. */
  splitArticle(id: number, atBody: number, author: string): [StoredArticle, StoredArticle];
  /** Merge the article that follows `id` on its page into it. */
  mergeWithNext(id: number, author: string): StoredArticle;

  stats(): { papers: number; editions: number; pages: number; articles: number; people: number; indexBytes: number };
}
