import { describe, expect, it } from "vitest";
import { extractQuantities } from "../src/enrich/quantities.js";
import { tagText } from "../src/enrich/segmenter.js";
import { parseChineseNumeral } from "../src/enrich/numerals.js";

function quantities(text: string) {
  return extractQuantities(text, tagText(text));
}

function figure(text: string, written: string) {
  const found = quantities(text).find((q) => q.text === written);
  expect(found, `${written} in ${text}`).toBeDefined();
  return found!;
}

describe("Chinese numerals", () => {
  it.each([
    ["三", 3], ["十", 10], ["十二", 12], ["二十", 20], ["二十五", 25], ["一百零五", 105], ["两千", 2000], ["三千五百万", 35_000_000],
  ])("%s is %d", (text, value) => expect(parseChineseNumeral(text)).toBe(value));
});

describe("quantities in sentences written for the test", () => {
  it("folds 万 into the value and keeps 余 as an approximation", () => {
    const q = figure("去年全县共投入资金3000余万元，修建道路。", "3000余万元");
    expect(q).toMatchObject({ value: 30_000_000, unit: "元", approx: true });
  });

  it("reads a decimal amount with 亿", () => {
    expect(figure("全年实现产值1.5亿元。", "1.5亿元")).toMatchObject({ value: 150_000_000, unit: "元", approx: false });
  });

  it("prefers the longest unit: 人次 over 人", () => {
    expect(figure("接待游客560人次，", "560人次")).toMatchObject({ value: 560, unit: "人次" });
  });

  it("reads Chinese numerals with a unit", () => {
    expect(figure("他先后三次来到村里，", "三次")).toMatchObject({ value: 3, unit: "次" });
    expect(figure("这是他第十二次参加比赛。", "第十二次")).toMatchObject({ value: 12, unit: "次", ordinal: true });
  });

  it("marks 近 and 左右 as approximations", () => {
    expect(figure("参加活动的有近300人。", "近300人")).toMatchObject({ value: 300, unit: "人", approx: true });
    expect(figure("路程约50公里左右。", "约50公里左右")).toMatchObject({ value: 50, unit: "公里", approx: true });
  });

  it("says what the number counts when the phrase before it names it", () => {
    expect(figure("今年以来，帮扶困难家庭85户。", "85户")).toMatchObject({ value: 85, counts: "困难家庭" });
  });

  it("does not take 一起 (together) or dates for quantities", () => {
    const found = quantities("大家一起在2021年8月5日观看了电影。").map((q) => q.text);
    expect(found).toEqual([]);
  });

  it("keeps offsets into the text", () => {
    const text = "共有会员132人。";
    const [q] = quantities(text);
    expect(text.slice(q.start, q.end)).toBe("132人");
  });
});
