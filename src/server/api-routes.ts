import { z } from "zod";
import type { ArchiveApi, StoredArticle } from "../archive/types.js";
import { applyChanges } from "./corrections.js";
import { found, HttpError } from "./http-error.js";
import { defineRoute, type ApiRoute } from "./route.js";
import {
  ArticleEntitySchema,
  ArticleVersionSchema,
  CorrectionRequestSchema,
  EditionListSchema,
  EditionParams,
  EditionSummarySchema,
  EntitiesQuery,
  EntityDetailSchema,
  EntityListSchema,
  IdParams,
  MergeRequestSchema,
  PaginationQuery,
  PaperParams,
  PaperSummarySchema,
  PeopleQuery,
  PersonDetailSchema,
  PersonListSchema,
  RestoreRequestSchema,
  SearchQuerySchema,
  SearchResultSchema,
  SplitRequestSchema,
  StoredArticleSchema,
  StoredPageSchema,
  VersionQuery,
} from "./schemas.js";
import { splitSnippet } from "./snippet.js";

function requirePaper(archive: ArchiveApi, paper: string) {
  return found(
    archive.papers().find((summary) => summary.paper === paper),
    `paper ${paper}`,
  );
}

function requireArticle(archive: ArchiveApi, id: number, version?: number): StoredArticle {
  const what = version === undefined ? `article ${id}` : `version ${version} of article ${id}`;
  return found(archive.article(id, version), what);
}

const papers = defineRoute({
  method: "get",
  path: "/api/papers",
  summary: "Papers in the archive, with their counts and date range",
  tag: "papers",
  response: z.array(PaperSummarySchema),
  errors: [],
  handle: ({ archive }) => archive.papers(),
});

const editions = defineRoute({
  method: "get",
  path: "/api/papers/{paper}/editions",
  summary: "A paper's editions, newest first",
  tag: "papers",
  params: PaperParams,
  query: PaginationQuery,
  response: EditionListSchema,
  errors: [400, 404],
  handle: ({ archive, params, query }) => {
    const { editions: total } = requirePaper(archive, params.paper);
    return { items: archive.editions(params.paper, query), ...query, total };
  },
});

const edition = defineRoute({
  method: "get",
  path: "/api/papers/{paper}/editions/{date}",
  summary: "One edition of a paper and its pages",
  tag: "papers",
  params: EditionParams,
  response: EditionSummarySchema,
  errors: [400, 404],
  handle: ({ archive, params }) =>
    found(archive.edition(params.paper, params.date), `edition ${params.paper} ${params.date}`),
});

const page = defineRoute({
  method: "get",
  path: "/api/pages/{id}",
  summary: "A page: its parsed articles and items, source text and article ids",
  tag: "pages",
  params: IdParams,
  response: StoredPageSchema,
  errors: [400, 404],
  handle: ({ archive, params }) => found(archive.page(params.id), `page ${params.id}`),
});

const pageImage = defineRoute({
  method: "get",
  path: "/api/pages/{id}/image",
  summary: "The page's rendered image (PNG), when the page came from a PDF",
  tag: "pages",
  params: IdParams,
  response: "image/png",
  errors: [400, 404],
  handle: ({ archive, params }) => found(archive.pageImage(params.id), `image of page ${params.id}`).png,
});

const article = defineRoute({
  method: "get",
  path: "/api/articles/{id}",
  summary: "An article (current version, or `version`), with its neighbours on the page",
  tag: "articles",
  params: IdParams,
  query: VersionQuery,
  response: StoredArticleSchema,
  errors: [400, 404],
  handle: ({ archive, params, query }) => requireArticle(archive, params.id, query.version),
});

const versions = defineRoute({
  method: "get",
  path: "/api/articles/{id}/versions",
  summary: "Every version of an article, oldest first",
  tag: "articles",
  params: IdParams,
  response: z.array(ArticleVersionSchema),
  errors: [400, 404],
  handle: ({ archive, params }) => {
    requireArticle(archive, params.id);
    return archive.articleVersions(params.id);
  },
});

const correct = defineRoute({
  method: "put",
  path: "/api/articles/{id}",
  summary: "Correct an article; saved as a new version",
  tag: "corrections",
  params: IdParams,
  body: CorrectionRequestSchema,
  response: StoredArticleSchema,
  write: true,
  errors: [400, 401, 403, 404, 413, 415],
  handle: ({ archive, params, body }) => {
    const current = requireArticle(archive, params.id);
    const corrected = applyChanges(current.article, body.changes);
    return archive.correctArticle(params.id, { article: corrected, author: body.author, note: body.note });
  },
});

const restore = defineRoute({
  method: "post",
  path: "/api/articles/{id}/restore",
  summary: "Restore an earlier version; saved as a new version",
  tag: "corrections",
  params: IdParams,
  body: RestoreRequestSchema,
  response: StoredArticleSchema,
  write: true,
  errors: [400, 401, 403, 404, 413, 415],
  handle: ({ archive, params, body }) => {
    requireArticle(archive, params.id, body.version);
    return archive.restoreArticle(params.id, body.version, body.author);
  },
});

const split = defineRoute({
  method: "post",
  path: "/api/articles/{id}/split",
  summary: "Split an article in two before body block `atBody`",
  tag: "corrections",
  params: IdParams,
  body: SplitRequestSchema,
  response: z.array(StoredArticleSchema).length(2),
  write: true,
  errors: [400, 401, 403, 404, 413, 415],
  handle: ({ archive, params, body }) => {
    const blocks = requireArticle(archive, params.id).article.body.length;
    if (body.atBody >= blocks) throw new HttpError(400, `atBody must be between 1 and ${blocks - 1}`);
    return archive.splitArticle(params.id, body.atBody, body.author);
  },
});

const merge = defineRoute({
  method: "post",
  path: "/api/articles/{id}/merge",
  summary: "Merge the next article on the page into this one",
  tag: "corrections",
  params: IdParams,
  body: MergeRequestSchema,
  response: StoredArticleSchema,
  write: true,
  errors: [400, 401, 403, 404, 409, 413, 415],
  handle: ({ archive, params, body }) => {
    if (requireArticle(archive, params.id).nextId === null) {
      throw new HttpError(409, `article ${params.id} is the last on its page`);
    }
    return archive.mergeWithNext(params.id, body.author);
  },
});

const people = defineRoute({
  method: "get",
  path: "/api/people",
  summary: "Reporters, photographers and other credited people",
  tag: "people",
  query: PeopleQuery,
  response: PersonListSchema,
  errors: [400],
  handle: ({ archive, query }) => ({ items: archive.people(query), limit: query.limit, offset: query.offset }),
});

const person = defineRoute({
  method: "get",
  path: "/api/people/{id}",
  summary: "A person and every article they are credited on",
  tag: "people",
  params: IdParams,
  response: PersonDetailSchema,
  errors: [400, 404],
  handle: ({ archive, params }) => found(archive.person(params.id), `person ${params.id}`),
});

const articleEntities = defineRoute({
  method: "get",
  path: "/api/articles/{id}/entities",
  summary: "The people, organisations and places an article names, in order of first mention",
  tag: "entities",
  params: IdParams,
  response: z.array(ArticleEntitySchema),
  errors: [400, 404],
  handle: ({ archive, params }) => {
    requireArticle(archive, params.id);
    return archive.articleEntities(params.id);
  },
});

const entities = defineRoute({
  method: "get",
  path: "/api/entities",
  summary: "People, organisations and places named in the articles, most written about first",
  tag: "entities",
  query: EntitiesQuery,
  response: EntityListSchema,
  errors: [400],
  handle: ({ archive, query }) => {
    const { limit, offset, ...filter } = query;
    return { items: archive.entities(query), limit, offset, total: archive.entityCount(filter) };
  },
});

const entity = defineRoute({
  method: "get",
  path: "/api/entities/{id}",
  summary: "An entity with its articles over time and, for organisations and places, the figures reported with it",
  tag: "entities",
  params: IdParams,
  response: EntityDetailSchema,
  errors: [400, 404],
  handle: ({ archive, params }) => found(archive.entity(params.id), `entity ${params.id}`),
});

const search = defineRoute({
  method: "get",
  path: "/api/search",
  summary: "Full-text search over articles, with filters",
  tag: "search",
  query: SearchQuerySchema,
  response: SearchResultSchema,
  errors: [400],
  handle: ({ archive, query }) => {
    const result = archive.search(query);
    const hits = result.hits.map((hit) => ({ ...hit, ...splitSnippet(hit.snippet) }));
    return { total: result.total, limit: query.limit, offset: query.offset, hits };
  },
});

export const API_ROUTES: ApiRoute[] = [
  papers,
  editions,
  edition,
  page,
  pageImage,
  article,
  versions,
  correct,
  restore,
  split,
  merge,
  people,
  person,
  articleEntities,
  entities,
  entity,
  search,
];
