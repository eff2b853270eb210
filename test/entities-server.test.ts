import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import type { Archive, EntitySummary } from "../src/archive/index.js";
import { API_ROUTES } from "../src/server/api-routes.js";
import { createApp } from "../src/server/index.js";
import { seededArchive } from "./server-helpers.js";

const BEER_FESTIVAL = "主动服务保供电 点亮城市夜经济";

let archive: Archive;
let app: Hono;
beforeAll(async () => {
  archive = await seededArchive();
  app = createApp(archive, {});
});
afterAll(() => archive.close());

function named(type: EntitySummary["type"], name: string): EntitySummary {
  return archive.entities({ type }).find((entity) => entity.name === name)!;
}

async function getJson(path: string) {
  const response = await app.request(path);
  return { status: response.status, body: await response.json() };
}

async function getHtml(path: string) {
  const response = await app.request(path, { headers: { accept: "text/html" } });
  return { status: response.status, text: await response.text() };
}

function schemaOf(path: string) {
  const route = API_ROUTES.find((candidate) => candidate.method === "get" && candidate.path === path)!;
  if (route.response === "image/png") throw new Error("not a JSON route");
  return route.response;
}

function jsonLdOf(page: string): Record<string, unknown> {
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1];
  return JSON.parse(json) as Record<string, unknown>;
}

describe("entity API", () => {
  it("lists entities by type, with their counts and codes", async () => {
    const { status, body } = await getJson("/api/entities?type=place&limit=100");
    expect(status).toBe(200);
    expect(schemaOf("/api/entities").safeParse(body).success).toBe(true);
    expect(body.total).toBe(body.items.length);
    expect(body.items).toContainEqual(expect.objectContaining({ name: "洮南市", code: "220881", path: ["吉林省", "白城市", "洮南市"], type: "place" }));
    expect((await getJson("/api/entities?type=thing")).status).toBe(400);
    expect((await getJson("/api/entities?limit=0")).status).toBe(400);
  });

  it("returns one entity with its articles and figures; 404 for an unknown id, 400 for a bad one", async () => {
    const org = named("organisation", "白城市委统战部");
    const { status, body } = await getJson(`/api/entities/${org.id}`);
    expect(status).toBe(200);
    expect(schemaOf("/api/entities/{id}").safeParse(body).success).toBe(true);
    expect(body.figures).toContainEqual(expect.objectContaining({ text: "43万元", value: 430_000, unit: "元" }));
    const missing = await getJson("/api/entities/999999");
    expect(missing).toEqual({ status: 404, body: { error: "entity 999999 not found" } });
    expect((await getJson("/api/entities/abc")).status).toBe(400);
  });

  it("lists an article's entities; 404 for an unknown article", async () => {
    const articleId = archive.entity(named("place", "洮南市").id)!.articles[0].articleId;
    const { status, body } = await getJson(`/api/articles/${articleId}/entities`);
    expect(status).toBe(200);
    expect(schemaOf("/api/articles/{id}/entities").safeParse(body).success).toBe(true);
    expect(body.map((entity: { name: string }) => entity.name)).toContain("洮南市");
    expect((await getJson("/api/articles/999999/entities")).status).toBe(404);
  });

  it("documents the entity routes and the search filters in OpenAPI", async () => {
    const { body } = await getJson("/openapi.json");
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/entities", "/api/entities/{id}", "/api/articles/{id}/entities"]));
    expect(body.paths["/api/entities/{id}"].get.responses).toHaveProperty("404");
    expect(body.paths["/api/search"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["org", "place"]));
    expect(body.components.schemas).toHaveProperty("EntityDetail");
  });

  it("search filters by place and organisation", async () => {
    const { body } = await getJson(`/api/search?q=${encodeURIComponent("供电")}&place=${encodeURIComponent("洮南市")}`);
    expect(body.hits.map((hit: { headline: string }) => hit.headline)).toEqual([BEER_FESTIVAL]);
    expect((await getJson(`/api/search?q=${encodeURIComponent("统战")}&org=${encodeURIComponent("国网白城供电公司")}`)).body.total).toBe(0);
  });
});

describe("entity pages in the reader", () => {
  it("an organisation's page lists its articles and the figures reported with it", async () => {
    const { status, text } = await getHtml(`/entities/${named("organisation", "白城市委统战部").id}`);
    expect(status).toBe(200);
    expect(text).toContain("<h1>白城市委统战部</h1>");
    expect(text).toContain("又作 市委统战部");
    expect(text).toContain("报道中的数字");
    expect(text).toContain("<strong>43万元</strong>");
    expect(text).toContain("430,000 元");
    expect(text).toMatch(/<a href="\/articles\/\d+">白城市委统战部坚持/);
  });

  it("a place's page shows its division code and parent path", async () => {
    const { status, text } = await getHtml(`/entities/${named("place", "洮南市").id}`);
    expect(status).toBe(200);
    expect(text).toContain("<code>220881</code>");
    expect(text).toContain("吉林省 › 白城市");
    expect(text).toContain(BEER_FESTIVAL);
  });

  it("the entity index lists places and organisations; an unknown entity is a 404 page", async () => {
    const places = await getHtml("/entities?type=place");
    expect(places.status).toBe(200);
    expect(places.text).toContain(`<a href="/entities/${named("place", "大安市").id}">大安市</a>`);
    expect((await getHtml("/entities")).text).toContain("白城市委统战部");
    expect((await getHtml("/entities/999999")).status).toBe(404);
  });

  it("the article view has a 提及 box linking to entity pages, and JSON-LD mentions and contentLocation", async () => {
    const articleId = archive.entity(named("place", "洮南市").id)!.articles.find((a) => a.headline === BEER_FESTIVAL)!.articleId;
    const { text } = await getHtml(`/articles/${articleId}`);
    expect(text).toContain('<aside class="mentions" aria-label="提及"><h2>提及</h2>');
    expect(text).toContain(`<a href="/entities/${named("organisation", "国网白城供电公司").id}">国网白城供电公司</a>`);
    const jsonLd = jsonLdOf(text);
    expect([jsonLd.mentions].flat()).toContainEqual(expect.objectContaining({ "@type": "Organization", name: "国网白城供电公司", url: expect.stringMatching(/\/entities\/\d+$/) }));
    expect([jsonLd.contentLocation].flat()).toContainEqual(expect.objectContaining({ name: "洮南市", identifier: expect.objectContaining({ value: "220881" }) }));
  });

  it("the search page filters by organisation and place", async () => {
    const { status, text } = await getHtml(`/search?q=${encodeURIComponent("供电")}&place=${encodeURIComponent("洮南市")}`);
    expect(status).toBe(200);
    expect(text).toContain('name="org"');
    expect(text).toContain(`name="place" value="洮南市"`);
    expect(text).toContain("找到 <strong>1</strong> 篇");
    expect(text).toContain(BEER_FESTIVAL);
  });
});
