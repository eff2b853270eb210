import { describe, expect, it } from "vitest";
import { parseCredit } from "../src/parse/credits.js";
import { wordAcrossCut } from "../src/parse/evidence.js";

describe("credits", () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ["记者张磊 尹雪", [["张磊", "reporter"], ["尹雪", "reporter"]]],
    ["记者 王伟 通讯员 李娜", [["王伟", "reporter"], ["李娜", "correspondent"]]],
    ["刘鑫宇", [["刘鑫宇", "author"]]],
    ["本报记者 赵明", [["赵明", "reporter"]]],
    ["□本报记者 孙丽", [["孙丽", "reporter"]]],
    ["记者 李想 报道", [["李想", "reporter"]]],
    ["文/图 本报记者 周洋", [["周洋", "reporter"], ["周洋", "photographer"]]],
    ["摄影:潘晨昱 姜海涛", [["潘晨昱", "photographer"], ["姜海涛", "photographer"]]],
    ["本报记者 周洋 摄", [["周洋", "photographer"]]],
    ["图/陈晓东", [["陈晓东", "photographer"]]],
    ["本报记者  王  丹", [["王丹", "reporter"]]],
    ["新华社记者  张三  李四  本报记者  王五", [["张三", "reporter"], ["李四", "reporter"], ["王五", "reporter"]]],
    ["实习生 陈一鸣", [["陈一鸣", "intern"]]],
    ["见习记者 黄晓", [["黄晓", "intern"]]],
    ["责任编辑:王明", [["王明", "editor"]]],
  ];
  it.each(cases)("%s", (raw, expected) => {
    expect(parseCredit(raw).map((person) => [person.name, person.role])).toEqual(expected);
  });
});

describe("dictionary evidence across a cut", () => {
  it("finds words the segmenter knows", () => {
    expect(wordAcrossCut("统战工作实践创新基地,探", "索新的社会阶层")).toBe("探索");
    expect(wordAcrossCut("漏电保护器和接线情", "况,对线路")).toBe("情况");
  });
  it("finds nothing across punctuation or between unrelated words", () => {
    expect(wordAcrossCut("深受大众喜爱。", "几十年来")).toBeNull();
    expect(wordAcrossCut("推动", "白城")).toBeNull();
  });
});
