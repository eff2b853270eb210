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
  /** `live` on its page; `merged` into the article before it; `stale`: an edited article whose source changed on re-ingest. */
  status: ArticleStatus;
  prevId: number | null;
  nextId: number | null;
}

export type ArticleStatus = "live" | "merged" | "stale";

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

/** A person with their live articles, newest first (`articles` is the list here; the count is `articleCount`). */
export interface PersonDetail extends Omit<PersonSummary, "articles"> {
  articleCount: number;
  articles: StoredArticle[];
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
  /** Edited articles whose source article changed in a replaced page: kept, flagged `stale`, out of search. */
  staleCorrections?: number[];
}

export interface Correction {
  article: Article;
  author: string;
  note?: string;
}

export interface PageImage {
  /** PNG bytes at reader resolution. */
  png: Buffer;
  width: number;
  height: number;
  /** Pixels per PDF point, to map article bboxes onto the image. */
  scale: number;
}

export type { Article, Item, Page, Person, Span };

export interface ArchiveApi {
  close(): void;

  /** Ingest one parsed page with its verbatim source (and, for PDFs, its rendered image); one transaction. */
  ingestPage(page: Page, source: string, image?: PageImage): IngestOutcome;
  pageImage(pageId: number): PageImage | null;

  papers(): PaperSummary[];
  /** Editions of a paper, newest first. */
  editions(paper: string, opts?: { limit?: number; offset?: number }): EditionSummary[];
  edition(paper: string, date: string): EditionSummary | null;
  page(id: number): StoredPage | null;
  article(id: number, version?: number): StoredArticle | null;
  latestArticles(paper: string, limit: number): StoredArticle[];

  search(query: SearchQuery): SearchResult;

  people(opts?: { paper?: string; limit?: number; offset?: number }): PersonSummary[];
  person(id: number): PersonDetail | null;

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
