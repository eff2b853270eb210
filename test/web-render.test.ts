import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import type { Archive } from "../src/archive/index.js";
import { createApp } from "../src/server/index.js";
import { escapeHtml, html, jsonScript } from "../src/web/html.js";
import { HOSTILE_DATE, HOSTILE_HEADLINE, PAPER, SEED_DATE, seededArchive } from "./server-helpers.js";

describe("html helpers", () => {
  it("escapes every interpolated value but keeps nested html", () => {
    const name = `<b onclick="x">'&'</b>`;
    expect(html`<p title="${name}">${name}${html`<i>ok</i>`}</p>`.value).toBe(
      `<p title="${escapeHtml(name)}">&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;<i>ok</i></p>`,
    );
    expect(html`${[1, null, false, undefined, "a"]}`.value).toBe("1a");
  });

  it("keeps JSON-LD from closing its script element", () => {
    const script = jsonScript({ headline: "</script><script>alert(1)</script>", line: "\u2028" }).value;
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    const json = script.replace(/^<script type="application\/ld\+json">/, "").replace(/<\/script>$/, "");
    expect(JSON.parse(json).headline).toBe("</script><script>alert(1)</script>");
  });
});

describe("reader pages", () => {
  let archive: Archive;
  let app: Hono;
  beforeAll(async () => {
    archive = await seededArchive();
    app = createApp(archive, {});
  });
  afterAll(() => archive.close());

  const get = async (path: string) => {
    const response = await app.request(path, { headers: { accept: "text/html" } });
    return { status: response.status, text: await response.text(), type: response.headers.get("content-type") };
  };
  const hostileArticleId = () => archive.page(archive.edition(PAPER, HOSTILE_DATE)!.pages[0].id)!.articleIds[0];

  it("render every view as zh-CN HTML", async () => {
    const seedPage = archive.edition(PAPER, SEED_DATE)!.pages[0].id;
    const articleId = archive.page(seedPage)!.articleIds[0];
    const person = archive.people({ paper: PAPER })[0].id;
    const paths = ["/", `/papers/${encodeURIComponent(PAPER)}`, `/papers/${encodeURIComponent(PAPER)}/${SEED_DATE}`, `/pages/${seedPage}`, `/articles/${articleId}`, `/articles/${articleId}/source`, `/articles/${articleId}/edit`, `/people/${person}`, "/search", "/search?q=%E7%BB%9F%E6%88%98"];
    for (const path of paths) {
      const { status, text } = await get(path);
      expect(status, path).toBe(200);
      expect(text, path).toContain('<html lang="zh-CN">');
      expect(text, path).not.toMatch(/<script>|<script(?![^>]*(src="\/static\/app\.js"|type="application\/ld\+json"))/);
    }
  });

  it("escapes a page's <script> everywhere it appears", async () => {
    const id = hostileArticleId();
    for (const path of [`/articles/${id}`, `/articles/${id}/source`, `/articles/${id}/edit`, "/search?q=%E6%B3%A8%E5%85%A5", `/pages/${archive.article(id)!.pageId}`]) {
      const { text } = await get(path);
      expect(text, path).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(text, path).not.toContain("<script>alert");
      expect(text, path).not.toContain("<img src=x");
    }
  });

  it("embeds the article's NewsArticle JSON-LD", async () => {
    const { text } = await get(`/articles/${hostileArticleId()}`);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(text)![1];
    const data = JSON.parse(json);
    expect(data).toMatchObject({ "@type": "NewsArticle", headline: HOSTILE_HEADLINE, datePublished: HOSTILE_DATE });
    expect(data.url).toMatch(/^http:\/\/localhost\/articles\/\d+$/);
  });

  it("shows the article's region cropped from the page image", async () => {
    const { text } = await get(`/articles/${hostileArticleId()}`);
    expect(text).toMatch(/<figure class="article-crop">\s*<svg viewBox="20 20 360 180"/);
  });

  it("serves an Atom feed per paper", async () => {
    const { status, text, type } = await get(`/papers/${encodeURIComponent(PAPER)}/feed.atom`);
    expect(status).toBe(200);
    expect(type).toMatch(/application\/atom\+xml/);
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(text).toContain("<title>白城市文化中心举办烫画展</title>");
    expect(text.match(/<entry>/g)!.length).toBe(7);
    expect(text).not.toContain("<script>");
  });

  it("answer missing things with a 404 page and bad ids with 400", async () => {
    expect((await get("/articles/999999")).status).toBe(404);
    expect((await get("/articles/abc")).status).toBe(400);
    expect((await get("/papers/%E6%97%A0/feed.atom")).status).toBe(404);
    expect((await get(`/papers/${encodeURIComponent(PAPER)}/not-a-date`)).status).toBe(400);
    const missing = await get("/no/such/page");
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("找不到");
    expect((await get("/search?q=x&from=tomorrow")).status).toBe(400);
  });

  it("shows a read-only notice instead of edit forms without a token", async () => {
    const { text } = await get(`/articles/${hostileArticleId()}/edit`);
    expect(text).toContain("只读档案");
    expect(text).not.toContain('data-action="correct"');
  });
});
