import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import type { Archive } from "../src/archive/index.js";
import { createApp } from "../src/server/index.js";
import { API_ROUTES } from "../src/server/api-routes.js";
import { MAX_BODY_BYTES } from "../src/server/security.js";
import { EDIT_TOKEN, HOSTILE_DATE, PAPER, SEED_DATE, seededArchive } from "./server-helpers.js";

const paperPath = `/api/papers/${encodeURIComponent(PAPER)}`;

let archive: Archive;
let app: Hono;
let readOnly: Hono;

beforeAll(async () => {
  archive = await seededArchive();
  app = createApp(archive, { editToken: EDIT_TOKEN });
  readOnly = createApp(archive, {});
});
afterAll(() => archive.close());

async function getJson(path: string, on = app) {
  const response = await on.request(path);
  return { status: response.status, body: await response.json(), response };
}

function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}, on = app) {
  return on.request(path, {
    method,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${EDIT_TOKEN}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Every JSON response must match the schema its route declares. */
function matchesRoute(path: string, method: string, body: unknown) {
  const route = API_ROUTES.find((candidate) => candidate.method === method && new RegExp(`^${candidate.path.replace(/\{\w+\}/g, "[^/]+")}$`).test(path.split("?")[0]));
  if (!route || route.response === "image/png") throw new Error(`no JSON route for ${method} ${path}`);
  return route.response.safeParse(body).success;
}

function firstArticleId(): number {
  const pageId = archive.edition(PAPER, SEED_DATE)!.pages[0].id;
  return archive.page(pageId)!.articleIds[0];
}

describe("read endpoints", () => {
  it("lists papers", async () => {
    const { status, body } = await getJson("/api/papers");
    expect(status).toBe(200);
    expect(body).toEqual([expect.objectContaining({ paper: PAPER, editions: 2 })]);
    expect(matchesRoute("/api/papers", "get", body)).toBe(true);
  });

  it("pages through a paper's editions, newest first", async () => {
    const { status, body } = await getJson(`${paperPath}/editions?limit=1&offset=1`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ limit: 1, offset: 1, total: 2, items: [{ date: SEED_DATE }] });
    expect(matchesRoute(`${paperPath}/editions`, "get", body)).toBe(true);
    expect((await getJson(`${paperPath}/editions`)).body.items.map((e: { date: string }) => e.date)).toEqual([HOSTILE_DATE, SEED_DATE]);
  });

  it("rejects bad pagination and unknown papers", async () => {
    expect((await getJson(`${paperPath}/editions?limit=0`)).status).toBe(400);
    expect((await getJson(`${paperPath}/editions?offset=-1`)).status).toBe(400);
    expect((await getJson(`${paperPath}/editions?limit=abc`)).body.error).toMatch(/limit/);
    expect((await getJson("/api/papers/%E6%97%A0%E6%AD%A4%E6%8A%A5/editions")).status).toBe(404);
  });

  it("returns an edition by date", async () => {
    const { status, body } = await getJson(`${paperPath}/editions/${SEED_DATE}`);
    expect(status).toBe(200);
    expect(body.pages).toHaveLength(1);
    expect(matchesRoute(`${paperPath}/editions/${SEED_DATE}`, "get", body)).toBe(true);
    expect((await getJson(`${paperPath}/editions/2022-13-99x`)).status).toBe(400);
    expect((await getJson(`${paperPath}/editions/1999-01-01`)).status).toBe(404);
  });

  it("returns a page with its parsed articles, items and source", async () => {
    const pageId = archive.edition(PAPER, SEED_DATE)!.pages[0].id;
    const { status, body } = await getJson(`/api/pages/${pageId}`);
    expect(status).toBe(200);
    expect(body.parsed.articles.length).toBe(body.articleIds.length);
    expect(body.parsed.items.some((item: { kind: string }) => item.kind === "photo")).toBe(true);
    expect(body.source).toContain("统战");
    expect(matchesRoute(`/api/pages/${pageId}`, "get", body)).toBe(true);
    expect((await getJson("/api/pages/999999")).status).toBe(404);
    expect((await getJson("/api/pages/abc")).status).toBe(400);
    expect((await getJson("/api/pages/-1")).status).toBe(400);
  });

  it("serves a page image as PNG, 404 when the page has none", async () => {
    const withImage = archive.edition(PAPER, HOSTILE_DATE)!.pages[0].id;
    const response = await app.request(`/api/pages/${withImage}/image`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await response.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
    const withoutImage = archive.edition(PAPER, SEED_DATE)!.pages[0].id;
    expect((await getJson(`/api/pages/${withoutImage}/image`)).status).toBe(404);
  });

  it("returns an article with its neighbours, and its versions", async () => {
    const id = firstArticleId();
    const { status, body } = await getJson(`/api/articles/${id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, prevId: null, version: 1, status: "live" });
    expect(body.nextId).not.toBeNull();
    expect(matchesRoute(`/api/articles/${id}`, "get", body)).toBe(true);
    const versions = await getJson(`/api/articles/${id}/versions`);
    expect(versions.body).toHaveLength(1);
    expect(matchesRoute(`/api/articles/${id}/versions`, "get", versions.body)).toBe(true);
    expect((await getJson("/api/articles/999999")).status).toBe(404);
    expect((await getJson("/api/articles/999999/versions")).status).toBe(404);
    expect((await getJson(`/api/articles/${id}?version=99`)).status).toBe(404);
    expect((await getJson(`/api/articles/${id}?version=zero`)).status).toBe(400);
  });

  it("lists people and shows a person's articles", async () => {
    const { status, body } = await getJson(`/api/people?paper=${encodeURIComponent(PAPER)}&limit=50`);
    expect(status).toBe(200);
    expect(matchesRoute("/api/people", "get", body)).toBe(true);
    const reporter = body.items.find((person: { name: string }) => person.name === "张磊");
    const detail = await getJson(`/api/people/${reporter.id}`);
    expect(detail.body.articles.length).toBeGreaterThan(0);
    expect(matchesRoute(`/api/people/${reporter.id}`, "get", detail.body)).toBe(true);
    expect((await getJson("/api/people/999999")).status).toBe(404);
    expect((await getJson("/api/people?limit=1000")).status).toBe(400);
  });

  it("searches with filters and highlights", async () => {
    const { status, body } = await getJson(`/api/search?q=${encodeURIComponent("统战")}`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    const [hit] = body.hits;
    expect(hit.highlights.length).toBeGreaterThan(0);
    expect(hit.snippet.slice(hit.highlights[0].start, hit.highlights[0].end)).toBe("统战");
    expect(hit.snippet).not.toMatch(/[\u0001\u0002]/);
    expect(matchesRoute("/api/search", "get", body)).toBe(true);
    const filtered = await getJson(`/api/search?q=${encodeURIComponent("统战")}&from=2022-08-17&to=2022-08-31`);
    expect(filtered.body.total).toBe(0);
    const byPerson = await getJson(`/api/search?q=${encodeURIComponent("白城")}&person=${encodeURIComponent("尹雪")}&role=reporter&paper=${encodeURIComponent(PAPER)}`);
    expect(byPerson.body.total).toBeGreaterThan(0);
  });

  it("rejects bad search parameters", async () => {
    expect((await getJson("/api/search")).status).toBe(400);
    expect((await getJson("/api/search?q=%20")).status).toBe(400);
    expect((await getJson("/api/search?q=a&from=yesterday")).status).toBe(400);
    expect((await getJson("/api/search?q=a&role=king")).status).toBe(400);
    expect((await getJson("/api/search?q=a&limit=101")).status).toBe(400);
  });

  it("answers unknown API routes with JSON 404", async () => {
    const { status, body } = await getJson("/api/nothing/here");
    expect(status).toBe(404);
    expect(body.error).toMatch(/no route/);
  });
});

describe("corrections", () => {
  it("refuse writes on a read-only server, and without or with a wrong token", async () => {
    const id = firstArticleId();
    const change = { author: "编辑甲", changes: { headline: "改" } };
    expect((await send("PUT", `/api/articles/${id}`, change, {}, readOnly)).status).toBe(403);
    expect((await send("PUT", `/api/articles/${id}`, change, { Authorization: "" })).status).toBe(401);
    const wrong = await send("PUT", `/api/articles/${id}`, change, { Authorization: "Bearer nope" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/Bearer/);
    expect(archive.article(id)!.versions).toBe(1);
  });

  it("reject malformed, oversized, mistyped and invalid bodies", async () => {
    const id = firstArticleId();
    expect((await send("PUT", `/api/articles/${id}`, "{not json")).status).toBe(400);
    expect((await send("PUT", `/api/articles/${id}`, { author: "x", changes: {} }, { "Content-Type": "text/plain" })).status).toBe(415);
    const huge = { author: "x", changes: { headline: "长".repeat(MAX_BODY_BYTES) } };
    expect((await send("PUT", `/api/articles/${id}`, huge)).status).toBe(413);
    expect((await send("PUT", `/api/articles/${id}`, { changes: {} })).status).toBe(400);
    expect((await send("PUT", `/api/articles/${id}`, { author: "x", changes: { body: ["only one"] } })).status).toBe(400);
    expect((await send("PUT", "/api/articles/999999", { author: "x", changes: {} })).status).toBe(404);
  });

  it("correct an article as a new version and restore the original", async () => {
    const id = firstArticleId();
    const original = archive.article(id)!.article;
    const people = [{ name: "张磊", role: "reporter" }];
    const response = await send("PUT", `/api/articles/${id}`, { author: "编辑甲", note: "标题笔误", changes: { headline: "更正后的标题", people } });
    expect(response.status).toBe(200);
    const corrected = await response.json();
    expect(corrected).toMatchObject({ version: 2, versions: 2, article: { headline: "更正后的标题", people } });
    expect(matchesRoute(`/api/articles/${id}`, "put", corrected)).toBe(true);
    expect(corrected.article.body).toEqual(original.body);

    const versions = (await getJson(`/api/articles/${id}/versions`)).body;
    expect(versions.map((v: { author: string }) => v.author)).toContain("编辑甲");
    expect((await getJson(`/api/articles/${id}?version=1`)).body.article.headline).toBe(original.headline);

    const restored = await send("POST", `/api/articles/${id}/restore`, { author: "编辑甲", version: 1 });
    expect(restored.status).toBe(200);
    expect((await restored.json()).article.headline).toBe(original.headline);
    expect((await send("POST", `/api/articles/${id}/restore`, { author: "编辑甲", version: 42 })).status).toBe(404);
  });

  it("edit a paragraph's text", async () => {
    const id = firstArticleId();
    const texts = archive.article(id)!.article.body.map((block) => block.text);
    texts[0] = "改写的第一段。";
    const response = await send("PUT", `/api/articles/${id}`, { author: "编辑乙", changes: { body: texts } });
    expect((await response.json()).article.body[0].text).toBe("改写的第一段。");
    expect(archive.page(archive.article(id)!.pageId)!.source).not.toContain("改写的第一段");
  });

  it("split an article and merge it back", async () => {
    const id = firstArticleId();
    expect((await send("POST", `/api/articles/${id}/split`, { author: "编辑丙", atBody: 999 })).status).toBe(400);
    const split = await send("POST", `/api/articles/${id}/split`, { author: "编辑丙", atBody: 2 });
    expect(split.status).toBe(200);
    const [first, second] = await split.json();
    expect(matchesRoute(`/api/articles/${id}/split`, "post", [first, second])).toBe(true);
    expect(first.nextId).toBe(second.id);
    const merged = await send("POST", `/api/articles/${id}/merge`, { author: "编辑丙" });
    expect(merged.status).toBe(200);
    expect((await merged.json()).article.body.length).toBe(first.article.body.length + second.article.body.length);
  });

  it("refuse to merge the last article on a page", async () => {
    const pageId = archive.edition(PAPER, HOSTILE_DATE)!.pages[0].id;
    const lastId = archive.page(pageId)!.articleIds.at(-1)!;
    expect((await send("POST", `/api/articles/${lastId}/merge`, { author: "x" })).status).toBe(409);
  });
});

describe("HTTP hygiene", () => {
  it("sets a strict Content-Security-Policy and other security headers", async () => {
    for (const path of ["/", "/api/papers", "/static/style.css", "/api/nothing"]) {
      const response = await app.request(path);
      expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
      expect(response.headers.get("content-security-policy")).not.toMatch(/unsafe-inline/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("serves static files only from its fixed map", async () => {
    expect((await app.request("/static/app.js")).headers.get("content-type")).toMatch(/javascript/);
    for (const path of ["/static/..%2F..%2Fpackage.json", "/static/../package.json", "/static/%2e%2e/etc/passwd", "/static/constructor", "/static/__proto__"]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("banmian\",");
    }
  });
});

describe("/openapi.json", () => {
  let doc: Record<string, any>;
  beforeAll(async () => {
    doc = (await getJson("/openapi.json")).body;
  });

  it("is an OpenAPI 3.1 document listing every route", () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    for (const route of API_ROUTES) {
      const operation = doc.paths[route.path]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.responses["200"]).toBeDefined();
      const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = operation.parameters.filter((p: { in: string }) => p.in === "path").map((p: { name: string }) => p.name);
      expect(declared.sort()).toEqual(pathParams.sort());
      if (route.write) expect(operation.security).toEqual([{ editToken: [] }]);
    }
    const operationIds = Object.values(doc.paths).flatMap((item: any) => Object.values(item).map((op: any) => op.operationId));
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it("resolves every $ref", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(resolvePointer(doc, ref), ref).toBeDefined();
  });

  it("has JSON Schema (2020-12 keywords only) for every component", () => {
    const known = new Set([
      "type", "properties", "required", "additionalProperties", "items", "prefixItems", "minItems", "maxItems", "enum",
      "const", "minimum", "maximum", "exclusiveMinimum", "minLength", "maxLength", "pattern", "format", "default",
      "description", "anyOf", "oneOf", "allOf", "$ref", "propertyNames", "title", "contentMediaType",
    ]);
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(schema, name).toBeTypeOf("object");
      for (const keyword of schemaKeywords(schema)) expect(known.has(keyword), `${name}: ${keyword}`).toBe(true);
    }
  });
});

function collectRefs(value: unknown, refs: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, refs));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") refs.push(child);
      else collectRefs(child, refs);
    }
  }
  return refs;
}

function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<any>((node, part) => (node && typeof node === "object" ? node[part] : undefined), doc);
}

/** The keywords used by a schema and its subschemas (property names themselves excluded). */
function schemaKeywords(schema: any): string[] {
  if (!schema || typeof schema !== "object") return [];
  const keywords = Object.keys(schema);
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(Array.isArray(schema.prefixItems) ? schema.prefixItems : []),
    ...[schema.items, schema.additionalProperties, schema.propertyNames].filter((child) => typeof child === "object"),
    ...["anyOf", "oneOf", "allOf"].flatMap((key) => schema[key] ?? []),
  ];
  return [...keywords, ...children.flatMap(schemaKeywords)];
}
