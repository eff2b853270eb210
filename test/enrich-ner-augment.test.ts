import { describe, expect, it } from "vitest";
import { withReplacedMentions } from "../src/enrich/ner-augment.js";
import { goldSpans, type LabelledSentence } from "../src/enrich/ner-corpus.js";

function sentence(parts: Array<[string, string?]>): LabelledSentence {
  const labels = parts.flatMap(([text, type]) => Array.from(text, (_, k) => (type ? `${k === 0 ? "B" : "I"}-${type}` : "O")));
  return { text: parts.map(([text]) => text).join(""), labels };
}

const corpus = [
  sentence([["省委书记"], ["吴德明", "PER"], ["在"], ["南湖区", "LOC"], ["考察"], ["星河科技有限公司", "ORG"], ["。"]]),
  sentence([["记者"], ["林", "PER"], ["从"], ["白沙市教育局", "ORG"], ["获悉，"], ["青石镇", "LOC"], ["今年新建学校三所。"]]),
  sentence([["今天天气晴。"]]),
];

describe("mention replacement", () => {
  const copies = withReplacedMentions(corpus, 7);

  it("copies only sentences that name something, one copy each", () => {
    expect(copies).toHaveLength(2);
  });

  it("keeps one label per character and the words around the names", () => {
    for (const copy of copies) expect(copy.labels).toHaveLength(copy.text.length);
    expect(copies[0].text.startsWith("省委书记")).toBe(true);
    expect(copies[0].text.endsWith("。")).toBe(true);
    expect(copies[1].text).toContain("今年新建学校三所。");
  });

  it("swaps each name for a name of the same type from the corpus", () => {
    const names = (type: string) => corpus.flatMap((s) => goldSpans(s).filter((g) => g.type === type).map((g) => s.text.slice(g.start, g.end)));
    copies.forEach((copy, k) => {
      const spans = goldSpans(copy);
      expect(spans.map((s) => s.type)).toEqual(goldSpans(corpus[k]).map((s) => s.type));
      for (const span of spans) expect(names(span.type)).toContain(copy.text.slice(span.start, span.end));
    });
  });

  it("is reproducible for a seed", () => {
    expect(withReplacedMentions(corpus, 7)).toEqual(copies);
  });
});
