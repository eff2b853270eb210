import type { Article, Item, Page, Person, Role, Span } from "../model/page.js";
import type { ArticleEntities } from "../enrich/index.js";

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
  /** A person credited on the article (in `role`, when given) or, without `role`, also one named in its text. */
  person?: string;
  role?: Role;
  /** An organisation named in the text: its full name, or the name as written (an abbreviation). */
  org?: string;
  /** A place named in the text: its name (洮南市) or GB/T 2260 code (220881). */
  place?: string;
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

export const ENTITY_TYPES = ["person", "organisation", "place"] as const;
/** What the archive keeps one of per paper and name: people, organisations and places named in article text. */
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntitySummary {
  id: number;
  paper: string;
  type: EntityType;
  /** An organisation's full name when an abbreviation links to it; a division's official name. */
  name: string;
  /** Other forms the name is written in (市委统战部, 洮北). */
  aliases: string[];
  /** Places: `division` (with code and path when resolved) or `site`. */
  kind: "division" | "site" | null;
  /** GB/T 2260 code of a division. */
  code: string | null;
  /** Province down to the division: ["吉林省", "白城市", "洮北区"]. */
  path: string[] | null;
  mentions: number;
  articles: number;
}

/** An article an entity is named in. */
export interface EntityArticle {
  articleId: number;
  pageId: number;
  paper: string;
  date: string;
  page: string;
  headline: string | null;
  mentions: number;
  /** People: the titles or roles the article gives them (省委书记). */
  titles: string[];
}

/** A figure reported in a sentence that names the entity. */
export interface EntityFigure {
  articleId: number;
  date: string;
  headline: string | null;
  /** As written: 7000余万元. */
  text: string;
  /** Magnitude folded in: 70000000 (元). */
  value: number;
  unit: string;
  approx: boolean;
  ordinal: boolean;
  /** What the number counts, when the sentence says it: 涉案金额. */
  counts: string | null;
  /** The sentence, for context. */
  sentence: string;
}

/**
 * An entity with its articles, newest first (`articles` is the list here; the count is `articleCount`)
 * and, for organisations and places, the figures reported in the same sentences, newest first.
 */
export interface EntityDetail extends Omit<EntitySummary, "articles"> {
  articleCount: number;
  articles: EntityArticle[];
  figures: EntityFigure[];
}

export interface EntityListQuery {
  type?: EntityType;
  paper?: string;
  limit?: number;
  offset?: number;
}

/** An entity as named in one article, for the article's 提及 box and JSON-LD. */
export interface ArticleEntity {
  id: number;
  type: EntityType;
  name: string;
  kind: "division" | "site" | null;
  code: string | null;
  path: string[] | null;
  mentions: number;
}

export interface EnrichSummary {
  articles: number;
  mentions: number;
  entities: number;
  seconds: number;
}

export interface EnrichProgress {
  start(total: number): void;
  update(done: number, total: number): void;
  finish(): void;
}

export interface EnrichOptions {
  /** Only this paper's articles. */
  paper?: string;
  progress?: EnrichProgress;
}

export interface ArchiveApi {
  close(): void;

  /**
   * Ingest one parsed page with its verbatim source (and, for PDFs, its rendered image); one transaction.
   * `extracted`: its articles' entities when they were extracted ahead (see `EnrichPool`).
   */
  ingestPage(page: Page, source: string, image?: PageImage, extracted?: ArticleEntities[]): IngestOutcome;
  /** Whether this very page (same paper, date, page and content) is already stored. */
  hasPage(page: Page, source: string): boolean;
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

  /** People, organisations and places named in articles, most written about first. */
  entities(query?: EntityListQuery): EntitySummary[];
  /** Entities of one type (or all) with at least one mention. */
  entityCount(query?: Omit<EntityListQuery, "limit" | "offset">): number;
  entity(id: number): EntityDetail | null;
  /** The entities named in an article, in order of first mention. */
  articleEntities(articleId: number): ArticleEntity[];

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
