import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractEntities, type Mentions } from "../src/enrich/index.js";

const PAGE = readFileSync(new URL("../eval/gold/baicheng-daily-2022-08-page.txt", import.meta.url), "utf8");
let mentions: Mentions;

beforeAll(() => {
  mentions = extractEntities(PAGE, { editionDate: "2022-08-16" });
});

describe("figures of the seed page", () => {
  it.each([
    ["7000余万元", 70_000_000, "元", true, "涉案金额"],
    ["43万元", 430_000, "元", false, undefined],
    ["2000余人", 2000, "人", true, "受益群众"],
    ["132人", 132, "人", false, "会员"],
    ["125人次", 125, "人次", false, undefined],
    ["62台次", 62, "台次", false, undefined],
    ["200余米", 200, "米", true, undefined],
    ["5万元", 50_000, "元", false, undefined],
    ["75岁", 75, "岁", false, undefined],
    ["19起", 19, "起", false, undefined],
    ["第四批", 4, "批", false, undefined],
  ] as const)("%s → %d %s", (written, value, unit, approx, counts) => {
    const q = mentions.quantities.find((m) => m.text === written);
    expect(q).toBeDefined();
    expect(q).toMatchObject({ value, unit, approx });
    if (counts) expect(q!.counts).toBe(counts);
    expect(PAGE.slice(q!.start, q!.end)).toBe(written);
  });

  it("第四批 is an ordinal; 十二次 in 第十二次党代会 is read", () => {
    expect(mentions.quantities.find((m) => m.text === "第四批")?.ordinal).toBe(true);
    expect(mentions.quantities.find((m) => m.text === "第十二次")).toMatchObject({ value: 12, unit: "次" });
  });
});

describe("places of the seed page", () => {
  it.each([
    ["洮北区", "220802"],
    ["洮南市", "220881"],
    ["镇赉县", "220821"],
    ["大安市", "220882"],
  ])("%s resolves to %s under 白城市 under 吉林省", (name, code) => {
    const place = mentions.places.find((p) => p.name === name);
    expect(place?.division?.code).toBe(code);
    expect(place?.division?.path).toEqual(["吉林省", "白城市", name]);
  });

  it("keeps named sites without a code", () => {
    for (const name of ["日升社区", "南湖", "洮南市中心广场"]) {
      const site = mentions.places.find((p) => p.name === name);
      expect(site, name).toMatchObject({ kind: "site" });
      expect(site?.division).toBeUndefined();
    }
  });
});

describe("people and organisations of the seed page", () => {
  it("gives people the title the text gives them", () => {
    expect(mentions.people.find((p) => p.name === "景俊海")?.title).toBe("省委书记");
    expect(mentions.people.find((p) => p.name === "梁大猛")?.title).toBe("现场工作人员");
    expect(mentions.people.map((p) => p.name)).toContain("王继皋");
  });

  it("finds the organisations", () => {
    const names = mentions.organisations.map((o) => o.name);
    for (const name of ["白城市委统战部", "共青团白城市委", "国网白城供电公司", "成来电气科技有限公司", "白城市公安局", "白城市美术馆"]) {
      expect(names, name).toContain(name);
    }
  });

  it("links abbreviations to the full names that occur", () => {
    const fullOf = (name: string) => mentions.organisations.find((o) => o.name === name)?.fullName;
    expect(fullOf("市委统战部")).toBe("白城市委统战部");
    expect(fullOf("白城供电公司")).toBe("国网白城供电公司");
    expect(fullOf("成来电气")).toBe("成来电气科技有限公司");
  });

  it("resolves the page's dates against the edition", () => {
    const d = (text: string) => mentions.dates.find((m) => m.text === text);
    expect(d("8月14日深夜")).toMatchObject({ from: "2022-08-14", to: "2022-08-14" });
    expect(d("2019年以来")).toMatchObject({ from: "2019-01-01", to: "2022-08-16" });
    expect(d("今年上半年")).toMatchObject({ from: "2022-01-01", to: "2022-06-30" });
    expect(d("年初以来")).toMatchObject({ from: "2022-01-01", to: "2022-08-16" });
  });

  it("every mention's offsets point at its text", () => {
    const all = Object.values(mentions).flat();
    for (const m of all) expect(PAGE.slice(m.start, m.end)).toBe(m.text);
  });
});
