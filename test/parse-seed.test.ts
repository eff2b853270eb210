import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePage } from "../src/parse/index.js";
import { GoldPageSchema } from "../src/eval/gold.js";
import { losslessProblems, scorePage } from "../src/eval/score.js";

const SEED = new URL("../eval/gold/baicheng-daily-2022-08-page.txt", import.meta.url);
const source = readFileSync(SEED, "utf8");
const gold = GoldPageSchema.parse(JSON.parse(readFileSync(new URL("../eval/gold/baicheng-daily-2022-08-page.gold.json", import.meta.url), "utf8")));
const page = parsePage(source, { paper: "白城日报", date: "2022-08-16", page: "3" });

describe("the seed page", () => {
  it("rebuilds all six articles exactly as the hand-written gold has them", () => {
    const score = scorePage(page, gold, source);
    expect(score.mismatches).toEqual([]);
    expect(score.exactArticles).toBe(6);
    expect(score.exactParagraphs).toBe(21);
    expect(score.goldParagraphs).toBe(21);
  });

  it("repairs the six column breaks with evidence", () => {
    expect(page.joins).toHaveLength(6);
    const cuts = page.joins.map((join) => `${source.slice(join.at - 1, join.at)}|${source.slice(join.resumeAt, join.resumeAt + 1)}`);
    expect(cuts).toEqual(["会|精", "探|索", "秘|的", "创|店", "求|高", "情|况"]);
    const tanSuo = page.joins[1];
    expect(tanSuo.evidence.join(" ")).toContain("探索");
    for (const join of page.joins) expect(join.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("cuts datelines and bylines off the first paragraph and names the people", () => {
    const [first, , third] = page.articles;
    expect(first.dateline).toBe("本报讯");
    expect(first.byline).toBe("本报讯(记者张磊 尹雪)");
    expect(first.people).toEqual([
      { name: "张磊", role: "reporter" },
      { name: "尹雪", role: "reporter" },
    ]);
    expect(first.body[0].text.startsWith("近年来,")).toBe(true);
    expect(third.kicker).toBe("国网白城供电公司:");
    expect(third.people).toEqual([{ name: "刘鑫宇", role: "author" }]);
    const total = page.articles.reduce((sum, article) => sum + article.people.length, 0);
    expect(total).toBe(8);
  });

  it("marks the five bold lead sentences of the first article", () => {
    const leads = page.articles[0].body.map((block) => block.lead).filter(Boolean);
    expect(leads).toEqual(gold.articles[0].subheads);
    expect(page.articles.slice(1).flatMap((article) => article.body.filter((block) => block.lead))).toEqual([]);
  });

  it("classifies the photo with its two photographers and the banner", () => {
    const photo = page.items.find((item) => item.kind === "photo");
    expect(photo?.text).toBe("镇赉「南湖」: 一池荷花送清凉");
    expect(photo?.credit).toBe("摄影:潘晨昱 姜海涛");
    expect(photo?.people).toEqual([
      { name: "潘晨昱", role: "photographer" },
      { name: "姜海涛", role: "photographer" },
    ]);
    expect(page.items.find((item) => item.kind === "banner")?.text).toBe("政务之窗·微白城");
  });

  it("loses nothing: every character is claimed once and spans point back to the source", () => {
    expect(losslessProblems(page, source)).toEqual([]);
    expect(page.unassigned).toEqual([]);
    const headline = page.articles[2].fieldSpans.headline![0];
    expect(source.slice(headline.start, headline.end)).toBe("主动服务保供电 点亮城市夜经济");
  });

  it("produces a page that validates against the banmian.page/1 schema", async () => {
    const { PageSchema } = await import("../src/model/page.js");
    expect(() => PageSchema.parse(page)).not.toThrow();
    expect(page.edition).toMatchObject({ paper: "白城日报", date: "2022-08-16", page: "3" });
  });
});
