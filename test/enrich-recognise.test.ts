import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleText } from "../src/enrich/index.js";
import { recogniseNames } from "../src/enrich/ner-model.js";
import { recogniseEntities, repairNames } from "../src/enrich/recognise.js";
import { tagText } from "../src/enrich/segmenter.js";
import { loadGoldCases } from "../src/eval/gold.js";
import { parsePage } from "../src/parse/index.js";
import { decodePageBytes } from "../src/source/decode.js";

const articleTexts = loadGoldCases().flatMap((goldCase) =>
  parsePage(decodePageBytes(readFileSync(goldCase.sourcePath)).text).articles.map(articleText),
);

describe("recogniseEntities on the articles of every gold page", () => {
  it("never lets a name run across a line break, where the model alone sometimes does", () => {
    const across = (text: string, spans: { start: number; end: number }[]) => spans.filter((s) => text.slice(s.start, s.end).includes("\n"));
    expect(articleTexts.flatMap((text) => across(text, recogniseNames(text))).length).toBeGreaterThan(0);
    expect(articleTexts.flatMap((text) => across(text, recogniseEntities(text)))).toEqual([]);
  });
});

describe("a company name reaching back to its clause start", () => {
  const organisations = (text: string) => recogniseEntities(text).filter((s) => s.type === "ORG").map((s) => text.slice(s.start, s.end));

  it("takes a short name before it (国网 + 白城供电公司) but not a pronoun or preposition", () => {
    expect(organisations("国网白城供电公司组织抢修。")).toContain("国网白城供电公司");
    expect(organisations("他与东湖置业公司签订了合同。")).toEqual(["东湖置业公司"]);
  });
});

describe("repairNames on spans a sequence model gives", () => {
  type Type = "PER" | "LOC" | "ORG";
  const span = (text: string, name: string, type: Type) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type });
  const repaired = (text: string, ...names: Array<[string, Type]>) =>
    repairNames(text, tagText(text), names.map(([name, type]) => span(text, name, type))).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

  it("completes a given name that jieba took for a word or left as a stray character", () => {
    expect(repaired("县长孙方军分管农业工作。", ["孙", "PER"])).toEqual(["PER:孙方军"]);
    expect(repaired("县委书记周明新经常到基层调研。", ["周明", "PER"])).toEqual(["PER:周明新"]);
  });

  it("ends a person before the verb or adverb the model took in, and at clause punctuation", () => {
    expect(repaired("班长赵立说，大家要团结。", ["赵立说", "PER"])).toEqual(["PER:赵立"]);
    expect(repaired("行长卡巴杰时都强调，", ["卡巴杰时", "PER"])).toEqual(["PER:卡巴杰"]);
    expect(repaired("男友亨特，亨特身材高大。", ["亨特，亨特", "PER"])).toEqual(["PER:亨特", "PER:亨特"]);
    expect(repaired("厂长王建华说，", ["王建华", "PER"])).toEqual(["PER:王建华"]);
  });

  it("leaves a surname before a title or form of address alone", () => {
    expect(repaired("陈教授刚从外地考察回来。", ["陈", "PER"])).toEqual(["PER:陈"]);
    expect(repaired("王某正常上班。", ["王", "PER"])).toEqual(["PER:王"]);
    expect(repaired("张大娘成了孤寡老人。", ["张大娘", "PER"])).toEqual(["PER:张"]);
    expect(repaired("安排吕老去休养。", ["吕老去", "PER"])).toEqual(["PER:吕"]);
  });

  it("names the person, not the doctrine named after him", () => {
    expect(repaired("坚持毛泽东思想。", ["毛泽东思想", "PER"])).toEqual(["PER:毛泽东"]);
  });

  it("makes a place and the organisation nouns after it one organisation, but not a government or a region", () => {
    expect(repaired("奥地利文化厅发表声明。", ["奥地利", "LOC"])).toEqual(["ORG:奥地利文化厅"]);
    expect(repaired("秦岭市土地局收回闲置土地。", ["秦岭市", "LOC"])).toEqual(["ORG:秦岭市土地局"]);
    expect(repaired("澳大利亚男子篮球队昨天抵达。", ["澳大利亚", "LOC"])).toEqual(["ORG:澳大利亚男子篮球队"]);
    expect(repaired("白城市妇联为妇女就业牵线。", ["白城市", "LOC"])).toEqual(["ORG:白城市妇联"]);
    expect(repaired("法国内政部长签署了命令。", ["法国", "LOC"])).toEqual(["ORG:法国内政部"]);
    expect(repaired("菲律宾政府表示欢迎。", ["菲律宾", "LOC"])).toEqual(["LOC:菲律宾"]);
    expect(repaired("吉林干部群众踊跃参加。", ["吉林", "LOC"])).toEqual(["LOC:吉林"]);
    expect(repaired("东北地区大部有小到中雨。", ["东北地区", "LOC"])).toEqual(["LOC:东北地区"]);
  });

  it("takes a publication in title marks as an organisation without its marks", () => {
    expect(repaired("据《大河日报》报道，", ["《大河日报》", "ORG"])).toEqual(["ORG:大河日报"]);
    expect(repaired("据《大河日报》报道，")).toEqual(["ORG:大河日报"]);
    expect(repaired("栏目有《过去的新闻》。")).toEqual([]);
  });

  it("drops a quotation mark or bullet the model took into a name", () => {
    expect(repaired("滑坡的“壳公司”旧貌换新颜。", ["“壳公司", "ORG"])).toEqual(["ORG:壳公司"]);
    expect(repaired("▲吉林华远实业公司与本市签约。", ["▲吉林华远实业公司", "ORG"])).toEqual(["ORG:吉林华远实业公司"]);
  });

  it("knows cities abroad where the model named nothing", () => {
    expect(repaired("会议在温得和克开幕。")).toEqual(["LOC:温得和克"]);
    expect(repaired("他在首都阿布贾去世。", ["阿布贾", "PER"])).toEqual(["LOC:阿布贾"]);
    expect(repaired("不来梅队主场取胜。", ["不来梅队", "ORG"])).toEqual(["ORG:不来梅队"]);
  });

  it("knows organisations by their short names unless the word ends a longer noun phrase", () => {
    expect(repaired("他在微软工作了十年。")).toEqual(["ORG:微软"]);
    expect(repaired("游击队组织民族解放军的营地。")).toEqual([]);
  });
});
