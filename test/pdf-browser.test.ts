import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadGoldCases } from "../src/eval/gold.js";
import { evaluateCases, totalScore } from "../src/eval/run-eval.js";
import { parseFile } from "../src/parse/file.js";
import { untrack } from "../src/source/pdf/lines.js";

/** Pages laid out in HTML/CSS and printed by Chromium (scripts/make-browser-pdf-fixtures.mjs): another producer than pdfkit. */
const DIR = path.join(import.meta.dirname, "../eval/pdf-browser");
const NAME = "huaxia-daily-p5-commentary";

interface GoldArticle {
  headline: string | null;
  paragraphs: string[];
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("a browser-printed e-paper page", async () => {
  const [parsed] = await parseFile(path.join(DIR, `${NAME}.pdf`));
  const { page } = parsed;
  const gold = JSON.parse(readFileSync(path.join(DIR, `${NAME}.gold.json`), "utf8")) as { articles: GoldArticle[] };
  const article = (headline: string) => page.articles.find((a) => a.headline === headline);
  const paragraphs = (headline: string) => article(headline)?.body.filter((b) => b.kind === "paragraph").map((b) => squeeze(b.text)) ?? [];

  it("has the gold's four articles, each under its own headline", () => {
    expect(page.articles.map((a) => a.headline).sort()).toEqual(gold.articles.map((a) => a.headline).sort());
  });

  it("reads a one-column headline set little larger than the body, its kicker and its body-face credit line", () => {
    const commentary = article("以实干实绩书写时代答卷");
    expect(commentary?.kicker).toBe("奋力推进中国式现代化建设——");
    expect(commentary?.byline).toBe("本报评论员");
    expect(squeeze(article("让“一刻钟便民生活圈”更有温度")?.byline ?? "")).toBe("黎明");
  });

  it("reads the body in order down each column and on into the next, with no spaces from justification", () => {
    // On this page every credit stands on a line of its own, so the paragraphs are the gold's as they are.
    for (const goldArticle of gold.articles) expect(paragraphs(goldArticle.headline!), goldArticle.headline!).toEqual(goldArticle.paragraphs.map(squeeze));
    for (const block of page.articles.flatMap((a) => a.body)) expect(block.text).not.toMatch(/\p{Script=Han} \p{Script=Han} \p{Script=Han}/u);
  });

  it("finds every gold article of every browser-printed page and loses no text", async () => {
    const rows = await evaluateCases(loadGoldCases(DIR, ".pdf"));
    const total = totalScore(rows);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(total.matchedArticles).toBe(total.goldArticles);
    expect(total.exactArticles).toBeGreaterThanOrEqual(total.goldArticles - 2);
    expect(rows.filter((row) => !row.score.lossless).map((row) => row.name)).toEqual([]);
  });
});

describe("letter-spaced lines", () => {
  it("lose the spaces pdf.js reports between spaced-out Chinese characters", () => {
    expect(untrack("人 介 绍 ， 与 以 往 的 同 类 装 备")).toBe("人介绍，与以往的同类装备");
    expect(untrack("记 者 11 日 从 高 原 生 物 资 源")).toBe("记者11日从高原生物资源");
  });

  it("keep the spaces of a credit line and between Latin words", () => {
    expect(untrack("新华社记者 胡 蓉 本报记者 贺思齐")).toBe("新华社记者 胡 蓉 本报记者 贺思齐");
    expect(untrack("a b c d e f g")).toBe("a b c d e f g");
  });
});
