import type { Context, Hono } from "hono";
import { z } from "zod";
import type { ArchiveApi, SearchQuery } from "../archive/types.js";
import { found, HttpError } from "../server/http-error.js";
import { DateSchema, EntityTypeSchema, IdParams, SearchQuerySchema } from "../server/schemas.js";
import type { Html } from "./html.js";
import { staticAsset } from "./static.js";
import { articleView } from "./views/article.js";
import { editionPage } from "./views/edition.js";
import { entitiesPage } from "./views/entities.js";
import { entityPage } from "./views/entity.js";
import { editPage } from "./views/edit.js";
import { atomFeed } from "./views/feed.js";
import { homePage } from "./views/home.js";
import { pageView } from "./views/page.js";
import { paperPage } from "./views/paper.js";
import { personPage } from "./views/person.js";
import { RESULTS_PER_PAGE, searchPage } from "./views/search.js";
import type { SearchFilters } from "./views/search-form.js";
import { sourceView } from "./views/source.js";

const FEED_SIZE = 30;
const Offset = z.coerce.number().int().min(0).max(1_000_000).catch(0);
const Version = z.coerce.number().int().positive().optional().catch(undefined);
const EntityType = EntityTypeSchema.optional().catch(undefined);

function idParam(c: Context): number {
  const parsed = IdParams.safeParse(c.req.param());
  if (!parsed.success) throw new HttpError(400, "the id must be a positive integer");
  return parsed.data.id;
}

function page(c: Context, body: Html, status: 200 | 400 = 200): Response {
  return c.html(body.value, status);
}

/** The reader: server-rendered HTML pages, an Atom feed per paper, and the two static files. */
export function registerWeb(app: Hono, archive: ArchiveApi, opts: { editable: boolean }): void {
  const requirePaper = (name: string) =>
    found(
      archive.papers().find((paper) => paper.paper === name),
      `paper ${name}`,
    );
  const requireArticle = (id: number, version?: number) => found(archive.article(id, version), `article ${id}`);

  app.get("/static/:name", (c) => staticAsset(c.req.param("name")));
  app.get("/", (c) => page(c, homePage(archive)));
  app.get("/papers/:paper", (c) => page(c, paperPage(archive, requirePaper(c.req.param("paper")), Offset.parse(c.req.query("offset")))));
  app.get("/papers/:paper/feed.atom", (c) => {
    const paper = requirePaper(c.req.param("paper")).paper;
    const feed = atomFeed(paper, archive.latestArticles(paper, FEED_SIZE), new URL(c.req.url).origin);
    return c.body(feed.value, 200, { "Content-Type": "application/atom+xml; charset=utf-8" });
  });
  app.get("/papers/:paper/:date", (c) => {
    const date = DateSchema.safeParse(c.req.param("date"));
    if (!date.success) throw new HttpError(400, "the date must be YYYY-MM-DD");
    return page(c, editionPage(found(archive.edition(c.req.param("paper"), date.data), "edition")));
  });
  app.get("/pages/:id", (c) => page(c, pageView(archive, found(archive.page(idParam(c)), "page"))));
  app.get("/articles/:id", (c) => {
    const stored = requireArticle(idParam(c), Version.parse(c.req.query("version")));
    return page(c, articleView(archive, stored, new URL(c.req.url).origin));
  });
  app.get("/articles/:id/source", (c) => {
    const stored = requireArticle(idParam(c));
    return page(c, sourceView(stored, found(archive.page(stored.pageId), "page")));
  });
  app.get("/articles/:id/edit", (c) => {
    const stored = requireArticle(idParam(c));
    return page(c, editPage(stored, archive.articleVersions(stored.id), opts.editable));
  });
  app.get("/people/:id", (c) => page(c, personPage(found(archive.person(idParam(c)), "person"))));
  app.get("/entities", (c) => page(c, entitiesPage(archive, EntityType.parse(c.req.query("type")), Offset.parse(c.req.query("offset")))));
  app.get("/entities/:id", (c) => page(c, entityPage(found(archive.entity(idParam(c)), "entity"))));
  app.get("/search", (c) => searchResponse(c, archive));
}

function searchResponse(c: Context, archive: ArchiveApi): Response {
  const filters = searchFilters(c);
  if (!filters.q) return page(c, searchPage(archive, filters, null));
  const parsed = SearchQuerySchema.safeParse({ ...filters, limit: RESULTS_PER_PAGE, offset: c.req.query("offset") });
  if (!parsed.success) return page(c, searchPage(archive, filters, null, "检索条件有误:日期请用 YYYY-MM-DD,关键词不超过 200 字。"), 400);
  return page(c, searchPage(archive, filters, parsed.data as SearchQuery));
}

function searchFilters(c: Context): SearchFilters {
  const filters: SearchFilters = {};
  for (const key of ["q", "paper", "from", "to", "person", "role", "org", "place"] as const) {
    const value = c.req.query(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}
