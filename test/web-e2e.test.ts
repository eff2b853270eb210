import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Archive } from "../src/archive/index.js";
import { serve, type RunningServer } from "../src/server/index.js";
import { ingestFiles } from "../src/archive/ingest-files.js";
import { EDIT_TOKEN, HOSTILE_HEADLINE, PAPER, seededArchive } from "./server-helpers.js";

const PDF_PAGE = new URL("../eval/pdf/baicheng-daily-2022-08-page.pdf", import.meta.url).pathname;

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

let folder: string;
let archive: Archive;
let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "banmian-web-"));
  archive = await seededArchive(join(folder, "banmian.db"));
  server = await serve(archive, { port: 0, host: "127.0.0.1", editToken: EDIT_TOKEN });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  archive?.close();
  rmSync(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage();
  problems = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
});

const url = (path: string) => new URL(path, server.url).toString();

async function clickAndWait(selector: string) {
  const before = page.url();
  await Promise.all([page.waitForURL((next) => next.toString() !== before), page.click(selector)]);
}

describe("reader", () => {
  it("goes home → edition → page → article → person", async () => {
    await page.goto(url("/"));
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await clickAndWait('.edition-list a:has-text("2022年8月16日")');
    expect(await page.textContent("h1")).toBe(PAPER);
    await clickAndWait(".page-list a");
    expect(await page.textContent("h1")).toContain("第02版");
    await clickAndWait('.article-list a:has-text("统战部")');
    expect(await page.textContent("h1")).toContain("五抓五到位");
    expect(await page.locator(".story-body strong.lead").count()).toBeGreaterThan(0);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    await clickAndWait('.people a:has-text("张磊")');
    expect(await page.textContent("h1")).toBe("张磊");
    expect(await page.textContent(".dated-list")).toContain("五抓五到位");
  });

  it("shows the article's spans in the page's original text", async () => {
    await page.goto(url("/search?q=%E7%83%AB%E7%94%BB"));
    await clickAndWait(".hits a");
    await clickAndWait('a:has-text("原文对照")');
    const marked = await page.locator(".source-text mark").allTextContents();
    expect(marked.join("")).toContain("王继皋");
    expect(await page.textContent(".source-text")).toContain("统战部");
  });

  it("searches 统战 and opens the first hit", async () => {
    await page.goto(url("/"));
    await page.fill(".hero input[name=q]", "统战");
    await Promise.all([page.waitForURL(/\/search\?/), page.press(".hero input[name=q]", "Enter")]);
    expect(await page.textContent(".result-count")).toMatch(/找到\s*\d+\s*篇/);
    expect(await page.locator(".hits mark").first().textContent()).toBe("统战");
    await clickAndWait(".hits li:first-child h2 a");
    expect(await page.textContent(".story")).toContain("统战");
  });

  it("renders a <script> in a page as text", async () => {
    await page.goto(url(`/search?q=${encodeURIComponent("注入")}`));
    await clickAndWait(".hits a");
    expect(await page.textContent("h1")).toBe(HOSTILE_HEADLINE);
    expect(await page.textContent(".story-body")).toContain("<img src=x onerror=alert(2)>");
    expect(await page.locator("main script, main img").count()).toBe(0);
    await clickAndWait(".story-footer a[href^='/pages/']");
    expect(await page.locator(".page-image rect.region").count()).toBe(1);
    await clickAndWait(".page-image a");
    expect(await page.textContent("h1")).toBe(HOSTILE_HEADLINE);
  });
});

describe("a PDF-ingested page", () => {
  it("shows the page image, and a click on an article's region opens that article", async () => {
    const summary = await ingestFiles(archive, [PDF_PAGE], { paper: "白城日报PDF", date: "2022-08-16", page: "3" });
    expect(summary.added).toBe(1);
    await page.goto(url("/"));
    await clickAndWait('.paper-card:has-text("白城日报PDF") .edition-list a:has-text("2022年8月16日")');
    await clickAndWait(".page-list a");
    const regions = page.locator(".page-image a");
    expect(await regions.count()).toBe(6);
    const target = regions.filter({ has: page.locator("title", { hasText: "成来电气" }) });
    await target.hover();
    const box = await target.locator("rect").boundingBox();
    expect(box).not.toBeNull();
    await Promise.all([page.waitForURL(/\/articles\//), page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2)]);
    expect(await page.textContent("h1")).toContain("成来电气获国家第四批");
  });
});

describe("corrections", () => {
  it("saves a correction with the token, shows it, and restores the original", async () => {
    const [hit] = archive.search({ q: "快乐暑假" }).hits;
    const original = archive.article(hit.articleId)!.article.headline!;
    await page.goto(url(`/articles/${hit.articleId}/edit`));
    await page.fill("[data-token-form] input[name=token]", EDIT_TOKEN);
    await page.fill("[data-token-form] input[name=author]", "测试编辑");
    await page.click("[data-token-form] button");
    await page.waitForSelector("[data-status]:has-text('已保存')");

    await page.fill("form[data-action=correct] input[name=headline]", "快乐暑假(更正)");
    await page.fill("form[data-action=correct] input[name=note]", "补充标题");
    await clickAndWait("form[data-action=correct] button[type=submit]");
    expect(await page.textContent("h1")).toBe("快乐暑假(更正)");
    expect(await page.textContent(".notice")).toContain("更正");

    await page.goto(url(`/articles/${hit.articleId}/edit`));
    expect(await page.textContent("#versions")).toContain("测试编辑");
    await clickAndWait("#versions tr:has-text('第 1 版') form[data-action=restore] button");
    expect(await page.textContent("h1")).toBe(original);
    expect(archive.article(hit.articleId)!.versions).toBe(3);
  });

  it("refuses a correction with a wrong token", async () => {
    const [hit] = archive.search({ q: "烫画" }).hits;
    await page.goto(url(`/articles/${hit.articleId}/edit`));
    await page.fill("[data-token-form] input[name=token]", "wrong-token");
    await page.fill("[data-token-form] input[name=author]", "测试编辑");
    await page.click("[data-token-form] button");
    await page.fill("form[data-action=correct] input[name=headline]", "不应保存");
    await page.click("form[data-action=correct] button[type=submit]");
    await page.waitForSelector("[data-status]:has-text('保存失败')");
    expect(archive.article(hit.articleId)!.article.headline).not.toBe("不应保存");
    problems = problems.filter((problem) => !problem.includes("401"));
  });
});
